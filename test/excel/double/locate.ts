/** Turning the addresses and names the add-in passes into a sheet and a rectangle. */

import { type CellRect, parseCellRange, splitSheetPrefix } from "./addresses";
import { invalidArgument } from "./errors";
import { type SheetState, type WorkbookState, sheetById, sheetByName } from "./state";

export interface Located {
  readonly sheet: SheetState;
  readonly rect: CellRect;
}

/**
 * `A1:C3`, `$A$1`, `Sheet1!A1`, `'My sheet'!A1` or a defined name (Office.js: `getRange` takes
 * "the address or name of the range"). With `onSheet`, the address must stay on that sheet, as
 * for `Worksheet.getRange`; otherwise a bare address means the active sheet.
 */
export function locateAddress(
  state: WorkbookState,
  address: string,
  location: string,
  onSheet?: SheetState,
): Located {
  const { sheet: sheetName, cells } = splitSheetPrefix(address);
  let sheet: SheetState | undefined;
  if (sheetName !== null) {
    sheet = sheetByName(state, sheetName);
    if (sheet === undefined) throw invalidArgument(location, `no sheet named ${sheetName}`);
  } else {
    sheet = onSheet ?? sheetById(state, state.activeSheetId);
  }
  if (sheet === undefined) throw invalidArgument(location, "no sheet to resolve the address on");
  const rect = parseCellRange(cells);
  let located: Located | undefined = rect === null ? undefined : { sheet, rect };
  if (located === undefined && sheetName === null) {
    const name = state.names.find((n) => n.name.toLowerCase() === cells.trim().toLowerCase());
    const target = name === undefined ? undefined : sheetById(state, name.sheetId);
    if (name !== undefined && target !== undefined) located = { sheet: target, rect: name.rect };
  }
  if (located === undefined) throw invalidArgument(location, `not an address or name: ${address}`);
  if (onSheet !== undefined && located.sheet.id !== onSheet.id) {
    throw invalidArgument(location, `${address} is not on sheet ${onSheet.name}`);
  }
  return located;
}
