import { describeOutputSheets } from "../../../src/core/sheets";
import { PortfolioSettingsSchema } from "../../../src/core/plan";
import { withPortfolio, scoreWorkbook } from "../../../src/core/score";
import type { SheetDescription } from "../../../src/core/model";
import { aSheet, scoringSettings } from "../builders";
import { FormulaEvaluator, formulaMismatches } from "../sheetReader";

const HEADER = [
  "ID",
  "Use case",
  "Owner",
  "Business value",
  "Technical feasibility",
  "Data readiness",
  "Regulatory risk",
  "Budget",
  "Hours saved per week",
];

// A and B fit 300k together; C does not fit beside them; D has no budget; B saves no hours.
const sheet = aSheet({
  name: "Candidates",
  values: [
    HEADER,
    ["A", "Invoices", "Ana", 5, 5, 4, 2, 200_000, 40],
    ["B", "Tickets", "Ben", 5, 4, 4, 2, 100_000, null],
    ["C", "Pricing", "Cy", 4, 4, 4, 2, 150_000, 10],
    ["D", "Search", "Di", 4, 4, 4, 1, null, 5],
  ],
});

function summaryOf(annualBudget: number, roadmapFrom: "ranking" | "portfolio" = "ranking") {
  const scored = scoreWorkbook(
    { sheets: [sheet] },
    scoringSettings({ roadmap: { slotsPerQuarter: 4 } }),
  );
  const result = withPortfolio(
    scored,
    PortfolioSettingsSchema.parse({ annualBudget, roadmapFrom }),
  );
  const sheets = describeOutputSheets(result, { sheets: [{ name: "Candidates" }], tableNames: [] });
  const summary = sheets.find((each) => each.role === "summary") as SheetDescription;
  const evaluator = new FormulaEvaluator(sheets);
  const rowStarting = (label: string) =>
    summary.rows.findIndex((cells) => cells[0]?.text === label) + 1;
  const valueAt = (row: number, column: string) =>
    evaluator.valueOf(summary.name, `${column}${row}`);
  const texts = summary.rows.flat().flatMap((cell) => (cell?.text ? [cell.text] : []));
  return { sheets, summary, rowStarting, valueAt, texts, result };
}

describe("the Summary's portfolio section", () => {
  it("totals the funded set's score, budget and annual value, and its payback, as live formulas", () => {
    const { sheets, rowStarting, valueAt } = summaryOf(300_000);
    expect(formulaMismatches(sheets)).toEqual([]);
    const funded = rowStarting("Funded");
    expect(funded).toBeGreaterThan(0);
    expect(valueAt(funded, "F")).toBe(300_000);
    // A saves 40 hours a week: 40 × 85 × 46 = 156,400 a year; B claims no value.
    expect(valueAt(funded, "G")).toBe(156_400);
    expect(valueAt(funded + 1, "A")).toBe("Payback (months)");
    expect(valueAt(funded + 1, "B")).toBeCloseTo(300_000 / (156_400 / 12), 9);
  });

  it("lists what is not funded, with the reason", () => {
    const { summary, rowStarting, texts } = summaryOf(300_000);
    const heading = rowStarting("Not funded (2)");
    expect(heading).toBeGreaterThan(rowStarting("Funded"));
    const listed = [1, 2].map((offset) =>
      (summary.rows[heading + offset] ?? []).slice(1, 4).map((cell) => cell?.text),
    );
    // In rank order: D's lower regulatory risk puts it above C.
    expect(listed).toEqual([
      ["D", "Search", "budget unknown"],
      ["C", "Pricing", "over budget"],
    ]);
    expect(texts).not.toContain("Every scored use case is funded.");
  });

  it("warns when the roadmap, drafted from the whole ranking, spends more than the budget", () => {
    const overspent = summaryOf(300_000);
    expect(
      overspent.texts.some((line) =>
        line.startsWith("The roadmap above is drafted from the whole ranking and spends 450,000"),
      ),
    ).toBe(true);
    const drafted = summaryOf(300_000, "portfolio");
    expect(drafted.texts.some((line) => line.startsWith("The roadmap above"))).toBe(false);
    expect(drafted.valueAt(drafted.rowStarting("Year"), "D")).toBe(300_000);
  });

  it("never funds a use case it cannot cost, however much money there is", () => {
    const { texts, result } = summaryOf(10_000_000);
    expect(result.portfolio?.funded).toEqual(["A", "B", "C"]);
    expect(texts).toContain("Not funded (1)");
    expect(texts).toContain("budget unknown");
  });
});
