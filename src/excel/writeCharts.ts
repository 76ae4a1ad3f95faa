/**
 * The native charts of a sheet description. A chart is added only once the cells it plots hold
 * their numbers (the Summary's block is formulas over Ranked, entered after the swap), over the
 * whole x / y / size block: Excel makes a chart's first series from its source cells, and from
 * blank cells it may make none, so a chart added before its data could have no series to set.
 * Point labels are set only after a sync shows how many points each series has.
 */
import {
  cellReference,
  type AxisDescription,
  type BubbleSeriesDescription,
  type ChartDescription,
  type SheetDescription,
} from "../core";

/** Excel measures charts in points, ¾ of a pixel. */
const POINTS_PER_PIXEL = 0.75;

/**
 * Labels are set point by point. Past this many bubbles the labels would cover each other, and
 * a chart of thousands would outgrow one request, so such a chart is drawn without labels.
 */
export const MAX_LABELLED_POINTS = 200;

// Bytes of the operations `addCharts` and `labelCharts` queue, for the request-size estimate.
const BYTES_PER_CHART = 8_000;
const BYTES_PER_SERIES = 3_000;
const BYTES_PER_LABEL = 900;

/** A chart added to a sheet, with what its labels need once its points are known. */
export interface AddedChart {
  readonly chart: Excel.Chart;
  readonly description: ChartDescription;
  /** The series in description order; their point counts are loaded with the chart. */
  readonly series: readonly Excel.ChartSeries[];
}

/** Queues the description's charts on `sheet`, and loads each series' point count. */
export function addCharts(sheet: Excel.Worksheet, description: SheetDescription): AddedChart[] {
  return (description.charts ?? []).flatMap((chart) => {
    const added = addBubbleChart(sheet, chart);
    return added === undefined ? [] : [added];
  });
}

/** Bytes `addCharts` queues for this description. */
export function chartBytes(description: SheetDescription): number {
  return (description.charts ?? []).reduce(
    (sum, chart) => sum + BYTES_PER_CHART + BYTES_PER_SERIES * chart.series.length,
    0,
  );
}

/** Whether `labelCharts` will label this chart's points. */
export function labelled(chart: ChartDescription, supports: (version: string) => boolean): boolean {
  return supports("1.8") && pointsOf(chart) <= MAX_LABELLED_POINTS;
}

/** Bytes `labelCharts` queues for these charts. */
export function labelBytes(
  charts: readonly AddedChart[],
  supports: (version: string) => boolean,
): number {
  return charts.reduce(
    (sum, { description }) =>
      sum + (labelled(description, supports) ? BYTES_PER_LABEL * pointsOf(description) : 0),
    0,
  );
}

/**
 * Labels each bubble with its use case's ID (ExcelApi 1.8 `dataLabel.text`), on the points the
 * last sync showed exist. Text rather than a formula pointing at the label cell: a label's
 * reference following a sheet rename is not documented. The text is written afresh each run.
 */
export function labelCharts(
  charts: readonly AddedChart[],
  supports: (version: string) => boolean,
): void {
  for (const { description, series } of charts) {
    if (!labelled(description, supports)) continue;
    description.series.forEach((seriesDescription, s) => {
      const target = series[s];
      if (target === undefined) return;
      const existing = target.points.count;
      seriesDescription.pointLabels.forEach((text, index) => {
        if (text === "" || index >= existing) return;
        const point = target.points.getItemAt(index);
        point.hasDataLabel = true;
        point.dataLabel.text = text;
      });
    });
  }
}

function pointsOf(chart: ChartDescription): number {
  return chart.series.reduce((sum, series) => sum + series.pointLabels.length, 0);
}

function addBubbleChart(sheet: Excel.Worksheet, chart: ChartDescription): AddedChart | undefined {
  const [first, ...others] = chart.series;
  if (first === undefined) return undefined;
  // By columns, a bubble chart over x / y / size columns starts with exactly one series of
  // Excel's making; it is reused with every range set explicitly, so nothing depends on what
  // Excel read from the block.
  const added = sheet.charts.add(
    Excel.ChartType.bubble,
    sheet.getRange(wholeBlock(chart.series)),
    Excel.ChartSeriesBy.columns,
  );
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.visible = true;
  added.legend.position = Excel.ChartLegendPosition.bottom;
  // On a bubble chart the category axis is the horizontal value axis.
  setAxis(added.axes.categoryAxis, chart.xAxis);
  setAxis(added.axes.valueAxis, chart.yAxis);
  added.setPosition(cellReference(chart.anchor.row, chart.anchor.column));
  added.width = chart.width * POINTS_PER_PIXEL;
  added.height = chart.height * POINTS_PER_PIXEL;

  const reused = added.series.getItemAt(0);
  reused.name = first.name;
  setSeries(sheet, reused, first);
  others.forEach((series) => setSeries(sheet, added.series.add(series.name), series));
  // Restorable handles (by index) for the labels, which come in a later request.
  const handles = chart.series.map((_, index) => added.series.getItemAt(index));
  for (const handle of handles) handle.points.load("count");
  return { chart: added, description: chart, series: handles };
}

function setAxis(axis: Excel.ChartAxis, description: AxisDescription): void {
  axis.title.text = description.title;
  axis.minimum = description.min;
  axis.maximum = description.max;
  axis.majorUnit = description.majorUnit;
}

function setSeries(
  sheet: Excel.Worksheet,
  series: Excel.ChartSeries,
  description: BubbleSeriesDescription,
): void {
  series.setXAxisValues(sheet.getRange(description.xValues));
  series.setValues(sheet.getRange(description.yValues));
  series.setBubbleSizes(sheet.getRange(description.sizes));
  series.format.fill.setSolidColor(`#${description.color}`);
}

/** The smallest range holding every series' x, y and size cells, as `B40:D52`. */
export function wholeBlock(series: readonly BubbleSeriesDescription[]): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const address of series.flatMap((s) => [s.xValues, s.yValues, s.sizes])) {
    for (const corner of address.split(":")) {
      const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(corner);
      if (!match) throw new Error(`Not an A1 address on the sheet: ${address}`);
      const column = [...(match[1] as string).toUpperCase()].reduce(
        (n, letter) => n * 26 + letter.charCodeAt(0) - 64,
        0,
      );
      const row = Number(match[2]);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  return `${cellReference(top, left)}:${cellReference(bottom, right)}`;
}
