import { copyFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { parseAreaReference } from "../support/exceljsReader/excelTables";
import { sheetNameOfReference } from "../../src/core";
import { type LoadedWorkbook } from "../support/exceljsReader/readWorkbook";
import { excelStyleWorkbook } from "./workbookBytes";
import {
  FIXTURES,
  onlySheet,
  readExcel,
  roundTrip,
  sheetNamed,
  useScratchFolder,
} from "./workbookFiles";

const scratch = useScratchFolder();

describe("reading the fixture workbooks", () => {
  it("reads the sample's UseCases table, header first, with its name", async () => {
    const loaded = await readExcel(path.join(FIXTURES, "sample-use-cases.xlsx"));
    expect(loaded.input.sheets.map((sheet) => sheet.name)).toEqual(["Use cases"]);
    const sheet = sheetNamed(loaded, "Use cases");
    expect(sheet).toMatchObject({ tableName: "UseCases", top: 1, left: 1 });
    expect(sheet.values).toHaveLength(25);
    expect(sheet.values[0]).toEqual([
      "ID",
      "Use case",
      "Description",
      "Owner",
      "Function",
      "Facing",
      "Business value",
      "Technical feasibility",
      "Data readiness",
      "Regulatory risk",
      "Budget",
      "Duration",
      "Depends on",
      "Hours saved per week",
    ]);
    expect(sheet.values[1]).toEqual([
      "AI-01",
      "Invoice data capture",
      "Extract supplier, amounts and PO numbers from emailed PDF invoices into the ERP",
      "Dana Whitfield",
      "Finance",
      "internal",
      5,
      4,
      4,
      2,
      85000,
      1,
      null,
      32,
    ]);
    expect(sheet.ownRole).toBeUndefined();
    expect(loaded.workbook.getWorksheet("Use cases")).toBeDefined();
  });

  it("reads the messy session's used range with its title rows and blank rows in place", async () => {
    const sheet = sheetNamed(
      await readExcel(path.join(FIXTURES, "messy-session.xlsx")),
      "Week 3 scoring",
    );
    expect(sheet).toMatchObject({ top: 1, left: 1 });
    expect(sheet).not.toHaveProperty("tableName");
    expect(sheet.values).toHaveLength(21);
    expect(sheet.values[0]).toEqual(["Week 3 scoring session — candidates"]);
    expect(sheet.values[2]).toEqual([]);
    expect(sheet.values[3]?.slice(0, 3)).toEqual(["Key", "Opportunity", "Details"]);
    expect(sheet.values[4]?.slice(4, 9)).toEqual(["5 - Very high", 4, "HIGH", 2, "$85,000"]);
    expect(sheet.values[10]).toEqual([]);
    expect(sheet.values[11]?.[0]).toBe("AI-07");
  });

  it("keeps an error cell as an Excel error and formula-like text as text", async () => {
    const sheet = sheetNamed(await readExcel(path.join(FIXTURES, "bad-input.xlsx")), "Candidates");
    expect(sheet.values[8]?.[4]).toEqual({ error: "#DIV/0!" }); // E9, its Feasibility
    expect(sheet.values[6]?.[1]).toBe("=SUM(1,2) looks like a formula"); // B7
    expect(sheet.values[5]?.[1]).toBeNull(); // B6: a use case without a name
  });

  it("reads every sheet of the raters workbook in tab order", async () => {
    const loaded = await readExcel(path.join(FIXTURES, "raters.xlsx"));
    expect(loaded.input.sheets.map((sheet) => sheet.name)).toEqual(["Use cases", "Scores"]);
    const scores = sheetNamed(loaded, "Scores");
    expect(scores.values).toHaveLength(201);
    expect(scores.values[1]).toEqual(["CEO", "AI-01", "Business value", 4]);
  });

  it("reads an .xlsm workbook the same way", async () => {
    const filePath = path.join(scratch(), "macro-enabled.xlsm");
    copyFileSync(path.join(FIXTURES, "bad-input.xlsx"), filePath);
    const loaded = await readExcel(filePath);
    expect(loaded.input.sheets.map((sheet) => sheet.name)).toEqual(["Candidates"]);
  });
});

describe("reading a workbook as Excel saves it", () => {
  let loaded: LoadedWorkbook & { kind: "xlsx" };
  beforeAll(async () => {
    const filePath = path.join(scratch(), "excel-style.xlsx");
    writeFileSync(filePath, excelStyleWorkbook());
    loaded = await readExcel(filePath);
  });

  it("reads its table and its own-output marker", () => {
    expect(loaded.input.sheets).toEqual([
      {
        name: "Candidates",
        top: 2,
        left: 2,
        tableName: "Candidates",
        tableSize: { rows: 3, columns: 2 },
        besideTable: [],
        values: [
          ["Use case", "Value"],
          ["Chatbot", 4],
          ["Triage", 5],
        ],
      },
      { name: "Ranked", top: 1, left: 1, values: [["Rank"]], ownRole: "ranked" },
    ]);
  });

  it("keeps the table's header row in the copy it writes, and can write it", async () => {
    const copyPath = path.join(scratch(), "excel-style-copy.xlsx");
    await loaded.workbook.xlsx.writeFile(copyPath);
    const copy = await readExcel(copyPath);
    expect(copy.input.sheets[0]?.values[0]).toEqual(["Use case", "Value"]);
    const reread = new Workbook();
    await reread.xlsx.readFile(copyPath);
    const [table] = reread.getWorksheet("Candidates")?.getTables() ?? [];
    expect(table).toMatchObject({ table: { headerRow: true, tableRef: "B2:C4" } });
  });
});

describe("finding the values on a sheet", () => {
  it("starts the used range at its first value, not at A1", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Offset");
      worksheet.getCell("C3").value = "Use case";
      worksheet.getCell("D3").value = "Value";
      worksheet.getCell("C5").value = "Chatbot";
      worksheet.getCell("D5").value = 4;
      worksheet.getCell("A1").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
    });
    expect(sheet).toEqual({
      name: "Offset",
      top: 3,
      left: 3,
      values: [["Use case", "Value"], [], ["Chatbot", 4]],
    });
  });

  it("reads a table that does not start at A1 and ignores what is around it", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Candidates");
      worksheet.getCell("A1").value = "Scoring session, week 3";
      worksheet.getCell("A4").value = "Week 3";
      worksheet.getCell("F4").value = "Business value";
      worksheet.getCell("H20").value = "a note beside the table";
      worksheet.addTable({
        name: "Candidates2027",
        ref: "C4",
        columns: [{ name: "Use case" }, { name: "Value" }],
        rows: [
          ["Chatbot", 4],
          ["Triage", 5],
        ],
      });
    });
    expect(sheet).toEqual({
      name: "Candidates",
      top: 4,
      left: 3,
      tableName: "Candidates2027",
      tableSize: { rows: 3, columns: 2 },
      // On the header row, outside the table: the engine names them if a field is missing.
      besideTable: [
        { column: 1, value: "Week 3" },
        { column: 6, value: "Business value" },
      ],
      values: [
        ["Use case", "Value"],
        ["Chatbot", 4],
        ["Triage", 5],
      ],
    });
  });

  it("leaves a table's totals row out: it is not a use case", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      workbook.addWorksheet("Candidates").addTable({
        name: "WithTotals",
        ref: "A1",
        totalsRow: true,
        columns: [
          { name: "Use case", totalsRowLabel: "Total" },
          { name: "Value", totalsRowFunction: "average" },
        ],
        rows: [
          ["Chatbot", 4],
          ["Triage", 5],
        ],
      });
    });
    expect(sheet.values).toEqual([
      ["Use case", "Value"],
      ["Chatbot", 4],
      ["Triage", 5],
    ]);
    // The table's size is its whole range: messages name it as Excel shows it.
    expect(sheet.tableSize).toEqual({ rows: 4, columns: 2 });
  });

  it("gives an empty sheet no values", async () => {
    const loaded = await roundTrip(scratch(), (workbook) => {
      workbook.addWorksheet("Notes");
      workbook.addWorksheet("Formatted only").getCell("B2").font = { bold: true };
    });
    expect(loaded.input.sheets).toEqual([
      { name: "Notes", top: 1, left: 1, values: [] },
      { name: "Formatted only", top: 1, left: 1, values: [] },
    ]);
  });

  it("ends each row at its last value, so a far-off cell does not pad the others", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Ragged");
      worksheet.getCell("A1").value = "Use case";
      worksheet.getCell("A2").value = "Chatbot";
      worksheet.getCell("Z2").value = "far";
    });
    expect(sheet.values[0]).toEqual(["Use case"]);
    expect(sheet.values[1]).toHaveLength(26);
    expect(sheet.values[1]?.[25]).toBe("far");
  });

  it("shows a merged area's value once, in its top-left cell", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Merged");
      worksheet.getCell("A1").value = "Scores";
      worksheet.mergeCells("A1:C1");
      worksheet.getCell("A2").value = 1;
      worksheet.getCell("C2").value = 3;
    });
    expect(sheet.values).toEqual([["Scores"], [1, null, 3]]);
  });
});

describe("recognising this product's own output sheets", () => {
  it("marks the sheets its defined names point to, and no others", async () => {
    const loaded = await roundTrip(scratch(), (workbook) => {
      workbook.addWorksheet("Candidates").getCell("A1").value = "Use case";
      workbook.addWorksheet("Ranked").getCell("A1").value = "Rank";
      workbook.addWorksheet("Bob's plan").getCell("A1").value = "Quarter";
      workbook.addWorksheet("Roadmap").getCell("A1").value = "A person's own roadmap";
      workbook.definedNames.add("'Ranked'!$A$1", "OpportunityScorer.Ranked");
      workbook.definedNames.add("'Bob''s plan'!$A$1", "OpportunityScorer.Roadmap");
      workbook.definedNames.add("'Candidates'!$A$1:$A$1", "SomethingElse");
    });
    expect(loaded.input.sheets.map((sheet) => [sheet.name, sheet.ownRole])).toEqual([
      ["Candidates", undefined],
      ["Ranked", "ranked"],
      ["Bob's plan", "roadmap"],
      ["Roadmap", undefined],
    ]);
    expect(sheetNamed(loaded, "Candidates")).not.toHaveProperty("ownRole");
  });

  it("still knows its sheet when Excel has moved the name off A1", async () => {
    const loaded = await roundTrip(scratch(), (workbook) => {
      workbook.addWorksheet("Ranked").getCell("A2").value = "Rank";
      workbook.definedNames.add("Ranked!$A$2", "opportunityscorer.ranked");
    });
    expect(loaded.input.sheets[0]?.ownRole).toBe("ranked");
  });
});

describe("reading references", () => {
  it.each([
    ["A1:N25", { top: 1, left: 1, bottom: 25, right: 14 }],
    ["$C$4:$D$6", { top: 4, left: 3, bottom: 6, right: 4 }],
    ["AA10", { top: 10, left: 27, bottom: 10, right: 27 }],
    ["D6:C4", { top: 4, left: 3, bottom: 6, right: 4 }],
  ])("reads %s", (reference, area) => {
    expect(parseAreaReference(reference)).toEqual(area);
  });

  it("rejects what is not a reference", () => {
    expect(parseAreaReference("#REF!")).toBeUndefined();
  });

  it.each([
    ["Ranked!$A$1", "Ranked"],
    ["'Ranked (2)'!$A$1", "Ranked (2)"],
    ["'Bob''s plan'!$A$1:$B$2", "Bob's plan"],
    ["$A$1", undefined],
  ])("finds the sheet of %s", (reference, sheetName) => {
    expect(sheetNameOfReference(reference)).toBe(sheetName);
  });
});
