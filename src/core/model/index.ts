/**
 * The shared model every stage speaks: the workbook as read (cells, sheets), the scoring axes,
 * fields and settings, problems, cell addresses, quarters and the description of an output
 * sheet or chart. Depends only on numbers/.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { AXES, type Axis, AXIS_LABELS, type AxisScores, normalisedAxis } from "./axes";
export {
  absoluteCellReference,
  cellAddress,
  cellReference,
  columnLetters,
  quoteSheetName,
  rangeReference,
  sheetNameOfReference,
} from "./cellAddress";
export { type ChartScene, type SceneShape, sceneToSvg } from "./chartScene";
export {
  annualValueOf,
  paybackMonthsOf,
  type ValueSettings,
  valueSettingsOf,
  ValueSettingsSchema,
} from "./expectedValue";
export {
  type Field,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  fieldNamed,
  fieldOfHeader,
  normaliseHeader,
} from "./fields";
export { describeProblem, oneLine, type Problem, UnusableInputError } from "./problems";
export { formatQuarter, parseQuarter, quarterAfter, type QuarterIndex, quarterOf } from "./quarter";
export {
  DEFAULT_WEIGHTS,
  HeaderOverridesSchema,
  normaliseWeights,
  type RoadmapSettings,
  RoadmapSettingsSchema,
  type ScoringSettings,
  type Weights,
  WeightsSchema,
} from "./settings";
export type {
  AxisDescription,
  BubbleSeriesDescription,
  CellDescription,
  CellStyleName,
  ChartDescription,
  ColumnDescription,
  SheetDescription,
} from "./sheetDescription";
export {
  type HiddenRows,
  isExcelError,
  isUnsavedFormula,
  type OutputRole,
  type RawCell,
  type SheetInput,
  type WorkbookInput,
} from "./workbookInput";
