import fc from "fast-check";
import type { CellValue, Workbook, Worksheet } from "exceljs";
import { ownershipMarkerName, quoteSheetName, type OutputRole } from "../../../src/core";
import { readByExceljs, readByPackage, writtenByExceljs } from "./packageFiles";

// Characters that have tripped readers: quotes, XML's specials, non-Latin text, emoji, and
// the `_x` that starts SpreadsheetML's own escapes.
const tricky = fc.constantFrom(..."aZ09 '\"&<>=+-_x.,;€é日😀\n\t".split(/(?:)/u));
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: tricky, maxLength: 8 }),
  fc.constantFrom("", "  padded  ", "=SUM(1,2)", "4 - High", "€ 120.000", "line\r\nbreak"),
);
// Two exceljs bugs the package reader does not share (its own tests cover them): exceljs
// decodes a formula's text result twice (`&amp;lt;` comes back as `<`), and drops a formula's
// saved 0 or FALSE (`Cell._copyModel` keeps only truthy results). Formula results here avoid
// both. A formula saved without a value is left out too: the contract has it read as such
// (DESIGN §1), where the exceljs reader calls it blank (readPackage.unsavedFormulas.test.ts).
const formulaText = text.filter((value) => !value.includes("&"));
const formulaNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => n !== 0);
const date = fc.date({
  min: new Date(Date.UTC(1900, 2, 1)),
  max: new Date(Date.UTC(2200, 0, 1)),
  noInvalidDate: true,
});
const error = fc
  .constantFrom("#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!")
  .map((code) => ({ error: code }));
const number = fc.double({ noNaN: true, noDefaultInfinity: true });

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  number,
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  date,
  error,
  fc
    .oneof(formulaNumber, formulaText, fc.constant(true), error, date)
    .map((result) => ({ formula: "ROW()", result }) as CellValue),
  fc.array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({
    richText: runs.map((run) => ({ text: run.text, font: { bold: run.bold } })),
  })),
  fc
    .string({ minLength: 1, maxLength: 8 })
    .map((label) => ({ text: label, hyperlink: "https://example.com/uc" })),
);

/** Cells placed down and across with gaps: blank rows and blank cells between values. */
const grid = fc.record({
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 4 }),
  rows: fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 2 }),
      cells: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 2 }), value: cellValue }), {
        maxLength: 5,
      }),
    }),
    { maxLength: 6 },
  ),
  formattedEmpty: fc.boolean(),
  merge: fc.boolean(),
});

const tableCell = fc.oneof(text, fc.integer({ min: 0, max: 9 }), number, fc.boolean(), date);
const table = fc.record({
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 4 }),
  headers: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 4,
    selector: (header) => header.toLowerCase(),
  }),
  rows: fc.array(fc.array(tableCell, { minLength: 4, maxLength: 4 }), {
    minLength: 1,
    maxLength: 5,
  }),
  totalsRow: fc.boolean(),
  noteBelow: fc.option(text.filter((value) => value !== "")),
});

// exceljs loses a comma of `,,` in a defined name's sheet name (it skips the empty piece
// between them), so its reader misses such a sheet's marker; the names here have none.
const sheetName = fc
  .string({
    unit: fc.constantFrom(..."aB3 '&().,-!€é日".split(/(?:)/u)),
    minLength: 1,
    maxLength: 31,
  })
  .filter(
    (name) =>
      name.trim() !== "" &&
      !/^'|'$/.test(name) &&
      name.toLowerCase() !== "history" &&
      !name.includes(",,"),
  );

const workbookSpec = fc.record({
  sheets: fc.uniqueArray(
    fc.record({ name: sheetName, content: fc.oneof(grid, table, fc.constant(undefined)) }),
    { minLength: 1, maxLength: 4, selector: (sheet) => sheet.name.toLowerCase() },
  ),
  markers: fc.shuffledSubarray<OutputRole>(["ranked", "roadmap", "summary", "scoringLog"]),
});

type WorkbookSpec = typeof workbookSpec extends fc.Arbitrary<infer T> ? T : never;
type GridSpec = typeof grid extends fc.Arbitrary<infer T> ? T : never;
type TableSpec = typeof table extends fc.Arbitrary<infer T> ? T : never;

function build(spec: WorkbookSpec): (workbook: Workbook) => void {
  return (workbook) => {
    spec.sheets.forEach((sheet, index) => {
      const worksheet = workbook.addWorksheet(sheet.name);
      if (sheet.content && "rows" in sheet.content && "headers" in sheet.content) {
        addTable(worksheet, sheet.content, `Table${index + 1}`);
      } else if (sheet.content) {
        fillGrid(worksheet, sheet.content);
      }
    });
    // Each marker on a sheet of its own, cycling through the sheets.
    spec.markers.slice(0, spec.sheets.length).forEach((role, index) => {
      const sheet = spec.sheets[index];
      if (sheet)
        workbook.definedNames.add(`${quoteSheetName(sheet.name)}!$A$1`, ownershipMarkerName(role));
    });
  };
}

function fillGrid(worksheet: Worksheet, spec: GridSpec): void {
  let row = spec.top;
  for (const line of spec.rows) {
    row += line.gap;
    let column = spec.left;
    for (const cell of line.cells) {
      column += cell.gap;
      worksheet.getCell(row, column).value = cell.value;
      column++;
    }
    row++;
  }
  if (spec.formattedEmpty) worksheet.getCell(row + 3, 9).font = { bold: true };
  if (spec.merge) worksheet.mergeCells(spec.top, spec.left, spec.top, spec.left + 1);
}

function addTable(worksheet: Worksheet, spec: TableSpec, name: string): void {
  const width = spec.headers.length;
  worksheet.addTable({
    name,
    ref: worksheet.getCell(spec.top, spec.left).address,
    headerRow: true,
    totalsRow: spec.totalsRow,
    columns: spec.headers.map((header, index) =>
      index === 0 && spec.totalsRow ? { name: header, totalsRowLabel: "Total" } : { name: header },
    ),
    rows: spec.rows.map((row) => row.slice(0, width)),
  });
  if (spec.noteBelow !== null) {
    worksheet.getCell(spec.top + spec.rows.length + 3, spec.left).value = spec.noteBelow;
  }
}

describe("the package reader on workbooks exceljs writes", () => {
  it("reads every value, table and marker exactly as the exceljs reader does", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const bytes = await writtenByExceljs(build(spec));
        expect(readByPackage(bytes)).toStrictEqual(await readByExceljs(bytes));
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
