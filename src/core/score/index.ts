/**
 * The whole run on a workbook: read → rank → roadmap → portfolio → stability, as one
 * ScoringResult that the outputs describe.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { rankingStability, withStability } from "./rankingStability";
export { portfolioOfResult, withPortfolio, withPortfolioComparison } from "./resultPortfolio";
export { scoreRead, scoreWorkbook, type ScoringResult, UNASSIGNED_OWNER } from "./scoreWorkbook";
