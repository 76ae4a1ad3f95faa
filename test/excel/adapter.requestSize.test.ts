/**
 * Requests as Office.js serialises them: measured in UTF-8 bytes by the host behind Microsoft's
 * runtime, they stay under 4.5 MB whatever the text holds (Excel on the web refuses 5 MB). A
 * request Excel still refuses as too large is split and sent again, never put to the person.
 */
import { scoreWorkbook, type ScoringResult } from "../../src/core";
import { createOfficeExcelAdapter } from "../../src/excel";
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/writeSheets";
import {
  createWorkbookState,
  sheetNames,
  sheetSnapshot,
  type SeedCell,
  type WorkbookState,
} from "./double";
import { adapterOver, removeDouble, wireHost } from "./excelHarness";

const FOUR_AND_A_HALF_MB = 4.5 * 1024 * 1024;
const settings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** `rows` use cases named by `nameOf`, with owners and budgets. */
function workbookOf(rows: number, nameOf: (i: number) => string): WorkbookState {
  const cells: SeedCell[][] = [["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk"]];
  for (let i = 1; i <= rows; i++) {
    cells.push([`UC-${i}`, nameOf(i), `Owner ${i % 7}`, 1 + (i % 5), 1 + (i % 4), 3, 1 + (i % 3)]);
  }
  return createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
}

async function readAndScore(state: WorkbookState): Promise<ScoringResult> {
  const sheet = await adapterOver(state, 120_000).readSource({ sheetName: "Candidates" });
  return scoreWorkbook({ sheets: [sheet] }, settings);
}

/** Forty characters of CJK text, different for each row. */
const cjk = (i: number): string =>
  Array.from({ length: 40 }, (_, k) =>
    String.fromCharCode(0x4e00 + ((i * 41 + k * 7) % 20000)),
  ).join("");
/** Quotes and backslashes, which JSON doubles. */
const escaped = (i: number): string => `"Quoted" \\\\server\\share\\${i} "${"\\".repeat(12)}"`;

afterEach(removeDouble);

describe.each([
  ["40-character CJK names", cjk],
  ["names full of quotes and backslashes", escaped],
])("20,000 rows of %s", (_, nameOf) => {
  it("are written in requests of at most 4.5 MB, as Office.js serialises them", async () => {
    const state = workbookOf(20_000, nameOf);
    const result = await readAndScore(state);
    const host = wireHost();
    const before = host.requests.length;
    await createOfficeExcelAdapter({ syncTimeoutMs: 120_000 }).writeResult(result);
    const sizes = host.requests.slice(before).map((request) => request.bytes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(FOUR_AND_A_HALF_MB);
    // The data went in whole: nothing was refused, and the names arrived as they were.
    expect(state.host.syncs.filter((sync) => sync.outcome === "failed")).toEqual([]);
    expect(sheetSnapshot(state, "Ranked").values.flat()).toContain(nameOf(20_000));
    // Large as it is, it is not cut finer than it needs: most requests are near the margin.
    const big = sizes.filter((size) => size > DEFAULT_MAX_REQUEST_BYTES * 0.5);
    expect(big.length).toBeGreaterThanOrEqual(2);
  }, 240_000);
});

describe("a request Excel refuses as too large", () => {
  it("is split and sent again until it goes through, without a word to the person", async () => {
    const expected = workbookOf(300, (i) => `Use case ${i}`);
    const result = await readAndScore(expected);
    await createOfficeExcelAdapter().writeResult(result);

    // The same write to a host that refuses anything over 40 KB.
    const state = workbookOf(300, (i) => `Use case ${i}`);
    state.host.payloadLimitBytes = 40_000;
    adapterOver(state);
    const written = await createOfficeExcelAdapter().writeResult(result);
    const refused = state.host.syncs.filter((sync) => sync.errorCode === "Office 5103");
    expect(refused.length).toBeGreaterThan(0);
    expect(written.syncs).toBeGreaterThan(refused.length);
    for (const name of ["Ranked", "Roadmap", "Summary"]) {
      expect(sheetSnapshot(state, name).formulas).toEqual(sheetSnapshot(expected, name).formulas);
    }
    expect(sheetNames(state)).toEqual(sheetNames(expected));
  });
});

describe("screen updating", () => {
  it("is suspended once for the whole write, not at every request (repeated calls flicker)", async () => {
    const state = workbookOf(3_000, (i) => `Use case ${i}`);
    const result = await readAndScore(state);
    const before = state.host.syncs.length;
    await createOfficeExcelAdapter({ supports: () => true, maxRequestBytes: 100_000 }).writeResult(
      result,
    );
    const writes = state.host.syncs.slice(before);
    expect(writes.length).toBeGreaterThan(4);
    const suspensions = writes.flatMap((sync) =>
      sync.labels.filter((label) => label === "Application.suspendScreenUpdatingUntilNextSync"),
    );
    expect(suspensions).toHaveLength(1);
  });
});
