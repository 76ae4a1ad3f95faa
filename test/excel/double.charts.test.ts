/**
 * Charts as the adapter makes them: a bubble chart added over a range, titled, scaled and
 * placed; living on its sheet through a rename and gone with it; loaded like other proxies.
 * Series and point labels are in double.chartSeries.test.ts. Written against the real
 * @types/office-js typings.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";
import { aBubbleChart, errorAfterAddingChart, plotted } from "./plotSheet";

afterEach(removeWorkbook);

describe("adding a chart", () => {
  it("starts a bubble chart over three columns with one series: x, values, sizes", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    const count = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      const chart = sheet.charts.add(Excel.ChartType.bubble, sheet.getRange("B2:D4"), "Columns");
      chart.series.load("count");
      await context.sync();
      return chart.series.count;
    });
    expect(count).toBe(1);
    const [chart] = sheetSnapshot(state, "Plot").charts;
    expect(chart).toMatchObject({ name: "Chart 1", type: "Bubble", width: 360, height: 216 });
    expect(chart?.series).toEqual([
      {
        name: "Series1",
        color: null,
        xValues: { address: "Plot!B2:B4", values: [4, 2, 5] },
        values: { address: "Plot!C2:C4", values: [5, 3, 1] },
        bubbleSizes: { address: "Plot!D2:D4", values: [1000, 4000, 2500] },
        pointCount: 3,
        labels: [],
      },
    ]);
  });

  it("starts with one series from one column, and one series per column pair after the x column", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      sheet.charts.add("Bubble", sheet.getRange("C2:C4"), "Columns");
      sheet.charts.add("Bubble", sheet.getRange("A2:E4"), "Columns");
      sheet.charts.add("Bubble", sheet.getRange("B2:D2"), "Rows");
    });
    const [oneColumn, wide, byRows] = sheetSnapshot(state, "Plot").charts;
    expect(oneColumn?.series.map((s) => [s.xValues, s.values?.address, s.bubbleSizes])).toEqual([
      [null, "Plot!C2:C4", null],
    ]);
    expect(wide?.series.map((s) => [s.values?.address, s.bubbleSizes?.address])).toEqual([
      ["Plot!B2:B4", "Plot!C2:C4"],
      ["Plot!D2:D4", "Plot!E2:E4"],
    ]);
    expect(byRows?.series[0]?.values).toEqual({ address: "Plot!B2:D2", values: [4, 5, 1000] });
    expect(sheetSnapshot(state, "Plot").charts.map((c) => c.name)).toEqual([
      "Chart 1",
      "Chart 2",
      "Chart 3",
    ]);
  });

  it.each([
    ["Bubbles", "Columns"],
    ["Invalid", "Columns"],
    ["Bubble", "Diagonal"],
  ])("refuses chart type %s by %s with InvalidArgument", async (type, seriesBy) => {
    aWorkbook({ sheets: [plotted] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Plot");
        sheet.charts.add(
          type as Excel.ChartType,
          sheet.getRange("B2:D4"),
          seriesBy as Excel.ChartSeriesBy,
        );
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("ChartCollection.add");
  });

  it("refuses a chart on a protected sheet with AccessDenied", async () => {
    aWorkbook({ sheets: [{ ...plotted, protected: true }] });
    const error = await errorAfterAddingChart();
    expect(error.code).toBe("AccessDenied");
  });
});

describe("dressing a chart", () => {
  it("takes a name, title, legend and axis scales and titles, and reads them back after load", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      const chart = aBubbleChart(sheet);
      chart.name = "ValueVsFeasibility";
      chart.title.text = "Value vs feasibility";
      chart.legend.position = Excel.ChartLegendPosition.bottom;
      const x = chart.axes.categoryAxis;
      x.minimum = 0.5;
      x.maximum = 5.5;
      x.majorUnit = 1;
      x.title.text = "Technical feasibility";
      chart.axes.valueAxis.title.text = "Business value";
      await context.sync();
      const again = sheet.charts.getItem("valuevsfeasibility");
      again.load(
        "name,chartType,axes/categoryAxis/minimum,axes/categoryAxis/maximum,axes/categoryAxis/majorUnit,axes/valueAxis/minimum,legend/position,legend/visible",
      );
      await context.sync();
      return {
        name: again.name,
        type: again.chartType,
        x: [
          again.axes.categoryAxis.minimum,
          again.axes.categoryAxis.maximum,
          again.axes.categoryAxis.majorUnit,
        ],
        automaticY: again.axes.valueAxis.minimum,
        legend: [again.legend.position, again.legend.visible],
      };
    });
    expect(read).toEqual({
      name: "ValueVsFeasibility",
      type: "Bubble",
      x: [0.5, 5.5, 1],
      automaticY: null,
      legend: ["Bottom", true],
    });
    expect(sheetSnapshot(state, "Plot").charts[0]).toMatchObject({
      title: "Value vs feasibility",
      legend: { visible: true, position: "Bottom" },
      categoryAxis: { title: "Technical feasibility", minimum: 0.5, maximum: 5.5, majorUnit: 1 },
      valueAxis: { title: "Business value", minimum: null, maximum: null, majorUnit: null },
    });
  });

  it("places a chart at a cell's top-left corner from the column widths, then sizes it in points", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      sheet.getRange("A1").format.columnWidth = 100;
      const chart = aBubbleChart(sheet);
      chart.setPosition(sheet.getRange("C5"));
      chart.width = 480;
      chart.height = 300;
      aBubbleChart(sheet).setPosition("B2", "C3");
    });
    const [placed, stretched] = sheetSnapshot(state, "Plot").charts;
    // Four default rows of 15 points above row 5; column A is 100 points, B the default 48.
    expect(placed).toMatchObject({ top: 60, left: 148, width: 480, height: 300 });
    expect(stretched).toMatchObject({ top: 15, left: 100, width: 96, height: 30 });
  });

  it("refuses a negative position, a cell on another sheet and an end cell before the start", async () => {
    aWorkbook({ sheets: [plotted, { name: "Other" }] });
    const negative = await errorAfterAddingChart((chart) => (chart.top = -1));
    const elsewhere = await errorAfterAddingChart((chart, _sheet, context) =>
      chart.setPosition(context.workbook.worksheets.getItem("Other").getRange("A1")),
    );
    const backwards = await errorAfterAddingChart((chart) => chart.setPosition("C3", "B2"));
    expect([negative.code, elsewhere.code, backwards.code]).toEqual([
      "InvalidArgument",
      "InvalidArgument",
      "InvalidArgument",
    ]);
  });
});

describe("a chart and its sheet", () => {
  it("follows a rename: series and label formulas name the sheet's new name", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      const point = aBubbleChart(sheet).series.getItemAt(0).points.getItemAt(1);
      point.hasDataLabel = true;
      point.dataLabel.formula = "=Plot!$A$3";
      sheet.name = "Value map";
    });
    const [chart] = sheetSnapshot(state, "Value map").charts;
    expect(chart?.series[0]?.xValues?.address).toBe("'Value map'!B2:B4");
    expect(chart?.series[0]?.labels).toEqual([
      { point: 1, text: "UC-2", formula: "='Value map'!$A$3" },
    ]);
  });

  it("keeps a label formula on the sheet it named: the final name, written early, points at the old sheet", async () => {
    const state = aWorkbook({
      sheets: [
        { name: "Summary", cells: [["old"], ["old ID"]] },
        { name: "Building", cells: plotted.cells },
      ],
    });
    await Excel.run(async (context) => {
      const building = context.workbook.worksheets.getItem("Building");
      const point = aBubbleChart(building).series.getItemAt(0).points.getItemAt(0);
      point.hasDataLabel = true;
      point.dataLabel.formula = "=Summary!$A$2";
      context.workbook.worksheets.getItem("Summary").delete();
      building.name = "Summary";
    });
    expect(sheetSnapshot(state, "Summary").charts[0]?.series[0]?.labels).toEqual([
      { point: 0, text: "#REF!", formula: "=#REF!$A$2" },
    ]);
  });

  it("goes with its sheet; a proxy to it then fails with ItemNotFound", async () => {
    const state = aWorkbook({ sheets: [plotted, { name: "Other" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Plot");
        const chart = aBubbleChart(sheet);
        await context.sync();
        sheet.delete();
        await context.sync();
        chart.name = "Too late";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(state.sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  it("plots cells of another sheet, and shows #REF! once that sheet is deleted", async () => {
    const state = aWorkbook({ sheets: [plotted, { name: "Chart sheet" }] });
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Plot");
      const host = context.workbook.worksheets.getItem("Chart sheet");
      host.charts.add("Bubble", data.getRange("B2:D4"), "Columns");
      await context.sync();
      data.delete();
    });
    expect(sheetSnapshot(state, "Chart sheet").charts[0]?.series[0]?.values).toEqual({
      address: "#REF!C2:C4",
      values: [],
    });
  });

  it("is deleted by chart.delete()", async () => {
    const state = aWorkbook({ sheets: [plotted] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plot");
      aBubbleChart(sheet);
      await context.sync();
      sheet.charts.getItemAt(0).delete();
    });
    expect(sheetSnapshot(state, "Plot").charts).toEqual([]);
  });
});

describe("loading charts", () => {
  it("throws PropertyNotLoaded for a chart's name before load + sync", async () => {
    aWorkbook({ sheets: [plotted] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const chart = aBubbleChart(context.workbook.worksheets.getItem("Plot"));
        await context.sync();
        return chart.name;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.debugInfo.errorLocation).toBe("Chart.name");
  });

  it("throws PropertyNotLoaded for items when only the count was loaded", async () => {
    aWorkbook({ sheets: [plotted] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Plot");
        aBubbleChart(sheet);
        sheet.load("charts/count");
        await context.sync();
        expect(sheet.charts.count).toBe(1);
        // eslint-disable-next-line office-addins/load-object-before-read -- reading unloaded items is what this test checks
        return sheet.charts.items;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.debugInfo.errorLocation).toBe("ChartCollection.items");
  });

  it("lists charts with their series' names and point counts through one load", async () => {
    aWorkbook({ sheets: [plotted] });
    const listed = await Excel.run(async (context) => {
      aBubbleChart(context.workbook.worksheets.getItem("Plot")).name = "Map";
      const charts = context.workbook.worksheets.getItem("Plot").charts;
      charts.load("items/name,items/series/items/name");
      await context.sync();
      const chart = charts.items[0];
      const points = chart?.series.getItemAt(0).points;
      points?.load("count");
      await context.sync();
      return {
        charts: charts.items.map((c) => c.name),
        series: chart?.series.items.map((s) => s.name),
        points: points?.count,
      };
    });
    expect(listed).toEqual({ charts: ["Map"], series: ["Series1"], points: 3 });
  });

  it("gives a null object for a missing chart, and ItemNotFound from getItem", async () => {
    aWorkbook({ sheets: [plotted] });
    const missing = await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Plot").charts.getItemOrNullObject("No");
      await context.sync();
      return chart.isNullObject;
    });
    expect(missing).toBe(true);
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plot").charts.getItem("No");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("ChartCollection.getItem");
  });
});
