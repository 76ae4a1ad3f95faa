/**
 * Chart series and point labels as the adapter sets them: every series' cells set explicitly,
 * coloured, and each bubble labelled with a text or a cell. Written against the real
 * @types/office-js typings.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, removeWorkbook } from "./double/testWorkbook";
import { aBubbleChart, errorAfterAddingChart, plotted } from "./plotSheet";

afterEach(removeWorkbook);

describe("series", () => {
  it("plots the cells it points at: the snapshot shows them as they are now", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      const chart = sheet.charts.add("Bubble", sheet.getRange("C2:C4"), "Columns");
      const first = chart.series.getItemAt(0);
      first.name = "Use cases";
      first.setXAxisValues(sheet.getRange("B2:B3"));
      first.setValues(sheet.getRange("C2:C3"));
      first.setBubbleSizes(sheet.getRange("D2:D3"));
      first.format.fill.setSolidColor("#4472c4");
      const second = chart.series.add("Needs governance review");
      second.setXAxisValues(sheet.getRange("B4"));
      second.setValues(sheet.getRange("C4"));
      second.setBubbleSizes(sheet.getRange("D4"));
      second.format.fill.setSolidColor("#C00000");
      await context.sync();
      sheet.getRange("C2").values = [[2]];
    });
    const series = sheetSnapshot(state, "Plot").charts[0]?.series;
    expect(series).toEqual([
      {
        name: "Use cases",
        color: "#4472C4",
        xValues: { address: "Plot!B2:B3", values: [4, 2] },
        values: { address: "Plot!C2:C3", values: [2, 3] },
        bubbleSizes: { address: "Plot!D2:D3", values: [1000, 4000] },
        pointCount: 2,
        labels: [],
      },
      {
        name: "Needs governance review",
        color: "#C00000",
        xValues: { address: "Plot!B4", values: [5] },
        values: { address: "Plot!C4", values: [1] },
        bubbleSizes: { address: "Plot!D4", values: [2500] },
        pointCount: 1,
        labels: [],
      },
    ]);
  });

  it("adds a series at an index, deletes one, and lists them after load", async () => {
    aWorkbook({ sheets: [plotted] });
    const names = await Excel.run(async (context) => {
      const chart = aBubbleChart(context.workbook.worksheets.getItem("Plot"));
      chart.series.add("Second");
      chart.series.add("First", 0);
      chart.series.getItemAt(1).delete();
      chart.series.load("items/name");
      await context.sync();
      return chart.series.items.map((s) => s.name);
    });
    expect(names).toEqual(["First", "Second"]);
  });

  it("refuses a block of cells, a colour it cannot read and a series past the last", async () => {
    aWorkbook({ sheets: [plotted] });
    const block = await errorAfterAddingChart((chart, sheet) =>
      chart.series.getItemAt(0).setValues(sheet.getRange("B2:C4")),
    );
    const colour = await errorAfterAddingChart((chart) =>
      chart.series.getItemAt(0).format.fill.setSolidColor("#12345"),
    );
    const missing = await errorAfterAddingChart((chart) => chart.series.getItemAt(1));
    expect([block.code, colour.code, missing.code]).toEqual([
      "InvalidArgument",
      "InvalidArgument",
      "ItemNotFound",
    ]);
  });
});

describe("point labels", () => {
  it("shows a written text, or the cell a formula names, only on points that have a label", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    const read = await Excel.run(async (context) => {
      const chart = aBubbleChart(context.workbook.worksheets.getItem("Plot"));
      const first = chart.series.getItemAt(0).points.getItemAt(0);
      first.hasDataLabel = true;
      first.dataLabel.text = "UC-1";
      const third = chart.series.getItemAt(0).points.getItemAt(2);
      third.hasDataLabel = true;
      third.dataLabel.formula = "=Plot!$A$4";
      third.load("value,dataLabel/text,dataLabel/formula");
      await context.sync();
      return {
        text: third.dataLabel.text,
        formula: third.dataLabel.formula,
        value: third.value,
      };
    });
    expect(read).toEqual({ text: "UC-3", formula: "=Plot!$A$4", value: 1 });
    expect(sheetSnapshot(state, "Plot").charts[0]?.series[0]?.labels).toEqual([
      { point: 0, text: "UC-1", formula: "" },
      { point: 2, text: "UC-3", formula: "=Plot!$A$4" },
    ]);
  });

  it("refuses a label's text before the point has a label, and a point past the last", async () => {
    aWorkbook({ sheets: [plotted] });
    const onPoint = (index: number, label: (point: Excel.ChartPoint) => void) =>
      errorAfterAddingChart((chart) => label(chart.series.getItemAt(0).points.getItemAt(index)));
    const unlabelled = await onPoint(0, (point) => (point.dataLabel.text = "UC-1"));
    const past = await onPoint(3, (point) => (point.hasDataLabel = true));
    expect([unlabelled.code, past.code]).toEqual(["InvalidOperation", "ItemNotFound"]);
  });

  it.each(["=$A$2", "UC-1", '="UC-1"', "=Nowhere!$A$2"])(
    "refuses the label formula %s: a label shows a cell, named with its sheet",
    async (formula) => {
      aWorkbook({ sheets: [plotted] });
      const error = await errorAfterAddingChart((chart) => {
        const point = chart.series.getItemAt(0).points.getItemAt(0);
        point.hasDataLabel = true;
        point.dataLabel.formula = formula;
      });
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("ChartDataLabel.formula");
    },
  );
});
