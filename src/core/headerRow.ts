/**
 * Finding the header row and the source sheet (DESIGN §1): the first of the first 20 rows
 * that holds a name column and all four axis columns. An axis may also come from rater
 * columns (`Business value (CFO)`), or from a long-form Scores sheet, in which case the
 * use-case sheet needs only its name column.
 */
import { AXES, type Axis } from "./axes";
import { quoteSheetName } from "./cellAddress";
import { FIELD_LABELS, fieldOfHeader, normaliseHeader, type Field } from "./fields";
import { cellText } from "./parseCells";
import { UnusableInputError } from "./problems";
import {
  raterColumnOf,
  readScoresSheet,
  SCORES_SHEET_NAME,
  type ScoresSheetReading,
} from "./raters";
import type { SheetInput, WorkbookInput } from "./workbookInput";

export const HEADER_SEARCH_ROWS = 20;

const REQUIRED_FIELDS: readonly Field[] = ["name", ...AXES];

export interface RaterColumn {
  /** 1-based sheet column. */
  readonly column: number;
  readonly axis: Axis;
  readonly rater: string;
}

export interface SourceColumn {
  /** 1-based sheet column. */
  readonly column: number;
  /** The header as written. */
  readonly header: string;
  /** The field it names; unset for columns carried along untouched. */
  readonly field?: Field;
}

export interface HeaderRow {
  /** Index into `sheet.values`. */
  readonly index: number;
  /** 1-based sheet row. */
  readonly row: number;
  readonly columns: readonly SourceColumn[];
  /** 1-based sheet column of each field found (the first column when named twice). */
  readonly fieldColumns: Readonly<Partial<Record<Field, number>>>;
  /** Wide-form columns, one per rater and axis. */
  readonly raterColumns: readonly RaterColumn[];
}

/**
 * A person's own reading of headers the synonyms do not cover (or read wrongly): normalised
 * header text → the field it names, or `ignore` to carry the column along untouched. The task
 * pane keeps these per workbook.
 */
export type HeaderOverrides = Readonly<Record<string, Field | "ignore">>;

function readHeaderCandidate(
  sheet: SheetInput,
  index: number,
  overrides: HeaderOverrides,
): HeaderRow {
  const cells = sheet.values[index] ?? [];
  const fieldColumns: Partial<Record<Field, number>> = {};
  const raterColumns: RaterColumn[] = [];
  const columns: SourceColumn[] = cells.map((cell, offset) => {
    const header = cellText(cell);
    const column = sheet.left + offset;
    const override = header === "" ? undefined : overrides[normaliseHeader(header)];
    // A rater column is recognised before the synonyms: `Business value (CFO)` would
    // otherwise read as the plain business value column once `(CFO)` is dropped.
    const rater = override === undefined && header !== "" ? raterColumnOf(header) : undefined;
    if (rater) {
      raterColumns.push({ column, axis: rater.axis, rater: rater.rater });
      return { column, header };
    }
    const field =
      override === "ignore"
        ? undefined
        : (override ?? (header === "" ? undefined : fieldOfHeader(header)));
    if (field !== undefined && fieldColumns[field] === undefined) {
      fieldColumns[field] = column;
      return { column, header, field };
    }
    return { column, header };
  });
  return { index, row: sheet.top + index, columns, fieldColumns, raterColumns };
}

/**
 * Required fields the row lacks. With a Scores sheet the axes come from there; otherwise an
 * axis is present as a plain column or as rater columns.
 */
function missingFields(header: HeaderRow, scoresElsewhere: boolean): Field[] {
  return REQUIRED_FIELDS.filter(
    (field) =>
      header.fieldColumns[field] === undefined &&
      (field === "name" ||
        (!scoresElsewhere && !header.raterColumns.some((rater) => rater.axis === field))),
  );
}

interface HeaderSearch {
  readonly found?: HeaderRow;
  /** The candidate with the most required fields, for the error message. */
  readonly closest?: HeaderRow;
}

function searchHeaderRow(
  sheet: SheetInput,
  overrides: HeaderOverrides,
  scoresElsewhere = false,
): HeaderSearch {
  // A table's header is its first row; a used range may have titles above the header.
  const rowsToSearch = sheet.tableName !== undefined ? 1 : HEADER_SEARCH_ROWS;
  let closest: HeaderRow | undefined;
  for (let index = 0; index < Math.min(rowsToSearch, sheet.values.length); index++) {
    const candidate = readHeaderCandidate(sheet, index, overrides);
    const missing = missingFields(candidate, scoresElsewhere).length;
    if (missing === 0) return { found: candidate };
    if (!closest || missing < missingFields(closest, scoresElsewhere).length) closest = candidate;
  }
  return closest ? { closest } : {};
}

/**
 * The header row, or else the row that comes closest to one: the columns a person can then
 * map by hand.
 */
export function bestHeaderRow(
  sheet: SheetInput,
  overrides: HeaderOverrides = {},
  scoresElsewhere = false,
): HeaderRow | undefined {
  const search = searchHeaderRow(sheet, overrides, scoresElsewhere);
  return search.found ?? search.closest;
}

function describeSearch(sheet: SheetInput, search: HeaderSearch, scoresElsewhere: boolean): string {
  const where = quoteSheetName(sheet.name);
  if (!search.closest) return `${where} is empty`;
  const found = search.closest.columns
    .filter((column) => column.field !== undefined)
    .map((column) => `${column.header} (${FIELD_LABELS[column.field as Field].toLowerCase()})`);
  const missing = missingFields(search.closest, scoresElsewhere).map((field) =>
    FIELD_LABELS[field].toLowerCase(),
  );
  return (
    `${where} row ${search.closest.row} has ${found.length ? found.join(", ") : "none of them"}; ` +
    `missing ${missing.join(", ")}`
  );
}

const WHAT_A_HEADER_NEEDS =
  "a header row (within the first 20 rows) with a use case name column and the four axis columns: business value, technical feasibility, data readiness, regulatory risk";

export interface SourceSheet {
  readonly sheet: SheetInput;
  readonly header: HeaderRow;
  /** The long-form Scores sheet, when the workbook has one. */
  readonly scores?: ScoresSheetReading & { readonly sheetName: string };
}

export interface RatingsChoice {
  /** The long-form sheet's name; otherwise a sheet called `Scores`, if it has the columns. */
  readonly scoresSheet?: string;
}

function findSheet(workbook: WorkbookInput, name: string): SheetInput | undefined {
  return (
    workbook.sheets.find((candidate) => candidate.name === name) ??
    workbook.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
  );
}

function sheetList(workbook: WorkbookInput): string {
  return workbook.sheets.map((candidate) => quoteSheetName(candidate.name)).join(", ");
}

/** The long-form Scores sheet, if any: named, or a sheet called `Scores` with its columns. */
function chooseScoresSheet(
  workbook: WorkbookInput,
  choice: RatingsChoice,
): SourceSheet["scores"] | undefined {
  const named = choice.scoresSheet;
  const sheet = findSheet(workbook, named ?? SCORES_SHEET_NAME);
  if (!sheet || (named === undefined && sheet.ownRole !== undefined)) {
    if (named === undefined) return undefined;
    throw new UnusableInputError(
      `No sheet is named "${named}" for the scores; the sheets are ${sheetList(workbook)}.`,
    );
  }
  const reading = readScoresSheet(sheet);
  if (!reading) {
    if (named === undefined) return undefined;
    throw new UnusableInputError(
      `${quoteSheetName(sheet.name)} has no header row with Rater, ID, Axis and Score columns in its first 20 rows.`,
    );
  }
  return { ...reading, sheetName: sheet.name };
}

/**
 * The sheet to read: the one named (exactly, else ignoring case), or else the first sheet in
 * workbook order that has a header row. This product's own output sheets, and the Scores
 * sheet, are never chosen automatically, so re-running on a scored workbook reads the same
 * source.
 */
export function chooseSourceSheet(
  workbook: WorkbookInput,
  sheetName?: string,
  overrides: HeaderOverrides = {},
  ratings: RatingsChoice = {},
): SourceSheet {
  const scores = chooseScoresSheet(workbook, ratings);
  const scoresElsewhere = scores !== undefined;
  const withScores = (found: { sheet: SheetInput; header: HeaderRow }): SourceSheet =>
    scores ? { ...found, scores } : found;
  const needs = scoresElsewhere
    ? "a header row (within the first 20 rows) with a use case name column"
    : WHAT_A_HEADER_NEEDS;

  if (sheetName !== undefined) {
    const sheet = findSheet(workbook, sheetName);
    if (!sheet) {
      throw new UnusableInputError(
        `No sheet is named "${sheetName}"; the sheets are ${sheetList(workbook)}.`,
      );
    }
    const search = searchHeaderRow(sheet, overrides, scoresElsewhere);
    if (!search.found) {
      throw new UnusableInputError(
        `${quoteSheetName(sheet.name)} has no usable header row: ${describeSearch(sheet, search, scoresElsewhere)}. It needs ${needs}.`,
      );
    }
    return withScores({ sheet, header: search.found });
  }

  const candidates = workbook.sheets.filter(
    (sheet) => sheet.ownRole === undefined && sheet.name !== scores?.sheetName,
  );
  const searches = candidates.map((sheet) => ({
    sheet,
    search: searchHeaderRow(sheet, overrides, scoresElsewhere),
  }));
  for (const { sheet, search } of searches) {
    if (search.found) return withScores({ sheet, header: search.found });
  }
  if (searches.length === 0) throw new UnusableInputError("The workbook has no sheets to read.");
  const missingCount = (search: HeaderSearch): number =>
    search.closest ? missingFields(search.closest, scoresElsewhere).length : REQUIRED_FIELDS.length;
  const closest = searches
    .filter(({ search }) => search.closest !== undefined)
    .sort((a, b) => missingCount(a.search) - missingCount(b.search))[0];
  const detail = closest
    ? ` Closest: ${describeSearch(closest.sheet, closest.search, scoresElsewhere)}.`
    : "";
  throw new UnusableInputError(`No sheet has ${needs}.${detail}`);
}
