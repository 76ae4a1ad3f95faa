/**
 * The cell styles the adapter applies (bold, italic, underline, size, colours, wrap with top
 * alignment, a top border), read back as Excel reports them; enum strings Excel does not know
 * are refused at sync with InvalidArgument.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

describe("styling a rectangle", () => {
  it("records font, fill, wrap, vertical alignment, border and width as the adapter sets them", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked" }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 93.75;
      const range = sheet.getRangeByIndexes(1, 0, 1, 2);
      range.format.font.bold = true;
      range.format.font.italic = true;
      range.format.font.underline = "Single";
      range.format.font.size = 16;
      range.format.font.color = "#1F3864";
      range.format.fill.color = "#D9E1F2";
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
      range.format.borders.getItem("EdgeTop").style = "Continuous";
    });
    const snapshot = sheetSnapshot(state, "Ranked");
    const font = { bold: true, italic: true, underline: "Single", size: 16, color: "#1F3864" };
    expect(snapshot.fonts).toEqual({ A2: font, B2: font });
    expect(snapshot.fills).toEqual({ A2: "#D9E1F2", B2: "#D9E1F2" });
    expect(snapshot.wrapped).toEqual(["A2", "B2"]);
    expect(snapshot.verticalAlignments).toEqual({ A2: "Top", B2: "Top" });
    expect(snapshot.borders).toEqual({
      A2: { EdgeTop: "Continuous" },
      B2: { EdgeTop: "Continuous" },
    });
    expect(snapshot.columnWidths).toEqual({ B: 93.75 });
  });

  it("reads Excel's defaults, Bottom and None, and the values set", async () => {
    aWorkbook({ sheets: [{ name: "S" }] });
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.verticalAlignment = Excel.VerticalAlignment.center;
      sheet.getRange("A1").format.font.underline = Excel.RangeUnderlineStyle.double;
      const styled = sheet.getRange("A1");
      const plain = sheet.getRange("B1");
      const mixed = sheet.getRange("A1:B1");
      for (const range of [styled, plain, mixed])
        range.load("format/verticalAlignment, format/font/underline");
      await context.sync();
      return [styled, plain, mixed].map((r) => [
        r.format.verticalAlignment,
        r.format.font.underline,
      ]);
    });
    expect(read).toEqual([
      ["Center", "Double"],
      ["Bottom", "None"],
      [null, null],
    ]);
  });

  it("counts a vertically aligned cell as used, and clears the alignment with the formats", async () => {
    const state = aWorkbook({ sheets: [{ name: "S" }] });
    const used = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("C3").format.verticalAlignment = "Top";
      const range = sheet.getUsedRange();
      range.load("address");
      await context.sync();
      sheet.getRange("C3").clear(Excel.ClearApplyTo.formats);
      return range.address;
    });
    expect(used).toBe("S!C3");
    expect(sheetSnapshot(state, "S").verticalAlignments).toEqual({});
  });

  it.each<[string, (range: Excel.Range) => void, string]>([
    [
      "a vertical alignment",
      (r) => (r.format.verticalAlignment = "Middle" as "Top"),
      "RangeFormat.verticalAlignment",
    ],
    [
      "an underline style",
      (r) => (r.format.font.underline = "Thick" as "Single"),
      "RangeFont.underline",
    ],
    [
      "a horizontal alignment",
      (r) => (r.format.horizontalAlignment = "Middle" as "Center"),
      "RangeFormat.horizontalAlignment",
    ],
    [
      "a border style",
      (r) => (r.format.borders.getItem("EdgeTop").style = "Solid" as "Continuous"),
      "RangeBorder.style",
    ],
  ])("refuses %s Excel does not know with InvalidArgument", async (_what, write, location) => {
    const state = aWorkbook({ sheets: [{ name: "S" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        write(context.workbook.worksheets.getItem("S").getRange("A1"));
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe(location);
    expect(sheetSnapshot(state, "S").fonts).toEqual({});
  });
});

describe("a data bar", () => {
  it("is added on a range of a sheet with its direction and positive colour", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked" }] });
    await Excel.run(async (context) => {
      const dataBar = context.workbook.worksheets
        .getItem("Ranked")
        .getRange("J7:J30")
        .conditionalFormats.add(Excel.ConditionalFormatType.dataBar).dataBar;
      dataBar.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
      dataBar.positiveFormat.fillColor = "#5B9BD5";
    });
    expect(sheetSnapshot(state, "Ranked").conditionalFormats).toEqual([
      {
        type: "DataBar",
        address: "J7:J30",
        barDirection: "LeftToRight",
        positiveFillColor: "#5B9BD5",
      },
    ]);
  });
});

describe("freezing panes", () => {
  it("freezes rows and columns at a range, or rows alone", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked" }, { name: "Roadmap" }] });
    await Excel.run(async (context) => {
      const ranked = context.workbook.worksheets.getItem("Ranked");
      ranked.freezePanes.freezeAt(ranked.getRangeByIndexes(0, 0, 6, 3));
      context.workbook.worksheets.getItem("Roadmap").freezePanes.freezeRows(4);
    });
    expect(sheetSnapshot(state, "Ranked")).toMatchObject({ frozenRows: 6, frozenColumns: 3 });
    expect(sheetSnapshot(state, "Roadmap")).toMatchObject({ frozenRows: 4, frozenColumns: 0 });
  });
});
