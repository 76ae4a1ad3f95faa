/**
 * `workbook.names`: workbook-scoped defined names that refer to a range. A name keeps pointing at
 * its sheet when the sheet is renamed, and reads `=#REF!` once the sheet is deleted, as in Excel.
 * Names holding constants or formulas other than a reference are not modelled.
 */

import { formatAddress } from "./addresses";
import type { OperationQueue } from "./batch";
import { DoubleCollection } from "./collection";
import {
  DoubleErrorCodes,
  DoubleOfficeError,
  invalidArgument,
  itemAlreadyExists,
  itemNotFound,
} from "./errors";
import { identifierProblem } from "./identifiers";
import { locateAddress } from "./locate";
import { BoundObject, type NavigationParent, type Origin } from "./proxy";
import { DoubleRange } from "./range";
import { type NameState, type WorkbookState, sheetById } from "./state";

function nameByKey(state: WorkbookState, key: string): NameState | undefined {
  const wanted = key.toLowerCase();
  return state.names.find((n) => n.name.toLowerCase() === wanted);
}

function referenceOf(state: WorkbookState, name: NameState): string {
  const sheet = sheetById(state, name.sheetId);
  return sheet === undefined ? "=#REF!" : `=${formatAddress(sheet.name, name.rect, true)}`;
}

export class DoubleNamedItem extends BoundObject<string> {
  protected readonly scalarNames = ["comment", "formula", "name", "type", "value", "visible"];

  constructor(queue: OperationQueue, origin: Origin<string>) {
    super(queue, "NamedItem", origin);
  }

  protected exists(state: WorkbookState, key: string): boolean {
    return nameByKey(state, key) !== undefined;
  }

  protected readScalar(state: WorkbookState, key: string, property: string): unknown {
    const name = nameByKey(state, key);
    if (name === undefined) throw itemNotFound("NamedItem");
    const reference = referenceOf(state, name);
    switch (property) {
      case "name":
        return name.name;
      case "formula":
        return reference;
      case "value":
        return reference.slice(1);
      case "type":
        return reference === "=#REF!" ? "Error" : "Range";
      case "comment":
        return name.comment;
      default:
        return true;
    }
  }

  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  get comment(): string {
    return this.get("comment");
  }

  delete(): void {
    this.call("delete", [], (state, key) => {
      const name = nameByKey(state, key);
      if (name !== undefined) state.names.splice(state.names.indexOf(name), 1);
    });
  }

  getRange(): DoubleRange {
    return new DoubleRange(this.queue, {
      created: "NamedItem.getRange",
      args: [],
      locate: (state) => {
        const key = this.resolve(state);
        if (key === null) return null;
        const name = nameByKey(state, key);
        if (name === undefined) throw itemNotFound("NamedItem.getRange");
        if (sheetById(state, name.sheetId) === undefined) {
          throw new DoubleOfficeError(
            DoubleErrorCodes.invalidReference,
            "This reference is not valid for the current operation.",
            "NamedItem.getRange",
          );
        }
        return { sheetId: name.sheetId, rect: name.rect };
      },
    });
  }
}

export class DoubleNamedItemCollection extends DoubleCollection<
  string,
  WorkbookState,
  DoubleNamedItem
> {
  constructor(queue: OperationQueue, parent: NavigationParent<WorkbookState>) {
    super(queue, "NamedItemCollection", parent, (state) => state.names.map((n) => n.name));
  }

  protected itemFor(key: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, { entity: key });
  }

  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, {
      created: "NamedItemCollection.getItem",
      args: [name],
      locate: (state) => {
        const found = nameByKey(state, name);
        if (found === undefined) throw itemNotFound("NamedItemCollection.getItem");
        return found.name;
      },
    });
  }

  getItemOrNullObject(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, {
      created: "NamedItemCollection.getItemOrNullObject",
      args: [name],
      locate: (state) => nameByKey(state, name)?.name ?? null,
    });
  }

  /** `reference`: a Range, or `=Sheet1!$A$1:$C$9` / `'My sheet'!A1` (a sheet must be named). */
  add(name: string, reference: DoubleRange | string, comment?: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, {
      created: "NamedItemCollection.add",
      args: [name, reference, comment ?? null],
      locate: (state) => {
        const location = "NamedItemCollection.add";
        const problem = identifierProblem(state, name);
        if (problem !== null) {
          throw problem.code === DoubleErrorCodes.itemAlreadyExists
            ? itemAlreadyExists(location)
            : invalidArgument(location, problem.reason);
        }
        let target: { sheetId: string; rect: NameState["rect"] };
        if (typeof reference === "string") {
          if (!reference.includes("!"))
            throw invalidArgument(location, "the reference must name its sheet");
          const located = locateAddress(state, reference, location);
          target = { sheetId: located.sheet.id, rect: located.rect };
        } else {
          const range = reference.resolve(state);
          if (range === null) throw invalidArgument(location, "the range is a null object");
          target = range;
        }
        state.names.push({
          name,
          sheetId: target.sheetId,
          rect: target.rect,
          comment: comment ?? "",
        });
        return name;
      },
    });
  }
}
