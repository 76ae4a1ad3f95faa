import { describeOutputSheets } from "../../../src/core/sheets";
import { roadmapTotalsRows } from "../../../src/core/sheets/roadmapSheet";
import type { ScoringResult } from "../../../src/core/score";
import type { SheetDescription } from "../../../src/core/model";
import { aRow, scoreRows, scoringSettings } from "../builders";
import { cellAt, FormulaEvaluator, formulaMismatches, resultOf, rowTexts } from "../sheetReader";

function outputOf(
  result: ScoringResult,
  existing: { name: string }[] = [{ name: "Candidates" }],
): SheetDescription[] {
  return describeOutputSheets(result, { sheets: existing, tableNames: [] });
}

// Ranked in this order (value 5 > 4 > 3 > 2): UC-1, UC-2, UC-3, UC-4.
const result = scoreRows(
  [
    aRow({ id: "UC-1", name: "Invoice triage", value: 5, budget: 120000 }),
    aRow({ id: "UC-2", name: "Claims chatbot", value: 4, budget: 90000, duration: 3, owner: null }),
    aRow({ id: "UC-3", name: "Churn model", value: 3, duration: 2 }),
    aRow({ id: "UC-4", name: "Contract search", value: 2, budget: 50000, dependsOn: "UC-9" }),
  ],
  { settings: scoringSettings({ roadmap: { quarterBudget: 200000 } }) },
);
const [ranked, roadmap] = outputOf(result) as [SheetDescription, SheetDescription];
const totals = roadmapTotalsRows(3);

describe("the Roadmap sheet", () => {
  it("has a column per quarter and a row per placed use case", () => {
    expect(rowTexts(roadmap, 4, 7).map((line) => line.split(" | ").slice(0, 7))).toEqual([
      ["Rank", "ID", "Use case", "Owner", "Start", "End", "Quarters"],
      ["1", "UC-1", "Invoice triage", "Ana Ruiz", "2027-Q1", "2027-Q1", "1"],
      ["2", "UC-2", "Claims chatbot", "Unassigned", "2027-Q1", "2027-Q3", "3"],
      ["3", "UC-3", "Churn model", "Ana Ruiz", "2027-Q1", "2027-Q2", "2"],
    ]);
    expect(
      ["I4", "J4", "K4", "L4", "M4"].map((reference) => cellAt(roadmap, reference)?.text),
    ).toEqual(["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "Milestones"]);
  });

  it("shows a missing owner as Unassigned, marked as a warning", () => {
    expect(cellAt(roadmap, "D6")).toEqual({ text: "Unassigned", style: "warning" });
  });

  it("takes each budget from the use case's budget cell on the Ranked sheet", () => {
    const excel = new FormulaEvaluator([ranked, roadmap]);

    expect(cellAt(roadmap, "H5")).toEqual({
      formula: "=Ranked!$J$7",
      result: 120000,
      numberFormat: "#,##0",
    });
    expect(excel.valueOf("Roadmap", "H6")).toBe(90000);
    expect(cellAt(roadmap, "H7")).toEqual({ text: "unknown", style: "note" });
  });

  it("spreads each budget over the quarters the use case runs, as formulas", () => {
    expect(rowTexts(roadmap, 6, 6)[0]?.split(" | ").slice(8, 12)).toEqual([
      "=H6/G6 → 30000",
      "=H6/G6 → 30000",
      "=H6/G6 → 30000",
      "",
    ]);
    expect(["I7", "J7", "K7"].map((reference) => cellAt(roadmap, reference)?.text)).toEqual([
      "tbd",
      "tbd",
      undefined,
    ]);
  });

  it("totals the use cases running and the budget of each quarter with formulas", () => {
    expect(totals).toEqual({ running: 9, budget: 10 });
    expect(["I9", "J9", "K9", "L9"].map((reference) => cellAt(roadmap, reference))).toEqual(
      [3, 2, 1, 0].map((count, q) => ({
        formula: `=COUNTA(${"IJKL"[q]}5:${"IJKL"[q]}7)`,
        result: count,
        numberFormat: "0",
        style: "total",
      })),
    );
    expect(
      ["H10", "I10", "J10", "K10", "L10"].map((reference) => [
        cellAt(roadmap, reference)?.formula,
        resultOf(cellAt(roadmap, reference)),
      ]),
    ).toEqual([
      ["=SUM(H5:H7)", 210000],
      ["=SUM(I5:I7)", 150000],
      ["=SUM(J5:J7)", 30000],
      ["=SUM(K5:K7)", 30000],
      ["=SUM(L5:L7)", 0],
    ]);
  });

  it("shows the slots, the cap and the headroom left in each quarter", () => {
    expect(rowTexts(roadmap, 11, 13).map((line) => line.replace(/^( \| )+/, ""))).toEqual([
      "Slots per quarter |  |  |  |  |  | 3 | 3 | 3 | 3",
      "Quarterly budget cap |  |  |  |  |  | 200000 | 200000 | 200000 | 200000",
      "Headroom |  |  |  |  |  | =I12-I10 → 50000 | =J12-J10 → 170000 | =K12-K10 → 170000 | =L12-L10 → 200000",
    ]);
  });

  it("has every formula work out to the number it shows", () => {
    expect(formulaMismatches([ranked, roadmap])).toEqual([]);
  });

  it("lists the use cases kept off, with the reason and why", () => {
    expect(rowTexts(roadmap, 15, 17)).toEqual([
      "Kept off the roadmap (1)",
      "Rank | ID | Use case | Owner | Reason |  |  |  |  |  |  |  | Why",
      "4 | UC-4 | Contract search | Ana Ruiz | dependency UC-9 |  |  |  |  |  |  |  | Needs UC-9 finished first, and UC-9 is not on the roadmap.",
    ]);
  });

  it("points its budget formulas at Ranked (2) when that is where the ranking went", () => {
    const [rankedTwo, roadmapTwo] = outputOf(result, [
      { name: "Candidates" },
      { name: "Ranked" },
    ]) as [SheetDescription, SheetDescription];

    expect(rankedTwo.name).toBe("Ranked (2)");
    expect(cellAt(roadmapTwo, "H5")?.formula).toBe("='Ranked (2)'!$J$7");
    expect(formulaMismatches([rankedTwo, roadmapTwo])).toEqual([]);
  });

  it("writes zero totals and a note when nothing could be placed", () => {
    const nothing = scoreRows([aRow({ dependsOn: "UC-9" })]);
    const [, empty] = outputOf(nothing) as [SheetDescription, SheetDescription];
    const emptyTotals = roadmapTotalsRows(0);

    expect(cellAt(empty, "C5")).toEqual({
      text: "No use case could be placed: see the list below.",
      style: "note",
    });
    expect(cellAt(empty, `I${emptyTotals.running}`)).toEqual({
      number: 0,
      numberFormat: "0",
      style: "total",
    });
    expect(cellAt(empty, `I${emptyTotals.budget}`)).toEqual({
      number: 0,
      numberFormat: "#,##0",
      style: "total",
    });
  });
});
