/**
 * Renders the engine's sheet descriptions into an exceljs workbook. It decides nothing: names,
 * cells, formulas and looks all come from the description, which the add-in renders too.
 */
import type ExcelJS from "exceljs";
import {
  CELL_STYLES,
  columnLetters,
  ownershipMarkerName,
  quoteSheetName,
  type CellDescription,
  type CellStyle,
  type ExistingSheet,
  type SheetDescription,
  type WorkbookShape,
} from "../core";
import { chartPicturePng } from "./chartPicture";
import { writeInWorkbookLinksAsLocations } from "./inWorkbookLinks";
import { ownRolesBySheet } from "./readWorkbook";

type DefinedNameModel = ExcelJS.Workbook["definedNames"]["model"][number];

/** The workbook's sheets, each marked when a defined name says it is this product's output. */
export function workbookShape(workbook: ExcelJS.Workbook): WorkbookShape {
  const roleOfSheet = ownRolesBySheet(workbook);
  const sheets: ExistingSheet[] = workbook.worksheets.map((worksheet) => {
    const ownRole = roleOfSheet.get(worksheet.name.toLowerCase());
    return ownRole ? { name: worksheet.name, ownRole } : { name: worksheet.name };
  });
  const tableNames = workbook.worksheets
    .filter((worksheet) => !roleOfSheet.has(worksheet.name.toLowerCase()))
    .flatMap((worksheet) => worksheet.getTables().map((table) => tableNameOf(table)));
  return { sheets, tableNames };
}

function tableNameOf(table: unknown): string {
  const model = table as { name?: string; table?: { name?: string } };
  return model.table?.name ?? model.name ?? "";
}

/** exceljs orders the tabs by `orderNo`, which its typings leave out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/**
 * Replaces this product's own sheets and adds the described ones at the end of the workbook,
 * each marked with its defined name. Sheets the product did not create are left alone: the
 * descriptions' names were chosen so they never collide.
 */
export function writeSheets(workbook: ExcelJS.Workbook, sheets: readonly SheetDescription[]): void {
  writeInWorkbookLinksAsLocations();
  const shape = workbookShape(workbook);
  const markers = new Set(sheets.map((sheet) => ownershipMarkerName(sheet.role).toLowerCase()));
  const positions = new Map<string, number>();
  for (const sheet of sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    if (!existing) continue;
    const own = shape.sheets.find((candidate) => candidate.name === existing.name)?.ownRole;
    if (own === undefined) {
      throw new RangeError(`refusing to overwrite "${sheet.name}": this product did not create it`);
    }
    // The replacement takes the old sheet's place among the tabs.
    positions.set(sheet.name.toLowerCase(), (existing as OrderedWorksheet).orderNo);
    workbook.removeWorksheet(existing.id);
  }
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (model: DefinedNameModel) => !markers.has(model.name.toLowerCase()),
  );
  const freeMedia = unusedMedia(workbook);
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const position = positions.get(sheet.name.toLowerCase());
    if (position !== undefined) (worksheet as OrderedWorksheet).orderNo = position;
    renderSheet(worksheet, sheet);
    placeChartPictures(workbook, worksheet, sheet, freeMedia);
    workbook.definedNames.add(
      `${quoteSheetName(sheet.name)}!$A$1`,
      ownershipMarkerName(sheet.role),
    );
  }
}

/**
 * exceljs cannot make native charts: each described chart goes in as a picture of the same
 * scene the task pane shows, at the chart's place and size, over the same cells.
 */
function placeChartPictures(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  sheet: SheetDescription,
  freeMedia: number[],
): void {
  for (const chart of sheet.charts ?? []) {
    const picture = {
      buffer: chartPicturePng(chart.scene) as unknown as ExcelJS.Buffer,
      extension: "png" as const,
    };
    // The picture of the Summary this replaces stays in the workbook's media when its sheet
    // goes; reusing its slot keeps a workbook scored again and again from growing each time.
    const reused = freeMedia.shift();
    let image: number;
    if (reused === undefined) image = workbook.addImage(picture);
    else {
      mediaOf(workbook)[reused] = { ...picture, type: "image" };
      image = reused;
    }
    worksheet.addImage(image, {
      tl: { col: chart.anchor.column - 1, row: chart.anchor.row - 1 },
      ext: { width: chart.width, height: chart.height },
      editAs: "oneCell",
    });
  }
}

/** exceljs keeps the workbook's pictures in a list its types do not show; ids index it. */
function mediaOf(workbook: ExcelJS.Workbook): unknown[] {
  return (workbook as unknown as { media: unknown[] }).media;
}

/** Media no sheet shows any more: pictures of sheets removed since the workbook was read. */
function unusedMedia(workbook: ExcelJS.Workbook): number[] {
  const used = new Set<number>();
  workbook.eachSheet((worksheet) => {
    for (const image of worksheet.getImages()) used.add(Number(image.imageId));
    const background = worksheet.getBackgroundImageId();
    if (background !== undefined) used.add(Number(background));
  });
  return mediaOf(workbook)
    .map((_, id) => id)
    .filter((id) => !used.has(id));
}

function renderSheet(worksheet: ExcelJS.Worksheet, sheet: SheetDescription): void {
  worksheet.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  worksheet.views = [
    {
      state: "frozen",
      xSplit: sheet.freeze.columns,
      ySplit: sheet.freeze.rows,
      showGridLines: false,
    },
  ];
  sheet.columns.forEach((column, index) => {
    worksheet.getColumn(index + 1).width = column.width;
  });

  // Tables first. exceljs writes a table's rows into the cells itself, then the loop below
  // gives every described cell its exact value and look. So that the longest sheet is not
  // written twice, each table row is a sparse array: exceljs skips its holes (the described
  // cells) and still writes the empty cells it always wrote.
  for (const table of sheet.tables) {
    const rows = Array.from({ length: table.rowCount }, (_, index) => {
      const cells = sheet.rows[table.headerRow + index];
      const row: ExcelJS.CellValue[] = [];
      for (let offset = 0; offset < table.columns.length; offset++) {
        if (cells?.[table.firstColumn - 1 + offset] === undefined) row[offset] = null;
      }
      return row;
    });
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetters(table.firstColumn)}${table.headerRow}`,
      headerRow: true,
      style: {
        theme: table.style as NonNullable<ExcelJS.TableStyleProperties["theme"]>,
        showRowStripes: true,
      },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }

  const looks = new CellLooks();
  sheet.rows.forEach((cells, rowIndex) => {
    if (cells.length === 0) return;
    const row = worksheet.getRow(rowIndex + 1);
    cells.forEach((cell, columnIndex) => {
      if (cell === undefined) return;
      const target = row.getCell(columnIndex + 1);
      target.value = exceljsValue(cell);
      target.style = looks.of(cell);
    });
  });

  for (const format of sheet.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 100 },
          ],
          color: { argb: `FF${format.color}` },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

function exceljsValue(cell: CellDescription): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    // exceljs takes the formula without its `=`; the engine's result is stored as the cached
    // value so viewers that do not recalculate still show the number.
    return { formula: cell.formula.slice(1), result: cell.result } as ExcelJS.CellFormulaValue;
  }
  // A link to a place in the workbook, in exceljs's form for one (see inWorkbookLinks.ts).
  if (cell.link !== undefined) return { text: cell.text, hyperlink: `#${cell.link}` };
  // A string is always stored as a string cell: `=SUM(1,2)` typed as a name stays text.
  return cell.text ?? cell.number;
}

/**
 * One exceljs style object per look, shared by every cell that has it. exceljs gives each cell
 * a style object of its own, and when it writes the file it turns each one into XML to find its
 * entry in the style table: for a 100,000-row sheet that was most of the writing time. A style
 * object it has already seen is looked up by reference instead. The objects hold exactly what
 * setting `numFmt`, `font`, `fill`, `alignment` and `border` cell by cell used to.
 */
class CellLooks {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  // Most cells have neither a number format nor a named look: one plain style per kind.
  private readonly plain = new Map<string, Partial<ExcelJS.Style>>();

  of(cell: CellDescription): Partial<ExcelJS.Style> {
    // exceljs picks a cell's number format by its type when the style names none, and caches
    // a style's entry ignoring the type: cells of different types never share a style object.
    const kind =
      cell.formula !== undefined
        ? typeof cell.result
        : cell.link !== undefined
          ? "link"
          : cell.text !== undefined
            ? "text"
            : "number";
    const plain = cell.numberFormat === undefined && cell.style === undefined;
    const key = plain ? kind : `${kind}\u0000${cell.numberFormat ?? ""}\u0000${cell.style ?? ""}`;
    const styles = plain ? this.plain : this.styles;
    let style = styles.get(key);
    if (style === undefined) {
      style = lookOf(
        cell.numberFormat,
        cell.style === undefined ? undefined : CELL_STYLES[cell.style],
      );
      styles.set(key, style);
    }
    return style;
  }
}

/** The exceljs style for a number format and a named look, with its parts in exceljs's order. */
function lookOf(
  numberFormat: string | undefined,
  style: CellStyle | undefined,
): Partial<ExcelJS.Style> {
  const look: Partial<ExcelJS.Style> = {};
  if (numberFormat !== undefined) look.numFmt = numberFormat;
  if (style === undefined) return look;
  look.font = {
    ...(style.bold && { bold: true }),
    ...(style.italic && { italic: true }),
    ...(style.underline && { underline: true }),
    ...(style.fontSize !== undefined && { size: style.fontSize }),
    ...(style.fontColor !== undefined && { color: { argb: `FF${style.fontColor}` } }),
  };
  if (style.fill !== undefined) {
    look.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  }
  if (style.wrap) look.alignment = { wrapText: true, vertical: "top" };
  if (style.topBorder) look.border = { top: { style: "thin" } };
  return look;
}
