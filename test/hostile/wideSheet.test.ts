/**
 * A sheet 1,000 columns wide, its use-case columns at the far right behind 990 others (blank,
 * repeated and clashing headers among them): it is read, every other column is carried to
 * Ranked under a header of its own, and both front ends write it.
 */
import type { Worksheet } from "exceljs";
import { sheetSnapshot, type SyncRecord } from "../excel/double";
import { removeDouble } from "../excel/excelHarness";
import {
  addInOver,
  candidates,
  readAndScore,
  scoreInEngine,
  scoreWithCli,
  USE_CASE_COLUMNS,
  useScratchFolder,
  type Row,
} from "./hostileHarness";

const scratch = useScratchFolder();

const EXTRA_COLUMNS = 990;
const USE_CASES = 20;

/** Headers no field claims: numbered, blank, repeated, or the same as one of Ranked's own. */
function extraHeader(index: number): string {
  if (index % 97 === 0) return "";
  if (index % 101 === 0) return "Notes";
  if (index === 5) return "Score";
  if (index === 6) return "rank";
  return `Extra ${index}`;
}

const HEADER: Row = [
  ...Array.from({ length: EXTRA_COLUMNS }, (_, i) => extraHeader(i)),
  ...USE_CASE_COLUMNS,
  "Budget",
  "Depends on",
  "Description",
];

const ROWS: Row[] = [
  HEADER,
  ...Array.from({ length: USE_CASES }, (_, r): Row => [
    ...Array.from({ length: EXTRA_COLUMNS }, (_, i) => (i % 3 === 0 ? r * 1000 + i : `r${r}c${i}`)),
    `UC-${r + 1}`,
    `Use case ${r + 1}`,
    `Owner ${r % 4}`,
    1 + (r % 5),
    1 + ((r * 3) % 5),
    "medium",
    1 + ((r * 7) % 5),
    `${r + 1}k`,
    r > 0 && r % 4 === 0 ? `UC-${r}` : null,
    `Description ${r + 1}`,
  ]),
];

const TOTAL_COLUMNS = HEADER.length;

/** Row `row` of a sheet as header → value, for the columns named in `headerRow`. */
function byHeader(worksheet: Worksheet, headerRow: number, row: number): Map<string, unknown> {
  const values = new Map<string, unknown>();
  worksheet.getRow(headerRow).eachCell((cell, column) => {
    values.set(String(cell.value), worksheet.getRow(row).getCell(column).value);
  });
  return values;
}

afterEach(removeDouble);

describe("a sheet 1,000 columns wide", () => {
  it("is read, with the use-case columns found at its far right", () => {
    expect(TOTAL_COLUMNS).toBe(1_000);
    const result = scoreInEngine(candidates(ROWS));
    expect(result.ranked).toHaveLength(USE_CASES);
    expect(result.read.header.fieldColumns.name).toBe(EXTRA_COLUMNS + 2);
    expect(result.read.carriedColumns).toHaveLength(EXTRA_COLUMNS);
  });

  it("is written by the command line with every other column carried under its own header", async () => {
    const { scored } = await scoreWithCli(scratch(), "wide", candidates(ROWS));
    const ranked = scored.getWorksheet("Ranked");
    if (!ranked) throw new Error("no Ranked sheet");
    const headers: string[] = [];
    ranked.getRow(6).eachCell((cell) => headers.push(String(cell.value)));
    // Excel table headers must differ ignoring case.
    expect(new Set(headers.map((header) => header.toLowerCase())).size).toBe(headers.length);
    expect(headers).toEqual(
      expect.arrayContaining(["Extra 1", "Extra 989", "Score (2)", "rank (2)", "Notes (2)"]),
    );
    expect(
      headers.filter((header) => /^(Extra \d+|Column [A-Z]+|Notes|Score|rank)/.test(header)),
    ).toHaveLength(EXTRA_COLUMNS + 2);
    const table = ranked.getTables()[0] as unknown as { table: { columns: unknown[] } };
    expect(table.table.columns).toHaveLength(headers.length);

    // The best-ranked use case carries its row's values across.
    const top = byHeader(ranked, 6, 7);
    const id = top.get("ID") as string;
    const source = ROWS.find((row) => row[EXTRA_COLUMNS] === id);
    expect(top.get("Extra 1")).toBe(source?.[1]);
    expect(top.get("Extra 989")).toBe(source?.[989]);
  });

  it("is written by the add-in in requests under 4 MB", async () => {
    const { state, adapter } = addInOver(candidates(ROWS), 60_000);
    const result = await readAndScore(adapter);
    expect(result.read.carriedColumns).toHaveLength(EXTRA_COLUMNS);
    await adapter.writeResult(result);

    const ranked = sheetSnapshot(state, "Ranked");
    const headers = (ranked.values[5] ?? []).filter((value) => value !== "");
    expect(new Set(headers.map((header) => String(header).toLowerCase())).size).toBe(
      headers.length,
    );
    expect(headers.length).toBeGreaterThanOrEqual(EXTRA_COLUMNS + 13);
    expect(ranked.tables).toHaveLength(1);
    const largest = Math.max(...state.host.syncs.map((sync: SyncRecord) => sync.payloadBytes));
    expect(largest).toBeLessThan(4_000_000);
  });
});
