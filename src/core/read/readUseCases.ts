/**
 * Reading the rows below the header into use cases (DESIGN §1). Every non-empty row ends up
 * either scored or not scored with its problems; nothing is dropped.
 */
import {
  AXES,
  type Axis,
  type AxisScores,
  cellAddress,
  quoteSheetName,
  FIELD_LABELS,
  type Field,
  type Problem,
  type RawCell,
} from "../model";
import type { HeaderRow, SourceColumn, SourceSheet } from "./headerRow";
import {
  amountUnitOfHeader,
  separatorForSheet,
  type DeclaredSeparator,
  type NumberReading,
} from "../numbers";
import {
  cellText,
  isBlank,
  parseBudget,
  parseDependsOn,
  parseDuration,
  parseFacing,
  parseHoursSaved,
  parseScore,
  unsavedFormulaProblem,
  type CellReading,
  type Facing,
} from "./parseCells";
import { summariseRatings, type RaterAggregate, type RaterSummary, type Rating } from "./raters";

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
  /** Rows whose cells were all blank but perhaps the id, skipped silently. */
  readonly emptyRowCount: number;
  /** How numbers written as text were read: the decimal separator, and who declared it. */
  readonly numbers?: DeclaredSeparator;
  /** Problems outside the use-case rows: ratings on the Scores sheet that could not be used. */
  readonly otherProblems: readonly Problem[];
  /** True when the scores come from several raters (either form). */
  readonly hasRaters: boolean;
  /** The long-form Scores sheet the ratings came from. */
  readonly scoresSheetName?: string;
}

export interface ReadOptions {
  readonly aggregate?: RaterAggregate;
  /** The decimal separator declared for numbers written as text; see `NumberReading`. */
  readonly numbers?: NumberReading;
}

/** Where one axis's cells sit in each row: its own column, or one column per rater. */
interface AxisCellPlace {
  /** 1-based sheet column. */
  readonly column: number;
  /** Index into a row of `sheet.values`. */
  readonly offset: number;
  readonly rater?: string;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

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

  // Everything that is the same for every row is worked out once, here: a sheet may have
  // 100,000 rows, and per-row closures and lookups are most of the time spent reading them.
  const left = sheet.left;
  const offsetOf = (field: Field): number => {
    const column = header.fieldColumns[field];
    return column === undefined ? -1 : column - left;
  };
  const at = {
    id: offsetOf("id"),
    name: offsetOf("name"),
    owner: offsetOf("owner"),
    description: offsetOf("description"),
    budget: offsetOf("budget"),
    duration: offsetOf("duration"),
    dependsOn: offsetOf("dependsOn"),
    facing: offsetOf("facing"),
    hoursSaved: offsetOf("hoursSaved"),
  };
  // Long form: the axis columns here are ignored. Wide form: an axis is its raters' columns.
  const axisPlaces: readonly (readonly AxisCellPlace[])[] = AXES.map((axis) => {
    if (scoresSheet) return [];
    const raters = header.raterColumns.filter((rater) => rater.axis === axis);
    if (raters.length > 0) {
      return raters.map(({ column, rater }) => ({ column, offset: column - left, rater }));
    }
    const column = header.fieldColumns[axis];
    return column === undefined ? [] : [{ column, offset: column - left }];
  });
  const carriedOffsets = carriedColumns.map((column) => column.column - left);
  const hasRaterColumns = header.raterColumns.length > 0;
  const firstRaterColumn = AXES.map(
    (axis) => header.raterColumns.find((column) => column.axis === axis)?.column,
  );
  const byColumn = (a: Problem, b: Problem): number => columnOf(header, a) - columnOf(header, b);
  const numbers = separatorForSheet(options.numbers ?? {}, sheet.decimalSeparator);
  const decimal = numbers?.decimalSeparator;
  const budgetColumn = header.fieldColumns.budget;
  const budgetHeader = header.columns.find((column) => column.column === budgetColumn)?.header;
  const budgetReading = {
    ...(decimal !== undefined && { decimal }),
    unit: budgetHeader === undefined ? 1 : amountUnitOfHeader(budgetHeader),
  } as const;
  // Text fields whose formula was saved without its value: said so rather than read as blank.
  const textFields = (["id", "name", "owner", "description", "dependsOn"] as const).filter(
    (field) => at[field] >= 0,
  );

  for (let index = header.index + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? BLANK_CELLS;
    const row = sheet.top + index;
    if (isBlankRow(cells, at.id)) {
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
    const read = <T>(field: Field, reading: CellReading<T>, fallback: T): T => {
      if (reading.ok) return reading.value;
      problems.push({
        cell: addressOf(field),
        message: `${FIELD_LABELS[field]}: ${reading.problem}`,
        row,
        field,
      });
      return fallback;
    };

    const idText = cellText(cellAt(cells, at.id));
    const id = idText === "" ? `R${row}` : idText;
    const idKey = id.toLowerCase();
    const firstRow = firstRowOfId.get(idKey);
    if (firstRow === undefined) firstRowOfId.set(idKey, row);
    else {
      problems.push({
        cell: addressOf("id"),
        message: `ID: "${id}" is also the ID of row ${firstRow}; dependencies on ${id} mean row ${firstRow}. Give each use case its own ID`,
        row,
        field: "id",
      });
    }
    for (const field of textFields) {
      const unsaved = unsavedFormulaProblem(cells[at[field]]);
      if (unsaved === undefined) continue;
      problems.push({
        cell: addressOf(field),
        message: `${FIELD_LABELS[field]}: ${unsaved}`,
        row,
        field,
      });
    }
    const name = cellText(cellAt(cells, at.name));
    if (name === "" && !problems.some((problem) => problem.field === "name")) {
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
        scoresSheet.ratingsById.get(idKey) ?? [],
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
      for (let a = 0; a < AXES.length; a++) {
        const axis = AXES[a] as Axis;
        for (const { column, offset, rater } of axisPlaces[a] as readonly AxisCellPlace[]) {
          const cell = cells[offset];
          if (rater !== undefined && isBlank(cell)) continue; // this rater did not score it
          const reading = parseScore(cell, decimal);
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
      if (hasRaterColumns) {
        const summary = summariseRatings(ratings, aggregate);
        scores = { ...scores, ...summary.scores };
        raters = summary.summary;
        for (let a = 0; a < AXES.length; a++) {
          const axis = AXES[a] as Axis;
          const first = firstRaterColumn[a];
          if (
            first !== undefined &&
            summary.scores[axis] === undefined &&
            !problems.some((p) => p.field === axis)
          ) {
            problems.push({
              cell: cellAddress(sheet.name, row, first),
              message: `${FIELD_LABELS[axis]}: no rater gave a score`,
              row,
              field: axis,
              column: first,
            });
          }
        }
      }
    }
    const budget = read("budget", parseBudget(cellAt(cells, at.budget), budgetReading), undefined);
    const duration = read("duration", parseDuration(cellAt(cells, at.duration)), 1);
    const facing = read("facing", parseFacing(cellAt(cells, at.facing)), undefined);
    const hoursSaved = read(
      "hoursSaved",
      parseHoursSaved(cellAt(cells, at.hoursSaved), decimal),
      undefined,
    );
    if (problems.length > 1) problems.sort(byColumn);

    const owner = cellText(cellAt(cells, at.owner));
    const description = cellText(cellAt(cells, at.description));
    const carried = carriedOffsets.map((offset) => cells[offset] ?? null);
    const axisScores = completeScores(scores);
    // Built key by key rather than spread from optional parts: the same objects, with their
    // keys in the same order, without a temporary object and a copy for every row.
    const common = { row, id, name } as Writable<UseCase>;
    if (owner !== "") common.owner = owner;
    common.carried = carried;
    common.problems = problems;
    if (name === "" || axisScores === undefined) {
      notScored.push(common);
      continue;
    }
    const useCase = common;
    if (description !== "") useCase.description = description;
    useCase.scores = axisScores;
    if (budget !== undefined) useCase.budget = budget;
    useCase.duration = duration;
    useCase.dependsOn = parseDependsOn(cellAt(cells, at.dependsOn));
    if (facing !== undefined) useCase.facing = facing;
    if (hoursSaved !== undefined) useCase.hoursSaved = hoursSaved;
    if (raters) useCase.raters = raters;
    useCases.push(useCase);
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
    ...(numbers && { numbers }),
    otherProblems,
    hasRaters: scoresSheet !== undefined || header.raterColumns.length > 0,
    ...(scoresSheet && { scoresSheetName: scoresSheet.sheetName }),
  };
}

const BLANK_CELLS: readonly RawCell[] = [];

/** The cell at an offset into a row; `-1` is a field the sheet has no column for. */
function cellAt(cells: readonly RawCell[], offset: number): RawCell | undefined {
  return offset < 0 ? undefined : cells[offset];
}

/**
 * A row whose cells are all blank except perhaps its id is empty and skipped silently
 * (DESIGN §1); a row with anything else — an owner and a budget but no name — is read, and
 * not scored with its problems, never dropped.
 */
function isBlankRow(cells: readonly RawCell[], idOffset: number): boolean {
  for (let offset = 0; offset < cells.length; offset++) {
    if (offset !== idOffset && !isBlank(cells[offset])) return false;
  }
  return true;
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
