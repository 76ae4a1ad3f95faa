/**
 * `worksheet.charts` and `Excel.Chart` (ExcelApi 1.1 unless noted). Title and legend are in
 * `chartTitleLegend.ts`, axes in `chartAxes.ts`, series in `chartSeries.ts`, points and data
 * labels in `chartPoints.ts`, the state in `chartState.ts`.
 *
 * Modelled: adding a chart over a range (with the series Excel starts it with, see
 * `defaultSeriesLayout`), name, type, position and size in points, `setPosition`, title,
 * legend, deleting. Not modelled: drawing, Excel's automatic title and axis scale, chart
 * events, `setData`, `getImage`, formats other than a series' solid fill, and the other chart
 * elements (plot area, gridlines, trendlines, error bars, data tables).
 *
 * Assumed (the docs are silent): a protected sheet refuses adding or changing a chart with
 * `AccessDenied`, as Excel's default protection locks objects; a chart's name is looked up
 * without case, like a sheet's; a new chart sits at the sheet's top-left corner, 360 × 216
 * points (Excel's default 5 × 3 inches; Excel itself centres it in the window).
 */

import type { OperationQueue } from "./batch";
import { DoubleChartAxes } from "./chartAxes";
import { DoubleChartSeriesCollection } from "./chartSeries";
import { DoubleChartLegend, DoubleChartTitle } from "./chartTitleLegend";
import {
  type CellReference,
  type ChartEntity,
  type ChartState,
  cellsOf,
  defaultSeriesLayout,
  editChart,
  findChart,
  isChartEnumValue,
  newAxis,
  newSeries,
  requireChart,
} from "./chartState";
import { assertWritable, cellAt, hasContent } from "./cells";
import { isEnumValue, ExcelEnums } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import { DoubleIndexedCollection } from "./indexedCollection";
import { BoundObject, type Loadable, type NavigationParent, type Origin } from "./proxy";
import { DoubleRange } from "./range";
import { DEFAULT_COLUMN_WIDTH } from "./rangeFormat";
import { type SheetState, type WorkbookState, newId, sheetById } from "./state";

/** Excel's default row height for Calibri 11: 15 points (20 px). Row heights are not modelled. */
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_CHART_WIDTH = 360;
export const DEFAULT_CHART_HEIGHT = 216;

function sheetOf(state: WorkbookState, id: string): SheetState {
  const sheet = sheetById(state, id);
  if (sheet === undefined) throw new Error("Double bug: charts of a sheet that is gone.");
  return sheet;
}

function rowTop(row: number): number {
  return row * DEFAULT_ROW_HEIGHT;
}

function columnLeft(sheet: SheetState, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  return left;
}

/** Whether every cell of `source` is empty: no value and no formula. */
function blankCells(state: WorkbookState, source: CellReference): boolean {
  const sheet = sheetOf(state, source.sheetId);
  const { row, column, rowCount, columnCount } = source.rect;
  for (let r = row; r < row + rowCount; r++) {
    for (let c = column; c < column + columnCount; c++) {
      if (hasContent(cellAt(sheet, r, c))) return false;
    }
  }
  return true;
}

function chartNameTaken(sheet: SheetState, name: string): boolean {
  return sheet.charts.some((c) => c.name.toLowerCase() === name.toLowerCase());
}

export class DoubleChartCollection extends DoubleIndexedCollection<
  ChartEntity,
  string,
  DoubleChart
> {
  constructor(queue: OperationQueue, parent: NavigationParent<string>) {
    super(queue, "ChartCollection", parent, (state, sheetId) =>
      sheetOf(state, sheetId).charts.map((chart) => ({ sheetId, chartId: chart.id })),
    );
  }

  protected proxyFor(origin: Origin<ChartEntity>): DoubleChart {
    return new DoubleChart(this.queue, origin);
  }

  getItem(name: string): DoubleChart {
    return this.named("getItem", name);
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): DoubleChart {
    return this.named("getItemOrNullObject", name);
  }

  private named(method: "getItem" | "getItemOrNullObject", name: string): DoubleChart {
    const location = `ChartCollection.${method}`;
    const wanted = name.toLowerCase();
    return new DoubleChart(this.queue, {
      created: location,
      args: [name],
      locate: (state) => {
        const sheetId = this.parentEntity(state);
        if (sheetId === null) return null;
        // By name, as the API has it, or by id, as Office.js addresses a chart it was told about.
        const chart = sheetOf(state, sheetId).charts.find(
          (c) => c.id === name || c.name.toLowerCase() === wanted,
        );
        if (chart !== undefined) return { sheetId, chartId: chart.id };
        if (method === "getItemOrNullObject") return null;
        throw itemNotFound(location);
      },
    });
  }

  /**
   * A new chart over `sourceData` (a Range, as the API types it; it may be on another sheet).
   * An unknown type or `seriesBy` fails with `InvalidArgument`, as for any enum property.
   */
  add(type: string, sourceData: DoubleRange, seriesBy = "Auto"): DoubleChart {
    return new DoubleChart(this.queue, {
      created: "ChartCollection.add",
      args: [type, sourceData, seriesBy],
      locate: (state) => {
        const location = "ChartCollection.add";
        const sheetId = this.parentEntity(state);
        if (sheetId === null) return null;
        const sheet = sheetOf(state, sheetId);
        assertWritable(sheet, location);
        if (!isChartEnumValue(ExcelEnums.ChartType, type))
          throw invalidArgument(location, `not a chart type: ${String(type)}`);
        if (!isEnumValue(ExcelEnums.ChartSeriesBy, seriesBy))
          throw invalidArgument(location, `not a ChartSeriesBy: ${String(seriesBy)}`);
        if (!(sourceData instanceof DoubleRange))
          throw invalidArgument(location, "sourceData must be a Range");
        const source = cellsOf(state, sourceData, location, sheet);
        let n = sheet.charts.length + 1;
        while (chartNameTaken(sheet, `Chart ${n}`)) n += 1;
        const chart: ChartState = {
          id: newId(state, "chart"),
          name: `Chart ${n}`,
          chartType: type,
          top: 0,
          left: 0,
          width: DEFAULT_CHART_WIDTH,
          height: DEFAULT_CHART_HEIGHT,
          title: "",
          titleVisible: false,
          legendVisible: true,
          legendPosition: "Right",
          categoryAxis: newAxis(),
          valueAxis: newAxis(),
          // Assumed, and the risk the adapter is built against: Excel makes no series from
          // source cells that are all blank, so `series.getItemAt(0)` then finds nothing.
          series: blankCells(state, source)
            ? []
            : defaultSeriesLayout(type, source, seriesBy).map((ranges, i) =>
                newSeries(state, `Series${i + 1}`, ranges),
              ),
        };
        sheet.charts.push(chart);
        return { sheetId, chartId: chart.id };
      },
    });
  }
}

export class DoubleChart extends BoundObject<ChartEntity> {
  protected readonly scalarNames = ["id", "name", "chartType", "top", "left", "width", "height"];
  readonly title: DoubleChartTitle = new DoubleChartTitle(this.queue, this);
  readonly legend: DoubleChartLegend = new DoubleChartLegend(this.queue, this);
  readonly axes: DoubleChartAxes = new DoubleChartAxes(this.queue, this);
  readonly series: DoubleChartSeriesCollection = new DoubleChartSeriesCollection(this.queue, this);

  constructor(queue: OperationQueue, origin: Origin<ChartEntity>) {
    super(queue, "Chart", origin);
  }

  protected exists(state: WorkbookState, entity: ChartEntity): boolean {
    return findChart(state, entity) !== undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "title") return this.title;
    if (name === "legend") return this.legend;
    if (name === "axes") return this.axes;
    if (name === "series") return this.series;
    return undefined;
  }

  protected readScalar(state: WorkbookState, entity: ChartEntity, name: string): unknown {
    const { chart } = requireChart(state, entity);
    if (name === "id") return chart.id;
    if (name === "name") return chart.name;
    if (name === "chartType") return chart.chartType;
    if (name === "top") return chart.top;
    if (name === "left") return chart.left;
    if (name === "width") return chart.width;
    return chart.height;
  }

  /** ExcelApi 1.7. */
  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }
  /** A blank name fails with `InvalidArgument` (assumed); names may repeat, as in Excel's UI. */
  set name(name: string) {
    this.set(
      "name",
      name,
      editChart("Chart.name", (chart) => {
        if (typeof name !== "string" || name.trim() === "")
          throw invalidArgument("Chart.name", "a chart needs a name");
        chart.name = name;
      }),
    );
  }

  /** ExcelApi 1.7. */
  get chartType(): Excel.Chart["chartType"] {
    return this.get("chartType");
  }
  set chartType(type: Excel.Chart["chartType"]) {
    this.set(
      "chartType",
      type,
      editChart("Chart.chartType", (chart) => {
        if (!isChartEnumValue(ExcelEnums.ChartType, type)) throw invalidArgument("Chart.chartType");
        chart.chartType = type;
      }),
    );
  }

  private measure(name: "top" | "left" | "width" | "height", points: number): void {
    this.set(
      name,
      points,
      editChart(`Chart.${name}`, (chart) => {
        const least = name === "top" || name === "left" ? 0 : Number.MIN_VALUE;
        // Negative positions and empty sizes are refused (assumed: the docs give no range).
        if (typeof points !== "number" || !Number.isFinite(points) || points < least)
          throw invalidArgument(`Chart.${name}`, `${String(points)} points`);
        chart[name] = points;
      }),
    );
  }

  get top(): number {
    return this.get("top");
  }
  set top(points: number) {
    this.measure("top", points);
  }
  get left(): number {
    return this.get("left");
  }
  set left(points: number) {
    this.measure("left", points);
  }
  get width(): number {
    return this.get("width");
  }
  set width(points: number) {
    this.measure("width", points);
  }
  get height(): number {
    return this.get("height");
  }
  set height(points: number) {
    this.measure("height", points);
  }

  /**
   * Moves the chart's top-left corner to `startCell`'s; with `endCell`, stretches it to that
   * cell's bottom-right corner. Cells must be on the chart's sheet (`InvalidArgument`); an end
   * cell above or left of the start is refused too (assumed).
   */
  setPosition(startCell: DoubleRange | string, endCell?: DoubleRange | string): void {
    const location = "Chart.setPosition";
    this.call(
      "setPosition",
      endCell === undefined ? [startCell] : [startCell, endCell],
      editChart(location, (chart, state, sheet) => {
        const start = cellsOf(state, startCell, location, sheet);
        if (start.sheetId !== sheet.id)
          throw invalidArgument(location, "the cell is not on the chart's sheet");
        const top = rowTop(start.rect.row);
        const left = columnLeft(sheet, start.rect.column);
        if (endCell !== undefined) {
          const end = cellsOf(state, endCell, location, sheet);
          if (end.sheetId !== sheet.id)
            throw invalidArgument(location, "the end cell is not on the chart's sheet");
          const bottom = rowTop(end.rect.row + end.rect.rowCount);
          const right = columnLeft(sheet, end.rect.column + end.rect.columnCount);
          if (bottom <= top || right <= left)
            throw invalidArgument(location, "the end cell is above or left of the start");
          chart.width = right - left;
          chart.height = bottom - top;
        }
        chart.top = top;
        chart.left = left;
      }),
    );
  }

  delete(): void {
    this.call(
      "delete",
      [],
      editChart("Chart.delete", (chart, _state, sheet) => {
        sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      }),
    );
  }
}
