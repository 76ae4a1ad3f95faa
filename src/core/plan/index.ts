/**
 * Plan stage: place the ranked use cases on the quarterly roadmap under capacity and
 * dependencies, and choose the best portfolio for a budget.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { fundingInOrder } from "./portfolio";
export { comparePortfolios, type PortfolioComparison } from "./portfolioComparison";
export { budgetCutSentence, portfolioComparisonSentence } from "./portfolioSentences";
export {
  type NotFundedReason,
  notFundedReasonText,
  type Portfolio,
  type PortfolioInput,
  type PortfolioSettings,
  PortfolioSettingsSchema,
} from "./portfolioSettings";
export { PortfolioSearchLimitError } from "./portfolioProblem";
export {
  keptOffExplanation,
  type KeptOffReason,
  keptOffReasonText,
  milestonesOf,
  type PlacedUseCase,
  placeOnRoadmap,
  type Roadmap,
} from "./roadmap";
