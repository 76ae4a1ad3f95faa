/**
 * `worksheet.autoFilter` and `table.autoFilter` (ExcelApi 1.9): whether the filter buttons are
 * shown and whether criteria are set. The criteria themselves, and applying or clearing them,
 * are not modelled: a test seeds the rows they hide as the sheet's `hiddenRows`.
 */

import type { OperationQueue } from "./batch";
import { NavigationObject, type NavigationParent } from "./proxy";
import type { AutoFilterState, WorkbookState } from "./state";

/** `P` is the parent's entity: a sheet id or a table id. */
export class DoubleAutoFilter<P> extends NavigationObject<AutoFilterState, P> {
  protected readonly scalarNames = ["enabled", "isDataFiltered"];

  constructor(
    queue: OperationQueue,
    parent: NavigationParent<P>,
    filterOf: (state: WorkbookState, parentEntity: P) => AutoFilterState,
  ) {
    super(queue, "AutoFilter", parent, filterOf);
  }

  protected readScalar(_state: WorkbookState, filter: AutoFilterState, name: string): unknown {
    return name === "enabled" ? filter.enabled : filter.isDataFiltered;
  }

  get enabled(): boolean {
    return this.get("enabled");
  }

  get isDataFiltered(): boolean {
    return this.get("isDataFiltered");
  }
}
