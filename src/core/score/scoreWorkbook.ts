/**
 * The whole engine in one call: choose the sheet, read it, score and rank, place on the
 * roadmap, and collect every problem. Both front ends call this and nothing else of the
 * engine's steps, so they cannot disagree.
 */
import {
  cellAddress,
  quoteSheetName,
  oneLine,
  UnusableInputError,
  type Problem,
  type ScoringSettings,
  type WorkbookInput,
} from "../model";
import {
  chooseSourceSheet,
  headersNotFound,
  type HeaderOverrides,
  columnOf,
  readUseCases,
  type ReadResult,
} from "../read";
import type { NumberReading } from "../numbers";
import { rankUseCases, type RankedUseCase } from "../rank";
import { placeOnRoadmap, type Roadmap, type PortfolioComparison } from "../plan";
import type { StabilityReport } from "../stability";

export const UNASSIGNED_OWNER = "Unassigned";

export interface ScoringResult {
  readonly settings: ScoringSettings;
  readonly read: ReadResult;
  /** Scored use cases in rank order. */
  readonly ranked: readonly RankedUseCase[];
  readonly roadmap: Roadmap;
  /** Every problem, in sheet order (row, then column). */
  readonly problems: readonly Problem[];
  /** How stable the ranking is under weights (and raters) drawn around the chosen ones; by row. */
  readonly stability?: StabilityReport;
  /** With an annual budget: the best portfolio against rank order (see `withPortfolio`). */
  readonly portfolio?: PortfolioComparison;
}

export interface ScoreWorkbookOptions {
  /** The sheet to read; otherwise the first sheet with a header row. */
  readonly sheetName?: string;
  readonly headerOverrides?: HeaderOverrides;
  /**
   * Set when the overrides were named for this run (the command line's `--map`): a header
   * that no column of the header row has is then an error, not a mapping silently unused.
   */
  readonly overridesMustMatch?: boolean;
  /** The long-form ratings sheet; otherwise a sheet called `Scores`, if it has the columns. */
  readonly scoresSheet?: string;
  /** How numbers written as text are read: the declared decimal separator. */
  readonly numbers?: NumberReading;
}

/** Throws `UnusableInputError` when no header row can be found. */
export function scoreWorkbook(
  workbook: WorkbookInput,
  settings: ScoringSettings,
  options: ScoreWorkbookOptions = {},
): ScoringResult {
  const source = chooseSourceSheet(workbook, options.sheetName, options.headerOverrides, {
    ...(options.scoresSheet !== undefined && { scoresSheet: options.scoresSheet }),
    ...(options.numbers && { numbers: options.numbers }),
  });
  if (options.overridesMustMatch && options.headerOverrides) {
    const missing = headersNotFound(source.header, options.headerOverrides);
    if (missing.length > 0) {
      const headers = source.header.columns
        .filter((column) => column.header !== "")
        .map((column) => oneLine(column.header, 40));
      throw new UnusableInputError(
        `No column on ${quoteSheetName(source.sheet.name)} row ${source.header.row} is headed ` +
          `${missing.map((header) => `"${header}"`).join(" or ")}, as mapped; the headers there are ${headers.join(", ")}.`,
      );
    }
  }
  const read = readUseCases(source, {
    aggregate: settings.aggregate ?? "median",
    ...(options.numbers && { numbers: options.numbers }),
  });
  return scoreRead(read, settings);
}

/**
 * Scoring from rows already read: the task pane re-ranks from its last read on every
 * slider move without going back to the workbook.
 */
export function scoreRead(read: ReadResult, settings: ScoringSettings): ScoringResult {
  const ranked = rankUseCases(read.useCases, settings.weights);
  const roadmap = placeOnRoadmap({
    ranked,
    notScored: read.notScored,
    settings: settings.roadmap,
  });
  return { settings, read, ranked, roadmap, problems: problemsOf(read, roadmap) };
}

/** Every problem, in sheet order; the owner problems depend on what is on the roadmap. */
export function problemsOf(read: ReadResult, roadmap: Roadmap): Problem[] {
  // A roadmap without owners is not one: a placed use case with no owner is a problem on
  // its owner cell, or on its name cell when the sheet has no owner column.
  const ownerColumn = read.header.fieldColumns.owner ?? read.header.fieldColumns.name;
  const ownerProblems: Problem[] = roadmap.placed
    .filter(({ ranked: entry }) => entry.useCase.owner === undefined)
    .map(({ ranked: entry }) => ({
      cell: cellAddress(read.sheetName, entry.useCase.row, ownerColumn ?? 1),
      message: `Owner: found a blank cell; every use case on the roadmap needs a named owner (shown as ${UNASSIGNED_OWNER})`,
      row: entry.useCase.row,
      field: "owner" as const,
    }));

  // The source sheet's problems in sheet order, then those found on the Scores sheet.
  return [
    ...[
      ...read.useCases.flatMap((useCase) => useCase.problems),
      ...read.notScored.flatMap((row) => row.problems),
      ...ownerProblems,
      ...read.header.problems,
    ].sort((a, b) => a.row - b.row || columnOf(read.header, a) - columnOf(read.header, b)),
    ...read.otherProblems,
  ];
}
