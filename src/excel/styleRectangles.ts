/**
 * Cell styles of a sheet description as rectangles, so a styled column or block is one range
 * operation rather than one per cell. Pure: no Office.js here, so it is tested directly.
 */
import type { CellDescription, CellStyleName, SheetDescription } from "../core";

export interface StyleRectangle {
  readonly style: CellStyleName;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * Cells sharing a style, merged into rectangles: first runs along each row, then runs that
 * repeat on the rows below grow downwards. A styled column becomes one rectangle.
 */
export function styleRectangles(sheet: SheetDescription): StyleRectangle[] {
  const done: StyleRectangle[] = [];
  // Open rectangles keyed by "style:first:last" columns, still growing downwards.
  let open = new Map<string, StyleRectangle>();
  sheet.rows.forEach((row, rowIndex) => {
    const sheetRow = rowIndex + 1;
    const next = new Map<string, StyleRectangle>();
    for (const run of styleRuns(row)) {
      const key = `${run.style}:${run.first}:${run.last}`;
      const growing = open.get(key);
      next.set(
        key,
        growing
          ? { ...growing, lastRow: sheetRow }
          : {
              style: run.style,
              firstRow: sheetRow,
              firstColumn: run.first,
              lastRow: sheetRow,
              lastColumn: run.last,
            },
      );
      open.delete(key);
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.firstRow - b.firstRow || a.firstColumn - b.firstColumn);
}

function styleRuns(
  row: readonly (CellDescription | undefined)[],
): { style: CellStyleName; first: number; last: number }[] {
  const runs: { style: CellStyleName; first: number; last: number }[] = [];
  row.forEach((cell, index) => {
    const style = cell?.style;
    if (style === undefined) return;
    const column = index + 1;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.last === column - 1) last.last = column;
    else runs.push({ style, first: column, last: column });
  });
  return runs;
}
