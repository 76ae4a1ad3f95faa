/**
 * The workbook the double keeps in memory: plain data that tests seed, the proxies change at
 * `sync()`, and `sheetSnapshot` reads back. Nothing here knows about proxies or batches.
 */

import { type CellRect, MAX_ROWS, requireCellRange, splitSheetPrefix } from "./addresses";
import type { ChartState } from "./chartState";
import { DoubleErrorCodes } from "./errors";
import { type FormulaEvaluator, evaluateConstantFormula } from "./cellInput";
import { type BoundFormula, bindFormula } from "./formulaReferences";

export type CellScalar = string | number | boolean;

export interface CellFont {
  bold?: boolean;
  italic?: boolean;
  /** `Excel.RangeUnderlineStyle`: "None", "Single", … */
  underline?: string;
  color?: string;
  size?: number;
  name?: string;
}

export interface CellHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell. Absent keys mean Excel's defaults (empty, General, no formatting). */
export interface CellState {
  /** A constant, or the cached result of `formula`. */
  value?: CellScalar;
  /** An error value such as `#DIV/0!` (constant, or the cached result of `formula`). */
  error?: string;
  /** `=...` when the cell holds a formula, its sheet references bound (`formulaReferences.ts`). */
  formula?: BoundFormula;
  numberFormat?: string;
  font?: CellFont;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, string>;
  hyperlink?: CellHyperlink;
}

export interface DataBarState {
  barDirection?: string;
  positiveFillColor?: string;
  gradientFill?: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  readonly rect: CellRect;
  dataBar?: DataBarState;
}

/**
 * An AutoFilter (ExcelApi 1.9): a sheet has at most one, and so has each table. Its criteria
 * are not modelled: the rows they hide are the sheet's `hiddenRows`, seeded alongside.
 */
export interface AutoFilterState {
  /** The filter buttons are shown. */
  enabled: boolean;
  /** Some criteria are set, so rows may be hidden by the filter. */
  isDataFiltered: boolean;
}

export interface SheetState {
  readonly id: string;
  name: string;
  /** Sparse cells keyed by `cellKey(row, column)`, 0-based. */
  readonly cells: Map<string, CellState>;
  /** Column widths in points, by 0-based column. */
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  protected: boolean;
  protectionPassword?: string;
  tabColor: string;
  visibility: string;
  readonly conditionalFormats: ConditionalFormatState[];
  /** 0-based rows hidden, by a filter or by hand (whole rows: Excel hides no part of a row). */
  readonly hiddenRows: Set<number>;
  /** The sheet's own AutoFilter; `enabled` false when it has none. */
  readonly autoFilter: AutoFilterState;
  /** The sheet's charts in creation order: they live and die with the sheet (see `charts.ts`). */
  readonly charts: ChartState[];
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  readonly rect: CellRect;
  readonly hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
  /** The last row of `rect` is the totals row. */
  readonly showTotals: boolean;
  /** A new table shows its filter buttons, with no criteria. */
  readonly autoFilter: AutoFilterState;
}

/** A defined name, kept by the sheet's identity: it follows a rename and outlives a delete. */
export interface NameState {
  readonly id: string;
  readonly name: string;
  readonly sheetId: string;
  readonly rect: CellRect;
  readonly comment: string;
}

/** What one `sync()` that reached the "host" carried, and how it ended. */
export interface SyncRecord {
  readonly index: number;
  /** Queued operations: object creations, property sets, method calls and loads. */
  readonly operations: number;
  /** Estimated request size: JSON of every argument and property value, plus a fixed cost per operation. */
  readonly payloadBytes: number;
  /** `Range.values`, `WorksheetCollection.add`, … in queue order. */
  readonly labels: readonly string[];
  outcome: "applied" | "failed" | "hung";
  errorCode?: string;
}

export type SyncFault =
  | { readonly kind: "hang" }
  | { readonly kind: "fail"; readonly code: string; readonly message: string }
  /**
   * Office itself refuses the request before Excel sees it, with one of Office's numeric codes
   * (5012 expired session, 5016 a modal dialog is open, 5102 too busy). Only the Office.js host
   * (test/excel/host) acts on it; the double's own sync passes it by.
   */
  | { readonly kind: "refuse"; readonly officeCode: number; readonly message: string };

/**
 * A fault on one named operation (`Worksheet.delete`, `Range.formulas`, …): the sync that carries
 * its `occurrence`-th run (counting from 1 across syncs) fails there, after the operations before
 * it in the same request were applied, as Excel does when one statement of a batch fails.
 */
export interface OperationFault {
  readonly label: string;
  readonly code: string;
  readonly message: string;
  /** How many more runs of the label to let through before failing. */
  skip: number;
}

export interface HostState {
  readonly syncs: SyncRecord[];
  /** Faults waiting for the next syncs that carry operations, first one first. */
  readonly faults: SyncFault[];
  /** Faults on named operations, checked as each operation runs. */
  readonly operationFaults: OperationFault[];
  payloadLimitBytes: number;
  responseLimitBytes: number;
  maxCellsPerRead: number;
  evaluateFormula: FormulaEvaluator;
}

/** Workbook (structure) protection, ExcelApi 1.7 `WorkbookProtection`. */
export interface WorkbookProtectionState {
  protected: boolean;
  password?: string;
}

/** `Application.cultureInfo` (ExcelApi 1.11), with Office.js's own property names. */
export interface CultureState {
  /** `de-DE`. */
  readonly name: string;
  readonly numberDecimalSeparator: string;
  readonly numberGroupSeparator: string;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NameState[];
  readonly protection: WorkbookProtectionState;
  readonly culture: CultureState;
  activeSheetId: string;
  selection: { sheetId: string; rect: CellRect };
  nextId: number;
  readonly host: HostState;
}

/** Excel on the web's request and response limit: 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** "A range is limited to 5,000,000 cells for read operations", on every platform. */
export const DEFAULT_MAX_CELLS_PER_READ = 5_000_000;

export type SeedCell =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  /** Sheets it names must be seeded too (in any order); the value is taken as the cached result. */
  | { readonly formula: string; readonly value?: CellScalar | { readonly error: string } };

/** Criteria are not seeded: seed the rows they hide as `hiddenRows` too. */
export interface AutoFilterSeed {
  /** Defaults to true: a seeded AutoFilter shows its buttons. */
  readonly enabled?: boolean;
  readonly isDataFiltered?: boolean;
}

export interface SheetSeed {
  readonly name: string;
  readonly cells?: readonly (readonly SeedCell[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** `address` spans the header row to the last row (the totals row when `showTotals`). */
  readonly tables?: readonly {
    readonly name: string;
    readonly address: string;
    readonly showTotals?: boolean;
    readonly autoFilter?: AutoFilterSeed;
  }[];
  /** Sheet rows hidden, numbered as Excel shows them (1-based): `[3, 4]` hides rows 3 and 4. */
  readonly hiddenRows?: readonly number[];
  /** The sheet's own AutoFilter (not a table's); none when absent. */
  readonly autoFilter?: AutoFilterSeed;
  readonly protected?: boolean;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface WorkbookSeed {
  readonly sheets: readonly SheetSeed[];
  /** Defined names, e.g. `{ name: "Scores", reference: "=Ranked!$A$1:$C$9" }`. */
  readonly names?: readonly { readonly name: string; readonly reference: string }[];
  /** Defaults to the first sheet. */
  readonly activeSheet?: string;
  /** The workbook's structure is protected (Review > Protect Workbook). */
  readonly workbookProtected?: boolean;
  /** Excel's culture; en-US unless seeded. */
  readonly culture?: CultureState;
}

export interface WorkbookOptions {
  readonly payloadLimitBytes?: number;
  readonly responseLimitBytes?: number;
  readonly maxCellsPerRead?: number;
  /** Cached value for a formula the double writes; see `cellInput.ts`. */
  readonly evaluateFormula?: FormulaEvaluator;
}

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function parseCellKey(key: string): { row: number; column: number } {
  const [row, column] = key.split(":").map(Number);
  return { row: row ?? 0, column: column ?? 0 };
}

export function newId(state: WorkbookState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

export function sheetById(state: WorkbookState, id: string): SheetState | undefined {
  return state.sheets.find((s) => s.id === id);
}

export function sheetByName(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/**
 * Why Excel refuses a sheet name, or null. Rules from Microsoft's "Rename a worksheet" article:
 * not blank, at most 31 characters, none of `: \ / ? * [ ]`, not starting or ending with an
 * apostrophe, not the reserved "History"; unique regardless of case.
 */
export function sheetNameProblem(
  state: WorkbookState,
  name: string,
  renamingId?: string,
): { code: string; reason: string } | null {
  const invalid = (reason: string) => ({ code: DoubleErrorCodes.invalidArgument, reason });
  if (name.trim() === "") return invalid("a sheet name can't be blank");
  if (name.length > 31) return invalid("a sheet name can't be longer than 31 characters");
  if (/[:\\/?*[\]]/.test(name)) return invalid("a sheet name can't contain : \\ / ? * [ ]");
  if (name.startsWith("'") || name.endsWith("'")) {
    return invalid("a sheet name can't start or end with an apostrophe");
  }
  if (name.toLowerCase() === "history") return invalid('"History" is reserved by Excel');
  const clash = sheetByName(state, name);
  if (clash !== undefined && clash.id !== renamingId) {
    return { code: DoubleErrorCodes.itemAlreadyExists, reason: "a sheet with that name exists" };
  }
  return null;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  return {
    id: newId(state, "sheet"),
    name,
    cells: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    protected: false,
    tabColor: "",
    visibility: "Visible",
    conditionalFormats: [],
    hiddenRows: new Set(),
    autoFilter: { enabled: false, isDataFiltered: false },
    charts: [],
  };
}

function seededAutoFilter(seed: AutoFilterSeed, where: string): AutoFilterState {
  const filter = { enabled: seed.enabled ?? true, isDataFiltered: seed.isDataFiltered ?? false };
  if (filter.isDataFiltered && !filter.enabled)
    throw new Error(`Seed ${where}: an AutoFilter without buttons can't filter.`);
  return filter;
}

/** A seeded formula names sheets of the seeded workbook, whatever their order. */
function bindSeededFormula(state: WorkbookState, formula: string, where: string): BoundFormula {
  return bindFormula(formula, (name) => {
    const sheet = sheetByName(state, name);
    if (sheet === undefined) {
      throw new Error(
        `Seed formula ${formula} in ${where}: seed the sheet "${name}" or use #REF!.`,
      );
    }
    return sheet.id;
  });
}

function seedCell(raw: SeedCell, numberFormat: string | null | undefined): CellState | undefined {
  const cell: CellState = {};
  if (numberFormat !== null && numberFormat !== undefined && numberFormat !== "General") {
    cell.numberFormat = numberFormat;
  }
  if (raw === null || raw === "") {
    // Seeded strings are taken as stored text, never parsed: they describe existing content.
  } else if (typeof raw !== "object") {
    cell.value = raw;
  } else if ("formula" in raw) {
    // Unbound text until every seeded sheet exists; `createWorkbookState` binds it.
    cell.formula = [raw.formula];
    if (typeof raw.value === "object") cell.error = raw.value.error;
    else if (raw.value !== undefined) cell.value = raw.value;
  } else {
    cell.error = raw.error;
  }
  return Object.keys(cell).length === 0 ? undefined : cell;
}

/** A workbook for a test: `createWorkbookState({ sheets: [{ name: "Input", cells: [["Name"]] }] })`. */
export function createWorkbookState(
  seed: WorkbookSeed,
  options: WorkbookOptions = {},
): WorkbookState {
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  const state: WorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    protection: { protected: seed.workbookProtected ?? false },
    culture: seed.culture ?? {
      name: "en-US",
      numberDecimalSeparator: ".",
      numberGroupSeparator: ",",
    },
    activeSheetId: "",
    selection: { sheetId: "", rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } },
    nextId: 0,
    host: {
      syncs: [],
      faults: [],
      operationFaults: [],
      payloadLimitBytes: limit,
      responseLimitBytes: options.responseLimitBytes ?? limit,
      maxCellsPerRead: options.maxCellsPerRead ?? DEFAULT_MAX_CELLS_PER_READ,
      evaluateFormula: options.evaluateFormula ?? evaluateConstantFormula,
    },
  };
  if (seed.sheets.length === 0)
    throw new Error("Seed at least one sheet: Excel has no empty workbooks.");
  for (const sheetSeed of seed.sheets) {
    const problem = sheetNameProblem(state, sheetSeed.name);
    if (problem !== null) throw new Error(`Seed sheet "${sheetSeed.name}": ${problem.reason}.`);
    const sheet = newSheet(state, sheetSeed.name);
    sheet.protected = sheetSeed.protected ?? false;
    sheet.visibility = sheetSeed.visibility ?? "Visible";
    for (const row of sheetSeed.hiddenRows ?? []) {
      if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS)
        throw new Error(`Seed sheet "${sheetSeed.name}": hidden row ${row} is not a sheet row.`);
      sheet.hiddenRows.add(row - 1);
    }
    if (sheetSeed.autoFilter !== undefined)
      Object.assign(
        sheet.autoFilter,
        seededAutoFilter(sheetSeed.autoFilter, `sheet "${sheetSeed.name}"`),
      );
    (sheetSeed.cells ?? []).forEach((row, r) =>
      row.forEach((raw, c) => {
        const cell = seedCell(raw, sheetSeed.numberFormats?.[r]?.[c]);
        if (cell !== undefined) sheet.cells.set(cellKey(r, c), cell);
      }),
    );
    state.sheets.push(sheet);
    for (const table of sheetSeed.tables ?? []) {
      state.tables.push({
        id: newId(state, "table"),
        name: table.name,
        sheetId: sheet.id,
        rect: requireCellRange(table.address, "seed"),
        hasHeaders: true,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showTotals: table.showTotals ?? false,
        autoFilter: seededAutoFilter(table.autoFilter ?? {}, `table "${table.name}"`),
      });
    }
  }
  for (const sheet of state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const { row, column } = parseCellKey(key);
      const where = `${sheet.name} row ${row + 1} column ${column + 1}`;
      cell.formula = bindSeededFormula(state, cell.formula.join(""), where);
    }
  }
  for (const name of seed.names ?? []) {
    const { sheet, cells } = splitSheetPrefix(name.reference);
    const target = sheet === null ? undefined : sheetByName(state, sheet);
    if (target === undefined) throw new Error(`Seed name "${name.name}": name an existing sheet.`);
    state.names.push({
      id: newId(state, "name"),
      name: name.name,
      sheetId: target.id,
      rect: requireCellRange(cells, "seed"),
      comment: "",
    });
  }
  const active =
    seed.activeSheet === undefined ? state.sheets[0] : sheetByName(state, seed.activeSheet);
  if (active === undefined)
    throw new Error(`Seed activeSheet "${seed.activeSheet ?? ""}" is not a sheet.`);
  state.activeSheetId = active.id;
  state.selection = {
    sheetId: active.id,
    rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
  };
  return state;
}

/** Makes the next `sync()` that carries operations never settle (to test the adapter's timeout). */
export function hangNextSync(state: WorkbookState): void {
  state.host.faults.push({ kind: "hang" });
}

/**
 * Makes the next `sync()` that carries operations reject with `code`, applying nothing — as Excel
 * does when it refuses a whole request, e.g. `InvalidOperationInCellEditMode`.
 */
export function failNextSync(state: WorkbookState, code: string, message?: string): void {
  state.host.faults.push({ kind: "fail", code, message: message ?? `Simulated ${code}.` });
}

/** Makes Office refuse the next request with a numeric Office code (see `SyncFault`). */
export function refuseNextRequest(
  state: WorkbookState,
  officeCode: number,
  message?: string,
): void {
  state.host.faults.push({
    kind: "refuse",
    officeCode,
    message: message ?? `Simulated Office error ${officeCode}.`,
  });
}

/**
 * Makes the `occurrence`-th run (default the first) of the operation labelled `label` fail with
 * `code`; the operations queued before it in that request stay applied.
 */
export function failOperation(
  state: WorkbookState,
  label: string,
  code = "GeneralException",
  occurrence = 1,
): void {
  state.host.operationFaults.push({
    label,
    code,
    message: `Simulated ${code} at ${label}.`,
    skip: occurrence - 1,
  });
}

export function syncCount(state: WorkbookState): number {
  return state.host.syncs.length;
}
