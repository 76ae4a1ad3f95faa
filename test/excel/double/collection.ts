/**
 * Collections (`worksheets`, `tables`, `names`). Loading one delivers `items`: new proxies, one
 * per item at the time the load ran, each carrying the properties asked for. Office.js accepts
 * `load("items/name")`, `load("name")` (applied to the items), `load()` and `load({ $all: true })`.
 */

import type { BatchResults } from "./batch";
import { type Loadable, NavigationObject } from "./proxy";
import type { WorkbookState } from "./state";

export abstract class DoubleCollection<E, P, Item extends Loadable> extends NavigationObject<
  readonly E[],
  P
> {
  protected readonly scalarNames: readonly string[] = [];

  protected readScalar(): unknown {
    return undefined;
  }

  /** A proxy for one item, already bound (no request of its own). */
  protected abstract itemFor(entity: E): Item;

  get items(): Item[] {
    return this.get("items");
  }

  override collectLoad(
    state: WorkbookState,
    paths: readonly string[][],
    results: BatchResults,
  ): void {
    const entities = this.resolve(state);
    if (entities === null) return;
    const itemPaths = paths.map(([head = "$all", ...rest]) =>
      head === "items" ? (rest.length === 0 ? ["$all"] : rest) : [head, ...rest],
    );
    const items = entities.map((entity) => this.itemFor(entity));
    for (const item of items) item.collectLoad(state, itemPaths, results);
    results.deliver(0, () => this.fields.set("items", items));
  }
}
