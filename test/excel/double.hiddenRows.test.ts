/**
 * Hidden rows as the adapter reads them: a range's visible view counts the rows not hidden
 * (ExcelApi 1.3), and a sheet's or a table's AutoFilter says whether criteria are set (1.9).
 */

import { createWorkbookState } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

const cells = [
  ["Name", "Value"],
  ["Chatbot", 5],
  ["Search", 3],
  ["Triage", 4],
  ["Forecast", 2],
];

describe("a range's visible view", () => {
  it("counts the rows of the range that are not hidden, and every column", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells, hiddenRows: [3, 4] }] });
    const counts = await Excel.run(async (context) => {
      const view = context.workbook.worksheets.getItem("Input").getRange("A1:B5").getVisibleView();
      view.load("rowCount,columnCount");
      await context.sync();
      return [view.rowCount, view.columnCount];
    });
    expect(counts).toEqual([3, 2]);
  });

  it("counts only the hidden rows inside the range, even over the whole height of the sheet", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells, hiddenRows: [2, 9, 1_048_576] }] });
    const counts = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Input");
      const used = sheet.getUsedRange(true).getVisibleView();
      const column = sheet.getRangeByIndexes(0, 0, 1_048_576, 1).getVisibleView();
      used.load("rowCount");
      column.load("rowCount");
      await context.sync();
      return [used.rowCount, column.rowCount];
    });
    expect(counts).toEqual([4, 1_048_576 - 3]);
  });

  it("throws PropertyNotLoaded for rowCount read before load and sync", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const view = context.workbook.worksheets
          .getItem("Input")
          .getRange("A1:B5")
          .getVisibleView();
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early is what this test checks
        return view.rowCount;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.debugInfo.errorLocation).toBe("RangeView.rowCount");
  });
});

describe("a sheet's AutoFilter", () => {
  it("is off on a sheet without one", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells }] });
    const filter = await Excel.run(async (context) => {
      const autoFilter = context.workbook.worksheets.getItem("Input").autoFilter;
      autoFilter.load("enabled,isDataFiltered");
      await context.sync();
      return [autoFilter.enabled, autoFilter.isDataFiltered];
    });
    expect(filter).toEqual([false, false]);
  });

  it("says it filters when seeded with criteria, also loaded through the sheet", async () => {
    aWorkbook({
      sheets: [{ name: "Input", cells, hiddenRows: [3], autoFilter: { isDataFiltered: true } }],
    });
    const filter = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Input");
      sheet.load("autoFilter/enabled,autoFilter/isDataFiltered");
      await context.sync();
      return [sheet.autoFilter.enabled, sheet.autoFilter.isDataFiltered];
    });
    expect(filter).toEqual([true, true]);
  });

  it("throws PropertyNotLoaded before its sync", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells, autoFilter: {} }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const filter = context.workbook.worksheets.getItem("Input").autoFilter;
        filter.load("isDataFiltered");
        return filter.isDataFiltered;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.debugInfo.errorLocation).toBe("AutoFilter.isDataFiltered");
  });

  it("is the same proxy each time it is asked for, as Office.js keeps navigation properties", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Input");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property is a proxy, not a loaded value
      expect(sheet.autoFilter).toBe(sheet.autoFilter);
    });
  });

  it("refuses a seed with criteria but no buttons, and a hidden row that is not a sheet row", () => {
    expect(() =>
      createWorkbookState({
        sheets: [{ name: "S", autoFilter: { enabled: false, isDataFiltered: true } }],
      }),
    ).toThrow(/without buttons/);
    expect(() => createWorkbookState({ sheets: [{ name: "S", hiddenRows: [0] }] })).toThrow(
      /hidden row 0/,
    );
  });
});

describe("a table's AutoFilter", () => {
  it("shows its buttons without criteria unless seeded filtered, read through the collection", async () => {
    aWorkbook({
      sheets: [
        {
          name: "Input",
          cells,
          hiddenRows: [2],
          tables: [
            { name: "Plain", address: "A1:A5" },
            { name: "Filtered", address: "B1:B5", autoFilter: { isDataFiltered: true } },
          ],
        },
      ],
    });
    const filters = await Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Input").tables;
      tables.load("items/name,items/autoFilter/enabled,items/autoFilter/isDataFiltered");
      await context.sync();
      return tables.items.map((table) => [
        table.name,
        table.autoFilter.enabled,
        table.autoFilter.isDataFiltered,
      ]);
    });
    expect(filters).toEqual([
      ["Plain", true, false],
      ["Filtered", true, true],
    ]);
  });

  it("is there, without criteria, on a table the add-in adds", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells }] });
    const filter = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Input").tables.add("A1:B5", true);
      table.autoFilter.load("enabled,isDataFiltered");
      await context.sync();
      return [table.autoFilter.enabled, table.autoFilter.isDataFiltered];
    });
    expect(filter).toEqual([true, false]);
  });
});
