/**
 * Finding the header row and the source sheet (DESIGN §1): the first of the first 50 rows
 * that holds a name column and all four axis columns. An axis may also come from rater
 * columns (`Business value (CFO)`), or from a long-form Scores sheet, in which case the
 * use-case sheet needs only its name column.
 */
import {
  AXES,
  type Axis,
  cellAddress,
  cellReference,
  quoteSheetName,
  rangeReference,
  FIELD_LABELS,
  fieldOfHeader,
  normaliseHeader,
  type Field,
  oneLine,
  UnusableInputError,
  type Problem,
  isExcelError,
  isUnsavedFormula,
  type RawCell,
  type SheetInput,
  type WorkbookInput,
} from "../model";
import { cellText } from "./parseCells";
import { separatorForSheet, type NumberReading } from "../numbers";
import {
  raterColumnOf,
  readScoresSheet,
  SCORES_SHEET_NAME,
  type ScoresSheetReading,
} from "./raters";

export const HEADER_SEARCH_ROWS = 50;

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
  /** Set when the header cell holds an Excel error: never a header, and not offered for mapping. */
  readonly notAHeader?: true;
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
  /** A second column naming a field already named: carried along, and said so on its header. */
  readonly problems: readonly Problem[];
}

/**
 * A person's own reading of headers the synonyms do not cover (or read wrongly): normalised
 * header text → the field it names, or `ignore` to carry the column along untouched. The task
 * pane keeps these per workbook.
 */
export type HeaderOverrides = Readonly<Record<string, Field | "ignore">>;

/**
 * The overrides with one column named by hand: the pane's column mapping and the command
 * line's `--map FIELD=HEADER` both come through here, so they mean the same. `undefined`
 * forgets the column's mapping; a header is keyed as it matches, normalised.
 */
export function withColumnMapped(
  overrides: HeaderOverrides,
  header: string,
  field: Field | "ignore" | undefined,
): HeaderOverrides {
  const key = normaliseHeader(header);
  const { [key]: _previous, ...others } = overrides;
  return field === undefined ? others : { ...others, [key]: field };
}

/** A header cell's text; an Excel error or a formula without a value is never a header. */
function headerOf(cell: RawCell | undefined): { text: string; matchable: boolean } {
  if (cell === undefined || cell === null) return { text: "", matchable: false };
  if (isExcelError(cell)) return { text: cell.error, matchable: false };
  if (isUnsavedFormula(cell)) return { text: `=${cell.unsavedFormula}`, matchable: false };
  const text = cellText(cell);
  return { text, matchable: text !== "" };
}

function readHeaderCandidate(
  sheet: SheetInput,
  index: number,
  overrides: HeaderOverrides,
): HeaderRow {
  const cells = sheet.values[index] ?? [];
  const row = sheet.top + index;
  const headers = cells.map(headerOf);
  const overrideOf = (offset: number): Field | "ignore" | undefined => {
    const header = headers[offset];
    return header?.matchable ? overrides[normaliseHeader(header.text)] : undefined;
  };
  // A field a person named a column for by hand is that column's: another column the
  // synonyms would give it is carried along instead of taking the field first.
  const mappedByHand = new Set(headers.map((_, offset) => overrideOf(offset)));
  const fieldColumns: Partial<Record<Field, number>> = {};
  const raterColumns: RaterColumn[] = [];
  const problems: Problem[] = [];
  const columns: SourceColumn[] = headers.map(({ text: header, matchable }, offset) => {
    const column = sheet.left + offset;
    if (!matchable)
      return header === "" ? { column, header } : { column, header, notAHeader: true };
    const override = overrideOf(offset);
    // A rater column is recognised before the synonyms: `Business value (CFO)` would
    // otherwise read as the plain business value column once `(CFO)` is dropped.
    const rater = override === undefined ? raterColumnOf(header) : undefined;
    if (rater) {
      raterColumns.push({ column, axis: rater.axis, rater: rater.rater });
      return { column, header };
    }
    const bySynonym = fieldOfHeader(header);
    const field =
      override === "ignore"
        ? undefined
        : (override ??
          (bySynonym !== undefined && mappedByHand.has(bySynonym) ? undefined : bySynonym));
    if (field === undefined) return { column, header };
    const first = fieldColumns[field];
    if (first === undefined) {
      fieldColumns[field] = column;
      return { column, header, field };
    }
    problems.push({
      cell: cellAddress(sheet.name, row, column),
      message:
        `${FIELD_LABELS[field]}: "${oneLine(header, 40)}" also names ${FIELD_LABELS[field].toLowerCase()}; ` +
        `the first such column, ${cellReference(row, first)}, is read and this one is carried along`,
      row,
      field,
      column,
    });
    return { column, header };
  });
  return { index, row, columns, fieldColumns, raterColumns, problems };
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
  /** The candidate with the most required fields (then the most fields), for the message. */
  readonly closest?: HeaderRow;
}

/** How close a row comes to a header row: required fields first, then any field at all. */
function closeness(header: HeaderRow, scoresElsewhere: boolean): number {
  const required = REQUIRED_FIELDS.length - missingFields(header, scoresElsewhere).length;
  const fields = header.columns.filter((column) => column.field !== undefined).length;
  return required * 1_000 + fields + header.raterColumns.length;
}

function searchHeaderRow(
  sheet: SheetInput,
  overrides: HeaderOverrides,
  scoresElsewhere = false,
): HeaderSearch {
  // A table's header is its first row; a used range may have titles above the header.
  const rowsToSearch = sheet.tableName !== undefined ? 1 : HEADER_SEARCH_ROWS;
  let closest: HeaderRow | undefined;
  let closestBy = -1;
  for (let index = 0; index < Math.min(rowsToSearch, sheet.values.length); index++) {
    const candidate = readHeaderCandidate(sheet, index, overrides);
    if (missingFields(candidate, scoresElsewhere).length === 0) return { found: candidate };
    const by = closeness(candidate, scoresElsewhere);
    if (by > closestBy) [closest, closestBy] = [candidate, by];
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

/** A header as quoted in a message: on one line, and not a paragraph. */
const quoted = (header: string): string => oneLine(header, 40);

/** `A1:F25`: the table's range, as its size says, else as far as its values go. */
export function tableRange(sheet: SheetInput): string {
  const rows = sheet.tableSize?.rows ?? Math.max(1, sheet.values.length);
  const columns =
    sheet.tableSize?.columns ?? Math.max(1, ...sheet.values.map((cells) => cells.length));
  return rangeReference(sheet.top, sheet.left, sheet.top + rows - 1, sheet.left + columns - 1);
}

/**
 * Missing columns a person typed beside the sheet's table, on its header row but outside it:
 * they look like part of the table and are not.
 */
function missingBesideTable(sheet: SheetInput, missing: readonly Field[]): string | undefined {
  if (sheet.tableName === undefined || !sheet.besideTable) return undefined;
  const beside = sheet.besideTable.flatMap(({ column, value }) => {
    const header = headerOf(value);
    if (!header.matchable) return [];
    const field = fieldOfHeader(header.text) ?? raterColumnOf(header.text)?.axis;
    return field !== undefined && missing.includes(field)
      ? [`${quoted(header.text)} (${cellReference(sheet.top, column)})`]
      : [];
  });
  if (beside.length === 0) return undefined;
  return (
    `${beside.join(", ")} ${beside.length === 1 ? "sits" : "sit"} beside the table ` +
    `${sheet.tableName} (${tableRange(sheet)}), outside it: resize the table to take ` +
    `${beside.length === 1 ? "it" : "them"} in (Table Design > Resize Table)`
  );
}

function describeSearch(sheet: SheetInput, search: HeaderSearch, scoresElsewhere: boolean): string {
  const where = quoteSheetName(sheet.name);
  if (!search.closest) return `${where} is empty`;
  const found = search.closest.columns
    .filter((column) => column.field !== undefined)
    .map(
      (column) => `${quoted(column.header)} (${FIELD_LABELS[column.field as Field].toLowerCase()})`,
    );
  const missingList = missingFields(search.closest, scoresElsewhere);
  const missing = missingList.map((field) => FIELD_LABELS[field].toLowerCase());
  const table =
    sheet.tableName === undefined
      ? ""
      : ` (the header of table ${sheet.tableName}, ${tableRange(sheet)})`;
  const beside = missingBesideTable(sheet, missingList);
  return (
    `${where} row ${search.closest.row}${table} has ${found.length ? found.join(", ") : "none of them"}; ` +
    `missing ${missing.join(", ")}${beside === undefined ? "" : `; ${beside}`}`
  );
}

const WHAT_A_HEADER_NEEDS =
  "a header row (within the first 50 rows) with a use case name column and the four axis columns: business value, technical feasibility, data readiness, regulatory risk";

export interface SourceSheet {
  readonly sheet: SheetInput;
  readonly header: HeaderRow;
  /** The long-form Scores sheet, when the workbook has one. */
  readonly scores?: ScoresSheetReading & { readonly sheetName: string };
}

export interface RatingsChoice {
  /** The long-form sheet's name; otherwise a sheet called `Scores`, if it has the columns. */
  readonly scoresSheet?: string;
  /** How numbers written as text are read there, as on the source sheet. */
  readonly numbers?: NumberReading;
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
  const decimal = separatorForSheet(choice.numbers ?? {}, sheet.decimalSeparator)?.decimalSeparator;
  const reading = readScoresSheet(sheet, decimal);
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
    ? "a header row (within the first 50 rows) with a use case name column"
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
  const closenessOf = (search: HeaderSearch): number =>
    search.closest ? closeness(search.closest, scoresElsewhere) : -1;
  // The closest row of all the sheets; on a tie, the first sheet's.
  const closest = searches
    .filter(({ search }) => search.closest !== undefined)
    .reduce<(typeof searches)[number] | undefined>(
      (best, each) =>
        best === undefined || closenessOf(each.search) > closenessOf(best.search) ? each : best,
      undefined,
    );
  const detail = closest
    ? ` Closest: ${describeSearch(closest.sheet, closest.search, scoresElsewhere)}.`
    : "";
  throw new UnusableInputError(`No sheet has ${needs}.${detail}`);
}

/**
 * Headers named by hand (`--map`, the pane's mapping) that no column of the header row has:
 * a typo there must not pass silently. Each as the person wrote it, normalised.
 */
export function headersNotFound(header: HeaderRow, overrides: HeaderOverrides): string[] {
  const present = new Set(
    header.columns
      .filter((column) => column.notAHeader === undefined && column.header !== "")
      .map((column) => normaliseHeader(column.header)),
  );
  return Object.keys(overrides).filter((key) => !present.has(key));
}
