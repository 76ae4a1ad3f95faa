/**
 * Tables as the adapter reads and writes them: looked up on their sheet, read whole with their
 * totals row, added on a range, renamed under workbook-wide unique names.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

const withTotals = {
  name: "Input",
  cells: [
    ["Name", "Value"],
    ["Chatbot", 5],
    ["Search", 3],
    ["Total", 8],
  ],
  tables: [{ name: "UseCases", address: "A1:B4", showTotals: true }],
};

describe("reading a table", () => {
  it("finds it on its sheet, reports showTotals and reads its whole range with the totals row", async () => {
    aWorkbook({ sheets: [withTotals] });
    const read = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Input").tables.getItem("usecases");
      table.load("showTotals, name");
      const range = table.getRange();
      range.load("rowCount,columnCount,rowIndex,columnIndex");
      await context.sync();
      range.load("values,valueTypes");
      await context.sync();
      return {
        name: table.name,
        showTotals: table.showTotals,
        size: [range.rowCount, range.columnCount, range.rowIndex, range.columnIndex],
        lastRow: range.values[3],
        types: range.valueTypes[1],
      };
    });
    expect(read).toEqual({
      name: "UseCases",
      showTotals: true,
      size: [4, 2, 0, 0],
      lastRow: ["Total", 8],
      types: ["String", "Double"],
    });
  });

  it("reports showTotals false for a table without a totals row", async () => {
    aWorkbook({ sheets: [{ name: "S", tables: [{ name: "T", address: "A1:B2" }] }] });
    const shown = await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.load("showTotals");
      await context.sync();
      return table.showTotals;
    });
    expect(shown).toBe(false);
  });

  it("does not find a table of another sheet through worksheet.tables: ItemNotFound", async () => {
    aWorkbook({ sheets: [withTotals, { name: "Other" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").tables.getItem("UseCases");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("says plainly that turning a totals row on or off is not modelled", async () => {
    aWorkbook({ sheets: [withTotals] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("UseCases").showTotals = false;
      }),
    ).rejects.toThrow(/does not model turning a totals row/);
  });
});

describe("adding and renaming tables", () => {
  it("adds a table on a Range, then renames it from a temporary name through worksheet.tables", async () => {
    const state = aWorkbook({
      sheets: [
        {
          name: "Ranked",
          cells: [
            ["Rank", "Name"],
            [1, "Bot"],
          ],
        },
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      const added = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 2), true);
      added.name = "OppScorerTemp1";
      added.style = "TableStyleMedium2";
      await context.sync();
      sheet.tables.getItem("OppScorerTemp1").name = "RankedUseCases";
    });
    expect(sheetSnapshot(state, "Ranked").tables).toEqual([
      {
        name: "RankedUseCases",
        address: "A1:B2",
        style: "TableStyleMedium2",
        showBandedRows: true,
        hasHeaders: true,
        showTotals: false,
      },
    ]);
  });

  it("refuses a name another sheet's table has, in any case, with InvalidArgument", async () => {
    aWorkbook({
      sheets: [
        { name: "Input", tables: [{ name: "RankedUseCases", address: "A1:B2" }] },
        { name: "Ranked", tables: [{ name: "Temp", address: "A1:B2" }] },
      ],
    });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ranked").tables.getItem("Temp").name =
          "rankedusecases";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses a name a defined name has: tables and names share one namespace", async () => {
    aWorkbook({
      sheets: [{ name: "Ranked", tables: [{ name: "Temp", address: "A1:B2" }] }],
      names: [{ name: "Scores", reference: "=Ranked!$D$1" }],
    });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Temp").name = "Scores";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("frees a table's name when its sheet is deleted, and keeps tables on a renamed sheet", async () => {
    const state = aWorkbook({
      sheets: [
        { name: "Ranked", tables: [{ name: "RankedUseCases", address: "A1:B2" }] },
        { name: "Temp", tables: [{ name: "Temp1", address: "A1:B2" }] },
      ],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ranked").delete();
      const fresh = context.workbook.worksheets.getItem("Temp");
      fresh.name = "Ranked";
      fresh.tables.getItem("Temp1").name = "RankedUseCases";
    });
    expect(sheetSnapshot(state, "Ranked").tables.map((t) => [t.name, t.address])).toEqual([
      ["RankedUseCases", "A1:B2"],
    ]);
  });
});
