/**
 * The portfolio analysis applied to a scoring result: the best set within an annual budget
 * against plain rank order, with annual value from the result's own rate and weeks.
 */
import { annualValueOf, valueSettingsOf } from "../model";
import {
  comparePortfolios,
  type PortfolioComparison,
  type PortfolioInput,
  type PortfolioSettings,
  placeOnRoadmap,
} from "../plan";
import { problemsOf, type ScoringResult } from "./scoreWorkbook";

/** The portfolio's input from a result: its ranking, its rows not scored, its rate and weeks. */
export function portfolioInputOf(
  result: ScoringResult,
  settings: PortfolioSettings,
): PortfolioInput {
  const value = valueSettingsOf(result.settings);
  return {
    ranked: result.ranked,
    notScored: result.read.notScored,
    settings,
    annualValueOf: (useCase) => annualValueOf(useCase.hoursSaved, value),
  };
}

export function portfolioOfResult(
  result: ScoringResult,
  settings: PortfolioSettings,
): PortfolioComparison {
  return comparePortfolios(portfolioInputOf(result, settings));
}

/**
 * The result with its portfolio attached, for the Summary sheet and the JSON report; with
 * `roadmapFrom: "portfolio"`, its roadmap drafted again from the use cases funded.
 */
export function withPortfolio(result: ScoringResult, settings: PortfolioSettings): ScoringResult {
  return withPortfolioComparison(result, settings, portfolioOfResult(result, settings));
}

/**
 * withPortfolio with the portfolio already worked out (the pane searches in a Web Worker and
 * attaches the answer here).
 */
export function withPortfolioComparison(
  result: ScoringResult,
  settings: PortfolioSettings,
  portfolio: PortfolioComparison,
): ScoringResult {
  if (settings.roadmapFrom !== "portfolio") return { ...result, portfolio };
  const funded = new Set(portfolio.portfolios.chosen.funded);
  const roadmap = placeOnRoadmap({
    ranked: result.ranked,
    notScored: result.read.notScored,
    settings: result.settings.roadmap,
    funded: (entry) => funded.has(entry),
  });
  return { ...result, portfolio, roadmap, problems: problemsOf(result.read, roadmap) };
}
