/** Sheets: Excel's naming rules, adding, renaming, deleting, activating, listing. */

import { selection, sheetNames, sheetSnapshot } from "./double";
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
