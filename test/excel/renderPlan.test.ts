import type { SheetDescription } from "../../src/core";
import {
  cellInputs,
  columnWidthInPoints,
  namesAnotherSheet,
  rowBlocks,
  TEXT_FORMAT,
} from "../../src/excel/renderPlan";
import { styleRectangles } from "../../src/excel/styleRectangles";

function aSheet(rows: SheetDescription["rows"]): SheetDescription {
  return {
    role: "ranked",
    name: "Ranked",
    tabColor: "000000",
    columns: [],
    rows,
    tables: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
  };
}

describe("what each cell is given", () => {
  it("formats text as text, so formula-looking names stay text", () => {
    expect(cellInputs({ text: "=SUM(1,2)" })).toEqual({ format: TEXT_FORMAT, value: "=SUM(1,2)" });
    expect(cellInputs({ text: "+1-555" })).toEqual({ format: TEXT_FORMAT, value: "+1-555" });
  });

  it("leaves formula cells out of the values, for the formula runs", () => {
    expect(cellInputs({ formula: "=1+1", result: 2, numberFormat: "0.0" })).toEqual({
      format: "0.0",
      value: null,
    });
  });

  it("clears empty cells and keeps numbers with their format", () => {
    expect(cellInputs(undefined)).toEqual({ format: "General", value: "" });
    expect(cellInputs({ number: 5, numberFormat: "#,##0" })).toEqual({ format: "#,##0", value: 5 });
  });
});

describe("row blocks", () => {
  const rows = Array.from({ length: 100 }, (_, index) => [
    { text: `Use case ${index}` },
    { formula: `=A${index + 1}&"!"`, result: "x" },
    { number: index },
  ]);

  it("group formulas into one run per column", () => {
    const [block] = rowBlocks(aSheet(rows), 3, 1_000_000);
    expect(block?.formulaRuns).toHaveLength(1);
    expect(block?.formulaRuns[0]).toMatchObject({ firstRow: 1, column: 2 });
    expect(block?.formulaRuns[0]?.formulas).toHaveLength(100);
    expect(block?.values[0]).toEqual(["Use case 0", null, 0]);
  });

  it("stay under the size given and together cover every row once", () => {
    const blocks = rowBlocks(aSheet(rows), 3, 2_000);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.payloadBytes).toBeLessThanOrEqual(2_000);
    expect(blocks.map((block) => [block.firstRow, block.rowCount])).toEqual(
      blocks.map((block, index) => [
        1 + blocks.slice(0, index).reduce((sum, b) => sum + b.rowCount, 0),
        block.rowCount,
      ]),
    );
    expect(blocks.reduce((sum, block) => sum + block.rowCount, 0)).toBe(100);
  });

  it("estimate their size close to the JSON sent", () => {
    const [block] = rowBlocks(aSheet(rows), 3, 1_000_000);
    const json = JSON.stringify([
      block?.numberFormats,
      block?.values,
      block?.formulaRuns.map((r) => r.formulas),
    ]).length;
    expect(block?.payloadBytes).toBeGreaterThanOrEqual(json * 0.9);
    expect(block?.payloadBytes).toBeLessThanOrEqual(json * 1.5);
  });
});

describe("formulas that name another sheet", () => {
  it("are told apart from formulas over the sheet's own cells and from sheet names in strings", () => {
    expect(namesAnotherSheet("=Ranked!$B$7")).toBe(true);
    expect(namesAnotherSheet("=SUM('Q1 plan'!E7:E9)")).toBe(true);
    expect(namesAnotherSheet(`=IF(Ranked!$H$7>=4,"yes","")`)).toBe(true);
    expect(namesAnotherSheet("=100*($E$3/4)")).toBe(false);
    expect(namesAnotherSheet(`=HYPERLINK("#'Use cases'!B2","Row 2")`)).toBe(false);
    expect(namesAnotherSheet(`=A1&"Wow!"&"say ""hi!"""`)).toBe(false);
  });

  it("are kept apart in each block, to be set once the sheets have their final names", () => {
    const mixed = Array.from({ length: 50 }, (_, index) => [
      { formula: `=Ranked!$B$${index + 7}`, result: "id" },
      { formula: `=A${index + 1}*2`, result: 2 },
    ]);
    const blocks = rowBlocks(aSheet(mixed), 2, 1_500);
    expect(blocks.length).toBeGreaterThan(1);
    const own = blocks.flatMap((block) => block.formulaRuns.flatMap((run) => run.formulas.flat()));
    const linked = blocks.flatMap((block) =>
      block.linkedFormulaRuns.flatMap((run) => run.formulas.flat()),
    );
    expect(own).toEqual(mixed.map((row) => row[1]?.formula));
    expect(linked).toEqual(mixed.map((row) => row[0]?.formula));
    for (const block of blocks) {
      expect(block.payloadBytes).toBeLessThanOrEqual(1_500);
      expect(block.linkedBytes).toBeLessThanOrEqual(1_500);
      expect(block.linkedFormulaRuns.every((run) => run.column === 1)).toBe(true);
    }
  });
});

describe("style rectangles", () => {
  it("merge a styled column into one rectangle and a header row into another", () => {
    const sheet = aSheet([
      [
        { text: "A", style: "columnHeader" },
        { text: "B", style: "columnHeader" },
      ],
      [{ text: "x" }, { text: "note", style: "wrap" }],
      [{ text: "y" }, { text: "note", style: "wrap" }],
    ]);
    expect(styleRectangles(sheet)).toEqual([
      { style: "columnHeader", firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 2 },
      { style: "wrap", firstRow: 2, firstColumn: 2, lastRow: 3, lastColumn: 2 },
    ]);
  });
});

it("converts Excel character widths to points", () => {
  expect(columnWidthInPoints(10)).toBeCloseTo(56.25);
});
