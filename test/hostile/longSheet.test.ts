/**
 * A 100,000-row sheet through the command line: a title above the header, blank rows, rows
 * that cannot be scored, a 40,000-long dependency chain and a 10,000-long cycle. Every
 * non-empty row is scored or listed as not scored, the roadmap keeps its rules, and the
 * workbook is written. Correctness only; `npm run bench` measures the time.
 */
import { statSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../cli/cliHarness";
import {
  SETTINGS_ARGS,
  SOURCE,
  USE_CASE_COLUMNS,
  useScratchFolder,
  writeLongWorkbook,
  zipEntryNames,
  type Row,
} from "./hostileHarness";

const scratch = useScratchFolder();

const ROWS = 100_000;
const CHAIN = 40_000; // UC-2 depends on UC-1, … UC-40000 on UC-39999 (skipping unusable rows)
const CYCLE_FIRST = 40_001; // UC-40001 … UC-50000 each depend on the next, the last on the first
const CYCLE_LAST = 50_000;

/** Sheet row of use case `n`: a title, a blank row, the header, then one row per use case. */
const sheetRowOf = (n: number): number => 3 + n;

/** Every thousandth row is blank, every 777th cannot be scored (#N/A); the rest are fine. */
const blank = (n: number): boolean => n % 1_000 === 0;
const notScored = (n: number): boolean => !blank(n) && n % 777 === 0;
const fine = (n: number): boolean => !blank(n) && !notScored(n);

/** The next fine use case after `n` in the cycle, round to its first. */
function nextInCycle(n: number): number {
  for (let next = n + 1; ; next++) {
    if (next > CYCLE_LAST) next = CYCLE_FIRST;
    if (fine(next)) return next;
  }
}

/** The fine use case before `n` in the chain, if any. */
function previousInChain(n: number): number | undefined {
  for (let previous = n - 1; previous >= 1; previous--) if (fine(previous)) return previous;
  return undefined;
}

function dependencyOf(n: number): string | null {
  if (!fine(n)) return null;
  if (n <= CHAIN) {
    const previous = previousInChain(n);
    return previous === undefined ? null : `UC-${previous}`;
  }
  return n >= CYCLE_FIRST && n <= CYCLE_LAST ? `UC-${nextInCycle(n)}` : null;
}

function* sheetRows(): Generator<Row> {
  yield ["Candidate AI use cases, FY27"];
  yield [];
  yield [...USE_CASE_COLUMNS, "Budget", "Depends on"];
  for (let n = 1; n <= ROWS; n++) {
    if (blank(n)) {
      yield [];
      continue;
    }
    yield [
      `UC-${n}`,
      `Use case ${n}`,
      n % 17 === 0 ? null : `Owner ${n % 41}`,
      notScored(n) ? "#N/A" : 1 + (n % 5),
      ["low", "medium", "high", "4 - High", 3.5][n % 5] as string | number,
      1 + ((n * 7) % 5),
      1 + ((n * 3) % 5),
      `${10 + (n % 300)}k`,
      dependencyOf(n),
    ];
  }
}

interface Report {
  ranked: { rank: number; row: number; id: string }[];
  notScored: { row: number }[];
  roadmap: { id: string; start: string; end: string }[];
  keptOff: { id: string; reason: string }[];
}

describe("a 100,000-row sheet", () => {
  it("is scored row by row by the command line, and written", async () => {
    const input = path.join(scratch(), "long.xlsx");
    const output = path.join(scratch(), "long-scored.xlsx");
    await writeLongWorkbook(input, SOURCE, sheetRows());

    const run = await runCli(["score", input, "--out", output, "--json", ...SETTINGS_ARGS]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;

    // Every non-empty row, once: scored, or not scored (the #N/A values).
    const expectedRows: number[] = [];
    for (let n = 1; n <= ROWS; n++) if (!blank(n)) expectedRows.push(sheetRowOf(n));
    const seen = [
      ...report.ranked.map((entry) => entry.row),
      ...report.notScored.map((r) => r.row),
    ];
    expect(seen.sort((a, b) => a - b)).toEqual(expectedRows);
    expect(report.notScored.map((row) => row.row)).toEqual(
      expectedRows.filter((row) => notScored(row - 3)),
    );
    expect(report.ranked.map((entry) => entry.rank)).toEqual(
      Array.from({ length: report.ranked.length }, (_, i) => i + 1),
    );

    // The roadmap: three a quarter for four quarters at most; every other use case kept off.
    const starts = new Map<string, number>();
    for (const placed of report.roadmap)
      starts.set(placed.start, (starts.get(placed.start) ?? 0) + 1);
    expect(report.roadmap.length).toBeLessThanOrEqual(12);
    expect(report.roadmap.length + report.keptOff.length).toBe(report.ranked.length);
    const reasons = new Map(report.keptOff.map((kept) => [kept.id, kept.reason]));
    for (let n = CYCLE_FIRST; n <= CYCLE_LAST; n++) {
      if (fine(n)) expect(reasons.get(`UC-${n}`)).toBe("cycle");
    }
    // Along the chain each waits for the one before: a few fit the four quarters, no more.
    const chainPlaced = report.roadmap.filter((placed) => Number(placed.id.slice(3)) <= CHAIN);
    expect(chainPlaced.length).toBeLessThanOrEqual(4);
    for (const kept of report.keptOff) {
      expect(kept.reason).toMatch(/^(cycle|dependency .+|horizon|slots|budget)$/);
    }

    // The workbook holds the source and the output sheets.
    expect(statSync(output).size).toBeGreaterThan(statSync(input).size);
    const parts = zipEntryNames(output).filter((name) => name.startsWith("xl/worksheets/sheet"));
    expect(parts.length).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
