/**
 * Score columns typed beside an Excel table, on its header row but outside it: the adapter
 * reads them (in the syncs it makes anyway), so the engine can say where they are.
 */
import { scoreWorkbook, type ScoringSettings } from "../../src/core";
import { createOfficeExcelAdapter, type ExcelAdapter } from "../../src/excel";
import { createWorkbookState, syncCount, type WorkbookState } from "./double";
import { adapterOver, removeDouble } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/**
 * A response limit the first block (three rows and the cells beside) exceeds and its halves do
 * not: found by trying, in the double's own count of response bytes.
 */
const RESPONSE_LIMIT = 280;

/** Table Inventory on B3:D5; the axis columns typed in E3:H3, a note in J3, one left in A3. */
function inventory(responseLimitBytes?: number): WorkbookState {
  return createWorkbookState(
    {
      sheets: [
        {
          name: "Use cases",
          cells: [
            ["Inventory 2026"],
            [],
            [
              "Ref",
              "ID",
              "Use case",
              "Owner",
              "Business value",
              "Technical feasibility",
              "Data readiness",
              "Regulatory risk",
              null,
              "Notes",
            ],
            ["r1", "UC-1", "Triage", "Ana", 4, 3, 3, 2],
            ["r2", "UC-2", "Chatbot", null, 3, 4, 2, 1],
          ],
          tables: [{ name: "Inventory", address: "B3:D5" }],
        },
      ],
    },
    responseLimitBytes === undefined ? {} : { responseLimitBytes },
  );
}

function adapterOn(state: WorkbookState): ExcelAdapter {
  adapterOver(state);
  return createOfficeExcelAdapter({ supports: () => true, syncTimeoutMs: 2_000 });
}

afterEach(removeDouble);

describe("columns typed beside a table", () => {
  it("are read with the table, with the table's size, and named in the one-line error", async () => {
    const state = inventory();
    const adapter = adapterOn(state);
    const sheet = await adapter.readSource({ sheetName: "Use cases", tableName: "Inventory" });

    expect(sheet.tableSize).toEqual({ rows: 3, columns: 3 });
    expect(sheet.besideTable).toEqual([
      { column: 1, value: "Ref" },
      { column: 5, value: "Business value" },
      { column: 6, value: "Technical feasibility" },
      { column: 7, value: "Data readiness" },
      { column: 8, value: "Regulatory risk" },
      { column: 10, value: "Notes" },
    ]);
    let message = "";
    try {
      scoreWorkbook({ sheets: [sheet] }, settings, { sheetName: "Use cases" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      "Business value (E3), Technical feasibility (F3), Data readiness (G3), Regulatory risk (H3) " +
        "sit beside the table Inventory (B3:D5), outside it: resize the table to take them in",
    );
    expect(message).not.toMatch(/\n/);
  });

  it("cost no sync more than reading the table alone", async () => {
    const besides = inventory();
    const before = syncCount(besides);
    await adapterOn(besides).readSource({ sheetName: "Use cases", tableName: "Inventory" });
    const withBesides = syncCount(besides) - before;
    removeDouble();

    const alone = createWorkbookState({
      sheets: [
        {
          name: "Use cases",
          cells: [[], [], [null, "ID", "Use case", "Owner"], [null, "UC-1", "Triage", "Ana"]],
          tables: [{ name: "Inventory", address: "B3:D4" }],
        },
      ],
    });
    const start = syncCount(alone);
    const sheet = await adapterOn(alone).readSource({
      sheetName: "Use cases",
      tableName: "Inventory",
    });
    expect(syncCount(alone) - start).toBe(withBesides);
    expect(sheet.besideTable).toEqual([]);
  });

  it("are still read when the first block is refused as too large and asked again in halves", async () => {
    const state = inventory(RESPONSE_LIMIT);
    const sheet = await adapterOn(state).readSource({
      sheetName: "Use cases",
      tableName: "Inventory",
    });
    expect(sheet.values).toHaveLength(3);
    // The refused sync is among them: the block was asked again in halves.
    expect(
      state.host.syncs.some((sync) => sync.errorCode === "ResponsePayloadSizeLimitExceeded"),
    ).toBe(true);
    expect(sheet.besideTable?.map((cell) => cell.column)).toEqual([1, 5, 6, 7, 8, 10]);
  });
});
