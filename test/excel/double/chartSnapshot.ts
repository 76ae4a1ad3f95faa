/**
 * A sheet's charts read back as plain data: what a person would check on the chart, with each
 * series' cells both as addresses and as the values they hold now.
 */

import { labelFormula, labelShown, labelText } from "./chartPoints";
import {
  type CellReference,
  type ChartAxisState,
  type ChartSeriesState,
  addressOf,
  pointCount,
  valuesAt,
} from "./chartState";
import type { SheetState, WorkbookState } from "./state";

export interface ChartCellsSnapshot {
  /** `Summary!C40:C52`, with the sheet's current name; `#REF!C40:C52` once it is gone. */
  readonly address: string;
  /** In reading order; empty once the sheet is gone. */
  readonly values: (string | number | boolean)[];
}

export interface ChartAxisSnapshot {
  /** "" when the title is hidden. */
  readonly title: string;
  /** null: Excel's automatic scale. */
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly majorUnit: number | null;
}

export interface ChartPointLabelSnapshot {
  /** 0-based point index. */
  readonly point: number;
  readonly text: string;
  /** `='Summary'!$B$40` when the label shows a cell; "" otherwise. */
  readonly formula: string;
}

export interface ChartSeriesSnapshot {
  readonly name: string;
  /** `#4472C4`; null for Excel's automatic colour. */
  readonly color: string | null;
  readonly xValues: ChartCellsSnapshot | null;
  readonly values: ChartCellsSnapshot | null;
  readonly bubbleSizes: ChartCellsSnapshot | null;
  readonly pointCount: number;
  /** Only the points that show a label. */
  readonly labels: readonly ChartPointLabelSnapshot[];
}

export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  /** "" when the title is hidden. */
  readonly title: string;
  /** Points, as `Chart.top` / `left` / `width` / `height`. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
  readonly legend: { readonly visible: boolean; readonly position: string };
  /** The horizontal axis on an XY or bubble chart. */
  readonly categoryAxis: ChartAxisSnapshot;
  readonly valueAxis: ChartAxisSnapshot;
  readonly series: readonly ChartSeriesSnapshot[];
}

function cellsSnapshot(
  state: WorkbookState,
  reference: CellReference | undefined,
): ChartCellsSnapshot | null {
  if (reference === undefined) return null;
  return { address: addressOf(state, reference), values: valuesAt(state, reference) ?? [] };
}

function axisSnapshot(axis: ChartAxisState): ChartAxisSnapshot {
  return {
    title: axis.titleVisible ? axis.title : "",
    minimum: axis.minimum ?? null,
    maximum: axis.maximum ?? null,
    majorUnit: axis.majorUnit ?? null,
  };
}

function seriesSnapshot(state: WorkbookState, series: ChartSeriesState): ChartSeriesSnapshot {
  const count = pointCount(series);
  const labels: ChartPointLabelSnapshot[] = [];
  for (let point = 0; point < count; point++) {
    if (!labelShown(series, point)) continue;
    labels.push({
      point,
      text: labelText(state, series, point),
      formula: labelFormula(state, series, point),
    });
  }
  return {
    name: series.name,
    color: series.fillColor ?? null,
    xValues: cellsSnapshot(state, series.xValues),
    values: cellsSnapshot(state, series.values),
    bubbleSizes: cellsSnapshot(state, series.bubbleSizes),
    pointCount: count,
    labels,
  };
}

export function chartSnapshots(state: WorkbookState, sheet: SheetState): ChartSnapshot[] {
  return sheet.charts.map((chart) => ({
    name: chart.name,
    type: chart.chartType,
    title: chart.titleVisible ? chart.title : "",
    top: chart.top,
    left: chart.left,
    width: chart.width,
    height: chart.height,
    legend: { visible: chart.legendVisible, position: chart.legendPosition },
    categoryAxis: axisSnapshot(chart.categoryAxis),
    valueAxis: axisSnapshot(chart.valueAxis),
    series: chart.series.map((series) => seriesSnapshot(state, series)),
  }));
}
