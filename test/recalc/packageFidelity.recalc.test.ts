/**
 * LibreOffice opens the command line's copy of a workbook like a real corporate one (issue 12):
 * the user's chart, pivot table, drawings, comments, validations, custom XML, label and macros
 * stay in the package beside the scorer's sheets, and a second spreadsheet program still reads
 * the whole of it, once scored and scored again. The byte-for-byte checks are in
 * test/cli/package/fidelity.test.ts.
 */
import * as path from "node:path";
import { JsonReportSchema } from "../../src/core/report/jsonReport";
import { runCli, temporaryFolder } from "../cli/cliHarness";
import { SOURCE_SHEET, writeRealisticWorkbook } from "../cli/package/realisticPackage";
import { recalculateWithLibreOffice } from "../support/libreoffice";

// Two runs of the command line and two starts of LibreOffice.
const TIMEOUT_MS = 300_000;
const SHEETS = [SOURCE_SHEET, "Pivot", "Lists", "Ranked", "Roadmap", "Summary", "Scoring log"];

// LibreOffice writes numbers with 15 significant digits.
const closeTo = (expected: number) => expect.closeTo(expected, 9);

it(
  "LibreOffice opens the scored copy, and the copy scored again, with every sheet",
  async () => {
    const folder = temporaryFolder();
    const input = writeRealisticWorkbook(folder);
    const once = path.join(folder, "once.xlsm");
    const run = await runCli(["score", input, "--out", once, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JsonReportSchema.parse(JSON.parse(run.stdout));

    const sheets = await recalculateWithLibreOffice(once);
    expect([...sheets.keys()]).toEqual(SHEETS);
    expect(sheets.get(SOURCE_SHEET)?.[1]?.[0]).toBe("AI-01");
    // The scorer's formulas work in the grafted package: the best score recalculates to the
    // engine's.
    const best = report.ranked[0];
    const rankedRow = sheets.get("Ranked")?.[6] ?? [];
    expect(rankedRow[1]).toBe(best?.id);
    expect(Number(rankedRow[8])).toEqual(closeTo(best?.score ?? Number.NaN));

    const twice = path.join(folder, "twice.xlsm");
    expect((await runCli(["score", once, "--out", twice])).code).toBe(0);
    const again = await recalculateWithLibreOffice(twice);
    expect([...again.keys()]).toEqual(SHEETS);
    expect(again.get("Ranked")?.[6]).toEqual(rankedRow);
  },
  TIMEOUT_MS,
);
