/**
 * The sheet the double's chart tests plot (double.charts.test.ts, double.chartSeries.test.ts),
 * the bubble chart they start from, and a batch that adds it and is expected to fail.
 */

import type { SheetSeed } from "./double";
import { type CaughtOfficeError, officeErrorFrom } from "./double/testWorkbook";

/** IDs, feasibility, value, budget: one bubble a row. */
export const plotted = {
  name: "Plot",
  cells: [
    ["ID", "Feasibility", "Value", "Budget"],
    ["UC-1", 4, 5, 1000],
    ["UC-2", 2, 3, 4000],
    ["UC-3", 5, 1, 2500],
  ],
} satisfies SheetSeed;

/** A bubble chart over `B2:D4` by columns: one series, x values in B, values in C, sizes in D. */
export function aBubbleChart(sheet: Excel.Worksheet): Excel.Chart {
  return sheet.charts.add("Bubble", sheet.getRange("B2:D4"), "Columns");
}

/** The error of a batch that adds that chart to Plot, does `change`, and syncs. */
export function errorAfterAddingChart(
  change: (
    chart: Excel.Chart,
    sheet: Excel.Worksheet,
    context: Excel.RequestContext,
  ) => void = () => undefined,
): Promise<CaughtOfficeError> {
  return officeErrorFrom(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      change(aBubbleChart(sheet), sheet, context);
      await context.sync();
    }),
  );
}
