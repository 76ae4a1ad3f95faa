/**
 * Sheet protection (`worksheet.protection`, ExcelApi 1.2) and workbook structure protection
 * (`workbook.protection`, ExcelApi 1.7).
 *
 * Structure protection is what Review > Protect Workbook sets: sheets can't be added, deleted,
 * moved, renamed, hidden or unhidden (Microsoft's "Protect a workbook" article); cells stay
 * writable. Which code the API raises then is undocumented; the double uses `AccessDenied`, the
 * code it raises for a protected sheet (assumed, not observed).
 */

import type { OperationQueue } from "./batch";
import { accessDenied, DoubleErrorCodes, DoubleOfficeError } from "./errors";
import { NavigationObject, type NavigationParent } from "./proxy";
import { type SheetState, type WorkbookState, sheetById } from "./state";

function sheetOf(state: WorkbookState, id: string): SheetState {
  const sheet = sheetById(state, id);
  if (sheet === undefined)
    throw new Error("Double bug: a bound worksheet outlived its existence check.");
  return sheet;
}

function badPassword(location: string): DoubleOfficeError {
  // Docs' error table: BadPassword — "The password you supplied is incorrect."
  return new DoubleOfficeError("BadPassword", "The password you supplied is incorrect.", location);
}

/** Adding, deleting, moving, renaming, hiding and unhiding sheets need an unprotected structure. */
export function assertStructureUnlocked(state: WorkbookState, location: string): void {
  if (state.protection.protected) throw accessDenied(location);
}

/**
 * `protect()` on a protected sheet and `unprotect()` on an unprotected one do nothing: the
 * AccessDenied some builds raised there was filed as a regression (OfficeDev/office-js#6784).
 */
export class DoubleWorksheetProtection extends NavigationObject<string, string> {
  protected readonly scalarNames = ["protected"];

  constructor(queue: OperationQueue, parent: NavigationParent<string>) {
    super(queue, "WorksheetProtection", parent, (_state, id) => id);
  }

  protected readScalar(state: WorkbookState, id: string): unknown {
    return sheetOf(state, id).protected;
  }

  get protected(): boolean {
    return this.get("protected");
  }

  protect(options?: unknown, password?: string): void {
    this.call("protect", [options ?? null, password ?? null], (state, id) => {
      const sheet = sheetOf(state, id);
      if (sheet.protected) return;
      sheet.protected = true;
      if (password === undefined) delete sheet.protectionPassword;
      else sheet.protectionPassword = password;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password ?? null], (state, id) => {
      const sheet = sheetOf(state, id);
      if (!sheet.protected) return;
      if (sheet.protectionPassword !== undefined && sheet.protectionPassword !== password) {
        throw badPassword("WorksheetProtection.unprotect");
      }
      sheet.protected = false;
      delete sheet.protectionPassword;
    });
  }
}

/** `workbook.protection`: `protected`, `protect(password?)`, `unprotect(password?)`. */
export class DoubleWorkbookProtection extends NavigationObject<WorkbookState, WorkbookState> {
  protected readonly scalarNames = ["protected"];

  constructor(queue: OperationQueue, parent: NavigationParent<WorkbookState>) {
    super(queue, "WorkbookProtection", parent, (state) => state);
  }

  protected readScalar(state: WorkbookState): unknown {
    return state.protection.protected;
  }

  get protected(): boolean {
    return this.get("protected");
  }

  /** @types/office-js: "Fails if the workbook has been protected" (code assumed: InvalidOperation). */
  protect(password?: string): void {
    this.call("protect", [password ?? null], (state) => {
      if (state.protection.protected) {
        throw new DoubleOfficeError(
          DoubleErrorCodes.invalidOperation,
          "The workbook is already protected.",
          "WorkbookProtection.protect",
        );
      }
      state.protection.protected = true;
      if (password === undefined) delete state.protection.password;
      else state.protection.password = password;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password ?? null], (state) => {
      const protection = state.protection;
      if (!protection.protected) return;
      if (protection.password !== undefined && protection.password !== password) {
        throw badPassword("WorkbookProtection.unprotect");
      }
      protection.protected = false;
      delete protection.password;
    });
  }
}
