/**
 * Replacing the previous output so that a failure at any step leaves the previous result or
 * the new one complete, never neither. Office.js requests are not transactions: a statement
 * that fails leaves the ones before it applied. So the previous output is only renamed aside
 * (its sheets, tables and markers kept) while the new sheets take their final names, their
 * formulas and the log row; it is deleted last. A failure before that renames it back.
 */
import {
  outputSheetNames,
  ownershipMarkerName,
  type ExistingSheet,
  type OutputRole,
} from "../core";
import { TEMPORARY_PREFIX, sheetOf, type SheetUnderConstruction } from "./buildSheet";
import { readShape } from "./workbookShape";

// The previous output waits under this prefix until the new one is complete.
export const ASIDE_PREFIX = "OppScorer previous ";

/** The sheet a new one replaces, where it was, and the names it has while it waits aside. */
export interface PreviousOutput {
  readonly role: OutputRole;
  readonly name: string;
  readonly position: number;
  readonly tables: readonly string[];
  readonly asideName: string;
  readonly asideTables: readonly string[];
}

export function previousOutput(
  role: OutputRole,
  sheet: { name: string; position: number },
  tables: readonly string[],
  stamp: string,
  index: number,
): PreviousOutput {
  return {
    role,
    name: sheet.name,
    position: sheet.position,
    tables,
    asideName: `${ASIDE_PREFIX}${stamp}${index}`,
    asideTables: tables.map((_, t) => `OppScorerPrevious${stamp}${index}x${t}`),
  };
}

/**
 * Queues the swap, one request: the previous output aside, the markers of these roles removed,
 * the new sheets visible under their final names where the previous ones stood, with their
 * tables' names and markers. `markers` are the workbook's defined names as loaded.
 */
export function queueSwap(
  workbook: Excel.Workbook,
  built: readonly SheetUnderConstruction[],
  previous: ReadonlyMap<OutputRole, PreviousOutput>,
  markers: readonly Excel.NamedItem[],
): void {
  const worksheets = workbook.worksheets;
  for (const old of previous.values()) {
    const sheet = worksheets.getItem(old.name);
    old.tables.forEach((table, t) => {
      sheet.tables.getItem(table).name = old.asideTables[t] as string;
    });
    sheet.name = old.asideName;
  }
  const roles = new Set(built.map((b) => ownershipMarkerName(b.description.role).toLowerCase()));
  for (const item of markers) if (roles.has(item.name.toLowerCase())) item.delete();
  // Each new sheet goes just before the one it replaces; those stand further right by one for
  // every new sheet already put before them.
  const order = [...built].sort(
    (a, b) =>
      (previous.get(a.description.role)?.position ?? Infinity) -
      (previous.get(b.description.role)?.position ?? Infinity),
  );
  order.forEach((entry, inserted) => {
    const sheet = sheetOf(entry);
    const { description } = entry;
    sheet.name = description.name;
    sheet.visibility = "Visible";
    const old = previous.get(description.role);
    if (old) sheet.position = old.position + inserted;
    description.tables.forEach((table, t) => {
      sheet.tables.getItem(entry.temporaryTables[t] as string).name = table.name;
    });
    workbook.names.add(ownershipMarkerName(description.role), sheet.getRange("A1"));
  });
}

/** Deletes the previous output, once the new one is complete. */
export function queueDeletePrevious(
  workbook: Excel.Workbook,
  previous: ReadonlyMap<OutputRole, PreviousOutput>,
): void {
  for (const old of previous.values()) workbook.worksheets.getItem(old.asideName).delete();
}

/**
 * After a failure before the new output was complete: removes what this write made and puts
 * the previous output back under its names, with its tables and markers. Two syncs: what is
 * there now, then the repair.
 */
export async function restorePrevious(
  context: Excel.RequestContext,
  built: readonly SheetUnderConstruction[],
  previous: ReadonlyMap<OutputRole, PreviousOutput>,
  sheetIdsBefore: ReadonlySet<string>,
  sync: () => Promise<void>,
): Promise<void> {
  const workbook = context.workbook;
  const { worksheets, names, tables } = await readShape(context, sync);

  const temporary = new Set(built.map((b) => b.temporaryName.toLowerCase()));
  const finalNames = new Set(built.map((b) => b.description.name.toLowerCase()));
  for (const sheet of worksheets.items) {
    const name = sheet.name.toLowerCase();
    // Only sheets this write made: under a temporary name, or under a final name it just took.
    const made = !sheetIdsBefore.has(sheet.id) && (temporary.has(name) || finalNames.has(name));
    if (made) sheet.delete();
  }
  const namesNow = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
  for (const old of previous.values()) {
    if (namesNow.has(old.asideName.toLowerCase())) {
      worksheets.getItem(old.asideName).name = old.name;
    }
  }
  // Tables are renamed aside before their sheet, so they may be aside while the sheet is not.
  const originalTable = new Map(
    [...previous.values()].flatMap((old) =>
      old.asideTables.map((aside, t) => [aside.toLowerCase(), old.tables[t] as string] as const),
    ),
  );
  for (const table of tables.items) {
    const original = originalTable.get(table.name.toLowerCase());
    if (original !== undefined) table.name = original;
  }
  const roles = new Set(built.map((b) => ownershipMarkerName(b.description.role).toLowerCase()));
  for (const item of names.items) if (roles.has(item.name.toLowerCase())) item.delete();
  for (const old of previous.values()) {
    workbook.names.add(ownershipMarkerName(old.role), worksheets.getItem(old.name).getRange("A1"));
  }
  await sync();
}

/**
 * What an interrupted write left (a timeout, a closed pane): hidden sheets under a temporary
 * name are removed; a previous output still waiting aside is put back under its role's name
 * when it still carries its marker (the swap never finished), else removed (the new output
 * took over). Returns whether anything was queued and synced.
 */
export async function repairInterruptedWrite(
  context: Excel.RequestContext,
  sheets: readonly { name: string }[],
  ownRoles: ReadonlyMap<string, OutputRole>,
  sync: () => Promise<void>,
): Promise<boolean> {
  const worksheets = context.workbook.worksheets;
  let queued = false;
  const existing: ExistingSheet[] = sheets.map((sheet) => ({ name: sheet.name }));
  for (const sheet of sheets) {
    if (sheet.name.startsWith(TEMPORARY_PREFIX)) {
      worksheets.getItem(sheet.name).delete();
      queued = true;
      continue;
    }
    if (!sheet.name.startsWith(ASIDE_PREFIX)) continue;
    const role = ownRoles.get(sheet.name.toLowerCase());
    const target = worksheets.getItem(sheet.name);
    if (role === undefined) target.delete();
    else {
      const others = existing.filter((other) => other.name !== sheet.name);
      const [back] = outputSheetNames(others, [role]);
      if (back) target.name = back.name;
      target.visibility = "Visible";
    }
    queued = true;
  }
  if (queued) await sync();
  return queued;
}
