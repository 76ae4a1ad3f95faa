/**
 * Cells of 32,767 characters, Excel's most, in every text field. Nothing fails, a long name is
 * kept whole, and no cell the command line or the add-in writes goes over the limit, even one
 * that quotes a long cell twice (an ID used twice, a dependency on a long ID): such a cell is
 * cut, ending in "…".
 */
import { describeProblem } from "../../src/core";
import { removeDouble } from "../excel/excelHarness";
import {
  candidates,
  cellLength,
  cellsOf,
  MAX_CELL_TEXT,
  scoreInEngine,
  scoreWithCli,
  textsWritten,
  USE_CASE_COLUMNS,
  useScratchFolder,
  writtenByAddIn,
  type Row,
} from "./hostileHarness";

const scratch = useScratchFolder();

/** `length` characters of `pattern` repeated; the unicode ones are not split in half. */
const long = (pattern: string, length = MAX_CELL_TEXT): string =>
  Array.from({ length: Math.ceil(length / pattern.length) }, () => pattern)
    .join("")
    .slice(0, length);

const LONG_ID = long("ID-");
const LONG_NAME = long("Névé ");
const HEADER: Row = [...USE_CASE_COLUMNS, "Description", "Budget", "Depends on", "Notes"];

const ROWS: Row[] = [
  HEADER,
  // Scored, every text field at the limit.
  [long("A"), LONG_NAME, long("Owner "), 5, 5, 4, 1, long("d"), "10k", null, long("n")],
  // Not scored (an axis is a long unreadable text), with the long ID others depend on.
  [LONG_ID, "Unreadable value", "Ana", long("high-ish "), 3, 3, 2, null, "5k", null, null],
  // Kept off the roadmap: it depends on the long ID, which is not scored.
  ["B", "Depends on the long ID", "Ana", 5, 5, 5, 1, null, "5k", LONG_ID, null],
  // The long ID a second time: a problem that names it twice.
  [LONG_ID, "Same long ID again", "Ana", 4, 4, 4, 1, null, "5k", null, null],
  // A dependency on a long ID no row has.
  ["C", "Unknown long dependency", "Ana", 5, 4, 5, 1, null, "5k", long("Z"), null],
];

afterEach(removeDouble);

describe("32,767-character cells", () => {
  it("are read without failing, and each problem quotes a long cell briefly", () => {
    const result = scoreInEngine(candidates(ROWS));
    expect(result.ranked.map((entry) => entry.useCase.name)).toContain(LONG_NAME);
    expect(result.read.notScored.map((row) => row.name)).toEqual(["Unreadable value"]);
    const unreadable = result.problems.find((problem) => problem.cell === "Candidates!D3");
    if (!unreadable) throw new Error("no problem on the unreadable value");
    expect(unreadable.message).toMatch(/^Business value: found "high-ish .{40,60}…"/);
    expect(describeProblem(unreadable).length).toBeLessThan(400);
  });

  it("never make the command line write a cell over 32,767 characters", async () => {
    const { scored } = await scoreWithCli(scratch(), "long", candidates(ROWS));
    const tooLong: string[] = [];
    for (const sheet of scored.worksheets.map((each) => each.name)) {
      for (const cell of cellsOf(scored, sheet)) {
        if (cellLength(cell) > MAX_CELL_TEXT) tooLong.push(`${sheet}!${cell.address}`);
      }
    }
    expect(tooLong).toEqual([]);
    const rankedTexts = cellsOf(scored, "Ranked").flatMap((cell) => cell.text ?? []);
    expect(rankedTexts).toContain(LONG_NAME);
    // The note on the second use of the long ID quotes it twice, so it is cut.
    expect(rankedTexts.some((text) => text.length === MAX_CELL_TEXT && text.endsWith("…"))).toBe(
      true,
    );
  });

  it("never make the add-in write a cell over 32,767 characters", async () => {
    const written = textsWritten(await writtenByAddIn(candidates(ROWS)));

    const tooLong = written.filter(({ text }) => text.length > MAX_CELL_TEXT);
    expect(tooLong.map(({ where }) => where)).toEqual([]);
    expect(written.map(({ text }) => text)).toContain(LONG_NAME);
  });
});
