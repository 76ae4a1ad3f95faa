/**
 * What `Excel.Worksheet` and `Excel.Table` have in common: an `id`, and a `name` Excel checks
 * when it is set. The entity is the id, so the proxy keeps pointing at the same sheet or table
 * after a rename.
 */

import { BoundObject } from "./proxy";
import type { WorkbookState } from "./state";

/** The part of a sheet's or a table's state that this class reads and renames. */
export interface NamedState {
  readonly id: string;
  name: string;
}

export abstract class DoubleNamedObject<S extends NamedState> extends BoundObject<string> {
  /** The state behind a bound id; `resolve` has already checked that it exists. */
  protected abstract stateOf(state: WorkbookState, id: string): S;

  /** Throws the error Excel gives when it refuses `name` for this object (or any rename here). */
  protected abstract checkName(state: WorkbookState, id: string, name: string): void;

  /** Every scalar property other than `id` and `name`. */
  protected abstract readProperty(state: WorkbookState, object: S, name: string): unknown;

  protected readScalar(state: WorkbookState, id: string, name: string): unknown {
    const object = this.stateOf(state, id);
    if (name === "id") return object.id;
    if (name === "name") return object.name;
    return this.readProperty(state, object, name);
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (state, id) => {
      this.checkName(state, id, name);
      this.stateOf(state, id).name = name;
    });
  }
}
