/**
 * Source sheets whose names need quoting in a reference (spaces, an apostrophe, a double quote,
 * a name that reads as a cell or a number): every problem names its cell the way Excel writes
 * it, and every link back to the source row works, in the engine, the command line and the
 * add-in.
 */
import * as path from "node:path";
import { describeOutputSheets, type ScoringResult } from "../../src/core";
import { createOfficeExcelAdapter } from "../../src/excel";
import { sheetHyperlinks } from "../cli/workbookXml";
import { formulaMismatches } from "../core/sheetReader";
import { sheetSnapshot } from "../excel/double";
import { removeDouble } from "../excel/excelHarness";
import {
  addInOver,
  readAndScore,
  scoreFile,
  scoreInEngine,
  USE_CASE_COLUMNS,
  useScratchFolder,
  writeWorkbook,
  type Row,
} from "./hostileHarness";

const scratch = useScratchFolder();

/** Sheet name → how a reference to it starts, as Excel writes it. */
const NAMES: readonly [string, string][] = [
  ["FY27 inventory", "'FY27 inventory'!"],
  ["Bob's list", "'Bob''s list'!"],
  ['Say "hi"', `'Say "hi"'!`],
  ["A1", "'A1'!"],
  ["R1C1", "'R1C1'!"],
  ["2027", "'2027'!"],
  ["Q1-Q2 (draft)", "'Q1-Q2 (draft)'!"],
  ["Données", "Données!"],
  ["Use_cases", "Use_cases!"],
];

/** Two use cases with a problem each (a blank owner on the roadmap, an unreadable risk). */
const ROWS: Row[] = [
  USE_CASE_COLUMNS,
  ["UC-1", "Chatbot", null, 5, 4, 4, 2],
  ["UC-2", "Forecast", "Ana", 4, 4, 3, "n/a"],
];

const scoreSheet = (name: string): ScoringResult => scoreInEngine([{ name, rows: ROWS }]);

/** Where Ranked's link back to source row `row` leads: its name cell, in column B. */
const linkTo = (prefix: string, row: number): string => `${prefix}B${row}`;

afterEach(removeDouble);

describe.each(NAMES)("a source sheet called %s", (name, prefix) => {
  it("names every problem's cell with the sheet quoted as Excel quotes it", () => {
    const result = scoreSheet(name);
    expect(result.problems.map((problem) => problem.cell)).toEqual([`${prefix}C2`, `${prefix}G3`]);
  });

  it("writes links back to the source rows, and formulas that compute what they show", () => {
    const result = scoreSheet(name);
    const sheets = describeOutputSheets(result, { sheets: [{ name }], tableNames: [] });
    const ranked = sheets.find((sheet) => sheet.role === "ranked");
    const links = (ranked?.rows ?? []).flatMap((row) =>
      row.flatMap((cell) => (cell?.link === undefined ? [] : [cell.link])),
    );
    expect(links.sort()).toEqual([linkTo(prefix, 2), linkTo(prefix, 3)]);
    expect(formulaMismatches(sheets)).toEqual([]);
  });
});

describe("sheet names that need quoting, end to end", () => {
  it("the command line reads the named sheet and writes working references to it", async () => {
    const input = path.join(scratch(), "names.xlsx");
    await writeWorkbook(
      input,
      NAMES.map(([name]) => ({ name, rows: ROWS })),
    );
    for (const [name, prefix] of NAMES) {
      const output = path.join(scratch(), `out-${NAMES.findIndex(([n]) => n === name)}.xlsx`);
      const { scored, stdout } = await scoreFile(input, output, ["--sheet", name, "--json"]);
      const report = JSON.parse(stdout) as { problems: { cell: string }[] };
      expect(report.problems.map((problem) => problem.cell)).toEqual([
        `${prefix}C2`,
        `${prefix}G3`,
      ]);
      expect(scored.getWorksheet("Ranked")).toBeDefined();
      const links = sheetHyperlinks(output, "Ranked");
      expect(links.map((link) => link.location).sort()).toEqual(
        [linkTo(prefix, 2), linkTo(prefix, 3)].sort(),
      );
      expect(links.filter((link) => link.target !== undefined)).toEqual([]);
    }
  });

  it("the add-in reads such a sheet and writes working references to it", async () => {
    for (const [name, prefix] of NAMES.slice(0, 3)) {
      const { state, adapter } = addInOver([{ name, rows: ROWS }]);
      const result = await readAndScore(adapter, name);
      expect(result.problems.map((problem) => problem.cell)).toEqual([
        `${prefix}C2`,
        `${prefix}G3`,
      ]);
      // Links need ExcelApi 1.7; this host has every set.
      await createOfficeExcelAdapter({ supports: () => true }).writeResult(result);
      const links = Object.values(sheetSnapshot(state, "Ranked").hyperlinks);
      expect(links.map((link) => link.documentReference).sort()).toEqual(
        [linkTo(prefix, 2), linkTo(prefix, 3)].sort(),
      );
      removeDouble();
    }
  });
});
