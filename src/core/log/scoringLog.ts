/**
 * The `Scoring log` sheet: one row per run, added below the rows already there. Unlike the
 * other output sheets it is never replaced: a run writes one new row and touches nothing
 * else, so every earlier row stays exactly as it was written (and a row a person typed into
 * stays as they left it). The writers render `newSheet` like any sheet description when the
 * log does not exist yet, and otherwise write only `cells` at row `appendAt`.
 *
 * The row's format and how it reads back are in `scoringLogRun.ts`; what moved, in
 * `scoringLogMoves.ts`; the input's fingerprint, in `scoringLogFingerprint.ts`.
 */
import type { ScoringResult } from "../score";
import { describeWhatMoved, whatMoved } from "./scoringLogMoves";
import {
  LOG_COLUMNS,
  loggedRunOf,
  logRowOf,
  parseLoggedRun,
  sourceText,
  type LogCell,
  type LoggedRun,
  type LogValue,
  type RunContext,
} from "./scoringLogRun";
import type { CellDescription, ColumnDescription, SheetDescription, SheetInput } from "../model";
import { number, text } from "../sheets";

export const SCORING_LOG_SHEET_NAME = "Scoring log";

/** Where things sit on a log this product started. */
export const LOG_LAYOUT = { titleRow: 1, noteRow: 2, headerRow: 3, firstRunRow: 4 } as const;

/** How many moves the `What moved` cell names before "N more". */
export const LOGGED_MOVES = 10;

export const NO_EARLIER_RUN = "No earlier run to compare with";

const LOG_NOTE =
  "One row per run, added at the bottom; earlier rows are never changed. " +
  "Ranks: each use case's ID, rank, business value, technical feasibility, data readiness " +
  "and regulatory risk, best first.";

const COLUMN_WIDTHS: Readonly<Record<(typeof LOG_COLUMNS)[number], number>> = {
  Time: 21,
  By: 16,
  Source: 18,
  "Input SHA-256": 20,
  Weights: 40,
  Settings: 38,
  Scored: 8,
  "Not scored": 10,
  "Top 5": 30,
  "What moved": 60,
  Ranks: 40,
};

export interface LogEntryContext extends RunContext {
  /** The last run of the same source, when there is one: `lastLoggedRun`. */
  readonly previous?: LoggedRun;
}

/** This run's log row: one value per `LOG_COLUMNS` entry. */
export function logEntryOf(result: ScoringResult, context: LogEntryContext): LogValue[] {
  const moved =
    context.previous === undefined
      ? NO_EARLIER_RUN
      : describeWhatMoved(whatMoved(context.previous, result), LOGGED_MOVES);
  return logRowOf(loggedRunOf(result, context, moved));
}

/**
 * A log sheet's cells from A1, whatever rectangle the reader gave: rows above `top` and
 * columns left of `left` are blank.
 */
export function logRowsOf(sheet: SheetInput): LogCell[][] {
  const padding: LogCell[] = new Array<LogCell>(Math.max(0, sheet.left - 1)).fill(null);
  const above: LogCell[][] = Array.from({ length: Math.max(0, sheet.top - 1) }, () => []);
  return [...above, ...sheet.values.map((row) => [...padding, ...row])];
}

/**
 * The latest run in the log, of `source` when given (`sourceText` of a result, compared
 * ignoring case): the lowest row that reads back as a run. Rows that do not (the header, a
 * note, a row a person typed into) are passed over.
 */
export function lastLoggedRun(
  existing: readonly (readonly LogCell[])[],
  source?: string,
): LoggedRun | undefined {
  for (let index = existing.length - 1; index >= 0; index--) {
    const run = parseLoggedRun(existing[index] ?? []);
    if (!run) continue;
    if (source === undefined || run.source.toLowerCase() === source.toLowerCase()) return run;
  }
  return undefined;
}

/** The previous run to compare `result` with: the last one logged from the same source. */
export function previousRunOf(
  existing: readonly (readonly LogCell[])[] | undefined,
  result: ScoringResult,
): LoggedRun | undefined {
  return existing === undefined ? undefined : lastLoggedRun(existing, sourceText(result));
}

/** A sheet description without its role: the lead's writers add `role` for the log. */
export type ScoringLogSheet = Omit<SheetDescription, "role">;

export interface ScoringLogAppend {
  /**
   * Set when the log does not exist yet (or holds nothing): the whole sheet, title and
   * headers and this run's row, to be written like any other output sheet.
   */
  readonly newSheet?: ScoringLogSheet;
  /** 1-based sheet row of this run: the first row below everything already on the sheet. */
  readonly appendAt: number;
  /** The run's cells from column A; `undefined` leaves a cell blank. */
  readonly cells: readonly (CellDescription | undefined)[];
}

/**
 * Where and what to write for one run. `existing` is the log sheet's cells from A1
 * (`logRowsOf`), `undefined` when there is no log yet. The run goes below the last row that
 * holds anything, whatever it holds, so nothing already there is ever overwritten.
 */
export function describeScoringLogSheet(
  existing: readonly (readonly LogCell[])[] | undefined,
  newRow: readonly LogValue[],
  sheetName: string = SCORING_LOG_SHEET_NAME,
): ScoringLogAppend {
  const cells = newRow.map(logCell);
  const lastUsed = existing === undefined ? 0 : lastUsedRow(existing);
  if (lastUsed > 0) return { appendAt: lastUsed + 1, cells };

  const appendAt = LOG_LAYOUT.firstRunRow;
  const rows: (readonly (CellDescription | undefined)[])[] = [];
  rows[LOG_LAYOUT.titleRow - 1] = [text(SCORING_LOG_SHEET_NAME, "title")];
  rows[LOG_LAYOUT.noteRow - 1] = [text(LOG_NOTE, "subtitle")];
  rows[LOG_LAYOUT.headerRow - 1] = LOG_COLUMNS.map((header) => text(header, "columnHeader"));
  rows[appendAt - 1] = cells;
  return {
    newSheet: {
      name: sheetName,
      tabColor: "7F7F7F",
      columns: LOG_COLUMNS.map((header): ColumnDescription => ({ width: COLUMN_WIDTHS[header] })),
      rows: Array.from(rows, (row) => row ?? []),
      tables: [],
      conditionalFormats: [],
      freeze: { rows: LOG_LAYOUT.headerRow, columns: 1 },
    },
    appendAt,
    cells,
  };
}

/** Text stays text whatever it looks like (an id such as `=1+1`); an empty text is a blank. */
function logCell(value: LogValue): CellDescription | undefined {
  if (typeof value === "number") return number(value);
  return value === "" ? undefined : text(value);
}

function lastUsedRow(rows: readonly (readonly LogCell[])[]): number {
  for (let index = rows.length - 1; index >= 0; index--) {
    if ((rows[index] ?? []).some((cell) => !isBlankLogCell(cell))) return index + 1;
  }
  return 0;
}

function isBlankLogCell(cell: LogCell): boolean {
  return cell === null || cell === undefined || cell === "";
}
