/**
 * One run's entry in the `Scoring log` sheet: where it goes (appended below the last row, or
 * a new sheet), what it says, and what moved since the last run of the same source. Both
 * writers carry it out as described; neither ever changes an earlier row.
 */
import { outputSheetNames } from "../sheets";
import { logEntryOf, logRowsOf, previousRunOf, describeScoringLogSheet } from "./scoringLog";
import { inputFingerprint } from "./scoringLogFingerprint";
import { whatMoved, type RankMove } from "./scoringLogMoves";
import type { ScoringResult } from "../score";
import type { CellDescription, SheetDescription, SheetInput, WorkbookInput } from "../model";

export interface ScoringLogPlan {
  readonly sheetName: string;
  /** Set when the workbook has no log yet: the whole new sheet, the first run included. */
  readonly newSheet?: SheetDescription;
  /** 1-based row the run goes in, and its cells from column A. */
  readonly appendAt: number;
  readonly cells: readonly (CellDescription | undefined)[];
  /** Use cases whose rank changed since the last logged run of the same source. */
  readonly moves: readonly RankMove[];
}

export interface RunOf {
  readonly time: Date;
  readonly by: string;
}

/**
 * `workbook` is the workbook as read (its log sheet, if any, marked `scoringLog`); the
 * fingerprint covers the source sheet and the Scores sheet the result was read from.
 */
export function planScoringLog(
  workbook: WorkbookInput,
  result: ScoringResult,
  run: RunOf,
): ScoringLogPlan {
  const log = workbook.sheets.find((sheet) => sheet.ownRole === "scoringLog");
  const source = workbook.sheets.find((sheet) => sheet.name === result.read.sheetName);
  const scores = workbook.sheets.find((sheet) => sheet.name === result.read.scoresSheetName);
  const fingerprint = inputFingerprint(source ?? emptySheet(result.read.sheetName), scores);
  const rows = log ? logRowsOf(log) : undefined;
  const previous = previousRunOf(rows, result);
  const entry = logEntryOf(result, { ...run, fingerprint, ...(previous && { previous }) });
  const [name] = outputSheetNames(workbook.sheets, ["scoringLog"]);
  const sheetName = log?.name ?? name?.name ?? "Scoring log";
  const append = describeScoringLogSheet(rows, entry, sheetName);
  return {
    sheetName,
    ...(append.newSheet && { newSheet: { ...append.newSheet, role: "scoringLog" } }),
    appendAt: append.appendAt,
    cells: append.cells,
    moves: previous ? whatMoved(previous, result) : [],
  };
}

function emptySheet(name: string): SheetInput {
  return { name, top: 1, left: 1, values: [] };
}
