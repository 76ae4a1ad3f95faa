/**
 * One output sheet as write units: created hidden under a temporary name, filled block by block,
 * dressed (widths, styles, data bars, tables), and, once it is visible under its final name,
 * given its view settings. Each unit knows its size as Office.js sends it (see requestQueue.ts).
 */
import { CELL_STYLES, type SheetDescription } from "../core";
import {
  TEXT_FORMAT,
  columnCount,
  columnWidthInPoints,
  linkRuns,
  rowBlocks,
  splitRowBlock,
  type FormulaRun,
  type LinkCell,
  type LinkWrite,
  type RowBlock,
} from "./renderPlan";
import { styleRectangles, type StyleRectangle } from "./styleRectangles";
import type { WriteUnit } from "./requestQueue";

// Hidden sheets of an interrupted write carry this prefix; the next write removes them.
export const TEMPORARY_PREFIX = "OppScorer temp ";
// What one small operation (a property, a method call) costs in a request: object paths included.
export const OPERATION_BYTES = 300;

/** A sheet being built, and what it still needs once every sheet has its final name. */
export interface SheetUnderConstruction {
  readonly description: SheetDescription;
  readonly temporaryName: string;
  readonly temporaryTables: readonly string[];
  /** Set when its creating unit is sent (again, if that request was refused and split). */
  sheet?: Excel.Worksheet;
  /** Formulas naming another sheet, for after the swap. */
  readonly linked: { runs: readonly FormulaRun[]; bytes: number }[];
}

export function sheetUnderConstruction(
  description: SheetDescription,
  stamp: string,
  index: number,
): SheetUnderConstruction {
  return {
    description,
    temporaryName: `${TEMPORARY_PREFIX}${stamp}${index}`,
    temporaryTables: description.tables.map((_, t) => `OppScorerTemp${stamp}${index}x${t}`),
    linked: [],
  };
}

export function sheetOf(built: SheetUnderConstruction): Excel.Worksheet {
  if (built.sheet === undefined) throw new Error(`${built.temporaryName} was never created.`);
  return built.sheet;
}

/** Sets formulas down one column per run. */
export function setFormulas(sheet: Excel.Worksheet, runs: readonly FormulaRun[]): void {
  for (const run of runs) {
    sheet.getRangeByIndexes(run.firstRow - 1, run.column - 1, run.formulas.length, 1).formulas =
      run.formulas;
  }
}

/**
 * How this Excel takes links: `Range.setCellProperties` (ExcelApi 1.9) sets a run of them down a
 * column in one operation; `Range.hyperlink` (ExcelApi 1.7) one cell at a time; before 1.7 there
 * is no way, and the cells keep their text.
 */
function linkWriteFor(supports: (excelApiVersion: string) => boolean): LinkWrite {
  if (supports("1.9")) return "cellProperties";
  return supports("1.7") ? "perCell" : "none";
}

/** Creating, filling and dressing the sheet, hidden, in units cut to `maxBytes`. */
export function buildUnits(
  workbook: Excel.Workbook,
  built: SheetUnderConstruction,
  maxBytes: number,
  supports: (excelApiVersion: string) => boolean,
): WriteUnit[] {
  const { description } = built;
  const width = columnCount(description);
  const linkWrite = linkWriteFor(supports);
  const create: WriteUnit = {
    bytes: OPERATION_BYTES,
    queue: () => {
      const sheet = workbook.worksheets.add(built.temporaryName);
      sheet.visibility = "Hidden";
      built.sheet = sheet;
    },
  };
  const blocks = rowBlocks(description, width, maxBytes - OPERATION_BYTES, linkWrite);
  for (const block of blocks) {
    if (block.linkedFormulaRuns.length > 0) {
      built.linked.push({ runs: block.linkedFormulaRuns, bytes: block.linkedBytes });
    }
  }
  const rectangles = styleRectangles(description);
  const dress: WriteUnit = {
    bytes: OPERATION_BYTES * (rectangles.length + description.columns.length + 4),
    queue: () => dressSheet(sheetOf(built), built, rectangles),
  };
  return [create, ...blocks.map((block) => blockUnit(built, block, width, linkWrite)), dress];
}

function blockUnit(
  built: SheetUnderConstruction,
  block: RowBlock,
  width: number,
  linkWrite: LinkWrite,
): WriteUnit {
  return {
    bytes: block.payloadBytes,
    queue: () => {
      const sheet = sheetOf(built);
      const range = sheet.getRangeByIndexes(block.firstRow - 1, 0, block.rowCount, width);
      // Formats first: a text cell is text before its content arrives (see renderPlan.ts).
      range.numberFormat = block.numberFormats;
      range.values = block.values;
      setFormulas(sheet, block.formulaRuns);
      setLinks(sheet, block.links, linkWrite);
    },
    split: () =>
      splitRowBlock(block)?.map((half) => blockUnit(built, half, width, linkWrite)) ?? [],
  };
}

/**
 * Makes the link cells hyperlinks to their places in the workbook, the text they already show
 * kept as the text displayed.
 */
function setLinks(sheet: Excel.Worksheet, links: readonly LinkCell[], linkWrite: LinkWrite): void {
  if (linkWrite === "cellProperties") {
    for (const run of linkRuns(links)) {
      sheet
        .getRangeByIndexes(run.firstRow - 1, run.column - 1, run.links.length, 1)
        .setCellProperties(run.links.map((link) => [{ hyperlink: hyperlinkOf(link) }]));
    }
  } else if (linkWrite === "perCell") {
    for (const link of links)
      sheet.getCell(link.row - 1, link.column - 1).hyperlink = hyperlinkOf(link);
  }
}

function hyperlinkOf(link: LinkCell): Excel.RangeHyperlink {
  return { documentReference: link.target, textToDisplay: link.text };
}

function dressSheet(
  sheet: Excel.Worksheet,
  built: SheetUnderConstruction,
  rectangles: readonly StyleRectangle[],
): void {
  const { description } = built;
  sheet.tabColor = `#${description.tabColor}`;
  description.columns.forEach((column, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = columnWidthInPoints(column.width);
  });
  for (const rectangle of rectangles) {
    const range = sheet.getRangeByIndexes(
      rectangle.firstRow - 1,
      rectangle.firstColumn - 1,
      rectangle.lastRow - rectangle.firstRow + 1,
      rectangle.lastColumn - rectangle.firstColumn + 1,
    );
    const style = CELL_STYLES[rectangle.style];
    if (style.bold) range.format.font.bold = true;
    if (style.italic) range.format.font.italic = true;
    if (style.underline) range.format.font.underline = "Single";
    if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
    if (style.fontColor !== undefined) range.format.font.color = `#${style.fontColor}`;
    if (style.fill !== undefined) range.format.fill.color = `#${style.fill}`;
    if (style.wrap) {
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
    }
    if (style.topBorder) range.format.borders.getItem("EdgeTop").style = "Continuous";
  }
  for (const format of description.conditionalFormats) {
    const dataBar = sheet
      .getRange(format.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.dataBar).dataBar;
    dataBar.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
    dataBar.positiveFormat.fillColor = `#${format.color}`;
  }
  description.tables.forEach((table, t) => {
    const added = sheet.tables.add(
      sheet.getRangeByIndexes(
        table.headerRow - 1,
        table.firstColumn - 1,
        table.rowCount + 1,
        table.columns.length,
      ),
      true,
    );
    added.name = built.temporaryTables[t] as string;
    added.style = table.style;
  });
}

/**
 * View settings, queued once the sheet is visible: freezing panes on a hidden sheet has failed
 * for real users (OfficeDev/office-js#1463, and #2196 on Excel 2019).
 */
export function applyViewSettings(sheet: Excel.Worksheet, description: SheetDescription): void {
  const { rows, columns } = description.freeze;
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
}

/** The Scoring log's new row, appended below the last: text as text, numbers as numbers. */
export function appendLogRow(
  logSheet: Excel.Worksheet,
  appendAt: number,
  cells: readonly ({ text?: string; number?: number } | undefined)[],
): void {
  const row = logSheet.getRangeByIndexes(appendAt - 1, 0, 1, cells.length);
  row.numberFormat = [cells.map((cell) => (cell?.text !== undefined ? TEXT_FORMAT : "General"))];
  row.values = [cells.map((cell) => cell?.text ?? cell?.number ?? "")];
}
