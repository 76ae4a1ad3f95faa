/**
 * The stability analysis applied to a scoring result: every scored use case, with its raters'
 * scores when there are raters, under the result's own weights; with an annual budget, each
 * draw's ranking funded the way rank order funds it.
 */
import { fundingInOrder, type PortfolioSettings } from "../plan";
import { portfolioInputOf } from "./resultPortfolio";
import type { ScoringResult } from "./scoreWorkbook";
import { measureStability, type StabilityReport, type StabilitySettings } from "../stability";

export function rankingStability(
  result: ScoringResult,
  settings: StabilitySettings,
  portfolio?: PortfolioSettings,
): StabilityReport {
  const fund = portfolio && fundingInOrder(portfolioInputOf(result, portfolio));
  return measureStability(
    result.ranked.map(({ useCase }) => ({
      key: useCase.row,
      row: useCase.row,
      scores: useCase.scores,
      ...(useCase.raters && { raterScores: useCase.raters.scores }),
    })),
    result.settings.weights,
    settings,
    result.settings.aggregate ?? "median",
    portfolio && fund && { annualBudget: portfolio.annualBudget, fund },
  );
}

/**
 * The result with its stability attached, for the Ranked sheet and the JSON report. With
 * portfolio settings, each use case also gets how often it stays above the funding line.
 */
export function withStability(
  result: ScoringResult,
  settings: StabilitySettings,
  portfolio?: PortfolioSettings,
): ScoringResult {
  return { ...result, stability: rankingStability(result, settings, portfolio) };
}
