/**
 * `Range.setCellProperties` (ExcelApi 1.9): hyperlinks cell by cell in one call, stored as the
 * `hyperlink` property stores them; a shape that does not fit the range is refused whole, and a
 * property the double does not model is a test bug, never silently dropped.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

const link = (row: number): Excel.SettableCellProperties => ({
  hyperlink: { documentReference: `'Use cases'!B${row}`, textToDisplay: `Row ${row}` },
});

describe("setCellProperties with hyperlinks", () => {
  it("links each cell to its own target and shows each link's text", async () => {
    const state = aWorkbook({
      sheets: [{ name: "Use cases" }, { name: "Ranked", cells: [["Source"], ["Row 2"]] }],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      sheet.getRange("A2:A4").setCellProperties([[link(2)], [link(3)], [link(4)]]);
      await context.sync();
    });

    const ranked = sheetSnapshot(state, "Ranked");
    expect(ranked.hyperlinks).toEqual({
      A2: { documentReference: "'Use cases'!B2", textToDisplay: "Row 2" },
      A3: { documentReference: "'Use cases'!B3", textToDisplay: "Row 3" },
      A4: { documentReference: "'Use cases'!B4", textToDisplay: "Row 4" },
    });
    expect(ranked.values).toEqual([["Source"], ["Row 2"], ["Row 3"], ["Row 4"]]);
    expect(state.host.syncs.at(-1)?.labels).toContain("Range.setCellProperties");
  });

  it("stores what the hyperlink property would store for the same link", async () => {
    const state = aWorkbook({ sheets: [{ name: "S", cells: [["a", "b"]] }] });
    const target = { address: "https://example.com/", screenTip: "Open", textToDisplay: "Go" };
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").hyperlink = target;
      sheet.getRange("B1").setCellProperties([[{ hyperlink: target }]]);
      await context.sync();
    });

    const { hyperlinks, values } = sheetSnapshot(state, "S");
    expect(hyperlinks["B1"]).toEqual(hyperlinks["A1"]);
    expect(values).toEqual([["Go", "Go"]]);
  });

  it("leaves a cell given no hyperlink as it was", async () => {
    const state = aWorkbook({ sheets: [{ name: "S", cells: [["keep"]] }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A1:A2")
        .setCellProperties([[{}], [link(2)]]);
      await context.sync();
    });

    expect(sheetSnapshot(state, "S").hyperlinks).toEqual({
      A2: { documentReference: "'Use cases'!B2", textToDisplay: "Row 2" },
    });
    expect(sheetSnapshot(state, "S").values).toEqual([["keep"], ["Row 2"]]);
  });

  it.each<[string, Excel.SettableCellProperties[][]]>([
    ["too few rows", [[link(2)]]],
    [
      "too many columns",
      [
        [link(2), link(2)],
        [link(3), link(3)],
      ],
    ],
    [
      "a row that is not an array",
      [[link(2)], link(3) as unknown as Excel.SettableCellProperties[]],
    ],
  ])("refuses %s with InvalidArgument, changing no cell", async (_what, data) => {
    const state = aWorkbook({ sheets: [{ name: "S" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A2").setCellProperties(data);
        await context.sync();
      }),
    );

    expect(error.code).toBe(Excel.ErrorCodes.invalidArgument);
    expect(error.debugInfo.errorLocation).toBe("Range.setCellProperties");
    expect(sheetSnapshot(state, "S").hyperlinks).toEqual({});
  });

  it("refuses a cell whose hyperlink is not an object, changing no cell", async () => {
    const state = aWorkbook({ sheets: [{ name: "S" }] });
    const bad = { hyperlink: "'Use cases'!B3" } as unknown as Excel.SettableCellProperties;
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1:A2")
          .setCellProperties([[link(2)], [bad]]);
        await context.sync();
      }),
    );

    expect(error.code).toBe(Excel.ErrorCodes.invalidArgument);
    expect(sheetSnapshot(state, "S").hyperlinks).toEqual({});
  });

  it("is refused on a protected sheet", async () => {
    aWorkbook({ sheets: [{ name: "S", protected: true }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .setCellProperties([[link(2)]]);
        await context.sync();
      }),
    );

    expect(error.code).toBe(Excel.ErrorCodes.accessDenied);
  });

  it("says so when given a property the double does not model, instead of dropping it", async () => {
    aWorkbook({ sheets: [{ name: "S" }] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .setCellProperties([[{ ...link(2), format: { font: { bold: true } } }]]);
        await context.sync();
      }),
    ).rejects.toThrow(/does not model Range\.setCellProperties's format/);
  });
});
