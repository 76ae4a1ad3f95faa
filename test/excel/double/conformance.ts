/**
 * Compile-time checks that the double's properties have the types @types/office-js gives the
 * real ones, so code typed against `Excel.*` reads and writes the double without casts. Only
 * properties are checked: the double's methods return double proxies, not full `Excel.*` objects.
 * (`tsc --noEmit` fails here when a property type drifts.)
 */

import type { DoubleAutoFilter } from "./autoFilter";
import type { DoubleChartAxis, DoubleChartAxisTitle } from "./chartAxes";
import type { DoubleChart, DoubleChartCollection } from "./charts";
import type { DoubleChartLegend, DoubleChartTitle } from "./chartTitleLegend";
import type {
  DoubleChartDataLabel,
  DoubleChartPoint,
  DoubleChartPointsCollection,
} from "./chartPoints";
import type { DoubleChartSeries, DoubleChartSeriesCollection } from "./chartSeries";
import type {
  DoubleConditionalFormat,
  DoubleDataBarConditionalFormat,
  DoubleDataBarPositiveFormat,
} from "./conditionalFormats";
import type { DoubleNamedItem } from "./names";
import type { DoubleWorkbookProtection, DoubleWorksheetProtection } from "./protection";
import type { DoubleRange } from "./range";
import type { DoubleRangeView } from "./rangeView";
import type {
  DoubleRangeBorder,
  DoubleRangeFill,
  DoubleRangeFont,
  DoubleRangeFormat,
} from "./rangeFormat";
import type { DoubleTable } from "./tables";
import type { DoubleWorksheet } from "./worksheet";

/** Both ways: what the double returns fits the real type, and what the add-in assigns fits the double. */
type Same<Double, Real, K extends keyof Double & keyof Real> = [Pick<Double, K>] extends [
  Pick<Real, K>,
]
  ? [Pick<Real, K>] extends [Pick<Double, K>]
    ? true
    : false
  : false;
type Expect<T extends true> = T;

export type Conformance = [
  Expect<
    Same<
      DoubleRange,
      Excel.Range,
      | "address"
      | "columnCount"
      | "columnIndex"
      | "formulas"
      | "hyperlink"
      | "numberFormat"
      | "rowCount"
      | "rowIndex"
      | "text"
      | "valueTypes"
      | "values"
      | "isNullObject"
    >
  >,
  Expect<Same<DoubleRangeView, Excel.RangeView, "columnCount" | "rowCount" | "isNullObject">>,
  Expect<Same<DoubleAutoFilter<string>, Excel.AutoFilter, "enabled" | "isDataFiltered">>,
  Expect<
    Same<
      DoubleRangeFormat,
      Excel.RangeFormat,
      "columnWidth" | "horizontalAlignment" | "verticalAlignment" | "wrapText"
    >
  >,
  Expect<
    Same<
      DoubleRangeFont,
      Excel.RangeFont,
      "bold" | "color" | "italic" | "name" | "size" | "underline"
    >
  >,
  Expect<Same<DoubleRangeFill, Excel.RangeFill, "color">>,
  Expect<Same<DoubleRangeBorder, Excel.RangeBorder, "color" | "style" | "weight">>,
  Expect<
    Same<
      DoubleWorksheet,
      Excel.Worksheet,
      "id" | "name" | "position" | "tabColor" | "visibility" | "isNullObject"
    >
  >,
  Expect<Same<DoubleWorksheetProtection, Excel.WorksheetProtection, "protected">>,
  Expect<Same<DoubleWorkbookProtection, Excel.WorkbookProtection, "protected">>,
  Expect<Same<DoubleTable, Excel.Table, "id" | "name" | "showBandedRows" | "showTotals" | "style">>,
  Expect<
    Same<DoubleNamedItem, Excel.NamedItem, "comment" | "formula" | "name" | "type" | "visible">
  >,
  Expect<Same<DoubleConditionalFormat, Excel.ConditionalFormat, "type">>,
  Expect<Same<DoubleDataBarConditionalFormat, Excel.DataBarConditionalFormat, "barDirection">>,
  Expect<
    Same<
      DoubleDataBarPositiveFormat,
      Excel.ConditionalDataBarPositiveFormat,
      "fillColor" | "gradientFill"
    >
  >,
  Expect<
    Same<
      DoubleChart,
      Excel.Chart,
      "chartType" | "height" | "id" | "left" | "name" | "top" | "width"
    >
  >,
  Expect<Same<DoubleChartCollection, Excel.ChartCollection, "count">>,
  Expect<Same<DoubleChartTitle, Excel.ChartTitle, "text" | "visible">>,
  Expect<Same<DoubleChartLegend, Excel.ChartLegend, "position" | "visible">>,
  Expect<Same<DoubleChartAxis, Excel.ChartAxis, "majorUnit" | "maximum" | "minimum">>,
  Expect<Same<DoubleChartAxisTitle, Excel.ChartAxisTitle, "text" | "visible">>,
  Expect<Same<DoubleChartSeriesCollection, Excel.ChartSeriesCollection, "count">>,
  Expect<Same<DoubleChartSeries, Excel.ChartSeries, "hasDataLabels" | "name">>,
  Expect<Same<DoubleChartPointsCollection, Excel.ChartPointsCollection, "count">>,
  Expect<Same<DoubleChartPoint, Excel.ChartPoint, "hasDataLabel" | "value">>,
  Expect<Same<DoubleChartDataLabel, Excel.ChartDataLabel, "formula" | "text">>,
];
