/**
 * An Excel table part (`xl/tables/table1.xml`): the reader needs only its root element's
 * name and range, and whether a totals row ends the range. Columns, filters and styles are
 * passed over.
 */
import { parseAreaReference, type SheetArea } from "../sheetArea";
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

export interface TablePart {
  /** The name Excel shows and formulas use (`displayName`; `name` when it has none). */
  readonly name: string;
  /** The internal name, when it differs: it too must be unique in the workbook. */
  readonly otherName?: string;
  /**
   * Its range, header first, without a totals row: a totals row is a sum or an average of the
   * use cases, not one of them. Undefined when the range cannot be read.
   */
  readonly area?: SheetArea;
  /** Its whole range, totals row included (`ref`), as the table's messages name it. */
  readonly range?: SheetArea;
}

/** Undefined when the part is missing or names no table. */
export function readTablePart(zip: ZipPackage, partName: string): TablePart | undefined {
  let root: Readonly<Record<string, string>> | undefined;
  readXmlPart(zip, partName, {
    open(_name, attributes) {
      root ??= attributes;
    },
  });
  const name = root?.["displayName"] ?? root?.["name"];
  if (!root || name === undefined) return undefined;
  const otherName = root["name"] !== undefined && root["name"] !== name ? root["name"] : undefined;
  const range = parseAreaReference(root["ref"] ?? "");
  // The header is taken to be the range's first row whatever `headerRowCount` says (see
  // `repairLoadedTables`): a table without one is rare, and its first row is then data.
  const totals = Number.parseInt(root["totalsRowCount"] ?? "0", 10) || 0;
  const area =
    range && totals > 0 && range.bottom - totals >= range.top
      ? { ...range, bottom: range.bottom - totals }
      : range;
  return {
    name,
    ...(otherName !== undefined && { otherName }),
    ...(area && range && { area, range }),
  };
}
