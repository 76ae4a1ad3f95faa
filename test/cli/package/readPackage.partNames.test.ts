import type { Workbook } from "exceljs";
import {
  readByExceljs,
  readByPackage,
  withParts,
  writtenByExceljs,
  type PackageText,
} from "./packageFiles";

/** Two sheets, a table, shared strings, a date and a marker: every kind of part the reader follows. */
function candidates(workbook: Workbook): void {
  const sheet = workbook.addWorksheet("Candidates");
  sheet.getCell("A1").value = "Scoring session";
  sheet.addTable({
    name: "UseCases",
    ref: "B3",
    columns: [{ name: "Use case" }, { name: "Value" }, { name: "Review" }],
    rows: [
      ["Chatbot", 4, new Date(Date.UTC(2027, 0, 15))],
      ["Triage", 5, new Date(Date.UTC(2027, 2, 31))],
    ],
  });
  workbook.addWorksheet("Ranked").getCell("A1").value = "Rank";
  workbook.definedNames.add("Ranked!$A$1", "OpportunityScorer.Ranked");
}

/** Moves a part, and every reference to it in the package's relationships and content types. */
function move(
  parts: PackageText,
  from: string,
  to: string,
  references: Record<string, [string, string]>,
): void {
  parts.set(to, parts.get(from));
  parts.set(from, undefined);
  for (const [part, [before, after]] of Object.entries(references)) {
    if (!parts.get(part).includes(before)) throw new Error(`${part} does not refer to ${before}`);
    parts.set(part, parts.get(part).replace(before, after));
  }
}

describe("finding parts by the package's relationships, not by their names", () => {
  it("reads sheets, tables, strings and styles stored under names of the writer's choosing", async () => {
    const original = await writtenByExceljs(candidates);
    const renamed = withParts(original, (parts) => {
      move(parts, "xl/worksheets/sheet1.xml", "xl/worksheets/data.xml", {
        "xl/_rels/workbook.xml.rels": [
          'Target="worksheets/sheet1.xml"',
          'Target="worksheets/data.xml"',
        ],
        "[Content_Types].xml": ["/xl/worksheets/sheet1.xml", "/xl/worksheets/data.xml"],
      });
      move(parts, "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/_rels/data.xml.rels", {});
      move(parts, "xl/tables/table1.xml", "xl/lists/use-cases.xml", {
        "xl/worksheets/_rels/data.xml.rels": [
          'Target="../tables/table1.xml"',
          'Target="../lists/use-cases.xml"',
        ],
        "[Content_Types].xml": ["/xl/tables/table1.xml", "/xl/lists/use-cases.xml"],
      });
      // An absolute target, from the package's root.
      move(parts, "xl/worksheets/sheet2.xml", "xl/ranked.xml", {
        "xl/_rels/workbook.xml.rels": ['Target="worksheets/sheet2.xml"', 'Target="/xl/ranked.xml"'],
        "[Content_Types].xml": ["/xl/worksheets/sheet2.xml", "/xl/ranked.xml"],
      });
      move(parts, "xl/sharedStrings.xml", "xl/text.xml", {
        "xl/_rels/workbook.xml.rels": ['Target="sharedStrings.xml"', 'Target="text.xml"'],
        "[Content_Types].xml": ["/xl/sharedStrings.xml", "/xl/text.xml"],
      });
      move(parts, "xl/styles.xml", "xl/looks.xml", {
        "xl/_rels/workbook.xml.rels": ['Target="styles.xml"', 'Target="looks.xml"'],
        "[Content_Types].xml": ["/xl/styles.xml", "/xl/looks.xml"],
      });
      move(parts, "xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels", {});
      move(parts, "xl/workbook.xml", "xl/book.xml", {
        "_rels/.rels": ['Target="xl/workbook.xml"', 'Target="xl/book.xml"'],
        "[Content_Types].xml": ["/xl/workbook.xml", "/xl/book.xml"],
      });
    });

    const read = readByPackage(renamed);
    expect(read).toStrictEqual(await readByExceljs(original));
    expect(read.sheets.map((sheet) => [sheet.name, sheet.tableName, sheet.ownRole])).toEqual([
      ["Candidates", "UseCases", undefined],
      ["Ranked", undefined, "ranked"],
    ]);
    expect(read.sheets[0]?.values).toEqual([
      ["Use case", "Value", "Review"],
      ["Chatbot", 4, "2027-01-15"],
      ["Triage", 5, "2027-03-31"],
    ]);
  });
});
