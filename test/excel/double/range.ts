/** `Excel.Range`: a rectangle on one sheet, bound when the batch that created it runs. */

import { type CellRect, formatAddress, rectInsideGrid } from "./addresses";
import type { OperationQueue } from "./batch";
import {
  assertWritable,
  cellAt,
  cellCount,
  cellFormula,
  cellNumberFormat,
  cellValue,
  cellValueType,
  clearCells,
  type ClearTarget,
  forEachCell,
  readMatrix,
  updateCell,
  writeContents,
  writeNumberFormats,
} from "./cells";
import { DoubleConditionalFormatCollection } from "./conditionalFormats";
import { invalidArgument, rangeExceedsLimit } from "./errors";
import { locateAddress } from "./locate";
import { BoundObject, type Loadable, type Origin } from "./proxy";
import { DoubleRangeFormat } from "./rangeFormat";
import { DoubleRangeView } from "./rangeView";
import { type CellHyperlink, type SheetState, type WorkbookState, sheetById } from "./state";

export interface RangeEntity {
  readonly sheetId: string;
  readonly rect: CellRect;
}

/** The sheet a bound range lives on; `exists` has already checked it is still there. */
export function rangeSheet(state: WorkbookState, entity: RangeEntity): SheetState {
  const sheet = sheetById(state, entity.sheetId);
  if (sheet === undefined) throw new Error("Double bug: a bound range outlived its sheet check.");
  return sheet;
}

const CELL_DATA = new Set(["values", "formulas", "valueTypes", "numberFormat", "text"]);

export class DoubleRange extends BoundObject<RangeEntity> {
  protected readonly scalarNames = [
    "address",
    "columnCount",
    "columnIndex",
    "formulas",
    "hyperlink",
    "numberFormat",
    "rowCount",
    "rowIndex",
    "text",
    "valueTypes",
    "values",
  ];
  readonly format: DoubleRangeFormat = new DoubleRangeFormat(this.queue, this);
  readonly conditionalFormats: DoubleConditionalFormatCollection =
    new DoubleConditionalFormatCollection(this.queue, this);

  constructor(queue: OperationQueue, origin: Origin<RangeEntity>) {
    super(queue, "Range", origin);
  }

  protected exists(state: WorkbookState, entity: RangeEntity): boolean {
    return sheetById(state, entity.sheetId) !== undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "format") return this.format;
    return undefined;
  }

  protected readScalar(state: WorkbookState, entity: RangeEntity, name: string): unknown {
    const sheet = rangeSheet(state, entity);
    const { rect } = entity;
    const limit = state.host.maxCellsPerRead;
    if (CELL_DATA.has(name) && cellCount(rect) > limit) {
      // Docs: "a range is limited to 5,000,000 cells for read operations"; the docs' error table
      // names `RangeExceedsLimit` for "the cell count in the range has exceeded the maximum".
      throw rangeExceedsLimit(`Range.${name}`, cellCount(rect), limit);
    }
    switch (name) {
      case "address":
        return formatAddress(sheet.name, rect);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "values":
        return readMatrix(sheet, rect, cellValue);
      case "formulas":
        return readMatrix(sheet, rect, (cell) => cellFormula(state, cell));
      case "valueTypes":
        return readMatrix(sheet, rect, cellValueType);
      case "numberFormat":
        return readMatrix(sheet, rect, cellNumberFormat);
      case "text":
        return readMatrix(sheet, rect, (cell) =>
          String(cellValue(cell)).replace(/^(true|false)$/, (b) => b.toUpperCase()),
        );
      case "hyperlink":
        // The top-left cell's link; null when it has none (what real Excel returns there is unverified).
        return cellAt(sheet, rect.row, rect.column)?.hyperlink ?? null;
      default:
        throw invalidArgument("Range.load", `unknown property ${name}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.set("values", input, (state, entity) =>
      writeContents(state, rangeSheet(state, entity), entity.rect, input, "Range.values"),
    );
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, (state, entity) =>
      writeContents(state, rangeSheet(state, entity), entity.rect, input, "Range.formulas"),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.set("numberFormat", input, (state, entity) =>
      writeNumberFormats(rangeSheet(state, entity), entity.rect, input, "Range.numberFormat"),
    );
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.get("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.set("hyperlink", link, (state, entity) => {
      const sheet = rangeSheet(state, entity);
      assertWritable(sheet, "Range.hyperlink");
      const stored = storedHyperlink(link, "Range.hyperlink");
      forEachCell(entity.rect, (row, column) => linkCell(sheet, row, column, stored));
    });
  }

  /**
   * ExcelApi 1.9: per-cell properties, a 2-D array exactly the range's size. Only `hyperlink` is
   * modelled, each set as the `hyperlink` property sets it; any other property is refused as a
   * gap in the double, so a test never passes on a property that was silently dropped.
   */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    const location = "Range.setCellProperties";
    for (const row of Array.isArray(cellPropertiesData) ? cellPropertiesData : []) {
      for (const properties of Array.isArray(row) ? (row as unknown[]) : []) {
        const unmodelled = Object.keys(properties ?? {}).filter((key) => key !== "hyperlink");
        if (unmodelled.length > 0) {
          throw new Error(
            `The double does not model ${location}'s ${unmodelled.join(", ")}: model it in test/excel/double/range.ts first.`,
          );
        }
      }
    }
    this.call("setCellProperties", [cellPropertiesData], (state, entity) => {
      const sheet = rangeSheet(state, entity);
      assertWritable(sheet, location);
      const { rect } = entity;
      const sized =
        Array.isArray(cellPropertiesData) &&
        cellPropertiesData.length === rect.rowCount &&
        cellPropertiesData.every((row) => Array.isArray(row) && row.length === rect.columnCount);
      if (!sized) {
        throw invalidArgument(
          location,
          "the number of rows or columns in the input array doesn't match the size of the range",
        );
      }
      // Validate every cell before changing any, as Excel refuses a bad array whole.
      const planned: { row: number; column: number; link: CellHyperlink }[] = [];
      forEachCell(rect, (row, column, r, c) => {
        const properties = cellPropertiesData[r]?.[c];
        if (typeof properties !== "object" || properties === null) {
          throw invalidArgument(location, "each cell's properties must be an object");
        }
        if (properties.hyperlink !== undefined) {
          planned.push({ row, column, link: storedHyperlink(properties.hyperlink, location) });
        }
      });
      for (const { row, column, link } of planned) linkCell(sheet, row, column, link);
    });
  }

  /** A range derived from this one when the batch runs; `shape` returns null for "out of the grid". */
  private derived(
    method: string,
    args: readonly unknown[],
    shape: (rect: CellRect) => CellRect,
  ): DoubleRange {
    return new DoubleRange(this.queue, {
      created: `Range.${method}`,
      args,
      locate: (state) => {
        const parent = this.resolve(state);
        if (parent === null) return null;
        const rect = shape(parent.rect);
        if (!rectInsideGrid(rect))
          throw invalidArgument(`Range.${method}`, "the result would leave the grid");
        return { sheetId: parent.sheetId, rect };
      },
    });
  }

  /** Relative to this range's top-left cell; may lie outside this range (Office.js allows it). */
  getCell(row: number, column: number): DoubleRange {
    return this.derived("getCell", [row, column], (rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  /**
   * Relative to this range; may lie below it. Office.js itself calls it (with `getBoundingRect`)
   * to send a large `values` / `formulas` / `numberFormat` in slices of 1,500 cells.
   */
  getRow(row: number): DoubleRange {
    return this.derived("getRow", [row], (rect) => ({ ...rect, row: rect.row + row, rowCount: 1 }));
  }

  /** The smallest range holding this one and `other` (a Range on the same sheet, or an address). */
  getBoundingRect(other: DoubleRange | string): DoubleRange {
    const location = "Range.getBoundingRect";
    return new DoubleRange(this.queue, {
      created: location,
      args: [other],
      locate: (state) => {
        const mine = this.resolve(state);
        if (mine === null) return null;
        const theirs =
          typeof other === "string"
            ? (() => {
                const located = locateAddress(
                  state,
                  other,
                  location,
                  sheetById(state, mine.sheetId),
                );
                return { sheetId: located.sheet.id, rect: located.rect };
              })()
            : other.resolve(state);
        if (theirs === null || theirs.sheetId !== mine.sheetId)
          throw invalidArgument(location, "the ranges must be on one sheet");
        const row = Math.min(mine.rect.row, theirs.rect.row);
        const column = Math.min(mine.rect.column, theirs.rect.column);
        const bottom = Math.max(
          mine.rect.row + mine.rect.rowCount,
          theirs.rect.row + theirs.rect.rowCount,
        );
        const right = Math.max(
          mine.rect.column + mine.rect.columnCount,
          theirs.rect.column + theirs.rect.columnCount,
        );
        return {
          sheetId: mine.sheetId,
          rect: { row, column, rowCount: bottom - row, columnCount: right - column },
        };
      },
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (rect) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): DoubleRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (rect) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  /** ExcelApi 1.3: the rows of this range that are not hidden (by a filter or by hand). */
  getVisibleView(): DoubleRangeView {
    return new DoubleRangeView(this.queue, {
      created: "Range.getVisibleView",
      args: [],
      locate: (state) => this.resolve(state),
    });
  }

  select(): void {
    this.call("select", [], (state, entity) => {
      state.activeSheetId = entity.sheetId;
      state.selection = { sheetId: entity.sheetId, rect: entity.rect };
    });
  }

  clear(applyTo: ClearTarget = "All"): void {
    this.call("clear", [applyTo], (state, entity) => {
      const sheet = rangeSheet(state, entity);
      assertWritable(sheet, "Range.clear");
      clearCells(sheet, entity.rect, applyTo);
    });
  }
}

/** A hyperlink as Excel keeps it: the given parts, nothing else. */
function storedHyperlink(link: unknown, location: string): CellHyperlink {
  if (typeof link !== "object" || link === null) throw invalidArgument(location);
  const given = link as Excel.RangeHyperlink;
  const stored: CellHyperlink = {};
  if (given.address !== undefined) stored.address = given.address;
  if (given.documentReference !== undefined) stored.documentReference = given.documentReference;
  if (given.textToDisplay !== undefined) stored.textToDisplay = given.textToDisplay;
  if (given.screenTip !== undefined) stored.screenTip = given.screenTip;
  return stored;
}

/** One cell made a hyperlink: Excel shows the link text in the cell; an empty cell shows the target. */
function linkCell(sheet: SheetState, row: number, column: number, link: CellHyperlink): void {
  updateCell(sheet, row, column, (cell) => {
    cell.hyperlink = link;
    const shown =
      link.textToDisplay ??
      (cell.value === undefined ? (link.documentReference ?? link.address) : undefined);
    if (shown !== undefined) {
      delete cell.formula;
      delete cell.error;
      cell.value = shown;
    }
  });
}
