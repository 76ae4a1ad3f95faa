/**
 * Charts as the double keeps them: plain data on their sheet (`SheetState.charts`), so a chart
 * follows its sheet through a rename and goes when the sheet is deleted. Every cell reference a
 * chart holds (a series' values, a data label's formula) keeps the referenced sheet's id, the
 * way Excel keeps references parsed rather than as text: it follows a rename and reads `#REF!`
 * once that sheet is gone.
 *
 * Also the two rules every chart proxy applies: a protected sheet refuses changes to its charts,
 * and a range argument is a Range proxy or an address on the chart's sheet.
 */

import { type CellRect, formatAddress, formatRect } from "./addresses";
import { assertWritable, cellCount, cellValue, readMatrix } from "./cells";
import { isEnumValue } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import { locateAddress } from "./locate";
import { DoubleRange } from "./range";
import { type SheetState, type WorkbookState, newId, sheetById } from "./state";

/** A block of cells on a sheet, by the sheet's id. */
export interface CellReference {
  readonly sheetId: string;
  readonly rect: CellRect;
}

export interface ChartAxisState {
  title: string;
  titleVisible: boolean;
  /** Unset: Excel's automatic scale (not computed by the double). */
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
}

export interface PointLabelState {
  hasDataLabel: boolean;
  /** Text typed into the label; replaces what Excel would show. */
  text?: string;
  /** The cell the label shows (`dataLabel.formula`). */
  formula?: CellReference;
}

export interface ChartSeriesState {
  readonly id: string;
  name: string;
  /** `format.fill.setSolidColor`, as given (`#4472C4`); unset means Excel's automatic colour. */
  fillColor?: string;
  xValues?: CellReference;
  values?: CellReference;
  bubbleSizes?: CellReference;
  hasDataLabels: boolean;
  /** By 0-based point index; only points whose label was touched. */
  readonly pointLabels: Map<number, PointLabelState>;
}

export interface ChartState {
  readonly id: string;
  name: string;
  chartType: string;
  /** Points from the sheet's top-left corner, like `Chart.top` / `left` / `width` / `height`. */
  top: number;
  left: number;
  width: number;
  height: number;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  legendPosition: string;
  /** For XY and bubble charts the category axis is the horizontal value axis. */
  readonly categoryAxis: ChartAxisState;
  readonly valueAxis: ChartAxisState;
  readonly series: ChartSeriesState[];
}

export interface ChartEntity {
  readonly sheetId: string;
  readonly chartId: string;
}

export interface SeriesEntity extends ChartEntity {
  readonly seriesId: string;
}

export interface PointEntity extends SeriesEntity {
  readonly index: number;
}

export function findChart(
  state: WorkbookState,
  entity: ChartEntity,
): { sheet: SheetState; chart: ChartState } | undefined {
  const sheet = sheetById(state, entity.sheetId);
  const chart = sheet?.charts.find((c) => c.id === entity.chartId);
  return sheet === undefined || chart === undefined ? undefined : { sheet, chart };
}

export function requireChart(
  state: WorkbookState,
  entity: ChartEntity,
): { sheet: SheetState; chart: ChartState } {
  const found = findChart(state, entity);
  if (found === undefined) throw itemNotFound("Chart");
  return found;
}

export function findSeries(
  state: WorkbookState,
  entity: SeriesEntity,
): { sheet: SheetState; chart: ChartState; series: ChartSeriesState } | undefined {
  const found = findChart(state, entity);
  const series = found?.chart.series.find((s) => s.id === entity.seriesId);
  return found === undefined || series === undefined ? undefined : { ...found, series };
}

export function requireSeries(
  state: WorkbookState,
  entity: SeriesEntity,
): { sheet: SheetState; chart: ChartState; series: ChartSeriesState } {
  const found = findSeries(state, entity);
  if (found === undefined) throw itemNotFound("ChartSeries");
  return found;
}

/** A series has as many points as its values (else its x values, else its bubble sizes) have cells. */
export function pointCount(series: ChartSeriesState): number {
  const reference = series.values ?? series.xValues ?? series.bubbleSizes;
  return reference === undefined ? 0 : cellCount(reference.rect);
}

/** A change to a chart, refused on a protected sheet. */
export function editChart(
  location: string,
  change: (chart: ChartState, state: WorkbookState, sheet: SheetState) => void,
): (state: WorkbookState, entity: ChartEntity) => void {
  return (state, entity) => {
    const { sheet, chart } = requireChart(state, entity);
    assertWritable(sheet, location);
    change(chart, state, sheet);
  };
}

/** A range argument: a Range proxy on any sheet, or an address on `sheet`. */
export function cellsOf(
  state: WorkbookState,
  argument: unknown,
  location: string,
  sheet: SheetState,
): CellReference {
  if (typeof argument === "string") {
    const { sheet: located, rect } = locateAddress(state, argument, location, sheet);
    return { sheetId: located.id, rect };
  }
  if (!(argument instanceof DoubleRange)) throw invalidArgument(location, "expected a Range");
  const range = argument.resolve(state);
  if (range === null) throw invalidArgument(location, "the range is a null object");
  return range;
}

/** The cells' values in reading order, as `Range.values` reports them; null once the sheet is gone. */
export function valuesAt(
  state: WorkbookState,
  reference: CellReference,
): (string | number | boolean)[] | null {
  const sheet = sheetById(state, reference.sheetId);
  return sheet === undefined ? null : readMatrix(sheet, reference.rect, cellValue).flat();
}

/** `Summary!$B$4` with the sheet's name as it is now, or `#REF!$B$4` once the sheet is gone. */
export function addressOf(
  state: WorkbookState,
  reference: CellReference,
  absolute = false,
): string {
  const sheet = sheetById(state, reference.sheetId);
  return sheet === undefined
    ? `#REF!${formatRect(reference.rect, absolute)}`
    : formatAddress(sheet.name, reference.rect, absolute);
}

export function newAxis(): ChartAxisState {
  return { title: "", titleVisible: false };
}

type SeriesRanges = Pick<ChartSeriesState, "xValues" | "values" | "bubbleSizes">;

/** A series without labels or a colour of its own, plotting `ranges` (nothing when none are given). */
export function newSeries(
  state: WorkbookState,
  name: string,
  ranges: SeriesRanges = {},
): ChartSeriesState {
  return {
    id: newId(state, "series"),
    name,
    ...ranges,
    hasDataLabels: false,
    pointLabels: new Map(),
  };
}

/** Whether a chart enum property (chart type, legend position) takes `value`: a member, not `Invalid`. */
export function isChartEnumValue(
  values: Readonly<Record<string, string>>,
  value: unknown,
): boolean {
  return isEnumValue(values, value) && value !== "Invalid";
}

const BUBBLE_TYPES = new Set(["Bubble", "Bubble3DEffect"]);

/** One column (or row) of a source block, as a reference. */
function vectorsOf(source: CellReference, byColumns: boolean): CellReference[] {
  const { rect } = source;
  const count = byColumns ? rect.columnCount : rect.rowCount;
  return Array.from({ length: count }, (_, i) => ({
    sheetId: source.sheetId,
    rect: byColumns
      ? { row: rect.row, column: rect.column + i, rowCount: rect.rowCount, columnCount: 1 }
      : { row: rect.row + i, column: rect.column, rowCount: 1, columnCount: rect.columnCount },
  }));
}

/**
 * The series `charts.add(type, source, seriesBy)` starts with. Only one case is documented by
 * behaviour: Microsoft's bubble sample (office-js-snippets, excel/10-chart/chart-bubble-chart)
 * adds a bubble chart over three columns and deletes "the default series" — exactly one. The
 * rest follows Excel's data layout for these charts and is assumed: a bubble chart takes the
 * first column as x values and each following pair as y values and bubble sizes; an XY chart
 * takes the first column as x values and each following column as one series; other charts
 * make one series per column. Fewer columns than a layout needs still give one series (one
 * column: its values; two for a bubble chart: values and sizes). Header rows and text
 * categories are not recognised: series are named `Series1`, `Series2`, ….
 */
export function defaultSeriesLayout(
  chartType: string,
  source: CellReference,
  seriesBy: string,
): SeriesRanges[] {
  const byColumns =
    seriesBy === "Columns" ||
    (seriesBy === "Auto" && source.rect.rowCount >= source.rect.columnCount);
  const vectors = vectorsOf(source, byColumns);
  const [first, second, third] = vectors;
  if (first === undefined) return [];
  if (BUBBLE_TYPES.has(chartType)) {
    if (third === undefined) {
      return [second === undefined ? { values: first } : { values: first, bubbleSizes: second }];
    }
    const layout: SeriesRanges[] = [];
    for (let k = 1; k + 1 < vectors.length; k += 2) {
      const values = vectors[k];
      const bubbleSizes = vectors[k + 1];
      if (values !== undefined && bubbleSizes !== undefined)
        layout.push({ xValues: first, values, bubbleSizes });
    }
    return layout;
  }
  if (chartType.startsWith("XYScatter") && second !== undefined) {
    return vectors.slice(1).map((values) => ({ xValues: first, values }));
  }
  return vectors.map((values) => ({ values }));
}
