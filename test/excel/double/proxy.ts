/**
 * Proxy objects, the way Office.js has them: reads come only from what a `load` + `sync`
 * delivered (or what the add-in itself set), writes and method calls are queued.
 *
 * Office.js detail mirrored: a property setter stores the value on the proxy as well as queueing
 * the write (`Range.values` setter: `this.m_values = value; _invokeSetProperty(...)` in
 * office-js dist), so reading a property you set in the same batch returns what you set — not
 * what Excel stored. Reading anything else before load + sync throws `PropertyNotLoaded`, and so
 * does reading `isNullObject` before the sync that resolved the object.
 */

import { type BatchResults, jsonLength, type OperationQueue } from "./batch";
import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { WorkbookState } from "./state";

/** What `load()` accepts: `"values, format/font/bold"`, `["values"]`, `{ $all: true }`, `{ select: "name" }`, `{ values: true }`. */
export type LoadSpec = string | readonly string[] | { readonly [key: string]: unknown };

export interface Loadable {
  collectLoad(state: WorkbookState, paths: readonly string[][], results: BatchResults): void;
}

function isStringList(spec: unknown): spec is readonly string[] {
  return Array.isArray(spec);
}

export function loadPaths(spec: LoadSpec | undefined): string[][] {
  if (spec === undefined) return [["$all"]];
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => part.split("/").map((step) => step.trim()));
  }
  if (isStringList(spec)) return spec.flatMap((part) => loadPaths(part));
  const paths: string[][] = [];
  for (const [key, option] of Object.entries(spec)) {
    if (key === "$all" && option === true) paths.push(["$all"]);
    else if ((key === "select" || key === "expand") && typeof option === "string")
      paths.push(...loadPaths(option));
    else if (key.startsWith("$"))
      continue; // $top / $skip: the double returns every item.
    else if (option === true) paths.push([key]);
    else if (typeof option === "object" && option !== null) {
      paths.push(...loadPaths(option as LoadSpec).map((path) => [key, ...path]));
    }
  }
  return paths.length === 0 ? [["$all"]] : paths;
}

/** Arguments as they travel in a request: proxies travel as references. */
function argumentBytes(args: readonly unknown[]): number {
  return jsonLength(args.map((arg) => (arg instanceof DoubleClientObject ? "#ref" : arg)));
}

export abstract class DoubleClientObject<E> implements Loadable {
  protected readonly fields = new Map<string, unknown>();
  protected nullState: boolean | undefined = undefined;

  constructor(
    protected readonly queue: OperationQueue,
    protected readonly typeName: string,
  ) {}

  get context(): OperationQueue {
    return this.queue;
  }

  get isNullObject(): boolean {
    const isNull = this.nullStateNow();
    if (isNull === undefined) throw propertyNotLoaded(null, "isNullObject");
    return isNull;
  }

  /** Internal: null-ness as known after the last sync (undefined before). */
  nullStateNow(): boolean | undefined {
    return this.nullState;
  }

  /** Internal: the Excel entity this proxy stands for, at this point of a running batch. */
  abstract resolve(state: WorkbookState): E | null;

  protected abstract readonly scalarNames: readonly string[];
  protected abstract readScalar(state: WorkbookState, entity: E, name: string): unknown;

  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  protected get<T>(name: string): T {
    // Office.js does not throw for a null object's properties: they read as undefined.
    if (this.nullStateNow() === true) return undefined as T;
    if (!this.fields.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.fields.get(name) as T;
  }

  protected set(
    name: string,
    value: unknown,
    apply: (state: WorkbookState, entity: E) => void,
  ): void {
    this.fields.set(name, value);
    this.queue.enqueue({
      label: `${this.typeName}.${name}`,
      dataBytes: jsonLength(value),
      run: (state) => {
        const entity = this.resolve(state);
        // Operations on a null object do nothing, as `getItemOrNullObject(x).delete()` relies on.
        if (entity !== null) apply(state, entity);
      },
    });
  }

  protected call(
    method: string,
    args: readonly unknown[],
    apply: (state: WorkbookState, entity: E, results: BatchResults) => void,
  ): void {
    this.queue.enqueue({
      label: `${this.typeName}.${method}`,
      dataBytes: argumentBytes(args),
      run: (state, results) => {
        const entity = this.resolve(state);
        if (entity !== null) apply(state, entity, results);
      },
    });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.queue.enqueue({
      label: `${this.typeName}.load`,
      dataBytes: jsonLength(paths),
      run: (state, results) => this.collectLoad(state, paths, results),
    });
    return this;
  }

  collectLoad(state: WorkbookState, paths: readonly string[][], results: BatchResults): void {
    const entity = this.resolve(state);
    if (entity === null) return;
    const nested = new Map<Loadable, string[][]>();
    for (const [head = "$all", ...rest] of paths) {
      const names =
        head === "$all" ? this.scalarNames : this.scalarNames.includes(head) ? [head] : [];
      if (names.length > 0 && rest.length === 0) {
        for (const name of names) {
          const value = this.readScalar(state, entity, name);
          results.deliver(jsonLength(value), () => this.fields.set(name, value));
        }
        continue;
      }
      const child = this.navigation(head);
      if (child === undefined) {
        throw invalidArgument(
          `${this.typeName}.load`,
          `${this.typeName} has no property "${head}"`,
        );
      }
      nested.set(child, [...(nested.get(child) ?? []), rest.length === 0 ? ["$all"] : rest]);
    }
    for (const [child, childPaths] of nested) child.collectLoad(state, childPaths, results);
  }

  /** Like Office.js: the loaded (or locally set) scalar properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }
}

export type Origin<E> =
  | {
      readonly created: string;
      readonly args: readonly unknown[];
      readonly locate: (state: WorkbookState) => E | null;
    }
  | { readonly entity: E };

/**
 * A proxy that a method created (`getItem`, `getRange`, `add`, …). Creating it queues an
 * instantiate operation that binds it to its entity when the batch runs; from then on it keeps
 * pointing at that entity (a renamed sheet stays the same sheet).
 */
export abstract class BoundObject<E> extends DoubleClientObject<E> {
  private bound: E | null | undefined = undefined;
  private readonly locate: ((state: WorkbookState) => E | null) | undefined;

  constructor(queue: OperationQueue, typeName: string, origin: Origin<E>) {
    super(queue, typeName);
    if ("entity" in origin) {
      // Items delivered by a collection load: already resolved, never null.
      this.bound = origin.entity;
      this.nullState = false;
      this.locate = undefined;
      return;
    }
    this.locate = origin.locate;
    queue.enqueue({
      label: origin.created,
      dataBytes: argumentBytes(origin.args),
      run: (state, results) => {
        const entity = this.resolve(state);
        results.deliver(0, () => {
          this.nullState = entity === null;
        });
      },
    });
  }

  resolve(state: WorkbookState): E | null {
    if (this.bound === undefined && this.locate !== undefined) this.bound = this.locate(state);
    const entity = this.bound ?? null;
    if (entity !== null && !this.exists(state, entity)) throw itemNotFound(this.typeName);
    return entity;
  }

  protected abstract exists(state: WorkbookState, entity: E): boolean;
}

/**
 * A navigation property (`range.format`, `format.font`, `worksheet.protection`): no request of
 * its own; it stands for (part of) its parent's entity and shares its null-ness.
 */
export interface NavigationParent<P> {
  resolve(state: WorkbookState): P | null;
  nullStateNow(): boolean | undefined;
}

export abstract class NavigationObject<E, P> extends DoubleClientObject<E> {
  constructor(
    queue: OperationQueue,
    typeName: string,
    private readonly parent: NavigationParent<P>,
    private readonly derive: (state: WorkbookState, parentEntity: P) => E,
  ) {
    super(queue, typeName);
  }

  override nullStateNow(): boolean | undefined {
    return this.parent.nullStateNow();
  }

  protected parentEntity(state: WorkbookState): P | null {
    return this.parent.resolve(state);
  }

  resolve(state: WorkbookState): E | null {
    const parentEntity = this.parent.resolve(state);
    return parentEntity === null ? null : this.derive(state, parentEntity);
  }
}
