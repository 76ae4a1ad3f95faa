/**
 * Each Ranked row links back to its use case's name cell in the source sheet as a cell
 * hyperlink (a HYPERLINK formula does not jump in Excel on the web): set a column at a time
 * with ExcelApi 1.9, a cell at a time with 1.7, and left as text below 1.7.
 */
import { scoreWorkbook, type ScoringSettings } from "../../src/core";
import { createOfficeExcelAdapter } from "../../src/excel";
import { createWorkbookState, sheetSnapshot, type WorkbookState } from "./double";
import type { CellHyperlink } from "./double/state";
import { adapterOver, removeDouble, wireHost } from "./excelHarness";

const SOURCE = "Use cases";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** A source of `count` use cases, every fifth of them unscorable (a value of "n/a"). */
function aSource(count: number): WorkbookState {
  const header = ["ID", "Use case", "Owner", "Business value", "Feasibility", "Data", "Risk"];
  const rows = Array.from({ length: count }, (_, i) => [
    `UC-${i + 1}`,
    `Use case ${i + 1}`,
    "Ana",
    i % 5 === 4 ? "n/a" : 1 + (i % 5),
    3,
    4,
    2,
  ]);
  return createWorkbookState({ sheets: [{ name: SOURCE, cells: [header, ...rows] }] });
}

/** Reads, scores and writes the source on a host with ExcelApi up to 1.`minor`. */
async function writeWith(state: WorkbookState, minor: number): Promise<void> {
  adapterOver(state);
  const supports = (version: string): boolean => Number(version.split(".")[1]) <= minor;
  const adapter = createOfficeExcelAdapter({ supports, syncTimeoutMs: 30_000 });
  const sheet = await adapter.readSource({ sheetName: SOURCE });
  await adapter.writeResult(scoreWorkbook({ sheets: [sheet] }, settings));
}

/** How many operations of the write carried `label`. */
function operations(state: WorkbookState, label: string): number {
  return state.host.syncs.flatMap((sync) => sync.labels).filter((l) => l === label).length;
}

/** The cell a link's reference names on the source sheet: `'Use cases'!B7` → its value. */
function followed(state: WorkbookState, link: CellHyperlink | undefined): unknown {
  const match = /^'Use cases'!B(\d+)$/.exec(link?.documentReference ?? "");
  if (!match) return undefined;
  return sheetSnapshot(state, SOURCE).values[Number(match[1]) - 1]?.[1];
}

afterEach(removeDouble);

describe("with ExcelApi 1.9", () => {
  it("links each ranked row and each unscored row to its name cell in the source", async () => {
    const state = aSource(10);
    await writeWith(state, 9);

    const ranked = sheetSnapshot(state, "Ranked");
    // Ranked rows 7–14 (8 scored), the not-scored list's rows 18–19 (UC-5 and UC-10).
    expect(ranked.hyperlinks["M7"]).toEqual({
      documentReference: "'Use cases'!B5",
      textToDisplay: "Row 5",
    });
    expect(ranked.hyperlinks["A18"]).toEqual({
      documentReference: "'Use cases'!B6",
      textToDisplay: "Row 6",
    });
    expect(Object.keys(ranked.hyperlinks)).toHaveLength(10);
    for (let row = 7; row <= 14; row++) {
      expect(followed(state, ranked.hyperlinks[`M${row}`])).toBe(ranked.values[row - 1]?.[2]);
      expect(ranked.values[row - 1]?.[12]).toBe(ranked.hyperlinks[`M${row}`]?.textToDisplay);
    }
    expect(followed(state, ranked.hyperlinks["A19"])).toBe("Use case 10");
  });

  it("sets them with one setCellProperties per run, however many rows there are", async () => {
    const small = aSource(10);
    await writeWith(small, 9);
    removeDouble();
    const large = aSource(400);
    await writeWith(large, 9);

    expect(Object.keys(sheetSnapshot(large, "Ranked").hyperlinks)).toHaveLength(400);
    // One run down the Source column, one down the not-scored list's Row column.
    expect(operations(small, "Range.setCellProperties")).toBe(2);
    expect(operations(large, "Range.setCellProperties")).toBe(2);
    expect(operations(large, "Range.hyperlink")).toBe(0);
  });
});

describe("with ExcelApi 1.7", () => {
  it("sets the same links one cell at a time", async () => {
    const newer = aSource(10);
    await writeWith(newer, 9);
    removeDouble();
    const state = aSource(10);
    await writeWith(state, 7);

    const ranked = sheetSnapshot(state, "Ranked");
    expect(ranked.hyperlinks).toEqual(sheetSnapshot(newer, "Ranked").hyperlinks);
    expect(ranked.values).toEqual(sheetSnapshot(newer, "Ranked").values);
    expect(operations(state, "Range.hyperlink")).toBe(10);
    expect(operations(state, "Range.setCellProperties")).toBe(0);
  });

  it("keeps requests under 4.5 MB with 20,000 links set one by one", async () => {
    const state = aSource(20_000);
    await writeWith(state, 7);

    const sizes = wireHost().requests.map((request) => request.bytes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4.5 * 1024 * 1024);
    expect(state.host.syncs.filter((sync) => sync.outcome === "failed")).toEqual([]);
    expect(Object.keys(sheetSnapshot(state, "Ranked").hyperlinks)).toHaveLength(20_000);
  }, 120_000);
});

describe("below ExcelApi 1.7", () => {
  it("writes the row numbers as text, without links", async () => {
    const state = aSource(10);
    await writeWith(state, 6);

    const ranked = sheetSnapshot(state, "Ranked");
    expect(ranked.hyperlinks).toEqual({});
    expect(ranked.values[6]?.[12]).toBe("Row 5");
    expect(ranked.values[17]?.[0]).toBe("Row 6");
    expect(
      operations(state, "Range.hyperlink") + operations(state, "Range.setCellProperties"),
    ).toBe(0);
  });
});
