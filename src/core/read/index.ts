/**
 * Read stage: find the header row, read each cell, collect the use cases and the raters'
 * scores from a sheet (model → use cases and problems).
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export {
  bestHeaderRow,
  chooseSourceSheet,
  type HeaderOverrides,
  type HeaderRow,
  headersNotFound,
  withColumnMapped,
} from "./headerRow";
export { type CellReading, cellText, parseBudget } from "./parseCells";
export { isContested, type RaterAggregate, type RaterSummary, SCORES_SHEET_NAME } from "./raters";
export { columnOf, type ReadResult, readUseCases, type UseCase } from "./readUseCases";
