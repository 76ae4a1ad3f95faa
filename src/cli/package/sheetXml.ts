/**
 * One worksheet part streamed cell by cell: only cells that hold a value are kept, with the
 * merged areas and the sheet's table parts. Everything else in the part — formatted empty
 * cells and rows, column widths, data validations (`V3:V1048576` costs nothing), conditional
 * formats, drawings, extensions — is passed over as it streams by, never modelled.
 */
import type { RawCell } from "../../core";
import { parseAreaReference, type SheetArea } from "../sheetArea";
import { isoDateText } from "./isoDateText";
import { TextCollector } from "./sharedStringsPart";
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

/** What a cell's value means, given the workbook's other parts. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  /** By cell format index: true when the format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** One sheet row's cells that hold a value, by 1-based column, in column order. */
export interface RowCells {
  readonly columns: number[];
  readonly values: RawCell[];
}

export interface SheetCells {
  /** By 1-based row number. */
  readonly rows: ReadonlyMap<number, RowCells>;
  /** The relationship ids of its tables (`<tablePart r:id>`), in the sheet's order. */
  readonly tableRelationshipIds: readonly string[];
}

const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01: Excel's day 0 is 1899-12-30, as it counts a 1900-02-29. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/** Undefined when the package has no such part. */
export function readSheetCells(
  zip: ZipPackage,
  partName: string,
  context: CellContext,
): SheetCells | undefined {
  const rows = new Map<number, RowCells>();
  const merges: SheetArea[] = [];
  const tableRelationshipIds: string[] = [];
  const inline = new TextCollector();
  let inSheetData = false;
  let rowNumber = 0;
  let column = 0;
  let cell: OpenCell | undefined;

  const found = readXmlPart(zip, partName, {
    open(name, attributes) {
      if (cell) {
        if (name === "v") {
          cell.inValue = true;
          cell.value ??= "";
        } else if (name === "f") {
          cell.hasFormula = true;
          cell.inFormula = true;
          cell.formula ??= "";
        } else if (name === "is") {
          cell.inInline = true;
          inline.start();
        } else if (cell.inInline) inline.open(name);
        return;
      }
      if (inSheetData) {
        if (name === "row") {
          rowNumber = positiveInteger(attributes["r"]) ?? rowNumber + 1;
          column = 0;
        } else if (name === "c") {
          const reference = attributes["r"];
          const place = reference === undefined ? undefined : cellPlace(reference);
          if (place) rowNumber = place.row;
          column = place?.column ?? column + 1;
          cell = { type: attributes["t"], style: attributes["s"], hasFormula: false };
        }
      } else if (name === "sheetData") inSheetData = true;
      else if (name === "mergeCell") {
        const area = parseAreaReference(attributes["ref"] ?? "");
        if (area) merges.push(area);
      } else if (name === "tablePart") {
        const id = relationshipIdOf(attributes);
        if (id !== undefined) tableRelationshipIds.push(id);
      }
    },
    text(data) {
      if (!cell) return;
      if (cell.inInline) inline.add(data);
      else if (cell.inValue) cell.value += data;
      else if (cell.inFormula) cell.formula += data;
    },
    close(name) {
      if (cell) {
        if (name === "v") cell.inValue = false;
        else if (name === "f") cell.inFormula = false;
        else if (name === "is") {
          cell.inInline = false;
          cell.inline = inline.finish();
        } else if (name === "c") {
          const value = cellValue(cell, context);
          if (value !== null) addCell(rows, rowNumber, column, value);
          cell = undefined;
        } else if (cell.inInline) inline.close(name);
      } else if (name === "sheetData") inSheetData = false;
    },
  });
  if (!found) return undefined;
  for (const row of rows.values()) putInColumnOrder(row);
  for (const merge of merges) blankMergedCells(rows, merge);
  return { rows, tableRelationshipIds };
}

interface OpenCell {
  readonly type: string | undefined;
  readonly style: string | undefined;
  hasFormula: boolean;
  /** The text of `<f>` (empty for a shared formula's later cells). */
  formula?: string;
  inFormula?: boolean;
  /** The text of `<v>`, once it has opened. */
  value?: string;
  inValue?: boolean;
  inInline?: boolean;
  /** The text of an inline string (`<is>`). */
  inline?: string;
}

/**
 * The value Excel shows in the cell, as the engine reads it. A formula counts as the value
 * Excel saved with it; one saved with no value at all (written by a library, never
 * calculated) is said to be so (DESIGN §1), never guessed. Text that is empty is blank, as it
 * is to a person.
 */
function cellValue(cell: OpenCell, context: CellContext): RawCell {
  const text = cell.value;
  if (cell.hasFormula) {
    if (text === undefined) return { unsavedFormula: cell.formula ?? "" };
    if (text === "") return null;
    switch (cell.type) {
      case "b":
        return booleanValue(text);
      case "e":
        return { error: text };
      case "str":
      case "s":
      case "inlineStr":
        return text;
      default:
        return numberValue(text, cell.style, context);
    }
  }
  switch (cell.type) {
    case "s":
      return text === undefined
        ? null
        : textValue(context.sharedStrings[Number.parseInt(text, 10)]);
    case "inlineStr":
      return textValue(cell.inline ?? text);
    case "str":
      return textValue(text);
    case "b":
      return text === undefined || text === "" ? null : booleanValue(text);
    case "e":
      return text === undefined || text === "" ? null : { error: text };
    case "d":
      return text === undefined ? null : isoDateValue(text);
    default:
      return text === undefined ? null : numberValue(text, cell.style, context);
  }
}

function textValue(text: string | undefined): RawCell {
  return text === undefined || text === "" ? null : text;
}

function booleanValue(text: string): boolean {
  const number = Number(text);
  return Number.isNaN(number) ? text.trim().toLowerCase() === "true" : number !== 0;
}

function numberValue(text: string, style: string | undefined, context: CellContext): RawCell {
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number)) return null;
  const styleIndex = style === undefined ? 0 : Number.parseInt(style, 10);
  if (!context.dateStyles[styleIndex]) return number;
  const offset = UNIX_EPOCH_SERIAL - (context.date1904 ? DAYS_1900_TO_1904 : 0);
  return isoDateText(new Date(Math.round((number - offset) * MS_PER_DAY)));
}

/** A cell of type `d` holds an ISO 8601 date; without a time zone it is Excel's wall clock. */
function isoDateValue(text: string): RawCell {
  const match =
    /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const [, day, time, zone] = match;
  return isoDateText(new Date(time ? `${day}${time}${zone ?? "Z"}` : `${day}`));
}

function addCell(rows: Map<number, RowCells>, rowNumber: number, column: number, value: RawCell) {
  let row = rows.get(rowNumber);
  if (!row) {
    row = { columns: [], values: [] };
    rows.set(rowNumber, row);
  }
  row.columns.push(column);
  row.values.push(value);
}

/** Cells come in column order from Excel; sort otherwise, the last of a column winning. */
function putInColumnOrder(row: RowCells): void {
  const { columns, values } = row;
  let ordered = true;
  for (let index = 1; index < columns.length && ordered; index++) {
    ordered = (columns[index] ?? 0) > (columns[index - 1] ?? 0);
  }
  if (ordered) return;
  const byColumn = new Map<number, RawCell>();
  columns.forEach((column, index) => byColumn.set(column, values[index] ?? null));
  const sorted = [...byColumn.keys()].sort((a, b) => a - b);
  columns.splice(0, columns.length, ...sorted);
  values.splice(0, values.length, ...sorted.map((column) => byColumn.get(column) ?? null));
}

/**
 * Excel shows a merged area's value once, in its top-left cell (as Office.js reports it); any
 * value stored in its other cells is hidden, so it is dropped.
 */
function blankMergedCells(rows: Map<number, RowCells>, merge: SheetArea): void {
  for (const [rowNumber, row] of rows) {
    if (rowNumber < merge.top || rowNumber > merge.bottom) continue;
    let kept = 0;
    for (let index = 0; index < row.columns.length; index++) {
      const column = row.columns[index] ?? 0;
      const hidden =
        column >= merge.left &&
        column <= merge.right &&
        (rowNumber !== merge.top || column !== merge.left);
      if (hidden) continue;
      row.columns[kept] = column;
      row.values[kept] = row.values[index] ?? null;
      kept++;
    }
    row.columns.length = kept;
    row.values.length = kept;
    if (kept === 0) rows.delete(rowNumber);
  }
}

/** `AB12` → row 12, column 28; undefined when it is not a cell reference. */
function cellPlace(reference: string): { row: number; column: number } | undefined {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const row = positiveInteger(reference, index);
  return column > 0 && row !== undefined ? { row, column } : undefined;
}

/** The digits of `text` from `start` to its end as a number, if they are all digits. */
function positiveInteger(text: string | undefined, start = 0): number | undefined {
  if (text === undefined || start >= text.length) return undefined;
  let number = 0;
  for (let index = start; index < text.length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    number = number * 10 + digit;
  }
  return number > 0 ? number : undefined;
}

function relationshipIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    if (key.endsWith(":id")) return value;
  }
  return undefined;
}
