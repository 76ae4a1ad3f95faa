/**
 * The session's plain decisions, apart from its React state: which source to start with, which
 * sheet holds the ratings, how the chosen sheets are read, the weights that pairwise judgements
 * give, and how a failure is put to the person. Kept out of the hook so they read as ordinary
 * functions.
 */
import {
  chooseSourceSheet,
  readUseCases,
  SCORES_SHEET_NAME,
  UnusableInputError,
  weightsFromPairwise,
  type HeaderOverrides,
  type NumberReading,
  type RaterAggregate,
  type ReadResult,
  type SheetInput,
  type Weights,
} from "../core";
import { ExcelAdapterError, type SourceChoice, type SourceList } from "../excel";

/** A failure as the pane shows it: what happened, what to do, and a retry when one helps. */
export interface PaneError {
  readonly title: string;
  readonly message: string;
  readonly retry?: () => void;
}

export function paneError(error: unknown, retry?: () => void): PaneError {
  if (error instanceof ExcelAdapterError) {
    return {
      title: "Excel could not do that",
      message: error.message,
      ...(error.retryable && retry && { retry }),
    };
  }
  if (error instanceof UnusableInputError)
    return { title: "This sheet cannot be scored", message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { title: "Something went wrong", message, ...(retry && { retry }) };
}

/** The source to start with: the active sheet, unless it is one of this product's outputs. */
export function defaultChoice(sources: SourceList): SourceChoice | undefined {
  const usable = sources.sheets.filter((sheet) => sheet.ownRole === undefined);
  const sheet = usable.find((candidate) => candidate.name === sources.activeSheet) ?? usable[0];
  if (!sheet) return undefined;
  return sheet.tables[0] === undefined
    ? { sheetName: sheet.name }
    : { sheetName: sheet.name, tableName: sheet.tables[0] };
}

/** A sheet called `Scores` (other than the source), as the command line would take it. */
export function defaultScoresSheet(
  sources: SourceList,
  choice: SourceChoice | undefined,
): string | undefined {
  return sources.sheets.find(
    (sheet) =>
      sheet.name.toLowerCase() === SCORES_SHEET_NAME.toLowerCase() &&
      sheet.ownRole === undefined &&
      sheet.name !== choice?.sheetName,
  )?.name;
}

export function readSheets(
  sheet: SheetInput,
  scores: SheetInput | undefined,
  overrides: HeaderOverrides,
  aggregate: RaterAggregate,
  numbers: NumberReading = {},
): ReadResult {
  const source = chooseSourceSheet(
    { sheets: scores ? [sheet, scores] : [sheet] },
    sheet.name,
    overrides,
    scores ? { scoresSheet: scores.name, numbers } : {},
  );
  return readUseCases(source, { aggregate, numbers });
}

/** Weights from six pairwise judgements, as points out of 100 for the weights cells. */
export function pairwiseWeightsInPoints(judgements: readonly number[]): Weights {
  // The shares are what count; points out of 100 read naturally beside the sliders.
  const derived = weightsFromPairwise(judgements).weights;
  return {
    value: derived.value * 100,
    feasibility: derived.feasibility * 100,
    dataReadiness: derived.dataReadiness * 100,
    regulatoryRisk: derived.regulatoryRisk * 100,
  };
}
