/**
 * `chart.series`, `Excel.ChartSeries` and its solid fill.
 *
 * A series holds its x values, values and bubble sizes as references to cells (set with
 * `setXAxisValues` / `setValues` / `setBubbleSizes`, ExcelApi 1.7), so what it plots is what
 * the cells hold when a test reads the snapshot. Points and labels are in `chartPoints.ts`.
 *
 * Assumed (undocumented): a series' cells are one row or one column, else `InvalidArgument`;
 * an index past the last series fails with `ItemNotFound`.
 */

import type { OperationQueue } from "./batch";
import { DoubleChartPointsCollection } from "./chartPoints";
import {
  type CellReference,
  type ChartEntity,
  type ChartSeriesState,
  type SeriesEntity,
  cellsOf,
  editChart,
  findSeries,
  newSeries,
  requireChart,
  requireSeries,
} from "./chartState";
import { invalidArgument } from "./errors";
import { DoubleIndexedCollection } from "./indexedCollection";
import {
  BoundObject,
  type Loadable,
  NavigationObject,
  type NavigationParent,
  type Origin,
} from "./proxy";
import type { DoubleRange } from "./range";
import type { SheetState, WorkbookState } from "./state";

function editSeries(
  location: string,
  change: (series: ChartSeriesState, state: WorkbookState, sheet: SheetState) => void,
): (state: WorkbookState, entity: SeriesEntity) => void {
  return (state, entity) =>
    editChart(location, (_chart, _state, sheet) =>
      change(requireSeries(state, entity).series, state, sheet),
    )(state, entity);
}

export class DoubleChartSeriesCollection extends DoubleIndexedCollection<
  SeriesEntity,
  ChartEntity,
  DoubleChartSeries
> {
  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>) {
    super(queue, "ChartSeriesCollection", parent, (state, chart) =>
      requireChart(state, chart).chart.series.map((s) => ({ ...chart, seriesId: s.id })),
    );
  }

  protected proxyFor(origin: Origin<SeriesEntity>): DoubleChartSeries {
    return new DoubleChartSeries(this.queue, origin);
  }

  /** ExcelApi 1.7. A new series plots nothing until its cells are set. */
  add(name?: string, index?: number): DoubleChartSeries {
    const location = "ChartSeriesCollection.add";
    return new DoubleChartSeries(this.queue, {
      created: location,
      args: [name ?? null, index ?? null],
      locate: (state) => {
        const entity = this.parentEntity(state);
        if (entity === null) return null;
        let added: ChartSeriesState | undefined;
        editChart(location, (chart) => {
          const at = index ?? chart.series.length;
          if (!Number.isInteger(at) || at < 0 || at > chart.series.length)
            throw invalidArgument(location, `no position ${at} among ${chart.series.length}`);
          added = newSeries(state, name ?? `Series${chart.series.length + 1}`);
          chart.series.splice(at, 0, added);
        })(state, entity);
        if (added === undefined) throw new Error("Double bug: a series was not added.");
        return { ...entity, seriesId: added.id };
      },
    });
  }
}

type ReferenceName = "xValues" | "values" | "bubbleSizes";

export class DoubleChartSeries extends BoundObject<SeriesEntity> {
  protected readonly scalarNames = ["name", "hasDataLabels"];
  readonly format: DoubleChartSeriesFormat = new DoubleChartSeriesFormat(this.queue, this);
  readonly points: DoubleChartPointsCollection = new DoubleChartPointsCollection(this.queue, this);

  constructor(queue: OperationQueue, origin: Origin<SeriesEntity>) {
    super(queue, "ChartSeries", origin);
  }

  protected exists(state: WorkbookState, entity: SeriesEntity): boolean {
    return findSeries(state, entity) !== undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "format") return this.format;
    if (name === "points") return this.points;
    return undefined;
  }

  protected readScalar(state: WorkbookState, entity: SeriesEntity, name: string): unknown {
    const { series } = requireSeries(state, entity);
    return name === "name" ? series.name : series.hasDataLabels;
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set(
      "name",
      name,
      editSeries("ChartSeries.name", (series) => {
        series.name = String(name);
      }),
    );
  }

  /** ExcelApi 1.7: every point's label, unless a point says otherwise. */
  get hasDataLabels(): boolean {
    return this.get("hasDataLabels");
  }
  set hasDataLabels(show: boolean) {
    this.set(
      "hasDataLabels",
      show,
      editSeries("ChartSeries.hasDataLabels", (series) => {
        series.hasDataLabels = show === true;
      }),
    );
  }

  private reference(method: string, name: ReferenceName, sourceData: DoubleRange): void {
    const location = `ChartSeries.${method}`;
    this.call(
      method,
      [sourceData],
      editSeries(location, (series, state, sheet) => {
        if (typeof sourceData === "string")
          throw invalidArgument(location, "sourceData must be a Range");
        const cells: CellReference = cellsOf(state, sourceData, location, sheet);
        if (cells.rect.rowCount > 1 && cells.rect.columnCount > 1)
          throw invalidArgument(location, "a series' cells are one row or one column");
        series[name] = cells;
      }),
    );
  }

  /** ExcelApi 1.7. On an XY or bubble chart: the horizontal values. */
  setXAxisValues(sourceData: DoubleRange): void {
    this.reference("setXAxisValues", "xValues", sourceData);
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: DoubleRange): void {
    this.reference("setValues", "values", sourceData);
  }

  /** ExcelApi 1.7. */
  setBubbleSizes(sourceData: DoubleRange): void {
    this.reference("setBubbleSizes", "bubbleSizes", sourceData);
  }

  /** ExcelApi 1.7. */
  delete(): void {
    this.call("delete", [], (state, entity) =>
      editChart("ChartSeries.delete", (chart) => {
        const at = chart.series.findIndex((s) => s.id === entity.seriesId);
        if (at >= 0) chart.series.splice(at, 1);
      })(state, entity),
    );
  }
}

export class DoubleChartSeriesFormat extends NavigationObject<SeriesEntity, SeriesEntity> {
  protected readonly scalarNames = [];
  readonly fill: DoubleChartFill = new DoubleChartFill(this.queue, this);

  constructor(queue: OperationQueue, parent: NavigationParent<SeriesEntity>) {
    super(queue, "ChartSeriesFormat", parent, (_state, entity) => entity);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

const COLOUR = /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/;

/** A series' fill: `setSolidColor("#4472C4")` or a colour name ("red"); `clear()` makes it automatic. */
export class DoubleChartFill extends NavigationObject<SeriesEntity, SeriesEntity> {
  protected readonly scalarNames = [];

  constructor(queue: OperationQueue, parent: NavigationParent<SeriesEntity>) {
    super(queue, "ChartFill", parent, (_state, entity) => entity);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  setSolidColor(color: string): void {
    this.call(
      "setSolidColor",
      [color],
      editSeries("ChartFill.setSolidColor", (series) => {
        if (typeof color !== "string" || !COLOUR.test(color))
          throw invalidArgument("ChartFill.setSolidColor", `not a colour: ${String(color)}`);
        series.fillColor = color.startsWith("#") ? color.toUpperCase() : color;
      }),
    );
  }

  clear(): void {
    this.call(
      "clear",
      [],
      editSeries("ChartFill.clear", (series) => {
        delete series.fillColor;
      }),
    );
  }
}
