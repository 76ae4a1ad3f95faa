/**
 * Reading the rows below the header into use cases (DESIGN §1). Every non-empty row ends up
 * either scored or not scored with its problems; nothing is dropped.
 */
import { AXES, type Axis, type AxisScores } from "./axes";
import { cellAddress, quoteSheetName } from "./cellAddress";
import { FIELD_LABELS, type Field } from "./fields";
import type { HeaderRow, SourceColumn, SourceSheet } from "./headerRow";
import {
  cellText,
  isBlank,
  parseBudget,
  parseDependsOn,
  parseDuration,
  parseFacing,
  parseHoursSaved,
  parseScore,
  type CellReading,
  type Facing,
} from "./parseCells";
import type { Problem } from "./problems";
import { summariseRatings, type RaterAggregate, type RaterSummary, type Rating } from "./raters";
import type { RawCell } from "./workbookInput";

/** What every read row has, scored or not. */
export interface SourceRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly owner?: string;
  /** Values of the columns carried along untouched, in `ReadResult.carriedColumns` order. */
  readonly carried: readonly RawCell[];
  /** The problems of this row, in column order. */
  readonly problems: readonly Problem[];
}

export interface UseCase extends SourceRow {
  readonly description?: string;
  readonly scores: AxisScores;
  /** Unknown when blank or unreadable. */
  readonly budget?: number;
  readonly duration: number;
  readonly dependsOn: readonly string[];
  readonly facing?: Facing;
  readonly hoursSaved?: number;
  /** Set when several raters scored it; its axis scores are then their aggregate. */
  readonly raters?: RaterSummary;
}

export type NotScoredRow = SourceRow;

export interface ReadResult {
  readonly sheetName: string;
  readonly tableName?: string;
  readonly header: HeaderRow;
  /** Columns no field claimed, carried to the output as they are. */
  readonly carriedColumns: readonly SourceColumn[];
  readonly useCases: readonly UseCase[];
  readonly notScored: readonly NotScoredRow[];
  /** Rows whose name and four axes were all blank, skipped silently. */
  readonly emptyRowCount: number;
  /** Problems outside the use-case rows: ratings on the Scores sheet that could not be used. */
  readonly otherProblems: readonly Problem[];
  /** True when the scores come from several raters (either form). */
  readonly hasRaters: boolean;
}

export interface ReadOptions {
  readonly aggregate?: RaterAggregate;
}

/** Reads every row below the header of the chosen source sheet. */
export function readUseCases(source: SourceSheet, options: ReadOptions = {}): ReadResult {
  const { sheet, header, scores: scoresSheet } = source;
  const aggregate = options.aggregate ?? "median";
  const carriedColumns = header.columns.filter((column) => column.field === undefined);
  const useCases: UseCase[] = [];
  const notScored: NotScoredRow[] = [];
  let emptyRowCount = 0;
  // Dependencies name ids ignoring case; the first row with an id is the one they mean.
  const firstRowOfId = new Map<string, number>();

  for (let index = header.index + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? [];
    const row = sheet.top + index;
    const cellOf = (field: Field): RawCell | undefined => {
      const column = header.fieldColumns[field];
      return column === undefined ? undefined : cells[column - sheet.left];
    };
    // Long form: the axis columns here are ignored. Wide form: an axis is its raters' columns.
    const axisCells = (
      axis: Axis,
    ): { column: number; rater?: string; cell: RawCell | undefined }[] => {
      if (scoresSheet) return [];
      const raters = header.raterColumns.filter((rater) => rater.axis === axis);
      if (raters.length > 0) {
        return raters.map(({ column, rater }) => ({
          column,
          rater,
          cell: cells[column - sheet.left],
        }));
      }
      const column = header.fieldColumns[axis];
      return column === undefined ? [] : [{ column, cell: cells[column - sheet.left] }];
    };
    const blankRow =
      isBlank(cellOf("name")) &&
      (scoresSheet
        ? isBlank(cellOf("id"))
        : AXES.every((axis) => axisCells(axis).every(({ cell }) => isBlank(cell))));
    if (blankRow) {
      emptyRowCount++;
      continue;
    }

    const problems: Problem[] = [];
    const addressOf = (field: Field): string =>
      cellAddress(
        sheet.name,
        row,
        header.fieldColumns[field] ?? header.fieldColumns.name ?? sheet.left,
      );
    function read<T>(field: Field, reading: CellReading<T>, fallback: T): T {
      if (reading.ok) return reading.value;
      problems.push({
        cell: addressOf(field),
        message: `${FIELD_LABELS[field]}: ${reading.problem}`,
        row,
        field,
      });
      return fallback;
    }

    const idText = cellText(cellOf("id"));
    const id = idText === "" ? `R${row}` : idText;
    const firstRow = firstRowOfId.get(id.toLowerCase());
    if (firstRow === undefined) firstRowOfId.set(id.toLowerCase(), row);
    else {
      problems.push({
        cell: addressOf("id"),
        message: `ID: "${id}" is also the ID of row ${firstRow}; dependencies on ${id} mean row ${firstRow}. Give each use case its own ID`,
        row,
        field: "id",
      });
    }
    const name = cellText(cellOf("name"));
    if (name === "") {
      problems.push({
        cell: addressOf("name"),
        message: "Use case: found a blank cell; every use case needs a name",
        row,
        field: "name",
      });
    }
    let scores: Partial<Record<Axis, number>> = {};
    let raters: RaterSummary | undefined;
    if (scoresSheet) {
      ({ scores, summary: raters } = summariseRatings(
        scoresSheet.ratingsById.get(id.toLowerCase()) ?? [],
        aggregate,
      ));
      for (const axis of AXES) {
        if (scores[axis] !== undefined) continue;
        problems.push({
          cell: addressOf("id"),
          message: `${FIELD_LABELS[axis]}: no rater gave ${id} a valid score on ${quoteSheetName(scoresSheet.sheetName)}`,
          row,
          field: axis,
        });
      }
    } else {
      const ratings: Rating[] = [];
      for (const axis of AXES) {
        for (const { column, rater, cell } of axisCells(axis)) {
          if (rater !== undefined && isBlank(cell)) continue; // this rater did not score it
          const reading = parseScore(cell);
          if (reading.ok) {
            if (rater === undefined) scores[axis] = reading.value;
            else ratings.push({ rater, axis, score: reading.value });
            continue;
          }
          const who = rater === undefined ? "" : ` (${rater})`;
          problems.push({
            cell: cellAddress(sheet.name, row, column),
            message: `${FIELD_LABELS[axis]}${who}: ${reading.problem}`,
            row,
            field: axis,
            column,
          });
        }
      }
      if (header.raterColumns.length > 0) {
        const summary = summariseRatings(ratings, aggregate);
        scores = { ...scores, ...summary.scores };
        raters = summary.summary;
        for (const axis of AXES) {
          const first = header.raterColumns.find((column) => column.axis === axis);
          if (
            first &&
            summary.scores[axis] === undefined &&
            !problems.some((p) => p.field === axis)
          ) {
            problems.push({
              cell: cellAddress(sheet.name, row, first.column),
              message: `${FIELD_LABELS[axis]}: no rater gave a score`,
              row,
              field: axis,
              column: first.column,
            });
          }
        }
      }
    }
    const budget = read("budget", parseBudget(cellOf("budget")), undefined);
    const duration = read("duration", parseDuration(cellOf("duration")), 1);
    const facing = read("facing", parseFacing(cellOf("facing")), undefined);
    const hoursSaved = read("hoursSaved", parseHoursSaved(cellOf("hoursSaved")), undefined);
    problems.sort((a, b) => columnOf(header, a) - columnOf(header, b));

    const owner = cellText(cellOf("owner"));
    const description = cellText(cellOf("description"));
    const carried = carriedColumns.map((column) => cells[column.column - sheet.left] ?? null);
    const common: SourceRow = {
      row,
      id,
      name,
      ...(owner !== "" && { owner }),
      carried,
      problems,
    };
    const axisScores = completeScores(scores);
    if (name === "" || axisScores === undefined) {
      notScored.push(common);
      continue;
    }
    useCases.push({
      ...common,
      ...(description !== "" && { description }),
      scores: axisScores,
      ...(budget !== undefined && { budget }),
      duration,
      dependsOn: parseDependsOn(cellOf("dependsOn")),
      ...(facing !== undefined && { facing }),
      ...(hoursSaved !== undefined && { hoursSaved }),
      ...(raters && { raters }),
    });
  }

  // Scores for ids that no row has are reported where they are, not silently dropped.
  const otherProblems: Problem[] = scoresSheet ? [...scoresSheet.problems] : [];
  if (scoresSheet) {
    for (const [key, { id, cell, row }] of scoresSheet.idCells) {
      if (firstRowOfId.has(key)) continue;
      otherProblems.push({
        cell,
        message: `ID: no use case on ${quoteSheetName(sheet.name)} has the ID "${id}"; its scores are not used`,
        row,
      });
    }
  }

  return {
    sheetName: sheet.name,
    ...(sheet.tableName !== undefined && { tableName: sheet.tableName }),
    header,
    carriedColumns,
    useCases,
    notScored,
    emptyRowCount,
    otherProblems,
    hasRaters: scoresSheet !== undefined || header.raterColumns.length > 0,
  };
}

/** The sheet column a problem sits in, for listing a row's problems left to right. */
export function columnOf(header: HeaderRow, problem: Problem): number {
  return problem.column ?? (problem.field && header.fieldColumns[problem.field]) ?? 0;
}

function completeScores(scores: Partial<Record<Axis, number>>): AxisScores | undefined {
  const { value, feasibility, dataReadiness, regulatoryRisk } = scores;
  if (value === undefined || feasibility === undefined) return undefined;
  if (dataReadiness === undefined || regulatoryRisk === undefined) return undefined;
  return { value, feasibility, dataReadiness, regulatoryRisk };
}
