/**
 * Which cell formats show a date. Excel stores a date as a number (days since 1900) and only
 * the cell's number format says it is one, so the reader takes from the style table
 * (`xl/styles.xml`) the custom number formats and each cell format's `numFmtId`, and nothing
 * else: fonts, fills, borders and differential formats are passed over.
 */
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

/** Built-in number formats that show a date or time (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** By cell format index (a cell's `s`): true when that format shows a date or time. */
export function readDateStyles(zip: ZipPackage, partName: string | undefined): boolean[] {
  if (partName === undefined) return [];
  const customFormats = new Map<number, string>();
  const cellFormats: number[] = [];
  // `numFmt` also appears inside differential formats and `xf` inside cell style formats:
  // only the direct children of `numFmts` and `cellXfs` count.
  let container: string | undefined;
  let depth = 0;
  readXmlPart(zip, partName, {
    open(name, attributes) {
      depth++;
      if (depth === 2) container = name;
      if (depth !== 3) return;
      const id = Number.parseInt(attributes["numFmtId"] ?? "0", 10);
      if (container === "numFmts" && name === "numFmt") {
        customFormats.set(id, attributes["formatCode"] ?? "");
      } else if (container === "cellXfs" && name === "xf") {
        cellFormats.push(Number.isNaN(id) ? 0 : id);
      }
    },
    close() {
      depth--;
    },
  });
  return cellFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom);
  });
}

/**
 * A format code shows a date or time when, outside quoted text (`"days"`), brackets (`[Red]`,
 * `[$-409]`, `[h]`) and escaped or padding characters (`\d`, `_)`, `*-`), it uses a day,
 * month, year, hour or second code.
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*]|[\\_*]./g, "");
  return /[dmyhs]/i.test(bare);
}
