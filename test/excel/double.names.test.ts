/**
 * Defined names follow their sheet: a rename shows in `formula` with the new (quoted) name, a
 * deleted sheet leaves `=#REF!$A$1`, as Excel does (office-js#263). The adapter finds its own
 * output sheets this way.
 */

import { definedNames } from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

async function listNames(): Promise<string[][]> {
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    return names.items.map((n) => [n.name, n.formula as string]);
  });
}

describe("a defined name on a sheet", () => {
  it("is listed with items/name,items/formula, its formula starting with =", async () => {
    aWorkbook({
      sheets: [{ name: "Ranked" }],
      names: [{ name: "OpportunityScorer.Ranked", reference: "=Ranked!$A$1" }],
    });
    expect(await listNames()).toEqual([["OpportunityScorer.Ranked", "=Ranked!$A$1"]]);
  });

  it("follows its sheet through a rename, quoting the new name where Excel would", async () => {
    const state = aWorkbook({
      sheets: [{ name: "Temp" }],
      names: [{ name: "Marker", reference: "=Temp!$A$1" }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Temp").name = "Ranked (2)";
    });
    expect(await listNames()).toEqual([["Marker", "='Ranked (2)'!$A$1"]]);
    expect(definedNames(state)).toEqual([{ name: "Marker", formula: "='Ranked (2)'!$A$1" }]);
  });

  it("added for a range on a sheet renamed later in the same batch, reports the final name", async () => {
    aWorkbook({ sheets: [{ name: "Input" }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("OppScorer temp 1");
      context.workbook.names.add("Marker", sheet.getRange("A1"));
      sheet.name = "Ranked";
    });
    expect(await listNames()).toEqual([["Marker", "=Ranked!$A$1"]]);
  });

  it("stays when its sheet is deleted, reading =#REF!$A$1, an Error type and #REF! as value", async () => {
    const state = aWorkbook({
      sheets: [{ name: "Input" }, { name: "Ranked" }],
      names: [{ name: "Marker", reference: "=Ranked!$A$1:$C$4" }],
    });
    const read = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ranked").delete();
      const name = context.workbook.names.getItem("Marker");
      name.load("formula, type, value");
      await context.sync();
      return [name.formula, name.type, name.value];
    });
    expect(read).toEqual(["=#REF!$A$1:$C$4", "Error", "#REF!"]);
    expect(definedNames(state)).toEqual([{ name: "Marker", formula: "=#REF!$A$1:$C$4" }]);
  });

  it("whose sheet is gone can't give a range: InvalidReference", async () => {
    aWorkbook({
      sheets: [{ name: "Input" }, { name: "Ranked" }],
      names: [{ name: "Marker", reference: "=Ranked!$A$1" }],
    });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ranked").delete();
        context.workbook.names.getItem("Marker").getRange().load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidReference");
  });

  it("can be deleted through a listed item, and a new name with its text is another item", async () => {
    const state = aWorkbook({
      sheets: [{ name: "Ranked" }, { name: "Roadmap" }],
      names: [{ name: "Marker", reference: "=Ranked!$A$1" }],
    });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const names = context.workbook.names;
        names.load("items/name");
        await context.sync();
        const listed = names.items[0];
        if (listed === undefined) throw new Error("no name listed");
        listed.delete();
        context.workbook.names.add("MARKER", "=Roadmap!$B$2");
        await context.sync();
        expect(definedNames(state)).toEqual([{ name: "MARKER", formula: "=Roadmap!$B$2" }]);
        // The old proxy stood for the deleted name, not for whatever has its text now.
        listed.load("formula");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});
