/**
 * A counted collection whose items can also be had by position: the chart collections
 * (`worksheet.charts`, `chart.series`, `series.points`), each with `getItemAt` (ExcelApi 1.1).
 * Items are in the order the collection holds them (charts and series in creation order, points
 * in the order of their cells). An index past the last fails with `ItemNotFound` (code assumed:
 * the docs are silent).
 */

import { DoubleCountedCollection } from "./countedCollection";
import { itemNotFound } from "./errors";
import type { Loadable, Origin } from "./proxy";

export abstract class DoubleIndexedCollection<
  E,
  P,
  Item extends Loadable,
> extends DoubleCountedCollection<E, P, Item> {
  /** A proxy for one item: one a load delivered (`{ entity }`), or one a method created. */
  protected abstract proxyFor(origin: Origin<E>): Item;

  protected itemFor(entity: E): Item {
    return this.proxyFor({ entity });
  }

  getItemAt(index: number): Item {
    const location = `${this.typeName}.getItemAt`;
    return this.proxyFor({
      created: location,
      args: [index],
      locate: (state) => {
        const items = this.resolve(state);
        if (items === null) return null;
        const item = items[index];
        if (item === undefined) throw itemNotFound(location);
        return item;
      },
    });
  }
}
