/** Sheets: Excel's naming rules, adding, renaming, deleting, activating, listing. */

import { definedNames, selection, sheetNames, sheetSnapshot } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

async function addSheet(name: string) {
  return officeErrorFrom(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }),
  );
}

describe("sheet names", () => {
  it.each([
    ["longer than 31 characters", "A".repeat(32)],
    ["blank", "   "],
    ["empty", ""],
    ["with a colon", "Q1:Q2"],
    ["with a backslash", "a\\b"],
    ["with a slash", "2026/27"],
    ["with a question mark", "why?"],
    ["with an asterisk", "all*"],
    ["with a bracket", "[draft]"],
    ["starting with an apostrophe", "'quoted"],
    ["ending with an apostrophe", "quoted'"],
    ["reserved by Excel", "History"],
  ])("refuses a name %s with InvalidArgument, at sync", async (_why, name) => {
    const state = aWorkbook();
    const error = await addSheet(name);
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.add");
    expect(sheetNames(state)).toEqual(["Sheet1"]);
  });

  it("refuses a name already taken in another case with ItemAlreadyExists", async () => {
    aWorkbook({ sheets: [{ name: "Ranked" }] });
    expect((await addSheet("RANKED")).code).toBe("ItemAlreadyExists");
  });

  it("accepts 31 characters, inner apostrophes and unicode", async () => {
    const state = aWorkbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("B".repeat(31));
      context.workbook.worksheets.add("Team's list");
      context.workbook.worksheets.add("Données 2026");
    });
    expect(sheetNames(state)).toEqual(["Sheet1", "B".repeat(31), "Team's list", "Données 2026"]);
  });

  it("applies the same rules to a rename, and lets a sheet keep its own name in another case", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked" }, { name: "Roadmap" }] });
    const clash = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ranked").name = "roadmap";
        await context.sync();
      }),
    );
    expect(clash.code).toBe("ItemAlreadyExists");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ranked").name = "RANKED";
    });
    expect(sheetNames(state)).toEqual(["RANKED", "Roadmap"]);
  });
});

describe("adding and listing sheets", () => {
  it("adds at the end without activating, with Excel's default name when none is given", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    const added = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add();
      sheet.load("name, position");
      await context.sync();
      return [sheet.name, sheet.position];
    });
    expect(added).toEqual(["Sheet2", 1]);
    expect(selection(state).sheet).toBe("Input");
  });

  it("lists sheets with load('items/name') and load({ $all: true })", async () => {
    aWorkbook({ sheets: [{ name: "Input" }, { name: "Ranked", visibility: "Hidden" }] });
    const listed = await Excel.run(async (context) => {
      const byName = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = byName.items.map((s) => s.name);
      const all = context.workbook.worksheets.load({ $all: true });
      await context.sync();
      return { names, all: all.items.map((s) => [s.name, s.position, s.visibility]) };
    });
    expect(listed).toEqual({
      names: ["Input", "Ranked"],
      all: [
        ["Input", 0, "Visible"],
        ["Ranked", 1, "Hidden"],
      ],
    });
  });

  it("lets a sheet added in a batch be used in that batch", async () => {
    const state = aWorkbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Ranked");
      context.workbook.worksheets.getItem("Ranked").getRange("A1").values = [["Rank"]];
    });
    expect(sheetSnapshot(state, "Ranked").values).toEqual([["Rank"]]);
  });

  it("keeps a proxy on its sheet after a rename in the same batch", async () => {
    const state = aWorkbook({ sheets: [{ name: "Old" }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Old");
      sheet.name = "New";
      sheet.getRange("A1").values = [["still here"]];
    });
    expect(sheetSnapshot(state, "New").values).toEqual([["still here"]]);
  });
});

describe("deleting, activating and reordering", () => {
  it("deletes a sheet and activates its right-hand neighbour", async () => {
    const state = aWorkbook({
      sheets: [{ name: "A" }, { name: "B" }, { name: "C" }],
      activeSheet: "B",
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").delete();
    });
    expect(sheetNames(state)).toEqual(["A", "C"]);
    expect(selection(state).sheet).toBe("C");
  });

  it("refuses to delete the last visible sheet and a very hidden one", async () => {
    aWorkbook({ sheets: [{ name: "Only" }, { name: "Secret", visibility: "VeryHidden" }] });
    const last = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
        await context.sync();
      }),
    );
    expect(last.code).toBe("InvalidOperation");
    const veryHidden = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Secret").delete();
        await context.sync();
      }),
    );
    expect(veryHidden.code).toBe("GeneralException");
  });

  it("activates a sheet and reports it as the active worksheet", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }, { name: "Ranked" }] });
    const active = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ranked").activate();
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    expect(active).toBe("Ranked");
    expect(selection(state)).toEqual({ sheet: "Ranked", address: "A1" });
  });

  it("moves a sheet with position, and sets tab colour and visibility", async () => {
    const state = aWorkbook({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    await Excel.run(async (context) => {
      const c = context.workbook.worksheets.getItem("C");
      c.position = 0;
      c.tabColor = "#107C41";
      context.workbook.worksheets.getItem("A").visibility = Excel.SheetVisibility.hidden;
    });
    expect(sheetNames(state)).toEqual(["C", "A", "B"]);
    expect(sheetSnapshot(state, "C").tabColor).toBe("#107C41");
    expect(sheetSnapshot(state, "A").visibility).toBe("Hidden");
  });
});

describe("replacing an output sheet the way the adapter does", () => {
  const previous = {
    sheets: [
      { name: "Input", cells: [["Name"], ["Chatbot"]] },
      {
        name: "Ranked",
        cells: [["old"]],
        tables: [{ name: "RankedUseCases", address: "A1:A1" }],
      },
      { name: "Notes" },
    ],
    names: [{ name: "OpportunityScorer.Ranked", reference: "=Ranked!$A$1" }],
    activeSheet: "Input",
  };

  it("lists sheets with items/name,items/position,items/visibility", async () => {
    aWorkbook({ ...previous, sheets: [...previous.sheets, { name: "Old", visibility: "Hidden" }] });
    const listed = await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position,items/visibility");
      await context.sync();
      return worksheets.items.map((s) => [s.name, s.position, s.visibility]);
    });
    expect(listed).toEqual([
      ["Input", 0, "Visible"],
      ["Ranked", 1, "Visible"],
      ["Notes", 2, "Visible"],
      ["Old", 3, "Hidden"],
    ]);
  });

  it("builds a hidden sheet, then swaps it in for the old one in one batch", async () => {
    const state = aWorkbook(previous);
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const names = context.workbook.names;
      names.load("items/name");
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const sheet = worksheets.add("OppScorer temp ab0");
      sheet.visibility = "Hidden";
      const range = sheet.getRangeByIndexes(0, 0, 2, 1);
      range.numberFormat = [["@"], ["@"]];
      range.formulas = [["Rank"], ["=cmd|' /C calc'!A0"]];
      sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 1), true).name = "OppScorerTempab00x0";
      await context.sync();

      worksheets.getItem("Ranked").delete();
      for (const item of names.items) item.delete();
      sheet.name = "Ranked";
      sheet.visibility = "Visible";
      sheet.position = 1;
      sheet.tables.getItem("OppScorerTempab00x0").name = "RankedUseCases";
      context.workbook.names.add("OpportunityScorer.Ranked", sheet.getRange("A1"));
      sheet.activate();
      await context.sync();
    });
    expect(sheetNames(state)).toEqual(["Input", "Ranked", "Notes"]);
    const ranked = sheetSnapshot(state, "Ranked");
    expect(ranked).toMatchObject({ visibility: "Visible", position: 1 });
    expect(ranked.formulas).toEqual([["Rank"], ["=cmd|' /C calc'!A0"]]);
    expect(ranked.valueTypes).toEqual([["String"], ["String"]]);
    expect(ranked.tables.map((t) => [t.name, t.address])).toEqual([["RankedUseCases", "A1:A2"]]);
    expect(definedNames(state)).toEqual([
      { name: "OpportunityScorer.Ranked", formula: "=Ranked!$A$1" },
    ]);
    expect(selection(state)).toEqual({ sheet: "Ranked", address: "A1" });
  });

  it("moves a sheet to a position counted among all sheets, hidden ones included", async () => {
    const state = aWorkbook({
      sheets: [{ name: "A" }, { name: "H", visibility: "Hidden" }, { name: "B" }, { name: "C" }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 1;
    });
    expect(sheetNames(state)).toEqual(["A", "C", "H", "B"]);
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("C").position = 4;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
