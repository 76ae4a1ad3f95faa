/**
 * Plan stage: place the ranked use cases on the quarterly roadmap under capacity and
 * dependencies, and choose the best portfolio for a budget.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export {
  budgetCutSentence,
  comparePortfolios,
  fundingInOrder,
  notFundedReasonText,
  type PortfolioComparison,
  portfolioComparisonSentence,
  type PortfolioInput,
  type PortfolioSettings,
  PortfolioSettingsSchema,
} from "./portfolio";
export { PortfolioSearchLimitError } from "./portfolioSearch";
export {
  keptOffExplanation,
  keptOffReasonText,
  milestonesOf,
  type PlacedUseCase,
  placeOnRoadmap,
  type Roadmap,
} from "./roadmap";
