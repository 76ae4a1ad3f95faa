/** Link cells in the render plan: collected per block, and counted as Office.js will send them. */
import type { CellDescription, SheetDescription } from "../../src/core";
import { linkRuns, rowBlocks, splitRowBlock, type LinkWrite } from "../../src/excel/renderPlan";

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

/** `count` rows of an ID and a link back to its source row, the name cell in column B. */
function linkedRows(count: number, sheetName = "Use cases"): CellDescription[][] {
  return Array.from({ length: count }, (_, index) => [
    { text: `UC-${index + 1}` },
    { text: `Row ${index + 2}`, link: `'${sheetName}'!B${index + 2}`, style: "link" },
  ]);
}

const totalBytes = (sheet: SheetDescription, linkWrite: LinkWrite): number =>
  rowBlocks(sheet, 2, 100_000_000, linkWrite).reduce((sum, block) => sum + block.payloadBytes, 0);

describe("link cells", () => {
  it("are collected with their place, text and target, after the text is in the values", () => {
    const [block] = rowBlocks(aSheet(linkedRows(3)), 2, 1_000_000, "cellProperties");
    expect(block?.values[0]).toEqual(["UC-1", "Row 2"]);
    expect(block?.links).toEqual([
      { row: 1, column: 2, text: "Row 2", target: "'Use cases'!B2" },
      { row: 2, column: 2, text: "Row 3", target: "'Use cases'!B3" },
      { row: 3, column: 2, text: "Row 4", target: "'Use cases'!B4" },
    ]);
  });

  it("are left out, and cost nothing, when the links cannot be written", () => {
    const linked = aSheet(linkedRows(50));
    const plain = aSheet(linkedRows(50).map(([id, link]) => [id, { text: link?.text ?? "" }]));
    expect(rowBlocks(linked, 2, 1_000_000, "none")[0]?.links).toEqual([]);
    expect(rowBlocks(linked, 2, 1_000_000)[0]?.links).toEqual([]);
    expect(totalBytes(linked, "none")).toBe(totalBytes(plain, "none"));
  });

  it("cost about the JSON of one setCellProperties per run down a column", () => {
    const sheet = aSheet(linkedRows(200, "商品 一覧"));
    const [block] = rowBlocks(sheet, 2, 100_000_000, "cellProperties");
    const argument = (block?.links ?? []).map((link) => [
      { hyperlink: { documentReference: link.target, textToDisplay: link.text } },
    ]);
    const sent = Buffer.byteLength(JSON.stringify(argument), "utf8");
    const counted = totalBytes(sheet, "cellProperties") - totalBytes(sheet, "none");
    expect(counted).toBeGreaterThanOrEqual(sent);
    expect(counted).toBeLessThanOrEqual(sent + 1_000);
  });

  it("cost a range operation each when set one cell at a time", () => {
    const sheet = aSheet(linkedRows(200));
    const perCell = totalBytes(sheet, "perCell") - totalBytes(sheet, "none");
    const perRun = totalBytes(sheet, "cellProperties") - totalBytes(sheet, "none");
    expect(perCell - perRun).toBeGreaterThanOrEqual(200 * 300);
  });

  it("are shared between blocks under the size given, each link in exactly one", () => {
    const rows = linkedRows(300);
    const blocks = rowBlocks(aSheet(rows), 2, 5_000, "cellProperties");
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(block.payloadBytes).toBeLessThanOrEqual(5_000);
      for (const link of block.links) {
        expect(link.row).toBeGreaterThanOrEqual(block.firstRow);
        expect(link.row).toBeLessThan(block.firstRow + block.rowCount);
      }
    }
    expect(blocks.flatMap((block) => block.links.map((link) => link.target))).toEqual(
      rows.map((row) => row[1]?.link),
    );
  });

  it("go with their rows when a refused block is split in two", () => {
    const [block] = rowBlocks(aSheet(linkedRows(9)), 2, 1_000_000, "cellProperties");
    if (!block) throw new Error("no block");
    const [upper, lower] = splitRowBlock(block) ?? [];
    expect(upper?.links.map((link) => link.row)).toEqual([1, 2, 3, 4, 5]);
    expect(lower?.links.map((link) => link.row)).toEqual([6, 7, 8, 9]);
  });

  it("form one run per column of consecutive rows", () => {
    const link = (row: number, column: number) => ({ row, column, text: "t", target: "S!A1" });
    const runs = linkRuns([link(7, 13), link(8, 13), link(9, 13), link(12, 1), link(13, 1)]);
    expect(runs.map((run) => [run.firstRow, run.column, run.links.length])).toEqual([
      [12, 1, 2],
      [7, 13, 3],
    ]);
  });
});
