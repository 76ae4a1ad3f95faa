/**
 * Text that looks like a formula, in every text field a sheet can have — ID, name, owner,
 * description, depends on, facing, a carried column and its header — is written as those
 * characters in every output sheet, by the command line and by the add-in, never as a formula.
 * (test/excel/adapter.behaviour.test.ts checks names alone in the add-in.)
 */
import { sheetNames } from "../excel/double";
import { removeDouble } from "../excel/excelHarness";
import {
  candidates,
  cellsOf,
  scoreWithCli,
  textsWritten,
  USE_CASE_COLUMNS,
  useScratchFolder,
  writtenByAddIn,
  type Row,
} from "./hostileHarness";

const scratch = useScratchFolder();

const RISKY = [
  '=HYPERLINK("http://evil.example","click")',
  "=1+1",
  "+1-555-0100",
  "-5 days",
  "@mention",
  "=cmd|' /C calc'!A0",
  "=SUM(A1:A2)",
] as const;

const RISKY_HEADER = "=SUM(B1:B9)";

/** A string that is only dangerous if it ends up in a formula. */
const PAYLOAD = /evil\.example|cmd\||^=1\+1$|^=SUM\(A1:A2\)$|^=SUM\(B1:B9\)$/;

const HEADER: Row = [
  ...USE_CASE_COLUMNS,
  "Description",
  "Budget",
  "Depends on",
  "Facing",
  RISKY_HEADER,
];

/** One row per risky text, in every text field; each depends on the row before it. */
const ROWS: Row[] = [
  HEADER,
  ...RISKY.map((risky, index): Row => [
    risky,
    risky,
    risky,
    5 - (index % 5),
    4,
    3,
    index % 2 === 0 ? 2 : 4,
    risky,
    "10k",
    index === 0 ? null : (RISKY[index - 1] ?? null),
    risky,
    risky,
  ]),
];

const isRisky = (value: string): boolean => (RISKY as readonly string[]).includes(value);

afterEach(removeDouble);

describe("formula-looking text in every text field", () => {
  it("is written as text in every sheet the command line writes", async () => {
    const { scored } = await scoreWithCli(scratch(), "risky", candidates(ROWS));
    const outputSheets = scored.worksheets.map((sheet) => sheet.name).slice(1);
    expect(outputSheets).toEqual(expect.arrayContaining(["Ranked", "Roadmap"]));
    const formulasWithInput = outputSheets.flatMap((sheet) =>
      cellsOf(scored, sheet)
        .filter((cell) => cell.formula !== undefined && PAYLOAD.test(cell.formula))
        .map((cell) => `${sheet}!${cell.address}: ${cell.formula}`),
    );
    expect(formulasWithInput).toEqual([]);
    const rankedTexts = new Set(cellsOf(scored, "Ranked").flatMap((cell) => cell.text ?? []));
    for (const risky of [...RISKY, RISKY_HEADER]) expect(rankedTexts).toContain(risky);
    const roadmapTexts = new Set(cellsOf(scored, "Roadmap").flatMap((cell) => cell.text ?? []));
    expect(RISKY.some((risky) => roadmapTexts.has(risky))).toBe(true);
  });

  it("is written as text in every sheet the add-in writes", async () => {
    const state = await writtenByAddIn(candidates(ROWS));

    expect(sheetNames(state)).toEqual(expect.arrayContaining(["Ranked", "Roadmap"]));
    const written = textsWritten(state).filter(({ text }) => PAYLOAD.test(text) || isRisky(text));
    // Kept as text: the cell's type is text and it holds exactly what was read.
    const notText = written.filter(({ type }) => type !== "String");
    expect(notText.map(({ where, type }) => `${where}: ${type}`)).toEqual([]);
    const found = new Set(written.map(({ text }) => text));
    for (const risky of [...RISKY, RISKY_HEADER]) expect(found).toContain(risky);
  });
});
