/**
 * A workbook that already has a `Ranked` and a `Ranked (2)` of a person's own: both stay as they
 * are, the ranking goes to `Ranked (3)`, the other sheets' formulas point there, and a re-run
 * replaces only what the product wrote. (test/cli/cli.outputSheets.test.ts and
 * test/excel/adapter.behaviour.test.ts check a single `Ranked`.)
 */
import * as path from "node:path";
import { sheetNames, sheetSnapshot } from "../excel/double";
import { removeDouble } from "../excel/excelHarness";
import { sheetValues } from "../cli/cliHarness";
import {
  addInOver,
  loadWorkbook,
  scoreAndWrite,
  scoreFile,
  SOURCE,
  USE_CASE_COLUMNS,
  useScratchFolder,
  writeWorkbook,
  type Row,
  type SheetRows,
} from "./hostileHarness";

const scratch = useScratchFolder();

const CANDIDATES: Row[] = [
  [...USE_CASE_COLUMNS, "Budget"],
  ["UC-1", "Chatbot", "Ana", 5, 4, 4, 2, 1000],
  ["UC-2", "Forecast", "Ben", 4, 4, 3, 1, 2000],
];
const MINE: Row[] = [
  ["My ranking", "kept"],
  ["=not a formula", 42],
];
const MINE_TOO: Row[] = [["Second try", 7]];

const WORKBOOK: SheetRows[] = [
  { name: SOURCE, rows: CANDIDATES },
  { name: "Ranked", rows: MINE },
  { name: "Ranked (2)", rows: MINE_TOO },
];

afterEach(removeDouble);

describe("a workbook that already has Ranked and Ranked (2)", () => {
  it("gets Ranked (3) from the command line, and keeps both of its own", async () => {
    const input = path.join(scratch(), "taken.xlsx");
    const first = path.join(scratch(), "taken-scored.xlsx");
    const second = path.join(scratch(), "taken-scored-again.xlsx");
    await writeWorkbook(input, WORKBOOK);
    const before = await loadWorkbook(input);

    const { scored } = await scoreFile(input, first);
    const names = scored.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 4)).toEqual(["Candidates", "Ranked", "Ranked (2)", "Ranked (3)"]);
    expect(names).not.toContain("Ranked (4)");
    expect(sheetValues(scored, "Ranked")).toEqual(sheetValues(before, "Ranked"));
    expect(sheetValues(scored, "Ranked (2)")).toEqual(sheetValues(before, "Ranked (2)"));
    expect(scored.getWorksheet("Ranked (3)")?.getCell("A1").value).toBe("Ranked use cases");
    expect(scored.getWorksheet("Roadmap")?.getCell("H5").formula).toBe("'Ranked (3)'!$J$7");

    // Run again on the scored workbook: Ranked (3) is the product's own now, so it is replaced.
    const { scored: rescored } = await scoreFile(first, second);
    expect(rescored.worksheets.map((sheet) => sheet.name)).toEqual(names);
    expect(sheetValues(rescored, "Ranked")).toEqual(sheetValues(before, "Ranked"));
    expect(sheetValues(rescored, "Ranked (2)")).toEqual(sheetValues(before, "Ranked (2)"));
  });

  it("gets Ranked (3) from the add-in, and keeps both of its own", async () => {
    const { state, adapter } = addInOver(WORKBOOK);
    const mine = sheetSnapshot(state, "Ranked");
    const mineToo = sheetSnapshot(state, "Ranked (2)");

    await scoreAndWrite(adapter);
    const names = sheetNames(state);
    expect(names.slice(0, 4)).toEqual(["Candidates", "Ranked", "Ranked (2)", "Ranked (3)"]);
    expect(sheetSnapshot(state, "Ranked")).toEqual(mine);
    expect(sheetSnapshot(state, "Ranked (2)")).toEqual(mineToo);
    expect(sheetSnapshot(state, "Roadmap").formulas[4]?.[7]).toBe("='Ranked (3)'!$J$7");

    await scoreAndWrite(adapter);
    expect(sheetNames(state)).toEqual(names);
    expect(sheetSnapshot(state, "Ranked")).toEqual(mine);
    expect(sheetSnapshot(state, "Ranked (2)")).toEqual(mineToo);
  });
});
