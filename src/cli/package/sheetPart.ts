/**
 * A sheet description as SpreadsheetML: the worksheet part, its tables and the drawing that
 * holds its chart picture. Written directly, row by row, so memory grows with the sheet's text
 * and nothing else; text goes in as inline strings, which leaves the user's shared string table
 * as it was. Everything decided (values, formulas, looks) comes from the description.
 */
import { cellReference, type CellDescription, type SheetDescription } from "../../core";
import type { Look } from "./stylesPart";
import { escapeAttribute, escapeText, XML_DECLARATION } from "./xmlEdits";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Pixels to EMUs, DrawingML's unit. */
const EMU_PER_PIXEL = 9525;

/** The parts a sheet refers to, by the relationship ids its XML uses. */
export interface SheetLinks {
  readonly tables: readonly { readonly relId: string; readonly id: number }[];
  readonly drawingRelId?: string;
}

/** Every look a description's cells use, for the style table. */
export function looksOf(sheet: SheetDescription): Look[] {
  const looks: Look[] = [];
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    for (const cell of row) {
      if (cell === undefined) continue;
      const key = `${cell.numberFormat ?? ""}\u0000${cell.style ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      looks.push({ numberFormat: cell.numberFormat, style: cell.style });
    }
  }
  return looks;
}

/** The worksheet part, in the element order SpreadsheetML requires. */
export function worksheetXml(
  sheet: SheetDescription,
  styleOf: (look: Look) => number,
  links: SheetLinks,
): string {
  const parts: string[] = [XML_DECLARATION, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  parts.push(`<sheetPr><tabColor rgb="FF${sheet.tabColor}"/></sheetPr>`);
  const width = Math.max(1, sheet.columns.length, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  parts.push(`<dimension ref="A1:${cellReference(height, width)}"/>`);
  parts.push(
    `<sheetViews><sheetView showGridLines="0" workbookViewId="0">${pane(sheet)}</sheetView></sheetViews>`,
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length > 0) {
    parts.push("<cols>");
    sheet.columns.forEach((column, index) => {
      parts.push(
        `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`,
      );
    });
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  const hyperlinks: string[] = [];
  sheet.rows.forEach((row, rowIndex) => {
    if (row.every((cell) => cell === undefined)) return;
    const r = rowIndex + 1;
    parts.push(`<row r="${r}">`);
    row.forEach((cell, columnIndex) => {
      if (cell === undefined) return;
      const ref = cellReference(r, columnIndex + 1);
      parts.push(
        cellXml(ref, cell, styleOf({ numberFormat: cell.numberFormat, style: cell.style })),
      );
      if (cell.link !== undefined) {
        hyperlinks.push(
          `<hyperlink ref="${ref}" location="${escapeAttribute(cell.link)}" display="${escapeAttribute(cell.text ?? "")}"/>`,
        );
      }
    });
    parts.push("</row>");
  });
  parts.push("</sheetData>");
  sheet.conditionalFormats.forEach((format, index) => {
    parts.push(
      `<conditionalFormatting sqref="${format.range}"><cfRule type="dataBar" priority="${index + 1}">` +
        `<dataBar><cfvo type="num" val="0"/><cfvo type="num" val="100"/><color rgb="FF${format.color}"/></dataBar>` +
        "</cfRule></conditionalFormatting>",
    );
  });
  if (hyperlinks.length > 0) parts.push(`<hyperlinks>${hyperlinks.join("")}</hyperlinks>`);
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (links.drawingRelId !== undefined) parts.push(`<drawing r:id="${links.drawingRelId}"/>`);
  if (links.tables.length > 0) {
    parts.push(`<tableParts count="${links.tables.length}">`);
    for (const table of links.tables) parts.push(`<tablePart r:id="${table.relId}"/>`);
    parts.push("</tableParts>");
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function pane(sheet: SheetDescription): string {
  const { rows, columns } = sheet.freeze;
  if (rows === 0 && columns === 0) return "";
  const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}` +
    ` topLeftCell="${cellReference(rows + 1, columns + 1)}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${cellReference(rows + 1, columns + 1)}" sqref="${cellReference(rows + 1, columns + 1)}"/>`
  );
}

/** One cell; text is always a string cell, whatever it looks like. */
export function cellXml(ref: string, cell: CellDescription, style: number): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell.formula !== undefined) {
    const formula = escapeText(cell.formula.slice(1));
    if (typeof cell.result === "number") {
      return `<c r="${ref}"${s}><f>${formula}</f><v>${cell.result}</v></c>`;
    }
    return `<c r="${ref}"${s} t="str"><f>${formula}</f><v>${escapeText(cell.result)}</v></c>`;
  }
  if (cell.text !== undefined) {
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(cell.text)}</t></is></c>`;
  }
  return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
}

/** A table part over the description's table. */
export function tableXml(table: SheetDescription["tables"][number], id: number): string {
  const ref = `${cellReference(table.headerRow, table.firstColumn)}:${cellReference(
    table.headerRow + table.rowCount,
    table.firstColumn + table.columns.length - 1,
  )}`;
  const columns = table.columns
    .map((name, index) => `<tableColumn id="${index + 1}" name="${escapeAttribute(name)}"/>`)
    .join("");
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttribute(table.name)}" displayName="${escapeAttribute(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

/** A drawing holding one picture per chart, at the chart's anchor and size. */
export function drawingXml(
  charts: readonly {
    anchor: { row: number; column: number };
    width: number;
    height: number;
    name: string;
  }[],
  imageRelIds: readonly string[],
): string {
  const anchors = charts.map((chart, index) => {
    const cx = Math.round(chart.width * EMU_PER_PIXEL);
    const cy = Math.round(chart.height * EMU_PER_PIXEL);
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${chart.anchor.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${chart.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${index + 2}" name="${escapeAttribute(chart.name)}"/>` +
      '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
      `<xdr:blipFill><a:blip r:embed="${imageRelIds[index]}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
      "</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>"
    );
  });
  return (
    XML_DECLARATION +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    anchors.join("") +
    "</xdr:wsDr>"
  );
}

/** A relationships part. */
export function relationshipsXml(
  relationships: readonly { id: string; type: string; target: string }[],
): string {
  return (
    XML_DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    relationships
      .map(
        (rel) =>
          `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeAttribute(rel.target)}"/>`,
      )
      .join("") +
    "</Relationships>"
  );
}
