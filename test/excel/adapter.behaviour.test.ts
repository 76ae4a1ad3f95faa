/** The adapter's promises: text stays text, a person's sheets are safe, failures leave no damage. */
import { scoreWorkbook, type ScoringSettings, type SheetInput } from "../../src/core";
import { createOfficeExcelAdapter, ExcelAdapterError } from "../../src/excel";
import {
  createWorkbookState,
  definedNames,
  failNextSync,
  failOperation,
  hangNextSync,
  sheetNames,
  sheetSnapshot,
  type SeedCell,
} from "./double";
import { adapterOver, removeDouble } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

const HEADER: SeedCell[] = [
  "ID",
  "Use case",
  "Owner",
  "Value",
  "Feasibility",
  "Data",
  "Risk",
  "Budget",
];

function candidates(...names: string[]): SeedCell[][] {
  return [
    HEADER,
    ...names.map((name, index): SeedCell[] => [
      `C-${index + 1}`,
      name,
      "Ana",
      5 - (index % 5),
      4,
      3,
      2,
      1000,
    ]),
  ];
}

async function readAndScore(adapter: ReturnType<typeof adapterOver>, sheetName = "Candidates") {
  const sheet: SheetInput = await adapter.readSource({ sheetName });
  return scoreWorkbook({ sheets: [sheet] }, settings);
}

afterEach(removeDouble);

describe("text that looks like a formula", () => {
  it("is written as the same characters, never as a formula", async () => {
    const risky = ['=HYPERLINK("http://x","click")', "+1-555-0100", "-5 days", "@mention"];
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates(...risky) }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));

    const ranked = sheetSnapshot(state, "Ranked");
    const names = ranked.values.slice(6, 10).map((row) => row[2]);
    expect(names.sort()).toEqual([...risky].sort());
    ranked.valueTypes.slice(6, 10).forEach((row) => expect(row[2]).toBe("String"));
  });
});

describe("a person's own sheets", () => {
  it("keeps a sheet called Ranked and writes Ranked (2) beside it; a re-run replaces only its own", async () => {
    const state = createWorkbookState({
      sheets: [
        { name: "Candidates", cells: candidates("Chatbot", "Forecast") },
        { name: "Ranked", cells: [["My notes", 42]] },
      ],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Ranked (2)", "Roadmap", "Summary"]);
    expect(sheetSnapshot(state, "Ranked").values).toEqual([["My notes", 42]]);
    expect(sheetSnapshot(state, "Roadmap").formulas[4]?.[7]).toBe("='Ranked (2)'!$J$7");

    await adapter.writeResult(await readAndScore(adapter));
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Ranked (2)", "Roadmap", "Summary"]);
    expect(sheetSnapshot(state, "Ranked").values).toEqual([["My notes", 42]]);
  });

  it("lists its own output sheets as such, so they are not offered as sources", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot") }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    const sources = await adapter.listSources();
    expect(sources.sheets.map((sheet) => [sheet.name, sheet.ownRole])).toEqual([
      ["Candidates", undefined],
      ["Ranked", "ranked"],
      ["Roadmap", "roadmap"],
      ["Summary", "summary"],
    ]);
  });

  it("never writes to the source sheet", async () => {
    const cells = candidates("Chatbot", "Forecast");
    const state = createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    expect(sheetSnapshot(state, "Candidates").values).toEqual(
      cells.map((row) => row.map((cell) => cell ?? "")),
    );
  });
});

describe("view settings", () => {
  it("freeze the headings once the sheet is visible: Excel refuses panes on a hidden sheet", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot", "Forecast") }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    expect(sheetSnapshot(state, "Ranked").frozenRows).toBeGreaterThan(0);
  });
});

describe("failures", () => {
  it("refuses to replace a protected earlier result with a clear message, leaving it intact", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot") }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    const protectedState = state.sheets.find((sheet) => sheet.name === "Ranked");
    if (!protectedState) throw new Error("no Ranked");
    (protectedState as { protected: boolean }).protected = true;
    const before = sheetSnapshot(state, "Ranked");

    const error = await adapter.writeResult(await readAndScore(adapter)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).problem).toBe("protected");
    expect((error as ExcelAdapterError).message).toMatch(/Ranked is protected.*Unprotect Sheet/);
    expect(sheetSnapshot(state, "Ranked")).toEqual(before);
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Roadmap", "Summary"]);
  });

  it("times out a sync that never answers with a retryable error", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot") }],
    });
    const adapter = adapterOver(state, 200);
    hangNextSync(state);
    const error = await adapter.listSources().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).problem).toBe("timeout");
    expect((error as ExcelAdapterError).retryable).toBe(true);
  });

  it("says to leave cell edit mode when Excel is editing a cell", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot") }],
    });
    const adapter = adapterOver(state);
    failNextSync(state, "InvalidOperationInCellEditMode");
    const error = await adapter.listSources().catch((e: unknown) => e);
    expect((error as ExcelAdapterError).problem).toBe("cell-edit-mode");
    expect((error as ExcelAdapterError).message).toMatch(/Press Enter or Esc/);
  });

  it("leaves the previous result intact when writing fails half way", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot", "Forecast") }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    const before = sheetSnapshot(state, "Ranked");
    const result = await readAndScore(adapter);

    // The first two syncs of a write read the workbook; the third carries the new sheets.
    const failingThirdSync = createOfficeExcelAdapter({
      syncTimeoutMs: 2_000,
      run: (batch) =>
        Excel.run(async (context) => {
          const sync = context.sync.bind(context);
          let count = 0;
          context.sync = () => {
            if (++count === 3) failNextSync(state, "GeneralException", "Simulated failure");
            return sync();
          };
          return batch(context);
        }),
    });
    const error = await failingThirdSync.writeResult(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(sheetSnapshot(state, "Ranked")).toEqual(before);
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Roadmap", "Summary"]);
  });

  it("puts the previous state back when it fails after the swap, before the formulas naming Ranked", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot", "Forecast") }],
    });
    const result = await readAndScore(adapterOver(state));
    // Requests small enough that the formulas naming Ranked travel after the swap; the first
    // sync once the new sheets have their names fails.
    const failingAfterSwap = createOfficeExcelAdapter({
      syncTimeoutMs: 2_000,
      maxRequestBytes: 1_500,
      run: (batch) =>
        Excel.run(async (context) => {
          const sync = context.sync.bind(context);
          let failed = false;
          context.sync = async () => {
            if (!failed && sheetNames(state).includes("Ranked")) {
              failed = true;
              failNextSync(state, "GeneralException", "Simulated failure");
            }
            return sync();
          };
          return batch(context);
        }),
    });
    const error = await failingAfterSwap.writeResult(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).retryable).toBe(true);
    // A first write: the state before it had no output at all, and nothing of it is left.
    expect(sheetNames(state)).toEqual(["Candidates"]);
    expect(definedNames(state)).toEqual([]);

    await adapterOver(state).writeResult(result);
    const summary = sheetSnapshot(state, "Summary").formulas.flat();
    expect(summary.some((formula) => String(formula).startsWith("=Ranked!"))).toBe(true);
  });

  it("says the new sheets are in place, and to write again, when it fails once they are complete", async () => {
    const state = createWorkbookState({
      sheets: [{ name: "Candidates", cells: candidates("Chatbot", "Forecast") }],
    });
    const adapter = adapterOver(state);
    await adapter.writeResult(await readAndScore(adapter));
    const result = await readAndScore(adapter);
    failOperation(state, "WorksheetFreezePanes.freezeRows");
    const error = await adapter.writeResult(result).catch((e: unknown) => e);
    expect((error as ExcelAdapterError).message).toMatch(
      /The new Ranked, Roadmap, Summary are in place with their formulas, but their chart or frozen headings may be missing: write again to complete them\.$/,
    );
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Roadmap", "Summary"]);
    const frozen = () =>
      ["Ranked", "Roadmap", "Summary"].map((name) => sheetSnapshot(state, name).frozenRows);
    expect(frozen()).toContain(0);
    await adapter.writeResult(result);
    expect(frozen()).not.toContain(0);
  });
});
