/**
 * The number of round trips does not grow with the rows, and no request comes near Excel on
 * the web's 5 MB limit (the double rejects larger ones as Excel does).
 */
import { scoreWorkbook, type ScoringSettings } from "../../src/core";
import { createWorkbookState, syncCount, type SeedCell, type WorkbookState } from "./double";
import { CELLS_PER_READ_REQUEST } from "../../src/excel/readSources";
import { adapterOver, removeDouble } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 40, feasibility: 30, dataReadiness: 20, regulatoryRisk: 10 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

function workbookOf(rows: number): WorkbookState {
  const cells: SeedCell[][] = [
    ["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk", "Budget"],
  ];
  for (let i = 1; i <= rows; i++) {
    cells.push([
      `UC-${i}`,
      `Use case number ${i}`,
      `Owner ${i % 13}`,
      1 + (i % 5),
      1 + ((i * 7) % 5),
      3,
      1 + ((i * 3) % 5),
      1000 * i,
    ]);
  }
  return createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
}

const FOUR_MB = 4 * 1024 * 1024;

afterEach(removeDouble);

describe.each([10, 1_000, 50_000])("%i use cases", (rows) => {
  it("are read and written in a few syncs, each request under 4 MB", async () => {
    const state = workbookOf(rows);
    const adapter = adapterOver(state, 60_000);

    await adapter.listSources();
    expect(syncCount(state)).toBe(2);
    const sheet = await adapter.readSource({ sheetName: "Candidates" });
    // One sync for the range's size, then row blocks of at most CELLS_PER_READ_REQUEST cells.
    const readSyncs = syncCount(state) - 2;
    expect(readSyncs).toBe(1 + Math.ceil(((rows + 1) * 8) / CELLS_PER_READ_REQUEST));
    if (rows <= 1_000) expect(readSyncs).toBe(2);

    const result = scoreWorkbook({ sheets: [sheet] }, settings);
    expect(result.ranked).toHaveLength(rows);
    const written = await adapter.writeResult(result);
    const writes = state.host.syncs.slice(2 + readSyncs);
    expect(writes).toHaveLength(written.syncs);
    for (const sync of writes) expect(sync.payloadBytes).toBeLessThan(FOUR_MB);
    // One sync reads the workbook's shape; the content goes in as few requests as its size
    // allows; then the view settings and charts, and the charts' labels.
    const contentBytes = writes.reduce((sum, sync) => sum + sync.payloadBytes, 0);
    expect(written.syncs).toBeLessThanOrEqual(3 + Math.ceil(contentBytes / (FOUR_MB * 0.9)));
    if (rows <= 1_000) expect(written.syncs).toBeLessThanOrEqual(4);
  }, 120_000);
});
