/**
 * `chart.axes` with its `categoryAxis` and `valueAxis` (ExcelApi 1.1). On an XY or bubble chart
 * the category axis is the horizontal value axis, so both take a numeric scale. Modelled: the
 * scale (`minimum`, `maximum`, `majorUnit`) and the axis title. An automatic scale reads as
 * null: the double does not compute the bounds Excel would choose. `seriesAxis` (3-D charts
 * only), `axes.getItem` (ExcelApi 1.7), gridlines and formats are not modelled.
 */

import type { OperationQueue } from "./batch";
import { type ChartAxisState, type ChartEntity, editChart, requireChart } from "./chartState";
import { DoubleTitle } from "./chartTitleLegend";
import { invalidArgument } from "./errors";
import { type Loadable, NavigationObject, type NavigationParent } from "./proxy";
import type { WorkbookState } from "./state";

type AxisKind = "categoryAxis" | "valueAxis";

interface AxisEntity extends ChartEntity {
  readonly axis: AxisKind;
}

function axisOf(state: WorkbookState, entity: AxisEntity): ChartAxisState {
  return requireChart(state, entity).chart[entity.axis];
}

function editAxis(
  location: string,
  change: (axis: ChartAxisState) => void,
): (state: WorkbookState, entity: AxisEntity) => void {
  return (state, entity) =>
    editChart(location, (chart) => change(chart[entity.axis]))(state, entity);
}

export class DoubleChartAxes extends NavigationObject<ChartEntity, ChartEntity> {
  protected readonly scalarNames = [];
  readonly categoryAxis: DoubleChartAxis = new DoubleChartAxis(this.queue, this, "categoryAxis");
  readonly valueAxis: DoubleChartAxis = new DoubleChartAxis(this.queue, this, "valueAxis");

  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>) {
    super(queue, "ChartAxes", parent, (_state, entity) => entity);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "categoryAxis") return this.categoryAxis;
    if (name === "valueAxis") return this.valueAxis;
    return undefined;
  }
}

type ScaleName = "minimum" | "maximum" | "majorUnit";

export class DoubleChartAxis extends NavigationObject<AxisEntity, ChartEntity> {
  protected readonly scalarNames = ["minimum", "maximum", "majorUnit"];
  readonly title: DoubleChartAxisTitle = new DoubleChartAxisTitle(this.queue, this);

  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>, axis: AxisKind) {
    super(queue, "ChartAxis", parent, (_state, entity) => ({ ...entity, axis }));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "title" ? this.title : undefined;
  }

  protected readScalar(state: WorkbookState, entity: AxisEntity, name: string): unknown {
    return axisOf(state, entity)[name as ScaleName] ?? null;
  }

  /** Numbers only (the API types these `any` because a date axis also takes dates). */
  private scale(name: ScaleName, value: number): void {
    this.set(
      name,
      value,
      editAxis(`ChartAxis.${name}`, (axis) => {
        if (typeof value !== "number" || !Number.isFinite(value))
          throw invalidArgument(`ChartAxis.${name}`, `${String(value)} is not a number`);
        if (name === "majorUnit" && !(value > 0))
          throw invalidArgument("ChartAxis.majorUnit", "the major unit must be positive");
        axis[name] = value;
      }),
    );
  }

  // Typed `any` in @types/office-js; `number` here, and null while the scale is automatic.
  get minimum(): number {
    return this.get("minimum");
  }
  set minimum(value: number) {
    this.scale("minimum", value);
  }
  get maximum(): number {
    return this.get("maximum");
  }
  set maximum(value: number) {
    this.scale("maximum", value);
  }
  get majorUnit(): number {
    return this.get("majorUnit");
  }
  set majorUnit(value: number) {
    this.scale("majorUnit", value);
  }
}

export class DoubleChartAxisTitle extends DoubleTitle<AxisEntity> {
  constructor(queue: OperationQueue, parent: NavigationParent<AxisEntity>) {
    super(queue, "ChartAxisTitle", parent, (chart, entity) => chart[entity.axis]);
  }
}
