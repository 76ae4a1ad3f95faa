/**
 * A write can neither fail half way nor lose the last result. The host fails each named
 * operation of a write in turn (its first and its last run), with the operations before it in
 * that request applied, as Excel does. Afterwards the workbook holds the previous result or the
 * new one, complete, never neither; and writing again gives the new result and nothing else.
 */
import { scoreWorkbook, type ScoringResult, type ScoringSettings } from "../../src/core";
import { ExcelAdapterError, createOfficeExcelAdapter, type LogRequest } from "../../src/excel";
import {
  createWorkbookState,
  definedNames,
  failOperation,
  sheetNames,
  sheetSnapshot,
  type SeedCell,
  type WorkbookState,
} from "./double";
import { adapterOver, removeDouble, trimmed } from "./excelHarness";

const CANDIDATES: SeedCell[][] = [
  ["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk", "Budget"],
  ["AI-1", "Invoice triage", "Ana", 5, 4, 4, 2, 40000],
  ["AI-2", "Claims fraud model", "Ben", 4, 3, 3, 4, 90000],
  ["AI-3", "Contract summaries", "Caro", 3, 5, 4, 1, 25000],
  ["AI-4", "Churn forecast", "Dev", 4, 2, 2, 2, 60000],
];

const weightsA = { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 };
const weightsB = { value: 70, feasibility: 10, dataReadiness: 10, regulatoryRisk: 10 };
const roadmap = { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 };

/** Every ExcelApi set up to 1.9: screen suspension and chart labels are part of the write. */
const allSets = (): boolean => true;

async function scored(state: WorkbookState, weights: ScoringSettings["weights"]) {
  const sheet = await adapterOver(state).readSource({ sheetName: "Candidates" });
  const result = scoreWorkbook({ sheets: [sheet] }, { weights, roadmap });
  const log: LogRequest = { by: "Test", time: new Date("2026-12-08T10:00:00Z"), sources: [sheet] };
  return { result, log };
}

async function write(state: WorkbookState, result: ScoringResult, log: LogRequest) {
  adapterOver(state);
  return createOfficeExcelAdapter({ supports: allSets, syncTimeoutMs: 2_000 }).writeResult(
    result,
    log,
  );
}

/** The product's output as a person would find it: each marked sheet's cells, by role. */
function outputs(state: WorkbookState, withLog = true) {
  const marked = definedNames(state)
    .filter((name) => name.name.startsWith("OpportunityScorer."))
    .filter((name) => withLog || !name.name.toLowerCase().endsWith("scoringlog"))
    .map((name) => {
      const sheet = /^=(?:'((?:[^']|'')+)'|([^!]+))!/.exec(name.formula);
      return { marker: name.name, sheet: (sheet?.[1] ?? sheet?.[2] ?? "").replace(/''/g, "'") };
    })
    .sort((a, b) => a.marker.localeCompare(b.marker));
  return marked.map(({ marker, sheet }) => {
    const snapshot = sheetSnapshot(state, sheet);
    // Content only: a log row whose number formats went in before its values failed is empty.
    return {
      marker,
      sheet,
      values: trimmed(snapshot.values),
      formulas: trimmed(snapshot.formulas),
    };
  });
}

/** A workbook holding result A, written and logged, and result B ready to write over it. */
async function workbookWithPreviousResult() {
  const state = createWorkbookState({ sheets: [{ name: "Candidates", cells: CANDIDATES }] });
  const a = await scored(state, weightsA);
  await write(state, a.result, a.log);
  const b = await scored(state, weightsB);
  return { state, b };
}

/** Each operation label of writing B over A, with how many times it runs. */
async function operationsOfTheWrite(): Promise<Map<string, number>> {
  const { state, b } = await workbookWithPreviousResult();
  const before = state.host.syncs.length;
  await write(state, b.result, b.log);
  const counts = new Map<string, number>();
  for (const sync of state.host.syncs.slice(before)) {
    for (const label of sync.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

afterEach(removeDouble);

describe("a write that fails at any operation", () => {
  let previous: ReturnType<typeof outputs>;
  let complete: ReturnType<typeof outputs>;
  let completeNames: string[];
  const faults: [string, number][] = [];

  beforeAll(async () => {
    const { state, b } = await workbookWithPreviousResult();
    previous = outputs(state);
    await write(state, b.result, b.log);
    complete = outputs(state);
    completeNames = sheetNames(state);
    for (const [label, runs] of await operationsOfTheWrite()) {
      faults.push([label, 1]);
      if (runs > 1) faults.push([label, runs]);
    }
    removeDouble();
  });

  it("is tried at every operation, first and last run, including the swap and the delete", () => {
    const labels = faults.map(([label]) => label);
    for (const label of [
      "WorksheetCollection.add",
      "Range.values",
      "Range.formulas",
      "Worksheet.name",
      "NamedItem.delete",
      "NamedItemCollection.add",
      "Table.name",
      "ChartCollection.add",
      "ChartDataLabel.text",
      "WorksheetFreezePanes.freezeRows",
      "Worksheet.delete",
    ]) {
      expect(labels).toContain(label);
    }
    // The previous and the new result differ, so the checks below can tell them apart.
    expect(complete).not.toEqual(previous);
  });

  it("leaves the previous result or the complete new one, and writing again gives the new one", async () => {
    for (const [label, occurrence] of faults) {
      const { state, b } = await workbookWithPreviousResult();
      failOperation(state, label, "GeneralException", occurrence);
      const error = await write(state, b.result, b.log).catch((e: unknown) => e);
      const where = `${label} #${occurrence}`;
      expect([where, error]).toEqual([where, expect.any(ExcelAdapterError)]);

      const now = outputs(state);
      const holdsPrevious = JSON.stringify(now) === JSON.stringify(previous);
      const holdsNew =
        JSON.stringify(outputs(state, false)) ===
        JSON.stringify(complete.filter((o) => !o.marker.toLowerCase().endsWith("scoringlog")));
      expect([where, holdsPrevious || holdsNew]).toEqual([where, true]);
      // The message says which: nothing changed, or the new output is in place.
      const inPlace = /are in place with their formulas/.test((error as Error).message);
      expect([where, inPlace]).toEqual([where, !holdsPrevious]);

      await write(state, b.result, b.log);
      expect([where, outputs(state, false)]).toEqual([
        where,
        complete.filter((o) => !o.marker.toLowerCase().endsWith("scoringlog")),
      ]);
      expect([where, sheetNames(state)]).toEqual([where, completeNames]);
    }
  }, 240_000);
});
