/**
 * What the rest of the project (cli, excel, taskpane, bench) uses from the engine, by name.
 *
 * The engine's folders follow the pipeline, each importing only the ones before it:
 *   numbers → model → read → rank → plan, stability → score → chart → sheets → log, report
 * A name the outer layers start to need is added here; one they stop using is taken out.
 */
export { chartPointsOf, type ChartSize, valueFeasibilitySceneOf } from "./chart";
export { describeMove, planScoringLog, type RankMove, type ScoringLogPlan } from "./log";
export {
  AXES,
  type Axis,
  AXIS_LABELS,
  type AxisDescription,
  type BubbleSeriesDescription,
  type CellDescription,
  cellReference,
  type CellStyleName,
  type ChartDescription,
  type ChartScene,
  DEFAULT_WEIGHTS,
  describeProblem,
  type Field,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  fieldNamed,
  formatQuarter,
  HeaderOverridesSchema,
  type HiddenRows,
  normaliseHeader,
  normaliseWeights,
  oneLine,
  type OutputRole,
  parseQuarter,
  type Problem,
  quarterAfter,
  quarterOf,
  quoteSheetName,
  type RawCell,
  type RoadmapSettings,
  RoadmapSettingsSchema,
  sceneToSvg,
  type ScoringSettings,
  type SheetDescription,
  type SheetInput,
  sheetNameOfReference,
  UnusableInputError,
  type ValueSettings,
  ValueSettingsSchema,
  type Weights,
  WeightsSchema,
  type WorkbookInput,
} from "./model";
export {
  ambiguityText,
  cultureOfLocale,
  cultureOfReading,
  cultureOfSeparators,
  type DecimalSeparator,
  decimalSeparatorOfLocale,
  type DeclaredSeparator,
  DEFAULT_CULTURE,
  formatAmount,
  formatNumber,
  type LocaleEnvironment,
  type NumberCulture,
  type NumberReading,
  type NumberStyle,
  readAmountText,
  readDigits,
  separatorOfEnvironment,
} from "./numbers";
export {
  budgetCutSentence,
  keptOffExplanation,
  type KeptOffReason,
  keptOffReasonText,
  notFundedReasonText,
  type PortfolioComparison,
  portfolioComparisonSentence,
  PortfolioSearchLimitError,
  type PortfolioSettings,
  PortfolioSettingsSchema,
} from "./plan";
export { AXIS_PAIRS, CONSISTENCY_LIMIT, parsePairwiseList, weightsFromPairwise } from "./rank";
export {
  bestHeaderRow,
  chooseSourceSheet,
  type HeaderOverrides,
  type HeaderRow,
  parseBudget,
  type RaterAggregate,
  type RaterSummary,
  type ReadResult,
  readUseCases,
  SCORES_SHEET_NAME,
  withColumnMapped,
} from "./read";
export { toJsonReport } from "./report";
export {
  rankingStability,
  scoreRead,
  scoreWorkbook,
  type ScoringResult,
  UNASSIGNED_OWNER,
  withPortfolio,
  withStability,
} from "./score";
export {
  CELL_STYLES,
  describeOutputSheets,
  type ExistingSheet,
  outputSheetNames,
  ownershipMarkerName,
  roleOfMarker,
  type WorkbookShape,
} from "./sheets";
export {
  DEFAULT_STABILITY_SETTINGS,
  describeStability,
  type StabilityLabel,
  type StabilityReport,
  type StabilitySettings,
  StabilitySettingsSchema,
} from "./stability";
