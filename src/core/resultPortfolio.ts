/**
 * The portfolio analysis applied to a scoring result: the best set within an annual budget
 * against plain rank order, with annual value from the result's own rate and weeks.
 */
import { annualValueOf } from "./expectedValue";
import { comparePortfolios, type PortfolioComparison, type PortfolioSettings } from "./portfolio";
import { valueSettingsOf } from "./rankedValueColumns";
import type { ScoringResult } from "./scoreWorkbook";

export function portfolioOfResult(
  result: ScoringResult,
  settings: PortfolioSettings,
): PortfolioComparison {
  const value = valueSettingsOf(result.settings);
  return comparePortfolios({
    ranked: result.ranked,
    notScored: result.read.notScored,
    settings,
    annualValueOf: (useCase) => annualValueOf(useCase.hoursSaved, value),
  });
}

/** The result with its portfolio attached, for the Summary sheet and the JSON report. */
export function withPortfolio(result: ScoringResult, settings: PortfolioSettings): ScoringResult {
  return { ...result, portfolio: portfolioOfResult(result, settings) };
}
