/** A chart's title and legend (ExcelApi 1.1). Giving a title a text shows it. */

import type { OperationQueue } from "./batch";
import { type ChartEntity, editChart, requireChart } from "./chartState";
import { isEnumValue, ExcelEnums } from "./enums";
import { invalidArgument } from "./errors";
import { NavigationObject, type NavigationParent } from "./proxy";
import type { WorkbookState } from "./state";

export class DoubleChartTitle extends NavigationObject<ChartEntity, ChartEntity> {
  protected readonly scalarNames = ["text", "visible"];

  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>) {
    super(queue, "ChartTitle", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: ChartEntity, name: string): unknown {
    const { chart } = requireChart(state, entity);
    return name === "text" ? chart.title : chart.titleVisible;
  }

  get text(): string {
    return this.get("text");
  }
  /** Giving the title a text shows it. */
  set text(text: string) {
    this.set(
      "text",
      text,
      editChart("ChartTitle.text", (chart) => {
        chart.title = String(text);
        chart.titleVisible = true;
      }),
    );
  }

  get visible(): boolean {
    return this.get("visible");
  }
  set visible(visible: boolean) {
    this.set(
      "visible",
      visible,
      editChart("ChartTitle.visible", (chart) => {
        chart.titleVisible = visible === true;
      }),
    );
  }
}

export class DoubleChartLegend extends NavigationObject<ChartEntity, ChartEntity> {
  protected readonly scalarNames = ["visible", "position"];

  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>) {
    super(queue, "ChartLegend", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: ChartEntity, name: string): unknown {
    const { chart } = requireChart(state, entity);
    return name === "visible" ? chart.legendVisible : chart.legendPosition;
  }

  get visible(): boolean {
    return this.get("visible");
  }
  set visible(visible: boolean) {
    this.set(
      "visible",
      visible,
      editChart("ChartLegend.visible", (chart) => {
        chart.legendVisible = visible === true;
      }),
    );
  }

  get position(): Excel.ChartLegend["position"] {
    return this.get("position");
  }
  set position(position: Excel.ChartLegend["position"]) {
    this.set(
      "position",
      position,
      editChart("ChartLegend.position", (chart) => {
        if (!isEnumValue(ExcelEnums.ChartLegendPosition, position) || position === "Invalid")
          throw invalidArgument("ChartLegend.position");
        chart.legendPosition = position;
      }),
    );
  }
}
