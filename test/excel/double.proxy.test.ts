/**
 * The double behaves like Office.js proxies: nothing is readable before load + sync, writes wait
 * for sync, missing items fail at sync, *OrNullObject gives null objects. Written against the
 * real @types/office-js typings, so what compiles here compiles in the adapter.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

const inputSheet = {
  name: "Input",
  cells: [
    ["Name", "Value"],
    ["Chatbot", 5],
  ],
};

describe("reading proxies", () => {
  it("throws PropertyNotLoaded, naming the property, when values are read before load", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Input").getRange("A1:B2");
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early is what this test checks
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toContain("'values'");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
  });

  it("still throws after load when no sync has happened", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Input").getRange("A1:B2");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- reading before sync is what this test checks
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("reads loaded properties after sync, and only those", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const result = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1:B2");
      range.load("values, address");
      await context.sync();
      let rowCountError = "";
      try {
        // eslint-disable-next-line office-addins/load-object-before-read -- reading an unloaded property is what this test checks
        void range.rowCount;
      } catch (error) {
        rowCountError = (error as { code: string }).code;
      }
      return { values: range.values, address: range.address, rowCountError };
    });
    expect(result).toEqual({
      values: [
        ["Name", "Value"],
        ["Chatbot", 5],
      ],
      address: "Input!A1:B2",
      rowCountError: "PropertyNotLoaded",
    });
  });

  it("accepts array, object and nested load options", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const result = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("B2");
      range.load(["rowIndex", "columnIndex"]);
      range.load({ rowCount: true });
      range.load("format/font/bold");
      await context.sync();
      return [range.rowIndex, range.columnIndex, range.rowCount, range.format.font.bold];
    });
    expect(result).toEqual([1, 1, 1, false]);
  });

  it("returns what the add-in set in the same batch, as Office.js keeps it on the proxy", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const seen = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1");
      range.values = [["=1+1"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- Office.js returns the value set on the proxy; this test checks the double does too
      return range.values;
    });
    expect(seen).toEqual([["=1+1"]]);
  });

  it("applies writes only at sync", async () => {
    const state = aWorkbook({ sheets: [inputSheet] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("A1").values = [["Changed"]];
      expect(sheetSnapshot(state, "Input").values[0]).toEqual(["Name", "Value"]);
      await context.sync();
      expect(sheetSnapshot(state, "Input").values[0]).toEqual(["Changed", "Value"]);
    });
  });

  it("syncs what is still queued when the batch function returns, as Excel.run does", async () => {
    const state = aWorkbook({ sheets: [inputSheet] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("A1").values = [["Late"]];
    });
    expect(sheetSnapshot(state, "Input").values[0]?.[0]).toBe("Late");
  });

  it("rejects a batch function that returns no promise with RunMustReturnPromise", async () => {
    aWorkbook();
    const error = await officeErrorFrom(() =>
      Excel.run(((context: Excel.RequestContext) => {
        void context;
        return undefined;
      }) as unknown as (context: Excel.RequestContext) => Promise<void>),
    );
    expect(error.code).toBe("RunMustReturnPromise");
  });
});

describe("missing items", () => {
  it("fails the sync with ItemNotFound for getItem of a missing sheet", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    );
    expect(error.code).toBe(Excel.ErrorCodes.itemNotFound);
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("throws when isNullObject is read before the sync that resolves it", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const error = await officeErrorFrom(() =>
      Excel.run(
        async (context) => context.workbook.worksheets.getItemOrNullObject("Nope").isNullObject,
      ),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toContain("'isNullObject'");
  });

  it("gives a null object for a missing sheet and a real one for a present sheet", async () => {
    aWorkbook({ sheets: [inputSheet] });
    const result = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("input");
      missing.load("name");
      present.load("name");
      await context.sync();
      return {
        missing: missing.isNullObject,
        missingName: missing.name,
        present: present.isNullObject,
        name: present.name,
      };
    });
    expect(result).toEqual({
      missing: true,
      missingName: undefined,
      present: false,
      name: "Input",
    });
  });

  it("ignores operations on a null object, so 'delete if present' needs no check", async () => {
    const state = aWorkbook({ sheets: [inputSheet] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").delete();
      context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(state.sheets.map((s) => s.name)).toEqual(["Input"]);
  });

  it("resolves names, tables and used ranges as null objects too", async () => {
    aWorkbook({ sheets: [{ name: "Blank" }] });
    const result = await Excel.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject("Nothing");
      const table = context.workbook.tables.getItemOrNullObject("Nothing");
      const used = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject();
      await context.sync();
      return [name.isNullObject, table.isNullObject, used.isNullObject];
    });
    expect(result).toEqual([true, true, true]);
  });
});

describe("errors", () => {
  it("are shaped like OfficeExtension.Error", async () => {
    aWorkbook({ sheets: [inputSheet] });
    let caught: unknown;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope");
      await context.sync();
    }).catch((error: unknown) => {
      caught = error;
    });
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    expect(caught).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" },
    });
    expect(String(caught)).toBe("ItemNotFound: The requested resource doesn't exist.");
  });
});
