/**
 * A formula's sheet references are bound when it is entered, as in Excel: a rename rewrites the
 * formula, a delete leaves `#REF!`, and a sheet that did not exist yet is never found later. This
 * is what catches an add-in writing `=Ranked!B7` while its new Ranked sheet has another name.
 */

import { sheetSnapshot } from "./double";
import { aWorkbook, removeWorkbook } from "./double/testWorkbook";

afterEach(removeWorkbook);

/** Sets `formula` in Out!A1 within one batch, after `before` and before `after`. */
async function enter(
  formula: string,
  steps: {
    before?: (context: Excel.RequestContext) => void;
    after?: (context: Excel.RequestContext) => void;
  } = {},
): Promise<void> {
  await Excel.run(async (context) => {
    steps.before?.(context);
    context.workbook.worksheets.getItem("Out").getRange("A1").formulas = [[formula]];
    steps.after?.(context);
    await context.sync();
  });
}

async function readA1(): Promise<{ formula: unknown; value: unknown; type: unknown }> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Out").getRange("A1");
    range.load("formulas, values, valueTypes");
    await context.sync();
    return {
      formula: range.formulas[0]?.[0],
      value: range.values[0]?.[0],
      type: range.valueTypes[0]?.[0],
    };
  });
}

async function rename(from: string, to: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
  });
}

async function remove(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
  });
}

const twoSheets = () => aWorkbook({ sheets: [{ name: "Out" }, { name: "Ranked" }] });

describe("a formula naming another sheet", () => {
  it("follows the sheet through a rename, in Range.formulas and in the snapshot", async () => {
    const state = twoSheets();
    await enter("=Ranked!B7");
    await rename("Ranked", "Ranked (old)");
    expect((await readA1()).formula).toBe("='Ranked (old)'!B7");
    expect(sheetSnapshot(state, "Out").formulas).toEqual([["='Ranked (old)'!B7"]]);
  });

  it("finds the sheet whatever the case it is typed in, and shows its own spelling", async () => {
    twoSheets();
    await enter("=SUM(RANKED!E7:E9)+'ranked'!$A$1");
    expect((await readA1()).formula).toBe("=SUM(Ranked!E7:E9)+Ranked!$A$1");
  });

  it("keeps following the same sheet when another takes its old name", async () => {
    twoSheets();
    await enter("=Ranked!B7");
    await rename("Ranked", "Ranked (old)");
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Ranked");
    });
    expect((await readA1()).formula).toBe("='Ranked (old)'!B7");
  });

  it("rebinds every reference inside functions and ranges, leaving unqualified ones alone", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "Ranked" }, { name: "My sheet" }] });
    await enter('=IF(Ranked!$H$7>=4,"yes","")&SUM(\'My sheet\'!E7:E9,B2:B3)');
    await rename("Ranked", "FY27");
    await rename("My sheet", "Plan");
    expect((await readA1()).formula).toBe('=IF(\'FY27\'!$H$7>=4,"yes","")&SUM(Plan!E7:E9,B2:B3)');
  });

  it.each([
    ["FY27", "='FY27'!B7"],
    ["Q1 plan", "='Q1 plan'!B7"],
    ["O'Brien", "='O''Brien'!B7"],
    ["2027", "='2027'!B7"],
    ["R1C1", "='R1C1'!B7"],
    ["Plan_v2.1", "=Plan_v2.1!B7"],
    ["Données", "=Données!B7"],
  ])("quotes the new name %j where Excel would: %s", async (name, shown) => {
    twoSheets();
    await enter("=Ranked!B7");
    await rename("Ranked", name);
    expect((await readA1()).formula).toBe(shown);
  });

  it("accepts a quoted name with a doubled apostrophe", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "O'Brien" }] });
    await enter("='O''Brien'!A1:B9");
    await rename("O'Brien", "Obrien");
    expect((await readA1()).formula).toBe("=Obrien!A1:B9");
  });
});

describe("a formula whose sheet is deleted", () => {
  it("reads =#REF!B7 and evaluates to #REF!", async () => {
    const state = twoSheets();
    await enter("=Ranked!B7");
    await remove("Ranked");
    expect(await readA1()).toEqual({ formula: "=#REF!B7", value: "#REF!", type: "Error" });
    expect(sheetSnapshot(state, "Out").values).toEqual([["#REF!"]]);
  });

  it("stays broken when a new sheet gets the deleted sheet's name", async () => {
    twoSheets();
    await enter("=SUM(Ranked!E7:E9)");
    await remove("Ranked");
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Ranked");
    });
    expect((await readA1()).formula).toBe("=SUM(#REF!E7:E9)");
  });

  it("breaks only the references to that sheet", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "Ranked" }, { name: "Roadmap" }] });
    await enter("=Ranked!B7+Roadmap!C3");
    await remove("Roadmap");
    expect((await readA1()).formula).toBe("=Ranked!B7+#REF!C3");
  });
});

describe("a formula naming a sheet that does not exist when it is entered", () => {
  it("reads with #REF! in place of the sheet and evaluates to #REF!", async () => {
    aWorkbook({ sheets: [{ name: "Out" }] });
    await enter("=Ranked!B7");
    expect(await readA1()).toEqual({ formula: "=#REF!B7", value: "#REF!", type: "Error" });
  });

  it("is not repaired by adding the sheet afterwards", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "OppScorer temp 1" }] });
    await enter("='Ranked'!B7");
    await rename("OppScorer temp 1", "Ranked");
    expect((await readA1()).formula).toBe("=#REF!B7");
  });

  it("is the same as typing #REF! yourself", async () => {
    aWorkbook({ sheets: [{ name: "Out" }] });
    await enter("=#REF!B7");
    expect(await readA1()).toEqual({ formula: "=#REF!B7", value: "#REF!", type: "Error" });
  });

  it("is bound the same way when written through values", async () => {
    const state = aWorkbook({ sheets: [{ name: "Out" }, { name: "Ranked" }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Out").getRange("A1:B1").values = [
        ["=Ranked!B7", "=Roadmap!B7"],
      ];
      context.workbook.worksheets.getItem("Ranked").name = "Ranked (2)";
    });
    expect(sheetSnapshot(state, "Out").formulas).toEqual([["='Ranked (2)'!B7", "=#REF!B7"]]);
  });
});

describe("a rename and a formula in the same batch", () => {
  it("binds to the renamed sheet when the rename is queued first", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "OppScorer temp 1" }] });
    await enter("=Ranked!B7", {
      before: (context) => {
        context.workbook.worksheets.getItem("OppScorer temp 1").name = "Ranked";
      },
    });
    expect(await readA1()).toMatchObject({ formula: "=Ranked!B7", value: "#NAME?" });
  });

  it("finds no sheet when the formula is queued before the rename", async () => {
    aWorkbook({ sheets: [{ name: "Out" }, { name: "OppScorer temp 1" }] });
    await enter("=Ranked!B7", {
      after: (context) => {
        context.workbook.worksheets.getItem("OppScorer temp 1").name = "Ranked";
      },
    });
    expect(await readA1()).toEqual({ formula: "=#REF!B7", value: "#REF!", type: "Error" });
  });

  it("follows a sheet renamed after the formula in the same batch", async () => {
    twoSheets();
    await enter("=Ranked!B7", {
      after: (context) => {
        context.workbook.worksheets.getItem("Ranked").name = "Ranked (old)";
      },
    });
    expect((await readA1()).formula).toBe("='Ranked (old)'!B7");
  });
});

describe("text that only looks like a reference", () => {
  it("keeps a string literal exactly, even after the sheet it mentions is renamed", async () => {
    twoSheets();
    const link = '=HYPERLINK("#\'Ranked\'!B2","Row 2")&"Ranked!A1 ""Ranked""!B"';
    await enter(link);
    await rename("Ranked", "Ranked (old)");
    await remove("Ranked (old)");
    expect((await readA1()).formula).toBe(link);
  });

  it("keeps error literals, table columns and unqualified names as typed", async () => {
    twoSheets();
    const formula = "=IFERROR(1/0,#DIV/0!)&#N/A&SUM(Scores[Value])&Total&A1:B2";
    await enter(formula);
    expect((await readA1()).formula).toBe(formula);
  });

  it("leaves 3-D references and links to other workbooks as typed", async () => {
    twoSheets();
    const formula = "=SUM(Out:Ranked!B2)+[Book1]Ranked!A1+SUM('Out:Ranked'!C3)";
    await enter(formula);
    await rename("Ranked", "Ranked (old)");
    expect((await readA1()).formula).toBe(formula);
  });
});

describe("what a formula evaluates to", () => {
  it("is what the workbook's evaluator gives for the formula with current names", async () => {
    const seen: string[] = [];
    aWorkbook(
      { sheets: [{ name: "Out" }, { name: "ranked" }] },
      {
        evaluateFormula: (formula) => {
          seen.push(formula);
          return 4;
        },
      },
    );
    await enter("=RANKED!B7*2");
    expect(seen).toEqual(["=ranked!B7*2"]);
    expect((await readA1()).value).toBe(4);
  });

  it("is #REF! without asking the evaluator when a sheet is missing", async () => {
    const seen: string[] = [];
    aWorkbook(
      { sheets: [{ name: "Out" }] },
      {
        evaluateFormula: (formula) => {
          seen.push(formula);
          return 4;
        },
      },
    );
    await enter("=Ranked!B7");
    expect(seen).toEqual([]);
    expect((await readA1()).value).toBe("#REF!");
  });
});

describe("a seeded formula", () => {
  it("binds to a seeded sheet listed after it, and follows a rename", async () => {
    const state = aWorkbook({
      sheets: [{ name: "Out", cells: [[{ formula: "=Ranked!B7", value: 3 }]] }, { name: "Ranked" }],
    });
    await rename("Ranked", "Q1 plan");
    expect(sheetSnapshot(state, "Out").formulas).toEqual([["='Q1 plan'!B7"]]);
    expect(sheetSnapshot(state, "Out").values).toEqual([[3]]);
  });

  it("naming a sheet that is not seeded is a mistake in the test", () => {
    expect(() =>
      aWorkbook({ sheets: [{ name: "Out", cells: [[{ formula: "=Ranked!B7" }]] }] }),
    ).toThrow('seed the sheet "Ranked"');
  });
});
