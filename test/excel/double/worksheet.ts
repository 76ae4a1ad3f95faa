/**
 * `Excel.Worksheet`. The entity is the sheet's id, so a proxy, a table or a defined name keeps
 * pointing at a sheet after it is renamed or moved.
 */

import { type CellRect, MAX_COLUMNS, MAX_ROWS, rectInsideGrid } from "./addresses";
import type { OperationQueue } from "./batch";
import { usedRect } from "./cells";
import { DoubleChartCollection } from "./charts";
import { DoubleErrorCodes, DoubleOfficeError, invalidArgument, itemAlreadyExists } from "./errors";
import { isEnumValue, ExcelEnums } from "./enums";
import { locateAddress } from "./locate";
import { breakReferencesTo } from "./formulaReferences";
import { DoubleAutoFilter } from "./autoFilter";
import { DoubleWorksheetFreezePanes } from "./freezePanes";
import { DoubleNamedObject } from "./namedObject";
import { assertStructureUnlocked, DoubleWorksheetProtection } from "./protection";
import type { Loadable, Origin } from "./proxy";
import { DoubleRange } from "./range";
import { type SheetState, type WorkbookState, sheetById, sheetNameProblem } from "./state";
import { DoubleTableCollection } from "./tables";

function sheetOf(state: WorkbookState, id: string): SheetState {
  const sheet = sheetById(state, id);
  if (sheet === undefined)
    throw new Error("Double bug: a bound worksheet outlived its existence check.");
  return sheet;
}

export function sheetNameFailure(
  location: string,
  problem: { code: string; reason: string },
): DoubleOfficeError {
  return problem.code === DoubleErrorCodes.itemAlreadyExists
    ? itemAlreadyExists(location)
    : invalidArgument(location, problem.reason);
}

/** Excel moves to the next visible sheet on the right, else the left, when the active one goes. */
function activateNeighbour(state: WorkbookState, index: number): void {
  const visible = (s: SheetState | undefined) => s !== undefined && s.visibility === "Visible";
  const next =
    state.sheets.slice(index).find(visible) ??
    [...state.sheets.slice(0, index)].reverse().find(visible);
  if (next === undefined) return;
  state.activeSheetId = next.id;
  state.selection = { sheetId: next.id, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
}

export class DoubleWorksheet extends DoubleNamedObject<SheetState> {
  protected readonly scalarNames = ["id", "name", "position", "tabColor", "visibility"];
  readonly protection: DoubleWorksheetProtection = new DoubleWorksheetProtection(this.queue, this);
  readonly freezePanes: DoubleWorksheetFreezePanes = new DoubleWorksheetFreezePanes(
    this.queue,
    this,
  );
  readonly tables: DoubleTableCollection<string> = new DoubleTableCollection<string>(
    this.queue,
    this,
    (id) => id,
  );
  /** Charts live on the sheet's state: they follow a rename and go with the sheet. */
  readonly charts: DoubleChartCollection = new DoubleChartCollection(this.queue, this);
  private autoFilterProxy: DoubleAutoFilter<string> | undefined;

  constructor(queue: OperationQueue, origin: Origin<string>) {
    super(queue, "Worksheet", origin);
  }

  protected exists(state: WorkbookState, id: string): boolean {
    return sheetById(state, id) !== undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "protection") return this.protection;
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    if (name === "autoFilter") return this.autoFilter;
    return undefined;
  }

  /** ExcelApi 1.9: the sheet's own filter (a table's is `table.autoFilter`). */
  get autoFilter(): DoubleAutoFilter<string> {
    this.autoFilterProxy ??= new DoubleAutoFilter(
      this.queue,
      this,
      (state, id) => sheetOf(state, id).autoFilter,
    );
    return this.autoFilterProxy;
  }

  protected stateOf(state: WorkbookState, id: string): SheetState {
    return sheetOf(state, id);
  }

  /**
   * Renaming is allowed on a protected sheet; only the workbook structure protects names. Tables,
   * defined names, chart series and formulas that refer to the sheet hold its id, so they follow
   * the new name.
   */
  protected checkName(state: WorkbookState, id: string, name: string): void {
    assertStructureUnlocked(state, "Worksheet.name");
    const problem = sheetNameProblem(state, name, id);
    if (problem !== null) throw sheetNameFailure("Worksheet.name", problem);
  }

  protected readProperty(state: WorkbookState, sheet: SheetState, name: string): unknown {
    if (name === "position") return state.sheets.indexOf(sheet);
    if (name === "tabColor") return sheet.tabColor;
    return sheet.visibility;
  }

  get position(): number {
    return this.get("position");
  }
  /**
   * Moves the sheet: the others keep their order around it; hidden sheets count. A position past
   * the last sheet is refused with `InvalidArgument` (assumed; Excel's answer is undocumented).
   */
  set position(position: number) {
    this.set("position", position, (state, id) => {
      assertStructureUnlocked(state, "Worksheet.position");
      if (!Number.isInteger(position) || position < 0 || position >= state.sheets.length) {
        throw invalidArgument("Worksheet.position");
      }
      const sheet = sheetOf(state, id);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.get("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.set("visibility", visibility, (state, id) => {
      if (!isEnumValue(ExcelEnums.SheetVisibility, visibility))
        throw invalidArgument("Worksheet.visibility");
      const sheet = sheetOf(state, id);
      if (sheet.visibility === visibility) return;
      assertStructureUnlocked(state, "Worksheet.visibility");
      const othersVisible = state.sheets.some((s) => s.id !== id && s.visibility === "Visible");
      if (visibility !== "Visible" && !othersVisible) {
        // Assumed code: Excel keeps at least one sheet visible; the API's code is undocumented.
        throw new DoubleOfficeError(
          DoubleErrorCodes.invalidOperation,
          "A workbook must keep at least one visible sheet.",
          "Worksheet.visibility",
        );
      }
      sheet.visibility = visibility;
      if (visibility !== "Visible" && state.activeSheetId === id)
        activateNeighbour(state, state.sheets.indexOf(sheet));
    });
  }

  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(color: string) {
    this.set("tabColor", color, (state, id) => {
      sheetOf(state, id).tabColor = color;
    });
  }

  /**
   * Sheet protection does not stop deletion; workbook-structure protection does. A very hidden
   * sheet can't be deleted: `GeneralException` (by design, OfficeDev/office-js#365). The last
   * visible sheet can't go either (code assumed: `InvalidOperation`). The sheet's tables go with
   * it, and so do its charts; defined names that pointed at it stay and read `=#REF!$A$1` (see
   * `names.ts`), and so do chart references into it from other sheets (see `chartState.ts`) and
   * formulas on other sheets, which read `=#REF!B7` and evaluate to `#REF!` (see
   * `formulaReferences.ts`).
   */
  delete(): void {
    this.call("delete", [], (state, id) => {
      assertStructureUnlocked(state, "Worksheet.delete");
      const sheet = sheetOf(state, id);
      if (sheet.visibility === "VeryHidden") {
        throw new DoubleOfficeError(
          DoubleErrorCodes.generalException,
          "There was an internal error while processing the request.",
          "Worksheet.delete",
        );
      }
      if (!state.sheets.some((s) => s.id !== id && s.visibility === "Visible")) {
        throw new DoubleOfficeError(
          DoubleErrorCodes.invalidOperation,
          "A workbook must keep at least one visible sheet.",
          "Worksheet.delete",
        );
      }
      const index = state.sheets.indexOf(sheet);
      state.sheets.splice(index, 1);
      for (let i = state.tables.length - 1; i >= 0; i--)
        if (state.tables[i]?.sheetId === id) state.tables.splice(i, 1);
      breakReferencesTo(state, id);
      if (state.activeSheetId === id) activateNeighbour(state, index);
    });
  }

  activate(): void {
    this.call("activate", [], (state, id) => {
      if (sheetOf(state, id).visibility !== "Visible")
        throw invalidArgument("Worksheet.activate", "the sheet is hidden");
      state.activeSheetId = id;
      state.selection = { sheetId: id, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  private rangeOf(
    method: string,
    args: readonly unknown[],
    shape: (state: WorkbookState, sheet: SheetState) => CellRect | null,
  ): DoubleRange {
    return new DoubleRange(this.queue, {
      created: `Worksheet.${method}`,
      args,
      locate: (state) => {
        const id = this.resolve(state);
        if (id === null) return null;
        const rect = shape(state, sheetOf(state, id));
        return rect === null ? null : { sheetId: id, rect };
      },
    });
  }

  /** Without an address: the whole sheet (reading its values then hits the cell limit). */
  getRange(address?: string): DoubleRange {
    return this.rangeOf("getRange", address === undefined ? [] : [address], (state, sheet) =>
      address === undefined
        ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }
        : locateAddress(state, address, "Worksheet.getRange", sheet).rect,
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): DoubleRange {
    return this.rangeOf("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      if (!rectInsideGrid(rect)) throw invalidArgument("Worksheet.getRangeByIndexes");
      return rect;
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return this.rangeOf("getCell", [row, column], () => {
      const rect = { row, column, rowCount: 1, columnCount: 1 };
      if (!rectInsideGrid(rect)) throw invalidArgument("Worksheet.getCell");
      return rect;
    });
  }

  /** A blank sheet's used range is A1 (it does not throw), per the Office.js reference. */
  getUsedRange(valuesOnly = false): DoubleRange {
    return this.rangeOf(
      "getUsedRange",
      [valuesOnly],
      (_state, sheet) =>
        usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return this.rangeOf("getUsedRangeOrNullObject", [valuesOnly], (_state, sheet) =>
      usedRect(sheet, valuesOnly),
    );
  }
}
