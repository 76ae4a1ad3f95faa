/** Ranges and what the adapter builds with them: addresses, used range, names, tables, formats. */

import fc from "fast-check";
import { selection, sheetSnapshot } from "./double";
import { formatAddress, formatRect, parseCellRange, splitSheetPrefix } from "./double/addresses";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

async function loadAddress(
  makeRange: (context: Excel.RequestContext) => Excel.Range,
): Promise<string> {
  return Excel.run(async (context) => {
    const range = makeRange(context);
    range.load("address");
    await context.sync();
    return range.address;
  });
}

describe("addresses", () => {
  it("writes addresses as Excel does, quoting sheet names that need it", async () => {
    aWorkbook({
      sheets: [{ name: "My sheet" }, { name: "Ranked" }, { name: "A1" }, { name: "O'Brien" }],
    });
    const addresses = await Promise.all([
      loadAddress((c) => c.workbook.worksheets.getItem("My sheet").getRange("$B$2:C3")),
      loadAddress((c) => c.workbook.worksheets.getItem("Ranked").getRange("c3:a1")),
      loadAddress((c) => c.workbook.worksheets.getItem("A1").getCell(0, 0)),
      loadAddress((c) => c.workbook.worksheets.getItem("O'Brien").getRangeByIndexes(1, 26, 2, 1)),
      loadAddress((c) => c.workbook.worksheets.getItem("Ranked").getRange("'Ranked'!D4")),
    ]);
    expect(addresses).toEqual([
      "'My sheet'!B2:C3",
      "Ranked!A1:C3",
      "'A1'!A1",
      "'O''Brien'!AA2:AA3",
      "Ranked!D4",
    ]);
  });

  it("refuses an address on another sheet or that is not an address", async () => {
    aWorkbook({ sheets: [{ name: "Input" }, { name: "Other" }] });
    for (const address of ["Other!A1", "A0", "ZZZZ1"]) {
      const error = await officeErrorFrom(() =>
        loadAddress((c) => c.workbook.worksheets.getItem("Input").getRange(address)),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("moves, resizes and indexes ranges relative to their top-left cell", async () => {
    aWorkbook({ sheets: [{ name: "S" }] });
    const base = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").getRange("B2:C3");
    expect(await loadAddress((c) => base(c).getCell(1, 1))).toBe("S!C3");
    expect(await loadAddress((c) => base(c).getResizedRange(2, -1))).toBe("S!B2:B5");
    expect(await loadAddress((c) => base(c).getOffsetRange(-1, 1))).toBe("S!C1:D2");
    const error = await officeErrorFrom(() => loadAddress((c) => base(c).getOffsetRange(-5, 0)));
    expect(error.code).toBe("InvalidArgument");
  });

  it("parses and prints A1 rectangles without loss", () => {
    const rect = fc.record({
      row: fc.integer({ min: 0, max: 1_048_575 }),
      column: fc.integer({ min: 0, max: 16_383 }),
    });
    fc.assert(
      fc.property(rect, rect, (a, b) => {
        const text = `${formatRect({ ...a, rowCount: 1, columnCount: 1 })}:${formatRect({ ...b, rowCount: 1, columnCount: 1 })}`;
        const parsed = parseCellRange(text);
        expect(parsed).not.toBeNull();
        if (parsed !== null) expect(parseCellRange(formatRect(parsed))).toEqual(parsed);
      }),
    );
  });

  it("splits quoted sheet names back out of an address", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        const address = formatAddress(name, { row: 0, column: 0, rowCount: 1, columnCount: 1 });
        expect(splitSheetPrefix(address)).toEqual({ sheet: name, cells: "A1" });
      }),
    );
  });
});

describe("used range", () => {
  const seeded = {
    name: "S",
    cells: [
      [null, null, null],
      [null, "x", null],
      [null, null, 5],
    ],
  };

  it("is the bounding box of non-empty cells", async () => {
    aWorkbook({ sheets: [seeded] });
    expect(await loadAddress((c) => c.workbook.worksheets.getItem("S").getUsedRange(true))).toBe(
      "S!B2:C3",
    );
  });

  it("counts formatted cells unless valuesOnly is asked for", async () => {
    aWorkbook({ sheets: [seeded] });
    const [all, valuesOnly] = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("E6").format.fill.color = "#FFFF00";
      const a = sheet.getUsedRange();
      const v = sheet.getUsedRange(true);
      a.load("address");
      v.load("address");
      await context.sync();
      return [a.address, v.address];
    });
    expect([all, valuesOnly]).toEqual(["S!B2:E6", "S!B2:C3"]);
  });

  it("is A1 on a blank sheet, and a null object with OrNullObject", async () => {
    aWorkbook({ sheets: [{ name: "Blank" }] });
    expect(await loadAddress((c) => c.workbook.worksheets.getItem("Blank").getUsedRange())).toBe(
      "Blank!A1",
    );
    const isNull = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("selection", () => {
  it("selects a range on its sheet and reads it back as the selected range", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }, { name: "Ranked" }] });
    const address = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ranked").getRange("B2:D9").select();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("Ranked!B2:D9");
    expect(selection(state)).toEqual({ sheet: "Ranked", address: "B2:D9" });
  });
});

describe("defined names", () => {
  it("adds a name for a range, lists it with its formula and resolves it back to the range", async () => {
    aWorkbook({ sheets: [{ name: "My sheet", cells: [["a"]] }] });
    const result = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("My sheet");
      context.workbook.names.add("ScoreTable", sheet.getRange("A1:C9"));
      context.workbook.names.add("Weights", "='My sheet'!$E$1:$E$3");
      const names = context.workbook.names.load("items/name,formula");
      const range = context.workbook.names.getItem("scoretable").getRange();
      const viaSheet = sheet.getRange("Weights");
      range.load("address");
      viaSheet.load("address");
      await context.sync();
      return {
        listed: names.items.map((n) => [n.name, n.formula]),
        range: range.address,
        viaSheet: viaSheet.address,
      };
    });
    expect(result).toEqual({
      listed: [
        ["ScoreTable", "='My sheet'!$A$1:$C$9"],
        ["Weights", "='My sheet'!$E$1:$E$3"],
      ],
      range: "'My sheet'!A1:C9",
      viaSheet: "'My sheet'!E1:E3",
    });
  });

  it("follows a renamed sheet, refuses duplicates and bad names, and deletes", async () => {
    const state = aWorkbook({
      sheets: [{ name: "S" }],
      names: [{ name: "Scores", reference: "=S!$A$1:$B$2" }],
    });
    const duplicate = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.names.add("SCORES", "=S!A1");
        await context.sync();
      }),
    );
    expect(duplicate.code).toBe("ItemAlreadyExists");
    const bad = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.names.add("A1", "=S!A1");
        await context.sync();
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
    const formula = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").name = "Scores sheet";
      const name = context.workbook.names.getItem("Scores");
      name.load("formula");
      await context.sync();
      name.delete();
      return name.formula;
    });
    expect(formula).toBe("='Scores sheet'!$A$1:$B$2");
    expect(state.names).toEqual([]);
  });
});

describe("tables", () => {
  it("adds a table, names and styles it, and lists it at workbook and sheet level", async () => {
    const state = aWorkbook({
      sheets: [
        {
          name: "Ranked",
          cells: [
            ["Rank", null, "Score"],
            [1, "Bot", 9],
          ],
        },
      ],
    });
    const listed = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      const table = sheet.tables.add("A1:C2", true);
      table.name = "RankedTable";
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      const inBook = context.workbook.tables.load("items/name");
      const onSheet = sheet.tables.load("items/name");
      await context.sync();
      return [inBook.items.map((t) => t.name), onSheet.items.map((t) => t.name)];
    });
    expect(listed).toEqual([["RankedTable"], ["RankedTable"]]);
    const snapshot = sheetSnapshot(state, "Ranked");
    expect(snapshot.tables).toEqual([
      {
        name: "RankedTable",
        address: "A1:C2",
        style: "TableStyleLight9",
        showBandedRows: false,
        hasHeaders: true,
        showTotals: false,
      },
    ]);
    expect(snapshot.values[0]).toEqual(["Rank", "Column2", "Score"]);
  });

  it("refuses overlapping tables, and a taken name with InvalidArgument (office-js#551)", async () => {
    aWorkbook({ sheets: [{ name: "S", tables: [{ name: "Existing", address: "A1:B3" }] }] });
    const overlap = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("B2:C4", true);
        await context.sync();
      }),
    );
    expect(overlap.code).toBe("MergedRangeConflict");
    const clash = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("E1:F2", true).name = "existing";
        await context.sync();
      }),
    );
    expect(clash.code).toBe("InvalidArgument");
    expect(clash.debugInfo.errorLocation).toBe("Table.name");
  });
});

describe("formats and view", () => {
  it("records fonts, fills, alignment, wrapping, borders, widths, hyperlinks and frozen panes", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }, { name: "Ranked" }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ranked");
      const header = sheet.getRange("A1:B1");
      header.values = [["Rank", "Name"]];
      header.format.font.bold = true;
      header.format.font.color = "#FFFFFF";
      header.format.fill.color = "#107C41";
      header.format.horizontalAlignment = Excel.HorizontalAlignment.center;
      header.format.wrapText = true;
      header.format.columnWidth = 90;
      header.format.borders.getItem(Excel.BorderIndex.edgeBottom).style =
        Excel.BorderLineStyle.continuous;
      sheet.getRange("B2").hyperlink = {
        documentReference: "'Input'!A2",
        textToDisplay: "Chatbot",
      };
      sheet.freezePanes.freezeAt(sheet.getRange("A1:A1"));
    });
    const snapshot = sheetSnapshot(state, "Ranked");
    expect(snapshot.fonts).toEqual({
      A1: { bold: true, color: "#FFFFFF" },
      B1: { bold: true, color: "#FFFFFF" },
    });
    expect(snapshot.fills).toEqual({ A1: "#107C41", B1: "#107C41" });
    expect(snapshot.alignments).toEqual({ A1: "Center", B1: "Center" });
    expect(snapshot.wrapped).toEqual(["A1", "B1"]);
    expect(snapshot.borders).toEqual({
      A1: { EdgeBottom: "Continuous" },
      B1: { EdgeBottom: "Continuous" },
    });
    expect(snapshot.columnWidths).toEqual({ A: 90, B: 90 });
    expect(snapshot.hyperlinks).toEqual({
      B2: { documentReference: "'Input'!A2", textToDisplay: "Chatbot" },
    });
    expect(snapshot.values[1]).toEqual(["", "Chatbot"]);
    expect([snapshot.frozenRows, snapshot.frozenColumns]).toEqual([1, 1]);
  });

  it("reads a shared format back, and null where cells differ", async () => {
    aWorkbook({ sheets: [{ name: "S" }] });
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.font.bold = true;
      const mixed = sheet.getRange("A1:B1");
      const plain = sheet.getRange("C1:D1");
      mixed.load("format/font/bold");
      plain.load("format/font/bold, format/font/name, format/columnWidth");
      await context.sync();
      return [
        mixed.format.font.bold,
        plain.format.font.bold,
        plain.format.font.name,
        plain.format.columnWidth,
      ];
    });
    expect(read).toEqual([null, false, "Calibri", 48]);
  });

  it("records a data bar with its direction and colour", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked" }] });
    await Excel.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("Ranked")
        .getRange("E2:E9")
        .conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      format.dataBar.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
      format.dataBar.positiveFormat.fillColor = "#63BE7B";
    });
    expect(sheetSnapshot(state, "Ranked").conditionalFormats).toEqual([
      {
        type: "DataBar",
        address: "E2:E9",
        barDirection: "LeftToRight",
        positiveFillColor: "#63BE7B",
      },
    ]);
  });

  it("clears contents, formats or both", async () => {
    const state = aWorkbook({
      sheets: [{ name: "S", cells: [["a", "b"]], numberFormats: [["@", "@"]] }],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").clear(Excel.ClearApplyTo.contents);
      sheet.getRange("B1").clear();
    });
    expect(sheetSnapshot(state, "S").numberFormats).toEqual([["@"]]);
    expect(sheetSnapshot(state, "S").values).toEqual([[""]]);
  });

  it("records the suspension calls the adapter makes", async () => {
    const state = aWorkbook({ sheets: [{ name: "S" }] });
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    });
    expect(state.host.syncs[0]?.labels.slice(0, 2)).toEqual([
      "Application.suspendApiCalculationUntilNextSync",
      "Application.suspendScreenUpdatingUntilNextSync",
    ]);
  });
});
