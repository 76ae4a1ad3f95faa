/**
 * Rows hidden in the source, by a filter or by hand, are read and scored like the others; the
 * adapter counts them (for the pane to say so) without a sync more than an unfiltered read.
 */
import { scoreWorkbook, type ScoringSettings, type SheetInput } from "../../src/core";
import { createOfficeExcelAdapter, type ExcelAdapter } from "../../src/excel";
import { createWorkbookState, syncCount, type SheetSeed, type WorkbookState } from "./double";
import { adapterOver, removeDouble } from "./excelHarness";
import { fixtureWorkbook } from "./fixtureWorkbook";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** The sample's 24 use cases (table UseCases on A1:N25), changed by `change`. */
async function theSample(change: (sheet: SheetSeed) => SheetSeed): Promise<WorkbookState> {
  const { seed } = await fixtureWorkbook("sample-use-cases.xlsx");
  return createWorkbookState({ sheets: seed.sheets.map(change) });
}

/** The sample's table with its own filter set, as a filter on a column leaves it. */
function tableFiltered(sheet: SheetSeed): readonly NonNullable<SheetSeed["tables"]>[number][] {
  return (sheet.tables ?? []).map((table) => ({ ...table, autoFilter: { isDataFiltered: true } }));
}

/** An adapter over `state` on a host with ExcelApi up to 1.`minor`. */
function adapterWith(state: WorkbookState, minor = 17): ExcelAdapter {
  adapterOver(state);
  const supports = (version: string) => Number(version.split(".")[1]) <= minor;
  return createOfficeExcelAdapter({ supports, syncTimeoutMs: 2_000 });
}

async function readTable(adapter: ExcelAdapter): Promise<SheetInput> {
  return adapter.readSource({ sheetName: "Use cases", tableName: "UseCases" });
}

afterEach(removeDouble);

describe("a source with rows hidden by a filter", () => {
  it("is read and scored whole, and says how many rows the filter hides", async () => {
    const state = await theSample((sheet) => ({
      ...sheet,
      tables: tableFiltered(sheet),
      hiddenRows: [3, 4, 10],
    }));
    const sheet = await readTable(adapterWith(state));

    expect(sheet.hiddenRows).toEqual({ count: 3, byFilter: true });
    expect(sheet.values).toHaveLength(25);
    const result = scoreWorkbook({ sheets: [sheet] }, settings);
    expect(result.ranked).toHaveLength(24);
    expect(result.ranked.map((ranked) => ranked.useCase.id)).toEqual(
      expect.arrayContaining(["AI-02", "AI-03", "AI-09"]),
    );
  });

  it("takes no more syncs than reading the same source unfiltered", async () => {
    const filtered = await theSample((sheet) => ({
      ...sheet,
      tables: tableFiltered(sheet),
      hiddenRows: [3],
    }));
    const plain = await theSample((sheet) => sheet);
    await readTable(adapterWith(filtered));
    await readTable(adapterWith(plain));

    expect(syncCount(filtered)).toBe(2);
    expect(syncCount(plain)).toBe(2);
  });

  it("counts the sheet's own filter when the sheet, not a table, is the source", async () => {
    const state = createWorkbookState({
      sheets: [
        {
          name: "Candidates",
          cells: [
            ["Use case", "Value", "Feasibility", "Data", "Risk"],
            ["Chatbot", 4, 4, 3, 2],
            ["Search", 3, 5, 4, 1],
            ["Forecast", 5, 2, 2, 3],
          ],
          hiddenRows: [3],
          autoFilter: { isDataFiltered: true },
        },
      ],
    });
    const sheet = await adapterWith(state).readSource({ sheetName: "Candidates" });

    expect(sheet.hiddenRows).toEqual({ count: 1, byFilter: true });
    expect(scoreWorkbook({ sheets: [sheet] }, settings).ranked).toHaveLength(3);
  });

  it("counts a table's filter on the same sheet when the sheet is the source", async () => {
    const state = await theSample((sheet) => ({
      ...sheet,
      tables: tableFiltered(sheet),
      hiddenRows: [5, 6],
    }));
    const sheet = await adapterWith(state).readSource({ sheetName: "Use cases" });

    expect(sheet.hiddenRows).toEqual({ count: 2, byFilter: true });
  });
});

describe("a source with rows hidden by hand", () => {
  it("is read and scored whole, and says how many rows are hidden, not by a filter", async () => {
    const state = await theSample((sheet) => ({ ...sheet, hiddenRows: [2, 7, 8, 25] }));
    const sheet = await readTable(adapterWith(state));

    expect(sheet.hiddenRows).toEqual({ count: 4, byFilter: false });
    expect(scoreWorkbook({ sheets: [sheet] }, settings).ranked).toHaveLength(24);
  });

  it("is not put down to a filter that is switched on but filters nothing", async () => {
    const state = await theSample((sheet) => ({
      ...sheet,
      hiddenRows: [9],
      autoFilter: { isDataFiltered: false },
    }));
    const sheet = await adapterWith(state).readSource({ sheetName: "Use cases" });

    expect(sheet.hiddenRows).toEqual({ count: 1, byFilter: false });
  });

  it("ignores rows hidden outside the source", async () => {
    const state = await theSample((sheet) => ({ ...sheet, hiddenRows: [26, 40] }));
    const sheet = await readTable(adapterWith(state));

    expect(sheet).not.toHaveProperty("hiddenRows");
  });
});

describe("a source with no hidden rows", () => {
  it("carries no hidden-rows field, so it reads as it always did", async () => {
    const state = await theSample((sheet) => ({ ...sheet, tables: tableFiltered(sheet) }));
    const sheet = await readTable(adapterWith(state));

    expect(sheet).not.toHaveProperty("hiddenRows");
    expect(scoreWorkbook({ sheets: [sheet] }, settings).ranked).toHaveLength(24);
  });
});

describe("an Excel without the APIs", () => {
  it("says nothing of hidden rows without ExcelApi 1.3, and still reads them", async () => {
    const state = await theSample((sheet) => ({
      ...sheet,
      tables: tableFiltered(sheet),
      hiddenRows: [3, 4],
    }));
    const sheet = await readTable(adapterWith(state, 2));

    expect(sheet).not.toHaveProperty("hiddenRows");
    expect(sheet.values).toHaveLength(25);
  });

  it("counts them as hidden, without blaming a filter, with 1.3 but not 1.9", async () => {
    const state = await theSample((sheet) => ({
      ...sheet,
      tables: tableFiltered(sheet),
      hiddenRows: [3, 4],
    }));
    const sheet = await readTable(adapterWith(state, 8));

    expect(sheet.hiddenRows).toEqual({ count: 2, byFilter: false });
  });

  it("says nothing when the host cannot tell, as the pane's default adapter does outside Office", async () => {
    const state = await theSample((sheet) => ({ ...sheet, hiddenRows: [3] }));
    const sheet = await adapterOver(state).readSource({
      sheetName: "Use cases",
      tableName: "UseCases",
    });

    expect(sheet).not.toHaveProperty("hiddenRows");
  });
});

describe("an empty sheet", () => {
  it("reads as empty, with nothing to say of hidden rows", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Blank", hiddenRows: [1, 2] }] });
    const sheet = await adapterWith(state).readSource({ sheetName: "Blank" });

    expect(sheet).toEqual({ name: "Blank", top: 1, left: 1, values: [] });
  });
});
