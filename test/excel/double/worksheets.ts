/** `workbook.worksheets`. */

import type { OperationQueue } from "./batch";
import { DoubleCollection } from "./collection";
import { itemNotFound } from "./errors";
import { assertStructureUnlocked } from "./protection";
import type { NavigationParent } from "./proxy";
import { type WorkbookState, newSheet, sheetByName, sheetNameProblem } from "./state";
import { DoubleWorksheet, sheetNameFailure } from "./worksheet";

export class DoubleWorksheetCollection extends DoubleCollection<
  string,
  WorkbookState,
  DoubleWorksheet
> {
  constructor(queue: OperationQueue, parent: NavigationParent<WorkbookState>) {
    super(queue, "WorksheetCollection", parent, (state) => state.sheets.map((s) => s.id));
  }

  protected itemFor(id: string): DoubleWorksheet {
    return new DoubleWorksheet(this.queue, { entity: id });
  }

  /** By name (any case) or id; a missing sheet fails the sync with `ItemNotFound`. */
  getItem(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.queue, {
      created: "WorksheetCollection.getItem",
      args: [key],
      locate: (state) => {
        const sheet = state.sheets.find((s) => s.id === key) ?? sheetByName(state, key);
        if (sheet === undefined) throw itemNotFound("WorksheetCollection.getItem");
        return sheet.id;
      },
    });
  }

  getItemOrNullObject(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.queue, {
      created: "WorksheetCollection.getItemOrNullObject",
      args: [key],
      locate: (state) =>
        (state.sheets.find((s) => s.id === key) ?? sheetByName(state, key))?.id ?? null,
    });
  }

  /**
   * Appends a sheet (not activated, as in Excel). Names are checked when the batch runs:
   * `InvalidArgument` for a name Excel refuses (blank, over 31 characters, `: \ / ? * [ ]`,
   * leading or trailing apostrophe), `ItemAlreadyExists` for a taken name ("A resource with the
   * same name or identifier already exists", OfficeDev/office-scripts-docs#560). A protected
   * workbook structure refuses it (see `protection.ts`).
   */
  add(name?: string): DoubleWorksheet {
    return new DoubleWorksheet(this.queue, {
      created: "WorksheetCollection.add",
      args: name === undefined ? [] : [name],
      locate: (state) => {
        assertStructureUnlocked(state, "WorksheetCollection.add");
        let chosen = name;
        if (chosen === undefined) {
          let n = state.sheets.length + 1;
          while (sheetByName(state, `Sheet${n}`) !== undefined) n += 1;
          chosen = `Sheet${n}`;
        }
        const problem = sheetNameProblem(state, chosen);
        if (problem !== null) throw sheetNameFailure("WorksheetCollection.add", problem);
        const sheet = newSheet(state, chosen);
        state.sheets.push(sheet);
        return sheet.id;
      },
    });
  }

  getActiveWorksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.queue, {
      created: "WorksheetCollection.getActiveWorksheet",
      args: [],
      locate: (state) => state.activeSheetId,
    });
  }
}
