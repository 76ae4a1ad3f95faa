/**
 * The size of a write as Office.js serialises it into a request: strings as JSON in UTF-8, the
 * slices it cuts large arrays into, and the object paths and actions each range operation adds.
 * Excel on the web refuses a request over 5 MB, so the plan of units (renderPlan.ts) counts
 * every block with these.
 */
import type { LinkCell, LinkWrite } from "./renderPlan";

/**
 * The bytes a string takes in the request Office.js sends: its JSON form (quotes, and `\\` before
 * each `"` and `\\`; control characters escaped) counted in UTF-8, which is what Excel on the web
 * measures against its 5 MB limit. A CJK character is three bytes, not one.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += code === 0x0a || code === 0x0d || code === 0x09 ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one code point, four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// One array element in the request: its JSON and a comma.
export const jsonBytes = (value: string | number | null): number =>
  typeof value === "string"
    ? jsonStringBytes(value) + 1
    : value === null
      ? 5
      : String(value).length + 1;

// The JSON around a link's two strings: a `setCellProperties` row (`[{…}],`), or the object
// a `hyperlink` assignment sends.
const CELL_PROPERTIES_LINK_BYTES = '[{"hyperlink":{"documentReference":,"textToDisplay":}}],'
  .length;
const HYPERLINK_BYTES = '{"documentReference":,"textToDisplay":}'.length;
// A `hyperlink` set on one cell: its `getCell` object path and four actions (instantiate, keep
// reference, instantiate, set), about 450 bytes measured through the runtime; with room to spare.
const CELL_LINK_OVERHEAD_BYTES = 550;

/**
 * Office.js sends a `values`, `formulas` or `numberFormat` array of more than 1,500 cells as
 * slices of about 1,500 cells, each addressed through `getRow` and `getBoundingRect` with its
 * own object paths and actions (`setRangePropertiesInBulk` in Office.js): about 600 bytes a
 * slice, measured through the runtime; counted here with room to spare.
 */
const OFFICE_SLICE_CELLS = 1_500;
const OFFICE_SLICE_BYTES = 800;
// A range operation's object paths and actions (getRangeByIndexes, instantiate, keep reference, set).
export const RUN_OVERHEAD_BYTES = 400;

/** Bytes Office.js adds to one array property of `rows` × `columns` cells for its slicing. */
export function slicingBytes(rows: number, columns: number): number {
  if (rows * columns <= OFFICE_SLICE_CELLS) return 0;
  const rowsPerSlice = Math.max(1, Math.round(OFFICE_SLICE_CELLS / columns));
  return Math.ceil(rows / rowsPerSlice) * OFFICE_SLICE_BYTES;
}

/**
 * A link's bytes as `linkWrite` sends it: its strings and their JSON, and the range operation
 * that carries it (one per cell, or one per run when it does not extend the run above it).
 */
export function linkBytes(link: LinkCell, linkWrite: LinkWrite, extendsRun: boolean): number {
  const strings = jsonStringBytes(link.target) + jsonStringBytes(link.text);
  if (linkWrite === "perCell") return CELL_LINK_OVERHEAD_BYTES + HYPERLINK_BYTES + strings;
  return (extendsRun ? 0 : RUN_OVERHEAD_BYTES) + CELL_PROPERTIES_LINK_BYTES + strings;
}
