/**
 * `Excel.RangeView` (ExcelApi 1.3), from `range.getVisibleView()`: the rows of the range that
 * are not hidden. Hidden columns are not modelled, so every column of the range is visible.
 */

import type { OperationQueue } from "./batch";
import { BoundObject, type Origin } from "./proxy";
import { type WorkbookState, sheetById } from "./state";
import type { RangeEntity } from "./range";

export class DoubleRangeView extends BoundObject<RangeEntity> {
  protected readonly scalarNames = ["columnCount", "rowCount"];

  constructor(queue: OperationQueue, origin: Origin<RangeEntity>) {
    super(queue, "RangeView", origin);
  }

  protected exists(state: WorkbookState, entity: RangeEntity): boolean {
    return sheetById(state, entity.sheetId) !== undefined;
  }

  protected readScalar(state: WorkbookState, entity: RangeEntity, name: string): unknown {
    const { rect } = entity;
    if (name === "columnCount") return rect.columnCount;
    // Counted from the hidden rows, not row by row: a range may be a whole column.
    const hidden = sheetById(state, entity.sheetId)?.hiddenRows ?? new Set<number>();
    let hiddenInside = 0;
    for (const row of hidden) if (row >= rect.row && row < rect.row + rect.rowCount) hiddenInside++;
    return rect.rowCount - hiddenInside;
  }

  /** The number of visible rows. */
  get rowCount(): number {
    return this.get("rowCount");
  }

  /** The number of visible columns: all of them, as the double hides none. */
  get columnCount(): number {
    return this.get("columnCount");
  }
}
