/**
 * A chart's title and legend (ExcelApi 1.1), and the title class an axis' title shares (see
 * `chartAxes.ts`). Giving a title a text shows it.
 */

import type { OperationQueue } from "./batch";
import {
  type ChartEntity,
  type ChartState,
  editChart,
  isChartEnumValue,
  requireChart,
} from "./chartState";
import { ExcelEnums } from "./enums";
import { invalidArgument } from "./errors";
import { NavigationObject, type NavigationParent } from "./proxy";
import type { WorkbookState } from "./state";

/** What a title shows: the chart's own, or an axis'. */
type TitleState = Pick<ChartState, "title" | "titleVisible">;

/** A title, the chart's (`chart.title`) or an axis' (`axis.title`): giving it a text shows it. */
export abstract class DoubleTitle<E extends ChartEntity> extends NavigationObject<E, E> {
  protected readonly scalarNames = ["text", "visible"];

  constructor(
    queue: OperationQueue,
    typeName: string,
    parent: NavigationParent<E>,
    private readonly titleOf: (chart: ChartState, entity: E) => TitleState,
  ) {
    super(queue, typeName, parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: E, name: string): unknown {
    const title = this.titleOf(requireChart(state, entity).chart, entity);
    return name === "text" ? title.title : title.titleVisible;
  }

  private editTitle(
    name: "text" | "visible",
    change: (title: TitleState) => void,
  ): (state: WorkbookState, entity: E) => void {
    const location = `${this.typeName}.${name}`;
    return (state, entity) => {
      editChart(location, (chart) => change(this.titleOf(chart, entity)))(state, entity);
    };
  }

  get text(): string {
    return this.get("text");
  }
  set text(text: string) {
    this.set(
      "text",
      text,
      this.editTitle("text", (title) => {
        title.title = String(text);
        title.titleVisible = true;
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
      this.editTitle("visible", (title) => {
        title.titleVisible = visible === true;
      }),
    );
  }
}

export class DoubleChartTitle extends DoubleTitle<ChartEntity> {
  constructor(queue: OperationQueue, parent: NavigationParent<ChartEntity>) {
    super(queue, "ChartTitle", parent, (chart) => chart);
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
        if (!isChartEnumValue(ExcelEnums.ChartLegendPosition, position))
          throw invalidArgument("ChartLegend.position");
        chart.legendPosition = position;
      }),
    );
  }
}
