/**
 * Protected sheets: cell and format writes fail at sync with AccessDenied; what ran earlier in
 * the batch stays — which is why the adapter builds the new sheet before deleting the old one.
 * A protected workbook structure refuses adding, deleting, moving, renaming and (un)hiding sheets.
 */

import { sheetNames, sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

const locked = { name: "Ranked", cells: [["Rank", "Name"]], protected: true };

async function errorWriting(write: (sheet: Excel.Worksheet) => void) {
  return officeErrorFrom(() =>
    Excel.run(async (context) => {
      write(context.workbook.worksheets.getItem("Ranked"));
      await context.sync();
    }),
  );
}

describe("a protected sheet", () => {
  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ["values", (sheet) => (sheet.getRange("A2").values = [["x"]])],
    ["formulas", (sheet) => (sheet.getRange("A2").formulas = [["=1"]])],
    ["numberFormat", (sheet) => (sheet.getRange("A2").numberFormat = [["@"]])],
    ["font", (sheet) => (sheet.getRange("A1").format.font.bold = true)],
    ["fill", (sheet) => (sheet.getRange("A1").format.fill.color = "#FFFF00")],
    ["column width", (sheet) => (sheet.getRange("A1").format.columnWidth = 120)],
    [
      "borders",
      (sheet) => (sheet.getRange("A1").format.borders.getItem("EdgeTop").style = "Continuous"),
    ],
    [
      "hyperlink",
      (sheet) => (sheet.getRange("A1").hyperlink = { documentReference: "'Input'!A1" }),
    ],
    ["clear", (sheet) => sheet.getRange("A1").clear()],
    ["a table", (sheet) => sheet.tables.add("A1:B1", true)],
    [
      "a conditional format",
      (sheet) => sheet.getRange("A1").conditionalFormats.add(Excel.ConditionalFormatType.dataBar),
    ],
  ])("refuses %s with AccessDenied", async (_what, write) => {
    const state = aWorkbook({ sheets: [locked, { name: "Input" }] });
    const error = await errorWriting(write);
    expect(error.code).toBe(Excel.ErrorCodes.accessDenied);
    expect(sheetSnapshot(state, "Ranked").values).toEqual([["Rank", "Name"]]);
  });

  it("keeps the writes that ran before the refused one in the same batch", async () => {
    const state = aWorkbook({ sheets: [locked, { name: "Input" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Input").getRange("A1").values = [["written first"]];
        context.workbook.worksheets.getItem("Ranked").getRange("A2").values = [["refused"]];
        context.workbook.worksheets.getItem("Input").getRange("A2").values = [["never runs"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(sheetSnapshot(state, "Input").values).toEqual([["written first"]]);
  });

  it("can still be renamed, recoloured, frozen and deleted", async () => {
    const state = aWorkbook({ sheets: [locked, { name: "Input" }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      sheet.name = "Ranked (old)";
      sheet.tabColor = "#C00000";
      sheet.freezePanes.freezeRows(1);
      await context.sync();
      expect(sheetSnapshot(state, "Ranked (old)")).toMatchObject({
        tabColor: "#C00000",
        frozenRows: 1,
      });
      sheet.delete();
    });
    expect(sheetNames(state)).toEqual(["Input"]);
  });

  it("takes writes again once unprotected, and reports its protection state", async () => {
    const state = aWorkbook({ sheets: [locked] });
    const states = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      sheet.load("protection/protected");
      await context.sync();
      const before = sheet.protection.protected;
      sheet.protection.unprotect();
      sheet.protection.unprotect(); // unprotecting twice does nothing
      sheet.getRange("A2").values = [["ok"]];
      sheet.protection.protect();
      sheet.protection.protect(); // protecting twice does nothing
      sheet.load("protection/protected");
      await context.sync();
      return [before, sheet.protection.protected];
    });
    expect(states).toEqual([true, true]);
    expect(sheetSnapshot(state, "Ranked").values[1]).toEqual(["ok", ""]);
  });

  it("refuses to unprotect with the wrong password", async () => {
    aWorkbook({ sheets: [{ name: "Ranked" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Ranked");
        sheet.protection.protect({ allowFormatCells: false }, "secret");
        sheet.protection.unprotect("guess");
        await context.sync();
      }),
    );
    expect(error.code).toBe("BadPassword");
  });
});

describe("a workbook whose structure is protected", () => {
  const seed = {
    sheets: [
      { name: "Input" },
      { name: "Ranked" },
      { name: "Notes", visibility: "Hidden" as const },
    ],
    workbookProtected: true,
  };

  it("reports workbook.protection.protected, before and after unprotect", async () => {
    aWorkbook(seed);
    const states = await Excel.run(async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      const before = protection.protected;
      protection.unprotect();
      protection.load("protected");
      await context.sync();
      return [before, protection.protected];
    });
    expect(states).toEqual([true, false]);
  });

  it.each<[string, (context: Excel.RequestContext) => void, string]>([
    ["adding", (c) => c.workbook.worksheets.add("New"), "WorksheetCollection.add"],
    ["deleting", (c) => c.workbook.worksheets.getItem("Ranked").delete(), "Worksheet.delete"],
    ["renaming", (c) => (c.workbook.worksheets.getItem("Ranked").name = "R"), "Worksheet.name"],
    ["moving", (c) => (c.workbook.worksheets.getItem("Ranked").position = 0), "Worksheet.position"],
    [
      "hiding",
      (c) => (c.workbook.worksheets.getItem("Ranked").visibility = "Hidden"),
      "Worksheet.visibility",
    ],
    [
      "unhiding",
      (c) => (c.workbook.worksheets.getItem("Notes").visibility = "Visible"),
      "Worksheet.visibility",
    ],
  ])("refuses %s a sheet with AccessDenied", async (_what, change, location) => {
    const state = aWorkbook(seed);
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        change(context);
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(error.debugInfo.errorLocation).toBe(location);
    expect(sheetNames(state)).toEqual(["Input", "Ranked", "Notes"]);
  });

  it("still takes cell writes, tab colours and a visibility that does not change", async () => {
    const state = aWorkbook(seed);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      sheet.getRange("A1").values = [["ok"]];
      sheet.tabColor = "#2F5597";
      sheet.visibility = "Visible";
    });
    expect(sheetSnapshot(state, "Ranked")).toMatchObject({ values: [["ok"]], tabColor: "#2F5597" });
  });

  it("refuses protect() when already protected, and unprotect() with the wrong password", async () => {
    aWorkbook({ sheets: [{ name: "Input" }] });
    const twice = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.protection.protect("secret");
        await context.sync();
        context.workbook.protection.protect();
        await context.sync();
      }),
    );
    expect(twice.code).toBe("InvalidOperation");
    const wrong = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.protection.unprotect("guess");
        await context.sync();
      }),
    );
    expect(wrong.code).toBe("BadPassword");
  });
});
