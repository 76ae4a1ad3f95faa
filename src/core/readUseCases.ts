/**
 * Reading the rows below the header into use cases (DESIGN §1). Every non-empty row ends up
 * either scored or not scored with its problems; nothing is dropped.
 */
import { AXES, type Axis, type AxisScores } from "./axes";
import { cellAddress } from "./cellAddress";
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
}

/** Reads every row below the header of the chosen source sheet. */
export function readUseCases({ sheet, header }: SourceSheet): ReadResult {
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
    if (["name", ...AXES].every((field) => isBlank(cellOf(field as Field)))) {
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
    const scores: Partial<Record<Axis, number>> = {};
    for (const axis of AXES) {
      const reading = parseScore(cellOf(axis));
      if (reading.ok) scores[axis] = reading.value;
      else read(axis, reading, undefined);
    }
    const budget = read("budget", parseBudget(cellOf("budget")), undefined);
    const duration = read("duration", parseDuration(cellOf("duration")), 1);
    const facing = read("facing", parseFacing(cellOf("facing")), undefined);
    const hoursSaved = read("hoursSaved", parseHoursSaved(cellOf("hoursSaved")), undefined);
    problems.sort((a, b) => columnOf(header, a.field) - columnOf(header, b.field));

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
    });
  }

  return {
    sheetName: sheet.name,
    ...(sheet.tableName !== undefined && { tableName: sheet.tableName }),
    header,
    carriedColumns,
    useCases,
    notScored,
    emptyRowCount,
  };
}

function columnOf(header: HeaderRow, field: Field | undefined): number {
  return (field && header.fieldColumns[field]) ?? 0;
}

function completeScores(scores: Partial<Record<Axis, number>>): AxisScores | undefined {
  const { value, feasibility, dataReadiness, regulatoryRisk } = scores;
  if (value === undefined || feasibility === undefined) return undefined;
  if (dataReadiness === undefined || regulatoryRisk === undefined) return undefined;
  return { value, feasibility, dataReadiness, regulatoryRisk };
}
