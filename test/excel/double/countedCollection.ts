/**
 * A collection with a loadable `count` (the chart collections have one: `ChartCollection.count`,
 * `ChartSeriesCollection.count`, `ChartPointsCollection.count`, ExcelApi 1.1). `load("count")`
 * delivers only the count; `load()` delivers the count and the items.
 */

import type { BatchResults } from "./batch";
import { DoubleCollection } from "./collection";
import type { Loadable } from "./proxy";
import type { WorkbookState } from "./state";

export abstract class DoubleCountedCollection<E, P, Item extends Loadable> extends DoubleCollection<
  E,
  P,
  Item
> {
  get count(): number {
    return this.get("count");
  }

  override collectLoad(
    state: WorkbookState,
    paths: readonly string[][],
    results: BatchResults,
  ): void {
    const wantsCount = paths.some(([head]) => head === "count" || head === "$all");
    const others = paths.filter(([head]) => head !== "count");
    if (wantsCount) {
      const entities = this.resolve(state);
      if (entities !== null) {
        const count = entities.length;
        results.deliver(String(count).length, () => this.fields.set("count", count));
      }
    }
    if (others.length > 0) super.collectLoad(state, others, results);
  }
}
