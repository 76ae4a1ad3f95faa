import * as path from "node:path";
import { readWorkbookFile } from "../../support/exceljsReader/readWorkbook";
import {
  budgetCutSentence,
  comparePortfolios,
  portfolioComparisonSentence,
  PortfolioSettingsSchema,
  type PortfolioComparison,
  type PortfolioInput,
} from "../../../src/core/plan";
import type { RankedUseCase } from "../../../src/core/rank";
import { scoreWorkbook } from "../../../src/core/score";
import { aUseCase, scoringSettings } from "../builders";

interface Candidate {
  readonly id: string;
  readonly score: number;
  readonly budget: number;
  readonly value?: number;
}

/** Use cases ranked in the order given; the annual value rides on hours saved. */
function ranked(...candidates: Candidate[]): RankedUseCase[] {
  return candidates.map(({ id, score, budget, value }, index) => ({
    useCase: aUseCase({
      id,
      row: index + 2,
      budget,
      ...(value !== undefined && { hoursSaved: value }),
    }),
    rank: index + 1,
    score,
    flags: [],
  }));
}

function compare(
  list: readonly RankedUseCase[],
  settings: { annualBudget: number; objective?: "score" | "value"; method?: "optimal" | "rank" },
): PortfolioComparison {
  const input: PortfolioInput = {
    ranked: list,
    notScored: [],
    settings: PortfolioSettingsSchema.parse(settings),
    annualValueOf: (useCase) => useCase.hoursSaved,
  };
  return comparePortfolios(input);
}

/** The comparison as the JSON report carries it, without the full portfolios. */
function shown({ portfolios: _portfolios, ...rest }: PortfolioComparison) {
  return rest;
}

// One expensive use case at the top of the ranking takes the whole budget from three cheaper
// ones that together score far more.
const TOP_HEAVY = ranked(
  { id: "A", score: 90, budget: 100 },
  { id: "B", score: 80, budget: 30 },
  { id: "C", score: 70, budget: 30 },
  { id: "D", score: 60, budget: 35 },
);

describe("the best portfolio against rank order", () => {
  it("funds three cheaper use cases where rank order spends it all on the top one", () => {
    const comparison = compare(TOP_HEAVY, { annualBudget: 100 });

    expect(shown(comparison)).toEqual({
      method: "optimal",
      objective: "score",
      annualBudget: 100,
      roadmapFrom: "ranking",
      funded: ["B", "C", "D"],
      totalScore: 210,
      totalValue: 0,
      totalBudget: 95,
      rankOrder: { funded: ["A"], totalScore: 90, totalValue: 0, totalBudget: 100 },
      difference: { funded: 2, score: 120, value: 0 },
      cutBy10Percent: { annualBudget: 90, funded: ["B", "C"], dropped: ["D"], added: [] },
      notFunded: [{ id: "A", reason: "over budget" }],
    });
    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order funds 1 use case for 90 points; the best portfolio funds 3 for 210 points " +
        "with the same money.",
    );
    expect(budgetCutSentence(comparison)).toBe("A 10% smaller budget drops D.");
  });

  it("says so when rank order already funds the best portfolio", () => {
    const list = ranked({ id: "A", score: 90, budget: 40 }, { id: "B", score: 80, budget: 50 });
    const comparison = compare(list, { annualBudget: 100 });

    expect(comparison.difference).toEqual({ funded: 0, score: 0, value: 0 });
    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order already funds the best portfolio: 2 use cases for 170 points.",
    );
    expect(budgetCutSentence(comparison)).toBe(
      "A 10% smaller budget still funds the same use cases.",
    );
  });

  it("shows rank order alone when rank order is the method chosen, cut the same way", () => {
    const comparison = compare(TOP_HEAVY, { annualBudget: 100, method: "rank" });

    expect(comparison).toMatchObject({ method: "rank", funded: ["A"], totalScore: 90 });
    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order funds 1 use case for 90 points.",
    );
    expect(comparison.cutBy10Percent).toEqual({
      annualBudget: 90,
      funded: ["B", "C"],
      dropped: ["A"],
      added: ["B", "C"],
    });
    expect(budgetCutSentence(comparison)).toBe(
      "A 10% smaller budget drops A and funds B and C instead.",
    );
  });

  it("speaks of annual value when that is what the portfolio maximises", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 100, value: 12_000 },
      { id: "B", score: 80, budget: 50, value: 20_000 },
      { id: "C", score: 70, budget: 50, value: 10_500 },
    );
    const comparison = compare(list, { annualBudget: 100, objective: "value" });

    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order funds 1 use case for an annual value of 12,000; the best portfolio funds 2 for " +
        "an annual value of 30,500 with the same money.",
    );
    expect(comparison.difference).toEqual({ funded: 1, score: 60, value: 18_500 });
  });

  it("names what a smaller budget drops and what it funds instead, as a person would", () => {
    const list = ranked(
      { id: "T", score: 100, budget: 90 },
      { id: "P", score: 40, budget: 33 },
      { id: "Q", score: 40, budget: 33 },
      { id: "R", score: 40, budget: 33 },
    );

    expect(budgetCutSentence(compare(list, { annualBudget: 100 }))).toBe(
      "A 10% smaller budget drops P, Q and R and funds T instead.",
    );
  });

  it("says when nothing can be funded", () => {
    const comparison = compare(TOP_HEAVY, { annualBudget: 10 });

    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order already funds the best portfolio: no use cases for 0 points.",
    );
  });

  it("on the sample workbook with 600,000 a year, beats rank order with the same money", async () => {
    const loaded = await readWorkbookFile(
      path.join(__dirname, "..", "..", "fixtures", "sample-use-cases.xlsx"),
    );
    const result = scoreWorkbook(loaded.input, scoringSettings());
    const comparison = comparePortfolios({
      ranked: result.ranked,
      notScored: result.read.notScored,
      settings: PortfolioSettingsSchema.parse({ annualBudget: 600_000 }),
    });

    expect(comparison.totalScore).toBeGreaterThanOrEqual(comparison.rankOrder.totalScore);
    expect(comparison.totalBudget).toBeLessThanOrEqual(600_000);
    expect(comparison.difference.score).toBe(
      comparison.totalScore - comparison.rankOrder.totalScore,
    );
    expect(portfolioComparisonSentence(comparison)).toBe(
      "Rank order funds 11 use cases for 800 points; the best portfolio funds 13 for 918.75 " +
        "points with the same money.",
    );
    expect(budgetCutSentence(comparison)).toBe(
      "A 10% smaller budget drops AI-23 and funds AI-17 instead.",
    );
  });
});
