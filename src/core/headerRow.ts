/**
 * Finding the header row and the source sheet (DESIGN §1): the first of the first 20 rows
 * that holds a name column and all four axis columns.
 */
import { AXES } from "./axes";
import { quoteSheetName } from "./cellAddress";
import { FIELD_LABELS, fieldOfHeader, normaliseHeader, type Field } from "./fields";
import { cellText } from "./parseCells";
import { UnusableInputError } from "./problems";
import type { SheetInput, WorkbookInput } from "./workbookInput";

export const HEADER_SEARCH_ROWS = 20;

const REQUIRED_FIELDS: readonly Field[] = ["name", ...AXES];

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
  const columns: SourceColumn[] = cells.map((cell, offset) => {
    const header = cellText(cell);
    const column = sheet.left + offset;
    const override = header === "" ? undefined : overrides[normaliseHeader(header)];
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
  return { index, row: sheet.top + index, columns, fieldColumns };
}

function missingFields(header: HeaderRow): Field[] {
  return REQUIRED_FIELDS.filter((field) => header.fieldColumns[field] === undefined);
}

interface HeaderSearch {
  readonly found?: HeaderRow;
  /** The candidate with the most required fields, for the error message. */
  readonly closest?: HeaderRow;
}

function searchHeaderRow(sheet: SheetInput, overrides: HeaderOverrides): HeaderSearch {
  // A table's header is its first row; a used range may have titles above the header.
  const rowsToSearch = sheet.tableName !== undefined ? 1 : HEADER_SEARCH_ROWS;
  let closest: HeaderRow | undefined;
  for (let index = 0; index < Math.min(rowsToSearch, sheet.values.length); index++) {
    const candidate = readHeaderCandidate(sheet, index, overrides);
    const missing = missingFields(candidate).length;
    if (missing === 0) return { found: candidate };
    if (!closest || missing < missingFields(closest).length) closest = candidate;
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
): HeaderRow | undefined {
  const search = searchHeaderRow(sheet, overrides);
  return search.found ?? search.closest;
}

function describeSearch(sheet: SheetInput, search: HeaderSearch): string {
  const where = quoteSheetName(sheet.name);
  if (!search.closest) return `${where} is empty`;
  const found = search.closest.columns
    .filter((column) => column.field !== undefined)
    .map((column) => `${column.header} (${FIELD_LABELS[column.field as Field].toLowerCase()})`);
  const missing = missingFields(search.closest).map((field) => FIELD_LABELS[field].toLowerCase());
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
}

/**
 * The sheet to read: the one named (exactly, else ignoring case), or else the first sheet in
 * workbook order that has a header row. This product's own output sheets are never chosen
 * automatically, so re-running on a scored workbook reads the same source.
 */
export function chooseSourceSheet(
  workbook: WorkbookInput,
  sheetName?: string,
  overrides: HeaderOverrides = {},
): SourceSheet {
  if (sheetName !== undefined) {
    const sheet =
      workbook.sheets.find((candidate) => candidate.name === sheetName) ??
      workbook.sheets.find((candidate) => candidate.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) {
      const names = workbook.sheets.map((candidate) => quoteSheetName(candidate.name)).join(", ");
      throw new UnusableInputError(`No sheet is named "${sheetName}"; the sheets are ${names}.`);
    }
    const search = searchHeaderRow(sheet, overrides);
    if (!search.found) {
      throw new UnusableInputError(
        `${quoteSheetName(sheet.name)} has no usable header row: ${describeSearch(sheet, search)}. It needs ${WHAT_A_HEADER_NEEDS}.`,
      );
    }
    return { sheet, header: search.found };
  }

  const candidates = workbook.sheets.filter((sheet) => sheet.ownRole === undefined);
  const searches = candidates.map((sheet) => ({
    sheet,
    search: searchHeaderRow(sheet, overrides),
  }));
  for (const { sheet, search } of searches) {
    if (search.found) return { sheet, header: search.found };
  }
  if (searches.length === 0) throw new UnusableInputError("The workbook has no sheets to read.");
  const closest = searches
    .filter(({ search }) => search.closest !== undefined)
    .sort((a, b) => missingCount(a.search) - missingCount(b.search))[0];
  const detail = closest ? ` Closest: ${describeSearch(closest.sheet, closest.search)}.` : "";
  throw new UnusableInputError(`No sheet has ${WHAT_A_HEADER_NEEDS}.${detail}`);
}

function missingCount(search: HeaderSearch): number {
  return search.closest ? missingFields(search.closest).length : REQUIRED_FIELDS.length;
}
