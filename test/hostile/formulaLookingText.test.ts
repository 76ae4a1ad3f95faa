/**
 * Text that looks like a formula, in every text field a sheet can have — ID, name, owner,
 * description, depends on, facing, a carried column and its header — is written as those
 * characters in every output sheet, by the command line and by the add-in, never as a formula.
 * (test/excel/adapter.behaviour.test.ts checks names alone in the add-in.)
 */
import * as path from "node:path";
import { sheetNames, sheetSnapshot, createWorkbookState } from "../excel/double";
import { adapterOver, removeDouble } from "../excel/excelHarness";
import { runCli } from "../cli/cliHarness";
import {
  cellsOf,
  loadWorkbook,
  readAndScore,
  seedCells,
  SETTINGS_ARGS,
  useScratchFolder,
  writeWorkbook,
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
  "ID",
  "Use case",
  "Owner",
  "Description",
  "Business value",
  "Feasibility",
  "Data",
  "Risk",
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
    risky,
    5 - (index % 5),
    4,
    3,
    index % 2 === 0 ? 2 : 4,
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
    const input = path.join(scratch(), "risky.xlsx");
    const output = path.join(scratch(), "risky-scored.xlsx");
    await writeWorkbook(input, [{ name: "Candidates", rows: ROWS }]);

    const run = await runCli(["score", input, "--out", output, ...SETTINGS_ARGS]);
    expect(run.code).toBe(0);

    const scored = await loadWorkbook(output);
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
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: seedCells(ROWS) }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter, "Candidates"));

    const outputSheets = sheetNames(state).filter((name) => name !== "Candidates");
    expect(outputSheets).toEqual(expect.arrayContaining(["Ranked", "Roadmap"]));
    const found = new Set<string>();
    const notText: string[] = [];
    for (const sheet of outputSheets) {
      const snapshot = sheetSnapshot(state, sheet);
      snapshot.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value !== "string" || !(PAYLOAD.test(value) || isRisky(value))) return;
          found.add(value);
          // Kept as text: the cell's type is text and it holds exactly what was read.
          const type = snapshot.valueTypes[r]?.[c];
          if (type !== "String") notText.push(`${sheet} row ${r + 1} column ${c + 1}: ${type}`);
        }),
      );
    }
    expect(notText).toEqual([]);
    for (const risky of [...RISKY, RISKY_HEADER]) expect(found).toContain(risky);
  });
});
