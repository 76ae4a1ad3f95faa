/**
 * The native charts of a sheet description, queued on the sheet while it is built: no load and
 * no sync, so they travel in the request that dresses the sheet. Series point at the sheet's
 * cells through Range objects, which Excel keeps by the sheet's identity: they still plot the
 * same cells after the sheet is renamed from its temporary name.
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
 * Labels are set point by point, three operations each. Past this many bubbles the labels would
 * cover each other, and a chart of thousands would outgrow one request (Excel on the web
 * refuses 5 MB), so such a chart is drawn without labels.
 */
export const MAX_LABELLED_POINTS = 200;

// Operations `addCharts` queues, for the request-size estimate in writeSheets.ts.
const OPERATIONS_PER_CHART = 17;
const OPERATIONS_PER_SERIES = 9;
const OPERATIONS_PER_LABEL = 3;

/** Queues the description's charts on `sheet`; `supports("1.8")` also labels each bubble. */
export function addCharts(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  supports: (excelApiVersion: string) => boolean,
): void {
  for (const chart of description.charts ?? []) {
    addBubbleChart(sheet, chart, labelled(chart, supports));
  }
}

/** How many operations `addCharts` queues for this description. */
export function chartOperationCount(
  description: SheetDescription,
  supports: (excelApiVersion: string) => boolean,
): number {
  return (description.charts ?? []).reduce(
    (sum, chart) =>
      sum +
      OPERATIONS_PER_CHART +
      OPERATIONS_PER_SERIES * chart.series.length +
      (labelled(chart, supports) ? OPERATIONS_PER_LABEL * pointsOf(chart) : 0),
    0,
  );
}

function labelled(chart: ChartDescription, supports: (version: string) => boolean): boolean {
  return supports("1.8") && pointsOf(chart) <= MAX_LABELLED_POINTS;
}

function pointsOf(chart: ChartDescription): number {
  return chart.series.reduce((sum, series) => sum + series.pointLabels.length, 0);
}

function addBubbleChart(sheet: Excel.Worksheet, chart: ChartDescription, labels: boolean): void {
  const [first, ...others] = chart.series;
  if (first === undefined) return;
  // Excel starts a chart with series of its own making from the source data (Microsoft's bubble
  // sample deletes the one three columns make). By columns, one column makes exactly one; it is
  // reused with every range set explicitly, so nothing depends on what Excel read from it.
  const added = sheet.charts.add(
    Excel.ChartType.bubble,
    sheet.getRange(first.yValues),
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
  setSeries(sheet, reused, first, labels);
  for (const series of others) setSeries(sheet, added.series.add(series.name), series, labels);
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
  labels: boolean,
): void {
  series.setXAxisValues(sheet.getRange(description.xValues));
  series.setValues(sheet.getRange(description.yValues));
  series.setBubbleSizes(sheet.getRange(description.sizes));
  series.format.fill.setSolidColor(`#${description.color}`);
  if (!labels) return;
  // Each label is its ID as text (ExcelApi 1.8 `dataLabel.text`) rather than a formula pointing
  // at the label cell: the sheet still has its temporary name here and is renamed later. A
  // formula naming the final name would point at the previous output sheet (deleted in the same
  // swap, leaving #REF!) or, on a first run, at no sheet; one naming the temporary name would
  // rely on Excel rewriting a label's reference on rename, which is not documented for data
  // labels. The text is written afresh on every run; it does not follow a later hand edit.
  description.pointLabels.forEach((text, index) => {
    if (text === "") return;
    const point = series.points.getItemAt(index);
    point.hasDataLabel = true;
    point.dataLabel.text = text;
  });
}
