/**
 * Answers one Office.js request from the double's workbook model: each object path becomes the
 * double object it names, each action the call, property write or load it stands for, and the
 * whole request runs as one double sync. The double's classes are here the host's object model;
 * what the add-in holds in its hands are Microsoft's own proxies.
 */

import { DoubleRequestContext } from "../double/context";
import type { QueuedOperation } from "../double/batch";
import { DoubleChart } from "../double/charts";
import { DoubleCollection } from "../double/collection";
import { DoubleOfficeError } from "../double/errors";
import { DoubleNamedItem } from "../double/names";
import { DoubleClientObject } from "../double/proxy";
import type { WorkbookState } from "../double/state";
import { DoubleTable } from "../double/tables";
import { DoubleWorksheet } from "../double/worksheet";
import {
  ActionType,
  ObjectPathType,
  ResultKeys,
  apiName,
  wireName,
  type WireAction,
  type WireActionResult,
  type WireArguments,
  type WireObjectPath,
  type WireQueryInfo,
  type WireRequest,
  type WireResponse,
} from "./wire";

/** A request the host cannot answer because the model lacks what it asks for: a test bug. */
export class HostModelGap extends Error {
  override readonly name = "HostModelGap";
}

/** Stands for an object Office.js knows to be a null object: every action on it does nothing. */
const NULL_OBJECT = Symbol("null object");
type HostObject = DoubleClientObject<unknown> | typeof NULL_OBJECT;

/** The double's request context, with each queued operation tagged with the action that queued it. */
class ReplayContext extends DoubleRequestContext {
  currentAction = -1;
  failedAction: number | undefined;

  constructor(
    state: WorkbookState,
    private readonly measuredBytes: number,
  ) {
    super(state);
  }

  override enqueue(operation: QueuedOperation): void {
    const action = this.currentAction;
    super.enqueue({
      label: operation.label,
      dataBytes: operation.dataBytes,
      run: (state, results) => {
        this.failedAction = action;
        operation.run(state, results);
        this.failedAction = undefined;
      },
    });
  }

  protected override payloadBytesOf(): number {
    return this.measuredBytes;
  }
}

type Pending = { action: WireAction; target: HostObject };

/**
 * Objects Office.js asked the host to keep (`_KeepReference`, which `Excel.run` sends for every
 * Range so it follows edits across syncs), by the reference id handed back. Office.js then names
 * them by that id (`ObjectPathType.referenceId`) until it sends `_RemoveReference` when the run
 * ends. Kept by the host across requests.
 */
export class ReferenceTable {
  private readonly kept = new Map<string, (context: DoubleRequestContext) => HostObject>();
  private next = 0;

  keep(target: DoubleClientObject<unknown>, state: WorkbookState): string {
    const id = `{ref-${++this.next}}`;
    const entity = target.resolve(state);
    const Kind = target.constructor as new (
      queue: DoubleRequestContext,
      origin: { entity: unknown },
    ) => DoubleClientObject<unknown>;
    this.kept.set(id, (context) => (entity === null ? NULL_OBJECT : new Kind(context, { entity })));
    return id;
  }

  lookUp(id: string, context: DoubleRequestContext): HostObject {
    const make = this.kept.get(id);
    if (make === undefined) throw new HostModelGap(`Reference id ${id} was never given out.`);
    return make(context);
  }

  remove(id: string): void {
    this.kept.delete(id);
  }

  get size(): number {
    return this.kept.size;
  }
}

// Methods of Office.js's own bookkeeping, answered by the host rather than the workbook.
const KEEP_REFERENCE = "_KeepReference";
const REMOVE_REFERENCE = "_RemoveReference";
// Sent before `values`, `formulas` and `numberFormat` of a Range: the double's setters check the
// array's size against the range themselves.
const VALIDATE_ARRAY_SIZE = "_ValidateArraySize";

export async function replayRequest(
  state: WorkbookState,
  request: WireRequest,
  requestBytes: number,
  references: ReferenceTable,
): Promise<WireResponse> {
  const context = new ReplayContext(state, requestBytes);
  const objects = new Map<number, HostObject>();
  const pending: Pending[] = [];
  const keepReference = new Set<HostObject>();

  const objectAt = (id: number): HostObject => {
    const known = objects.get(id);
    if (known !== undefined) return known;
    const path = request.ObjectPaths[String(id)];
    if (path === undefined) throw new HostModelGap(`The request names no object path ${id}.`);
    const created = instantiate(path);
    objects.set(id, created);
    return created;
  };

  const argumentsOf = (info: WireArguments | undefined): unknown[] => {
    const args = (info?.Arguments ?? []).map((value, index) => {
      const referenced = info?.ReferencedObjectPathIds?.[index];
      if (!referenced) return value;
      const object = objectAt(referenced);
      return object === NULL_OBJECT ? null : object;
    });
    // Office.js sends an optional argument left out as null; the API sees it as not given.
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return args;
  };

  const instantiate = (path: WireObjectPath): HostObject => {
    switch (path.ObjectPathType) {
      case ObjectPathType.globalObject:
        return context.workbook as unknown as HostObject;
      case ObjectPathType.nullObject:
        return NULL_OBJECT;
      case ObjectPathType.referenceId:
        return references.lookUp(path.Name, context);
    }
    const parent = objectAt(path.ParentObjectPathId ?? -1);
    if (parent === NULL_OBJECT) return NULL_OBJECT;
    const member = apiName(path.Name);
    const args = argumentsOf(path.ArgumentInfo);
    if (path.ObjectPathType === ObjectPathType.property) {
      return asHostObject(memberOf(parent, member), path);
    }
    if (path.ObjectPathType === ObjectPathType.method) {
      return asHostObject(callMember(parent, member, args), path);
    }
    if (path.ObjectPathType === ObjectPathType.indexer) {
      return asHostObject(callMember(parent, "getItem", args), path);
    }
    throw new HostModelGap(`Object path type ${path.ObjectPathType} is not modelled.`);
  };

  for (const [index, action] of request.Actions.entries()) {
    context.currentAction = index;
    const target = objectAt(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.instantiate:
        pending.push({ action, target });
        break;
      case ActionType.query:
        if (target !== NULL_OBJECT) target.load(loadSpec(action.QueryInfo));
        pending.push({ action, target });
        break;
      case ActionType.method:
        if (action.Name === KEEP_REFERENCE) keepReference.add(target);
        else if (action.Name === REMOVE_REFERENCE) {
          references.remove(String(argumentsOf(action.ArgumentInfo)[0]));
        } else if (action.Name === VALIDATE_ARRAY_SIZE) {
          // Checked by the setter that follows.
        } else if (target !== NULL_OBJECT) {
          callMember(target, apiName(action.Name), argumentsOf(action.ArgumentInfo));
        }
        break;
      case ActionType.setProperty:
        if (target !== NULL_OBJECT) {
          setMember(target, apiName(action.Name), argumentsOf(action.ArgumentInfo)[0]);
        }
        break;
      case ActionType.trace:
        break;
      default:
        throw new HostModelGap(`Action type ${action.ActionType} is not modelled.`);
    }
  }
  context.currentAction = -1;

  try {
    await context.sync();
  } catch (error) {
    if (!(error instanceof DoubleOfficeError)) throw error;
    if (process.env.HOST_DEBUG)
      console.log(
        "HOSTERR",
        error.message,
        JSON.stringify(request.Actions[context.failedAction ?? 0]),
        JSON.stringify(request).slice(0, 3000),
      );
    return {
      Error: {
        Code: error.code,
        Message: error.message,
        HttpStatusCode: error.httpStatusCode,
        ...(context.failedAction !== undefined && { ActionIndex: context.failedAction }),
        ...(error.debugInfo.errorLocation !== undefined && {
          Location: error.debugInfo.errorLocation,
        }),
      },
    };
  }

  const results: WireActionResult[] = pending.map(({ action, target }) => ({
    ActionId: action.Id,
    Value:
      action.ActionType === ActionType.query
        ? queryResult(target, action.QueryInfo, state)
        : instantiateResult(target, state, keepReference.has(target) ? references : undefined),
  }));
  return { Results: results };
}

function asHostObject(value: unknown, path: WireObjectPath): HostObject {
  if (value instanceof DoubleClientObject) return value as DoubleClientObject<unknown>;
  throw new HostModelGap(`${path.Name} does not give an object in the model.`);
}

function memberOf(target: DoubleClientObject<unknown>, member: string): unknown {
  if (!(member in target)) throw new HostModelGap(`The model has no ${describe(target, member)}.`);
  return (target as unknown as Record<string, unknown>)[member];
}

function callMember(target: HostObject, member: string, args: readonly unknown[]): unknown {
  if (target === NULL_OBJECT) return NULL_OBJECT;
  const method = memberOf(target, member);
  if (typeof method !== "function") {
    throw new HostModelGap(`${describe(target, member)} is not a method in the model.`);
  }
  return (method as (...a: unknown[]) => unknown).apply(target, [...args]);
}

function setMember(target: DoubleClientObject<unknown>, member: string, value: unknown): void {
  if (!hasSetter(target, member)) {
    throw new HostModelGap(`The model cannot set ${describe(target, member)}.`);
  }
  (target as unknown as Record<string, unknown>)[member] = value;
}

function hasSetter(target: object, member: string): boolean {
  for (let proto: object | null = target; proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, member);
    if (descriptor !== undefined)
      return descriptor.set !== undefined || descriptor.writable === true;
  }
  return false;
}

function describe(target: object, member: string): string {
  return `${target.constructor.name}.${member}`;
}

/** The double's load spec for a query: `Select` as Office.js sent it, `Expand` as whole objects. */
function loadSpec(query: WireQueryInfo | undefined): string | undefined {
  const paths = [...(query?.Select ?? []), ...(query?.Expand ?? [])];
  return paths.length === 0 ? undefined : [...new Set(paths)].join(",");
}

function splitPaths(query: WireQueryInfo | undefined): string[][] {
  const select = query?.Select ?? [];
  const expand = query?.Expand ?? [];
  if (select.length === 0 && expand.length === 0) return [["$all"]];
  return [...select, ...expand.filter((e) => !select.some((s) => s.startsWith(`${e}/`)))].map(
    (path) => path.split("/"),
  );
}

/**
 * The identity Excel returns for an object, under the key Office.js reads it from
 * (`_handleIdResult`: `Id` for a Worksheet, Table or Chart, `_Id` for a NamedItem). Office.js
 * rewrites the object's path to its collection's indexer with it, so an object made by `add`
 * stays usable in later syncs.
 */
function identityOf(
  target: HostObject,
  state: WorkbookState,
): { key: "Id" | "_Id"; value: string } | undefined {
  if (target === NULL_OBJECT) return undefined;
  try {
    if (target instanceof DoubleWorksheet || target instanceof DoubleTable) {
      const id = target.resolve(state);
      return id === null ? undefined : { key: "Id", value: id };
    }
    if (target instanceof DoubleChart) {
      const chart = target.resolve(state);
      return chart === null ? undefined : { key: "Id", value: chart.chartId };
    }
    if (target instanceof DoubleNamedItem) {
      const id = target.resolve(state);
      const name = state.names.find((item) => item.id === id)?.name;
      return name === undefined ? undefined : { key: "_Id", value: name };
    }
  } catch (error) {
    // Deleted later in the same request: Office.js keeps the path it had.
    if (error instanceof DoubleOfficeError) return undefined;
    throw error;
  }
  return undefined;
}

function instantiateResult(
  target: HostObject,
  state: WorkbookState,
  references: ReferenceTable | undefined,
): unknown {
  if (target === NULL_OBJECT || target.nullStateNow() === true) return null;
  const identity = identityOf(target, state);
  return {
    ...(identity && { [identity.key]: identity.value }),
    ...(references && { [ResultKeys.referenceId]: references.keep(target, state) }),
  };
}

function queryResult(
  target: HostObject,
  query: WireQueryInfo | undefined,
  state: WorkbookState,
): unknown {
  if (target === NULL_OBJECT || target.nullStateNow() === true) return null;
  return resultOf(target, splitPaths(query), state);
}

function resultOf(
  target: DoubleClientObject<unknown>,
  paths: readonly string[][],
  state: WorkbookState,
): Record<string, unknown> {
  if (target instanceof DoubleCollection) {
    const out: Record<string, unknown> = {};
    const itemPaths: string[][] = [];
    for (const [head = "$all", ...rest] of paths) {
      // `count` is the collection's own (ChartPointsCollection.count); the rest are its items'.
      if (head === "count" && rest.length === 0 && "count" in target) out["Count"] = target.count;
      else
        itemPaths.push(head === "items" ? (rest.length === 0 ? ["$all"] : rest) : [head, ...rest]);
    }
    if (itemPaths.length === 0) return out;
    const items = (target as DoubleCollection<unknown, unknown, DoubleClientObject<unknown>>).items;
    out[ResultKeys.items] = items.map((item) => {
      // Items carry their identity, for Office.js to address each through the indexer.
      const identity = identityOf(item, state);
      return {
        ...resultOf(item, itemPaths, state),
        ...(identity && { [ResultKeys.id]: identity.value }),
      };
    });
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [head = "$all", ...rest] of paths) {
    if (head === "$all") {
      for (const [name, value] of Object.entries(target.toJSON())) out[wireName(name)] = value;
      continue;
    }
    const value = memberOf(target, head);
    if (value instanceof DoubleClientObject) {
      const nested = resultOf(value, [rest.length === 0 ? ["$all"] : rest], state);
      out[wireName(head)] = { ...(out[wireName(head)] as object | undefined), ...nested };
    } else {
      out[wireName(head)] = value;
    }
  }
  return out;
}
