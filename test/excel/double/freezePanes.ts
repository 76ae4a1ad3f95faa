/**
 * `worksheet.freezePanes` (ExcelApi 1.7). Freezing is a view setting: allowed on a protected
 * sheet. Assumed from users' reports (OfficeDev/office-js#1463 on a hidden sheet, #2196
 * `GeneralException` on Excel 2019): freezing panes on a sheet that is not visible fails, so the
 * double refuses it with `GeneralException`.
 */

import type { CellRect } from "./addresses";
import type { OperationQueue } from "./batch";
import { DoubleErrorCodes, DoubleOfficeError, invalidArgument } from "./errors";
import { locateAddress } from "./locate";
import { NavigationObject, type NavigationParent } from "./proxy";
import type { DoubleRange } from "./range";
import { type SheetState, type WorkbookState, sheetById } from "./state";

export class DoubleWorksheetFreezePanes extends NavigationObject<string, string> {
  protected readonly scalarNames = [];

  constructor(queue: OperationQueue, parent: NavigationParent<string>) {
    super(queue, "WorksheetFreezePanes", parent, (_state, id) => id);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  private freeze(
    method: string,
    args: readonly unknown[],
    panes: (state: WorkbookState, sheet: SheetState) => [number, number],
  ): void {
    this.call(method, args, (state, id) => {
      const sheet = sheetById(state, id);
      if (sheet === undefined) throw new Error("Double bug: freezing panes of a missing sheet.");
      if (sheet.visibility !== "Visible") {
        throw new DoubleOfficeError(
          DoubleErrorCodes.generalException,
          "Panes cannot be frozen on a sheet that is not visible.",
          `WorksheetFreezePanes.${method}`,
        );
      }
      [sheet.frozenRows, sheet.frozenColumns] = panes(state, sheet);
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => [count, 0]);
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => [0, count]);
  }

  /** The given cells become the frozen top-left pane: rows above its bottom, columns left of its right edge. */
  freezeAt(frozenRange: DoubleRange | string): void {
    this.freeze("freezeAt", [frozenRange], (state, sheet) => {
      let rect: CellRect;
      if (typeof frozenRange === "string")
        rect = locateAddress(state, frozenRange, "WorksheetFreezePanes.freezeAt", sheet).rect;
      else {
        const entity = frozenRange.resolve(state);
        if (entity === null || entity.sheetId !== sheet.id)
          throw invalidArgument("WorksheetFreezePanes.freezeAt");
        rect = entity.rect;
      }
      return [rect.row + rect.rowCount, rect.column + rect.columnCount];
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", [], () => [0, 0]);
  }
}
