/**
 * `workbook.names`: workbook-scoped defined names that refer to a range. A name holds its sheet's
 * id, so it keeps pointing at the sheet when the sheet is renamed (its `formula` then quotes the
 * new name: `='Ranked (2)'!$A$1`), and reads `=#REF!$A$1` once the sheet is deleted, as in Excel
 * (OfficeDev/office-js#263 shows `=#REF!$A$1:$C$4` for a name whose sheet was deleted). A proxy
 * is bound to the name's identity: after `delete()`, a new name with the same text is another item.
 * Names holding constants or formulas other than a reference are not modelled.
 */

import { formatAddress, formatRect } from "./addresses";
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
import { type NameState, type WorkbookState, newId, sheetById } from "./state";

function nameByText(state: WorkbookState, text: string): NameState | undefined {
  const wanted = text.toLowerCase();
  return state.names.find((n) => n.name.toLowerCase() === wanted);
}

function nameById(state: WorkbookState, id: string): NameState | undefined {
  return state.names.find((n) => n.id === id);
}

/** `='My sheet'!$A$1:$C$9`, or `=#REF!$A$1:$C$9` once the sheet is gone. */
export function referenceOf(state: WorkbookState, name: NameState): string {
  const sheet = sheetById(state, name.sheetId);
  return sheet === undefined
    ? `=#REF!${formatRect(name.rect, true)}`
    : `=${formatAddress(sheet.name, name.rect, true)}`;
}

export class DoubleNamedItem extends BoundObject<string> {
  protected readonly scalarNames = ["comment", "formula", "name", "type", "value", "visible"];

  constructor(queue: OperationQueue, origin: Origin<string>) {
    super(queue, "NamedItem", origin);
  }

  protected exists(state: WorkbookState, id: string): boolean {
    return nameById(state, id) !== undefined;
  }

  protected readScalar(state: WorkbookState, id: string, property: string): unknown {
    const name = nameById(state, id);
    if (name === undefined) throw itemNotFound("NamedItem");
    const broken = sheetById(state, name.sheetId) === undefined;
    switch (property) {
      case "name":
        return name.name;
      case "formula":
        return referenceOf(state, name);
      case "value":
        // "For a named range, it will return the range address"; a broken one evaluates to #REF!.
        return broken ? "#REF!" : referenceOf(state, name).slice(1);
      case "type":
        return broken ? "Error" : "Range";
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
  get type(): Excel.NamedItem["type"] {
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
    this.call("delete", [], (state, id) => {
      const name = nameById(state, id);
      if (name !== undefined) state.names.splice(state.names.indexOf(name), 1);
    });
  }

  getRange(): DoubleRange {
    return new DoubleRange(this.queue, {
      created: "NamedItem.getRange",
      args: [],
      locate: (state) => {
        const id = this.resolve(state);
        if (id === null) return null;
        const name = nameById(state, id);
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
    super(queue, "NamedItemCollection", parent, (state) => state.names.map((n) => n.id));
  }

  protected itemFor(id: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, { entity: id });
  }

  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, {
      created: "NamedItemCollection.getItem",
      args: [name],
      locate: (state) => {
        const found = nameByText(state, name);
        if (found === undefined) throw itemNotFound("NamedItemCollection.getItem");
        return found.id;
      },
    });
  }

  getItemOrNullObject(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.queue, {
      created: "NamedItemCollection.getItemOrNullObject",
      args: [name],
      locate: (state) => nameByText(state, name)?.id ?? null,
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
        const added: NameState = {
          id: newId(state, "name"),
          name,
          sheetId: target.sheetId,
          rect: target.rect,
          comment: comment ?? "",
        };
        state.names.push(added);
        return added.id;
      },
    });
  }
}
