/**
 * An `ExcelAdapter` in memory for the pane's tests: a workbook of `SheetInput`s, a record of
 * every call, errors on request (the adapter's own `ExcelAdapterError`s, with its messages),
 * and gates that hold a call open so a test can see the pane while it waits.
 */
import {
  cultureOfLocale,
  describeOutputSheets,
  type NumberCulture,
  type RankMove,
  type RawCell,
  type ScoringResult,
  type SheetInput,
} from "../../src/core";
import type {
  ExcelAdapter,
  ExcelProblem,
  LogRequest,
  SourceChoice,
  SourceList,
  WrittenSheets,
} from "../../src/excel";
import {
  ExcelAdapterError,
  excelTimeoutError,
  toExcelAdapterError,
} from "../../src/excel/excelErrors";

export type AdapterMethod = keyof ExcelAdapter;

export type AdapterCall =
  | { readonly method: "listSources" }
  | { readonly method: "readSource"; readonly source: SourceChoice }
  | { readonly method: "writeResult"; readonly result: ScoringResult; readonly log?: LogRequest }
  | { readonly method: "selectCell"; readonly address: string }
  | { readonly method: "activateSheet"; readonly sheetName: string }
  | { readonly method: "readCulture" };

// The Office.js error code behind each problem, so the fake fails with the adapter's own words.
const CODES: Readonly<Partial<Record<ExcelProblem, string>>> = {
  "cell-edit-mode": "InvalidOperationInCellEditMode",
  "invalid-operation": "InvalidOperation",
  "dialog-open": "WriteNotSupportedWhenModalDialogOpen",
  "session-expired": "InvalidOrTimedOutSession",
  "read-only": "AccessDenied",
  internal: "GeneralException",
  "not-found": "ItemNotFound",
  "too-large": "RequestPayloadSizeLimitExceeded",
  busy: "ActivityLimitReached",
  unsupported: "ApiNotFound",
};

/** The error the real adapter raises for `problem`. */
export function anAdapterError(problem: ExcelProblem): ExcelAdapterError {
  const code = CODES[problem];
  if (code !== undefined) return toExcelAdapterError({ code });
  if (problem === "timeout") return excelTimeoutError(30_000);
  if (problem === "protected") {
    // The adapter checks protection itself before it writes, and says which sheet.
    return new ExcelAdapterError(
      "protected",
      "Ranked is protected, so it cannot be replaced. Unprotect it (Review > Unprotect Sheet), then write again; your previous result is unchanged.",
      false,
      "AccessDenied",
    );
  }
  return toExcelAdapterError(new Error("the request was rejected"));
}

interface Gate {
  readonly opened: Promise<void>;
  open(): void;
}

function aGate(): Gate {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** `B7` → zero-based row 6, column 1. */
function cellIndex(a1: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1.toUpperCase());
  if (!match) throw new RangeError(`not a cell reference: ${a1}`);
  const [, letters = "", digits = ""] = match;
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(digits) - 1, column: column - 1 };
}

export interface FakeExcelOptions {
  /** In workbook order. A sheet with `tableName` holds that table; `ownRole` marks an output. */
  readonly sheets: readonly SheetInput[];
  /** Defaults to the first sheet. */
  readonly activeSheet?: string;
  /**
   * The workbook's culture, as `cultureInfo` gives it: a locale (`de-DE`), separators of its
   * own, or `null` when Excel cannot say. en-US unless set.
   */
  readonly culture?: string | NumberCulture | null;
}

export class FakeExcel implements ExcelAdapter {
  readonly calls: AdapterCall[] = [];
  private sheets: SheetInput[];
  private activeSheet: string;
  private readonly culture: NumberCulture | undefined;
  private readonly failures = new Map<AdapterMethod, ExcelAdapterError[]>();
  private readonly gates = new Map<AdapterMethod, Gate>();

  constructor(options: FakeExcelOptions) {
    this.sheets = [...options.sheets];
    this.activeSheet = options.activeSheet ?? options.sheets[0]?.name ?? "Sheet1";
    const culture = options.culture === undefined ? "en-US" : options.culture;
    this.culture = typeof culture === "string" ? cultureOfLocale(culture) : (culture ?? undefined);
  }

  /** The sources each `readSource` call asked for, in order. */
  get reads(): SourceChoice[] {
    return this.calls.flatMap((call) => (call.method === "readSource" ? [call.source] : []));
  }

  get written(): ScoringResult[] {
    return this.calls.flatMap((call) => (call.method === "writeResult" ? [call.result] : []));
  }

  get selected(): string[] {
    return this.calls.flatMap((call) => (call.method === "selectCell" ? [call.address] : []));
  }

  get activated(): string[] {
    return this.calls.flatMap((call) => (call.method === "activateSheet" ? [call.sheetName] : []));
  }

  /** The next call of `method` fails as the real adapter does for `problem`. */
  failNext(method: AdapterMethod, problem: ExcelProblem): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), anAdapterError(problem)]);
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: AdapterMethod): () => void {
    const gate = aGate();
    this.gates.set(method, gate);
    return () => {
      this.gates.delete(method);
      gate.open();
    };
  }

  /** A co-author types `value` into `a1` (relative to the sheet's top-left cell read). */
  setCell(sheetName: string, a1: string, value: RawCell): void {
    const sheet = this.sheetNamed(sheetName);
    const { row, column } = cellIndex(a1);
    const r = row - (sheet.top - 1);
    const c = column - (sheet.left - 1);
    const values = sheet.values.map((cells, index) =>
      index === r ? Object.assign([...cells], { [c]: value }) : cells,
    );
    this.replaceSheet({ ...sheet, values });
  }

  private replaceSheet(sheet: SheetInput): void {
    this.sheets = this.sheets.map((existing) => (existing.name === sheet.name ? sheet : existing));
  }

  async listSources(): Promise<SourceList> {
    await this.enter({ method: "listSources" });
    return {
      activeSheet: this.activeSheet,
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        tables: sheet.tableName === undefined ? [] : [sheet.tableName],
        ...(sheet.ownRole && { ownRole: sheet.ownRole }),
      })),
    };
  }

  async readSource(source: SourceChoice): Promise<SheetInput> {
    await this.enter({ method: "readSource", source });
    const sheet = this.sheets.find((candidate) => candidate.name === source.sheetName);
    if (!sheet || (source.tableName !== undefined && sheet.tableName !== source.tableName)) {
      throw anAdapterError("not-found");
    }
    const { tableName: _table, ownRole: _role, ...cells } = sheet;
    return source.tableName === undefined ? cells : { ...cells, tableName: source.tableName };
  }

  /** What the next write reports as moved since the last run. */
  nextMoves: RankMove[] = [];

  get logged(): (LogRequest | undefined)[] {
    return this.calls.flatMap((call) => (call.method === "writeResult" ? [call.log] : []));
  }

  async writeResult(result: ScoringResult, log?: LogRequest): Promise<WrittenSheets> {
    await this.enter({ method: "writeResult", result, ...(log && { log }) });
    const descriptions = describeOutputSheets(result, {
      sheets: this.sheets,
      tableNames: this.sheets.flatMap((sheet) =>
        sheet.tableName === undefined || sheet.ownRole ? [] : [sheet.tableName],
      ),
    });
    const outputs: SheetInput[] = descriptions.map((description) => ({
      name: description.name,
      top: 1,
      left: 1,
      values: [],
      ownRole: description.role,
    }));
    const replaced = new Set(outputs.map((sheet) => sheet.name));
    this.sheets = [...this.sheets.filter((sheet) => !replaced.has(sheet.name)), ...outputs];
    return { sheets: descriptions, syncs: 1, moves: this.nextMoves };
  }

  async selectCell(address: string): Promise<void> {
    await this.enter({ method: "selectCell", address });
  }

  async activateSheet(sheetName: string): Promise<void> {
    await this.enter({ method: "activateSheet", sheetName });
    this.activeSheet = sheetName;
  }

  async readCulture(): Promise<NumberCulture | undefined> {
    await this.enter({ method: "readCulture" });
    return this.culture;
  }

  private sheetNamed(name: string): SheetInput {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new RangeError(`the fake workbook has no sheet ${name}`);
    return sheet;
  }

  private async enter(call: AdapterCall): Promise<void> {
    this.calls.push(call);
    await this.gates.get(call.method)?.opened;
    const failure = this.failures.get(call.method)?.shift();
    if (failure) throw failure;
  }
}
