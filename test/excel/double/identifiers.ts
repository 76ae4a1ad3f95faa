/**
 * Rules for table names and defined names, which share one namespace in a workbook (Excel's
 * "Names in formulas" rules): start with a letter, `_` or `\`; then letters, digits, `.`, `_`;
 * no spaces; not readable as a cell reference (`A1`, `R1C1`, `R`, `C`); at most 255 characters;
 * unique regardless of case. A broken rule fails with `InvalidArgument`, a clash with
 * `ItemAlreadyExists` ("A resource with the same name or identifier already exists", the message
 * reported for `names.add` in OfficeDev/office-js#2875).
 */

import { DoubleErrorCodes } from "./errors";
import type { WorkbookState } from "./state";

export function identifierProblem(
  state: WorkbookState,
  name: string,
  exceptTableId?: string,
): { code: string; reason: string } | null {
  const invalid = (reason: string) => ({ code: DoubleErrorCodes.invalidArgument, reason });
  if (name.length === 0 || name.length > 255)
    return invalid("a name must have 1 to 255 characters");
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return invalid("a name starts with a letter, _ or \\ and holds only letters, digits, . and _");
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name)) {
    return invalid("a name can't look like a cell reference");
  }
  const wanted = name.toLowerCase();
  const clash =
    state.names.some((n) => n.name.toLowerCase() === wanted) ||
    state.tables.some((t) => t.id !== exceptTableId && t.name.toLowerCase() === wanted);
  return clash ? { code: DoubleErrorCodes.itemAlreadyExists, reason: "the name is taken" } : null;
}
