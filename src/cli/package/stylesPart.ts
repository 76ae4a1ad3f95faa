/**
 * The looks of the scorer's cells, added to the workbook's own style table (xl/styles.xml):
 * new number formats, fonts, fills, borders and cell formats go after the user's, whose
 * indexes therefore never change. A workbook without a style table gets a minimal one.
 */
import { CELL_STYLES, type CellStyleName } from "../../core";
import {
  appendInto,
  applySplices,
  firstElement,
  prefixOf,
  setAttribute,
  escapeAttribute,
  xmlElements,
  type Splice,
  type XmlElement,
  XML_DECLARATION,
} from "./xmlEdits";

/** A cell's look: its number format and named style. */
export interface Look {
  readonly numberFormat?: string | undefined;
  readonly style?: CellStyleName | undefined;
}

// Excel's built-in number formats that the scorer uses, by their fixed ids.
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

// Custom number formats take ids from 164 up.
const FIRST_CUSTOM_FORMAT = 164;

export const MINIMAL_STYLES =
  XML_DECLARATION +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The style table with `looks` added, and the cell-format index of each look. */
export function addLooks(
  stylesXml: string,
  looks: readonly Look[],
): { xml: string; indexOf: (look: Look) => number } {
  const elements = xmlElements(stylesXml);
  const sheet = firstElement(elements, "styleSheet");
  if (sheet === undefined) throw new Error("xl/styles.xml has no styleSheet");
  const p = prefixOf(sheet);
  const child = (local: string): XmlElement | undefined =>
    elements.find((e) => e.local === local && e.parent === sheet);
  const countOf = (local: string): number =>
    elements.filter((e) => e.parent !== undefined && e.parent === child(local)).length;

  const keyOf = (look: Look): string => `${look.numberFormat ?? ""}\u0000${look.style ?? ""}`;
  const distinct = new Map<string, Look>();
  for (const look of looks) if (!distinct.has(keyOf(look))) distinct.set(keyOf(look), look);

  // Number formats the user's table already defines keep their ids.
  const formatIds = new Map<string, number>(Object.entries(BUILT_IN_FORMATS));
  let nextFormat = FIRST_CUSTOM_FORMAT;
  for (const element of elements) {
    if (element.local !== "numFmt") continue;
    const id = Number(element.attributes["numFmtId"]);
    const code = element.attributes["formatCode"];
    if (code !== undefined && !formatIds.has(code)) formatIds.set(code, id);
    nextFormat = Math.max(nextFormat, id + 1);
  }
  const newFormats: string[] = [];
  // A font, fill, border or cell format the table already has (the user's, or one an earlier run
  // added) is used again, and each new one is added once: scoring a scored copy then leaves the
  // table as it was, instead of adding another set of duplicates every run towards Excel's limits.
  const collection = (
    local: string,
  ): { added: string[]; base: number; indexOf: (xml: string) => number } => {
    const parent = child(local);
    const known = new Map<string, number>();
    const children = elements.filter((e) => e.parent !== undefined && e.parent === parent);
    children.forEach((element, at) => {
      const xml = stylesXml.slice(element.start, element.end);
      if (!known.has(xml)) known.set(xml, at);
    });
    const added: string[] = [];
    const indexOf = (xml: string): number => {
      const at = known.get(xml) ?? children.length + added.push(xml) - 1;
      known.set(xml, at);
      return at;
    };
    return { added, base: children.length, indexOf };
  };
  const fonts = collection("fonts");
  const fills = collection("fills");
  const borders = collection("borders");
  const xfs = collection("cellXfs");
  const index = new Map<string, number>();

  for (const [key, look] of distinct) {
    let formatId = 0;
    if (look.numberFormat !== undefined) {
      const known = formatIds.get(look.numberFormat);
      if (known !== undefined) formatId = known;
      else {
        formatId = nextFormat++;
        formatIds.set(look.numberFormat, formatId);
        newFormats.push(
          `<${p}numFmt numFmtId="${formatId}" formatCode="${escapeAttribute(look.numberFormat)}"/>`,
        );
      }
    }
    const style = look.style === undefined ? undefined : CELL_STYLES[look.style];
    let fontId = 0;
    let fillId = 0;
    let borderId = 0;
    if (style !== undefined) {
      fontId = fonts.indexOf(
        `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.italic ? `<${p}i/>` : ""}` +
          `${style.underline ? `<${p}u/>` : ""}<${p}sz val="${style.fontSize ?? 11}"/>` +
          `${style.fontColor ? `<${p}color rgb="FF${style.fontColor}"/>` : ""}` +
          `<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
      );
      if (style.fill !== undefined) {
        fillId = fills.indexOf(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${style.fill}"/>` +
            `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        );
      }
      if (style.topBorder) {
        borderId = borders.indexOf(
          `<${p}border><${p}left/><${p}right/><${p}top style="thin"><${p}color auto="1"/></${p}top>` +
            `<${p}bottom/><${p}diagonal/></${p}border>`,
        );
      }
    }
    const alignment = style?.wrap ? `<${p}alignment vertical="top" wrapText="1"/>` : "";
    const xfId = xfs.indexOf(
      `<${p}xf numFmtId="${formatId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        `${formatId !== 0 ? ' applyNumberFormat="1"' : ""}${fontId !== 0 ? ' applyFont="1"' : ""}` +
        `${fillId !== 0 ? ' applyFill="1"' : ""}${borderId !== 0 ? ' applyBorder="1"' : ""}` +
        `${alignment ? ' applyAlignment="1">' + alignment + `</${p}xf>` : "/>"}`,
    );
    index.set(key, xfId);
  }

  const splices: Splice[] = [];
  const grow = (local: string, added: readonly string[], count: number): void => {
    if (added.length === 0) return;
    const element = child(local);
    if (element === undefined) throw new Error(`xl/styles.xml has no ${local}`);
    splices.push(appendInto(stylesXml, element, added.join("")));
    splices.push(setAttribute(stylesXml, element, "count", String(count + added.length)));
  };
  if (newFormats.length > 0) {
    const numFmts = child("numFmts");
    if (numFmts) grow("numFmts", newFormats, countOf("numFmts"));
    else {
      // numFmts comes first in a style sheet.
      splices.push({
        at: sheet.openEnd,
        remove: 0,
        insert: `<${p}numFmts count="${newFormats.length}">${newFormats.join("")}</${p}numFmts>`,
      });
    }
  }
  grow("fonts", fonts.added, fonts.base);
  grow("fills", fills.added, fills.base);
  grow("borders", borders.added, borders.base);
  grow("cellXfs", xfs.added, xfs.base);
  return {
    xml: applySplices(stylesXml, splices),
    indexOf: (look) => index.get(keyOf(look)) ?? 0,
  };
}
