/**
 * `workbook.tables`, `worksheet.tables` and `Excel.Table`. Table names share one namespace with
 * defined names across the workbook, compared without case (see `identifiers.ts`).
 */

import { type CellRect, rectsOverlap } from "./addresses";
import type { OperationQueue } from "./batch";
import { DoubleAutoFilter } from "./autoFilter";
import { assertWritable, cellAt, updateCell } from "./cells";
import { DoubleCollection } from "./collection";
import { DoubleErrorCodes, DoubleOfficeError, invalidArgument, itemNotFound } from "./errors";
import { identifierProblem } from "./identifiers";
import { locateAddress } from "./locate";
import { DoubleNamedObject } from "./namedObject";
import type { Loadable, NavigationParent, Origin } from "./proxy";
import { DoubleRange } from "./range";
import { type TableState, type WorkbookState, newId, sheetById } from "./state";

function tableById(state: WorkbookState, id: string): TableState {
  const table = state.tables.find((t) => t.id === id);
  if (table === undefined) throw itemNotFound("Table");
  return table;
}

/**
 * A table name Excel refuses, taken or malformed, fails with `InvalidArgument` ("The argument is
 * invalid or missing or has an incorrect format." for a name another table has, on the same or
 * another sheet: OfficeDev/office-js#551). `names.add` reports a clash as `ItemAlreadyExists`.
 */
function nameFailure(location: string, problem: { reason: string }): DoubleOfficeError {
  return invalidArgument(location, problem.reason);
}

export class DoubleTable extends DoubleNamedObject<TableState> {
  protected readonly scalarNames = [
    "id",
    "name",
    "showBandedRows",
    "showHeaders",
    "showTotals",
    "style",
  ];
  private autoFilterProxy: DoubleAutoFilter<string> | undefined;

  constructor(queue: OperationQueue, origin: Origin<string>) {
    super(queue, "Table", origin);
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "autoFilter") return this.autoFilter;
    return undefined;
  }

  /** ExcelApi 1.9. */
  get autoFilter(): DoubleAutoFilter<string> {
    this.autoFilterProxy ??= new DoubleAutoFilter(
      this.queue,
      this,
      (state, id) => tableById(state, id).autoFilter,
    );
    return this.autoFilterProxy;
  }

  protected exists(state: WorkbookState, id: string): boolean {
    return state.tables.some((t) => t.id === id);
  }

  protected stateOf(state: WorkbookState, id: string): TableState {
    return tableById(state, id);
  }

  protected checkName(state: WorkbookState, id: string, name: string): void {
    const problem = identifierProblem(state, name, id);
    if (problem !== null) throw nameFailure("Table.name", problem);
  }

  protected readProperty(_state: WorkbookState, table: TableState, name: string): unknown {
    if (name === "showBandedRows") return table.showBandedRows;
    if (name === "showHeaders") return table.hasHeaders;
    if (name === "showTotals") return table.showTotals;
    return table.style;
  }

  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.set("style", style, (state, id) => {
      tableById(state, id).style = style;
    });
  }

  get showBandedRows(): boolean {
    return this.get("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.set("showBandedRows", show, (state, id) => {
      tableById(state, id).showBandedRows = show;
    });
  }

  /** Read-only in the double: seed a table with `showTotals` to have a totals row. */
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set showTotals(_show: boolean) {
    // Excel would add or remove a row and fill in "Total" and SUBTOTAL formulas; not modelled.
    throw new Error(
      "The Office.js double does not model turning a totals row on or off; seed the table with showTotals.",
    );
  }

  /** The whole table: header row, data and (when shown) the totals row. */
  getRange(): DoubleRange {
    return new DoubleRange(this.queue, {
      created: "Table.getRange",
      args: [],
      locate: (state) => {
        const id = this.resolve(state);
        if (id === null) return null;
        const table = tableById(state, id);
        return { sheetId: table.sheetId, rect: table.rect };
      },
    });
  }

  delete(): void {
    this.call("delete", [], (state, id) => {
      const index = state.tables.findIndex((t) => t.id === id);
      if (index >= 0) state.tables.splice(index, 1);
    });
  }
}

/** `P` is the parent's entity: a sheet id for `worksheet.tables`, the workbook for `workbook.tables`. */
export class DoubleTableCollection<P> extends DoubleCollection<string, P, DoubleTable> {
  constructor(
    queue: OperationQueue,
    parent: NavigationParent<P>,
    private readonly sheetScope: (parentEntity: P) => string | null,
  ) {
    super(queue, "TableCollection", parent, (state, parentEntity) => {
      const sheetId = sheetScope(parentEntity);
      return state.tables.filter((t) => sheetId === null || t.sheetId === sheetId).map((t) => t.id);
    });
  }

  protected itemFor(id: string): DoubleTable {
    return new DoubleTable(this.queue, { entity: id });
  }

  private lookUp(state: WorkbookState, key: string): string | null {
    const ids = this.resolve(state);
    if (ids === null) return null;
    const wanted = key.toLowerCase();
    return (
      ids.find((id) => id === key || tableById(state, id).name.toLowerCase() === wanted) ?? null
    );
  }

  getItem(key: string): DoubleTable {
    return new DoubleTable(this.queue, {
      created: "TableCollection.getItem",
      args: [key],
      locate: (state) => {
        const id = this.lookUp(state, key);
        if (id === null) throw itemNotFound("TableCollection.getItem");
        return id;
      },
    });
  }

  getItemOrNullObject(key: string): DoubleTable {
    return new DoubleTable(this.queue, {
      created: "TableCollection.getItemOrNullObject",
      args: [key],
      locate: (state) => this.lookUp(state, key),
    });
  }

  /**
   * Blank header cells get "Column1", "Column2", … as Excel fills them. With `hasHeaders` false
   * the double only records the flag (Excel would insert a header row above the data).
   */
  add(address: DoubleRange | string, hasHeaders: boolean): DoubleTable {
    return new DoubleTable(this.queue, {
      created: "TableCollection.add",
      args: [address, hasHeaders],
      locate: (state) => {
        const location = "TableCollection.add";
        const parent = this.resolve(state);
        if (parent === null) return null;
        const { sheetId, rect } = this.target(state, address, location);
        const sheet = sheetById(state, sheetId);
        if (sheet === undefined) throw itemNotFound(location);
        assertWritable(sheet, location);
        if (state.tables.some((t) => t.sheetId === sheetId && rectsOverlap(t.rect, rect))) {
          // Docs' error table: MergedRangeConflict — "A table can't overlap with another table".
          throw new DoubleOfficeError(
            DoubleErrorCodes.mergedRangeConflict,
            "A table can't overlap with another table.",
            location,
          );
        }
        let n = state.tables.length + 1;
        while (identifierProblem(state, `Table${n}`) !== null) n += 1;
        const table: TableState = {
          id: newId(state, "table"),
          name: `Table${n}`,
          sheetId,
          rect,
          hasHeaders,
          style: "TableStyleMedium2",
          showBandedRows: true,
          showTotals: false,
          autoFilter: { enabled: true, isDataFiltered: false },
        };
        if (hasHeaders) {
          for (let c = 0; c < rect.columnCount; c++) {
            const cell = cellAt(sheet, rect.row, rect.column + c);
            if (
              cell?.value === undefined &&
              cell?.formula === undefined &&
              cell?.error === undefined
            ) {
              updateCell(sheet, rect.row, rect.column + c, (header) => {
                header.value = `Column${c + 1}`;
              });
            }
          }
        }
        state.tables.push(table);
        return table.id;
      },
    });
  }

  private target(
    state: WorkbookState,
    address: DoubleRange | string,
    location: string,
  ): { sheetId: string; rect: CellRect } {
    if (typeof address !== "string") {
      const range = address.resolve(state);
      if (range === null) throw invalidArgument(location, "the range is a null object");
      return range;
    }
    const parent = this.parentEntity(state);
    const sheetId = parent === null ? null : this.sheetScope(parent);
    const scope = sheetId === null ? undefined : sheetById(state, sheetId);
    const { sheet, rect } = locateAddress(state, address, location, scope);
    return { sheetId: sheet.id, rect };
  }
}
