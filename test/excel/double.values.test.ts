/**
 * What Excel stores for assigned values: strings that look like formulas become formulas unless
 * the cell is formatted as Text ("@") by then; seeded errors read back as Excel reports them.
 */

import fc from "fast-check";
import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

async function writeThenSnapshot(write: (sheet: Excel.Worksheet) => void) {
  const state = aWorkbook({ sheets: [{ name: "Out" }] });
  await Excel.run(async (context) => {
    write(context.workbook.worksheets.getItem("Out"));
    await context.sync();
  });
  return sheetSnapshot(state, "Out");
}

describe("strings that look like formulas", () => {
  it("stores an = string as a formula in a General cell", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      sheet.getRange("A1:B1").values = [['=HYPERLINK("http://x")', "=2*3"]];
    });
    expect(snapshot.formulas).toEqual([['=HYPERLINK("http://x")', "=2*3"]]);
    // The double computes constant arithmetic only; anything else reads as #NAME?.
    expect(snapshot.values).toEqual([["#NAME?", 6]]);
    expect(snapshot.valueTypes).toEqual([["Error", "Double"]]);
  });

  it("keeps the string as text when the cell was formatted @ earlier in the same batch", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      const range = sheet.getRange("A1:A3");
      range.numberFormat = [["@"], ["@"], ["@"]];
      range.values = [["=cmd|' /C calc'!A0"], ["+1+1"], ["-foo"]];
    });
    expect(snapshot.values).toEqual([["=cmd|' /C calc'!A0"], ["+1+1"], ["-foo"]]);
    expect(snapshot.formulas).toEqual(snapshot.values);
    expect(snapshot.valueTypes).toEqual([["String"], ["String"], ["String"]]);
    expect(snapshot.numberFormats).toEqual([["@"], ["@"], ["@"]]);
  });

  it("does not protect a cell formatted @ only after the value was written", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      const range = sheet.getRange("A1");
      range.values = [["=1/0"]];
      range.numberFormat = [["@"]];
    });
    expect(snapshot.formulas).toEqual([["=1/0"]]);
    expect(snapshot.values).toEqual([["#DIV/0!"]]);
  });

  it("treats + - and @ followed by a non-number as formulas, and signed numbers as numbers", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      sheet.getRange("A1:F1").values = [["+A1", "-foo", "@SUM(1)", "-5", "+1.5e3", "-"]];
    });
    expect(snapshot.formulas).toEqual([["=+A1", "=-foo", "=@SUM(1)", -5, 1500, "-"]]);
  });

  it("converts plain numeric and boolean text, and (a known simplification) leaves 1,000 and 12% as text", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      sheet.getRange("A1:D1").values = [["42", "true", "1,000", "12%"]];
    });
    expect(snapshot.values).toEqual([[42, true, "1,000", "12%"]]);
  });

  it("stores formulas assigned through formulas, and constants as constants", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      sheet.getRange("A1:C1").formulas = [["=(1+2)*4", 7, "text"]];
    });
    expect(snapshot.formulas).toEqual([["=(1+2)*4", 7, "text"]]);
    expect(snapshot.values).toEqual([[12, 7, "text"]]);
  });

  it("keeps text exactly as written in a Text cell, whatever the string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (text) => {
        const snapshot = await writeThenSnapshot((sheet) => {
          const cell = sheet.getRange("A1");
          cell.numberFormat = [["@"]];
          cell.values = [[text]];
        });
        expect(snapshot.values).toEqual([[text]]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("writing values", () => {
  it("leaves cells under null unchanged and clears cells under an empty string", async () => {
    const state = aWorkbook({ sheets: [{ name: "Out", cells: [["a", "b", "c"]] }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Out").getRange("A1:C1").values = [[null, "", "z"]];
    });
    expect(sheetSnapshot(state, "Out").values).toEqual([["a", "", "z"]]);
  });

  it("applies one value to every cell of the range", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      const range = sheet.getRange("A1:B2");
      range.values = 0 as unknown as unknown[][];
    });
    expect(snapshot.values).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("refuses an array whose size does not match the range with InvalidArgument", async () => {
    aWorkbook({ sheets: [{ name: "Out" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Out").getRange("A1:B2").values = [
          ["only one row", "x"],
        ];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
  });

  it("lets a test supply formula results", async () => {
    const state = aWorkbook(
      { sheets: [{ name: "Out" }] },
      { evaluateFormula: (f) => (f === "=SUM(B1:B3)" ? 9 : { error: "#NAME?" }) },
    );
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Out").getRange("A1").formulas = [["=SUM(B1:B3)"]];
    });
    expect(sheetSnapshot(state, "Out").values).toEqual([[9]]);
  });
});

describe("reading values", () => {
  it("reports seeded errors, formulas and empties the way Excel does", async () => {
    aWorkbook({
      sheets: [
        {
          name: "In",
          cells: [
            [
              { error: "#DIV/0!" },
              { formula: "=A2*2", value: 8 },
              null,
              true,
              "=not a formula: seeded text",
            ],
            [4],
          ],
          numberFormats: [[null, "0.0", null, null, null]],
        },
      ],
    });
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("In").getRange("A1:E1");
      range.load("values, valueTypes, formulas, numberFormat, text");
      await context.sync();
      return {
        values: range.values,
        types: range.valueTypes,
        formulas: range.formulas,
        formats: range.numberFormat,
        text: range.text,
      };
    });
    expect(read).toEqual({
      values: [["#DIV/0!", 8, "", true, "=not a formula: seeded text"]],
      types: [["Error", "Double", "Empty", "Boolean", "String"]],
      formulas: [["#DIV/0!", "=A2*2", "", true, "=not a formula: seeded text"]],
      formats: [["General", "0.0", "General", "General", "General"]],
      text: [["#DIV/0!", "8", "", "TRUE", "=not a formula: seeded text"]],
    });
  });
});

describe("the snapshot's formulas, for comparing with the command line's file", () => {
  it("gives a formula cell's formula, a text cell's text, a number, a boolean and an error as shown", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      const range = sheet.getRange("A1:F1");
      range.numberFormat = [["General", "@", "@", "0.0", "General", "General"]];
      range.formulas = [["=SUM(B2:B9)", "=not a formula", "Chatbot", 4.5, true, "=1/0"]];
    });
    expect(snapshot.formulas).toEqual([
      ["=SUM(B2:B9)", "=not a formula", "Chatbot", 4.5, true, "=1/0"],
    ]);
    expect(snapshot.valueTypes).toEqual([
      ["Error", "String", "String", "Double", "Boolean", "Error"],
    ]);
  });

  it("keeps text a text cell received through formulas in the same batch as its format", async () => {
    const snapshot = await writeThenSnapshot((sheet) => {
      const range = sheet.getRangeByIndexes(0, 0, 2, 2);
      range.numberFormat = [
        ["@", "General"],
        ["@", "0%"],
      ];
      range.formulas = [
        ["+1-555-0100", "=2*3"],
        ["@mention", 0.25],
      ];
    });
    expect(snapshot.formulas).toEqual([
      ["+1-555-0100", "=2*3"],
      ["@mention", 0.25],
    ]);
    expect(snapshot.values).toEqual([
      ["+1-555-0100", 6],
      ["@mention", 0.25],
    ]);
    expect(snapshot.numberFormats).toEqual([
      ["@", "General"],
      ["@", "0%"],
    ]);
  });
});

describe("reading a sheet's used cells", () => {
  it("loads size, position, values and types of getUsedRangeOrNullObject(true)", async () => {
    aWorkbook({
      sheets: [
        {
          name: "In",
          cells: [[null], [null, "Name", "Value"], [null, "Bot", { error: "#N/A" }]],
          numberFormats: [[null, null, null, null, "0.0"]],
        },
      ],
    });
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("In").getUsedRangeOrNullObject(true);
      range.load("rowCount,columnCount,rowIndex,columnIndex");
      await context.sync();
      const size = [
        range.isNullObject,
        range.rowCount,
        range.columnCount,
        range.rowIndex,
        range.columnIndex,
      ];
      range.load("values,valueTypes");
      await context.sync();
      return { size, values: range.values, types: range.valueTypes };
    });
    expect(read).toEqual({
      size: [false, 2, 2, 1, 1],
      values: [
        ["Name", "Value"],
        ["Bot", "#N/A"],
      ],
      types: [
        ["String", "String"],
        ["String", "Error"],
      ],
    });
  });
});
