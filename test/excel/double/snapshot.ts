/** Reading the double's workbook back in a test: plain data, addresses in A1 form. */

import { type CellRect, columnLetters, formatRect } from "./addresses";
import {
  cellFormula,
  cellNumberFormat,
  cellValue,
  cellValueType,
  readMatrix,
  usedRect,
} from "./cells";
import {
  type CellFont,
  type CellHyperlink,
  type WorkbookState,
  parseCellKey,
  sheetByName,
} from "./state";
import { referenceOf } from "./names";
import { type ChartSnapshot, chartSnapshots } from "./chartSnapshot";

export interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly protected: boolean;
  readonly tabColor: string;
  /** From A1 to the bottom-right used cell (values and formatting), so indices match addresses. */
  readonly values: (string | number | boolean)[][];
  /**
   * What the formula bar shows, as `Range.formulas` reports it: a formula cell's formula (with
   * `=`, other sheets by their current names, `#REF!` for a deleted one), a text cell's text
   * (even one starting with `=`, kept as text by a Text format), a number as the number, an
   * error constant as its text, an empty cell as "".
   */
  readonly formulas: (string | number | boolean)[][];
  readonly valueTypes: string[][];
  readonly numberFormats: string[][];
  /** Only columns whose width was set, by letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Addresses without the sheet, as in the table's `ref` in the file: `A6:N30`. */
  readonly tables: readonly {
    name: string;
    address: string;
    style: string;
    showBandedRows: boolean;
    hasHeaders: boolean;
    showTotals: boolean;
  }[];
  readonly conditionalFormats: readonly {
    type: string;
    address: string;
    barDirection?: string;
    positiveFillColor?: string;
  }[];
  /** Sparse, by cell address: only cells with that formatting set. */
  readonly fonts: Readonly<Record<string, CellFont>>;
  readonly fills: Readonly<Record<string, string>>;
  readonly alignments: Readonly<Record<string, string>>;
  readonly verticalAlignments: Readonly<Record<string, string>>;
  readonly wrapped: readonly string[];
  readonly borders: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly hyperlinks: Readonly<Record<string, CellHyperlink>>;
  /** In creation order; see `chartSnapshot.ts`. */
  readonly charts: readonly ChartSnapshot[];
}

export function sheetSnapshot(state: WorkbookState, name: string): SheetSnapshot {
  const sheet = sheetByName(state, name);
  if (sheet === undefined) {
    throw new Error(
      `No sheet "${name}"; the workbook has ${state.sheets.map((s) => `"${s.name}"`).join(", ")}.`,
    );
  }
  const used = usedRect(sheet, false);
  const grid: CellRect =
    used === null
      ? { row: 0, column: 0, rowCount: 0, columnCount: 0 }
      : {
          row: 0,
          column: 0,
          rowCount: used.row + used.rowCount,
          columnCount: used.column + used.columnCount,
        };
  const fonts: Record<string, CellFont> = {};
  const fills: Record<string, string> = {};
  const alignments: Record<string, string> = {};
  const verticalAlignments: Record<string, string> = {};
  const wrapped: string[] = [];
  const borders: Record<string, Record<string, string>> = {};
  const hyperlinks: Record<string, CellHyperlink> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => {
    const pa = parseCellKey(a);
    const pb = parseCellKey(b);
    return pa.row - pb.row || pa.column - pb.column;
  });
  for (const key of keys) {
    const cell = sheet.cells.get(key);
    if (cell === undefined) continue;
    const { row, column } = parseCellKey(key);
    const at = `${columnLetters(column)}${row + 1}`;
    if (cell.font !== undefined) fonts[at] = cell.font;
    if (cell.fill !== undefined) fills[at] = cell.fill;
    if (cell.horizontalAlignment !== undefined) alignments[at] = cell.horizontalAlignment;
    if (cell.verticalAlignment !== undefined) verticalAlignments[at] = cell.verticalAlignment;
    if (cell.wrapText === true) wrapped.push(at);
    if (cell.borders !== undefined) borders[at] = cell.borders;
    if (cell.hyperlink !== undefined) hyperlinks[at] = cell.hyperlink;
  }
  return {
    name: sheet.name,
    position: state.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    protected: sheet.protected,
    tabColor: sheet.tabColor,
    values: readMatrix(sheet, grid, cellValue),
    formulas: readMatrix(sheet, grid, (cell) => cellFormula(state, cell)),
    valueTypes: readMatrix(sheet, grid, cellValueType),
    numberFormats: readMatrix(sheet, grid, cellNumberFormat),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths]
        .sort(([a], [b]) => a - b)
        .map(([column, width]) => [columnLetters(column), width]),
    ),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tables: state.tables
      .filter((t) => t.sheetId === sheet.id)
      .map((t) => ({
        name: t.name,
        address: formatRect(t.rect),
        style: t.style,
        showBandedRows: t.showBandedRows,
        hasHeaders: t.hasHeaders,
        showTotals: t.showTotals,
      })),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      type: f.type,
      address: formatRect(f.rect),
      ...(f.dataBar?.barDirection === undefined ? {} : { barDirection: f.dataBar.barDirection }),
      ...(f.dataBar?.positiveFillColor === undefined
        ? {}
        : { positiveFillColor: f.dataBar.positiveFillColor }),
    })),
    fonts,
    fills,
    alignments,
    verticalAlignments,
    wrapped,
    borders,
    hyperlinks,
    charts: chartSnapshots(state, sheet),
  };
}

/** Sheet names in tab order. */
export function sheetNames(state: WorkbookState): string[] {
  return state.sheets.map((s) => s.name);
}

/** The active sheet's name and the selected cells, e.g. `{ sheet: "Ranked", address: "A1" }`. */
export function selection(state: WorkbookState): { sheet: string; address: string } {
  const sheet = state.sheets.find((s) => s.id === state.selection.sheetId);
  return { sheet: sheet?.name ?? "", address: formatRect(state.selection.rect) };
}

/** Defined names as `NamedItem.formula` reports them: `{ name: "Scores", formula: "=Ranked!$A$1" }`. */
export function definedNames(state: WorkbookState): { name: string; formula: string }[] {
  return state.names.map((n) => ({ name: n.name, formula: referenceOf(state, n) }));
}
