/**
 * The JSON that Microsoft's Office.js sends to Excel at every `context.sync()` and the JSON it
 * expects back, as read from `@microsoft/office-js`'s `excel-web-16.00.debug.js`
 * (`ClientRequest.buildRequestMessageBodyAndRequestFlags`, `ObjectPathFactory`,
 * `ClientRequestContext.processRequestExecutorResponseMessage`).
 */

/** `OfficeExtension.ObjectPathType`. */
export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** `OfficeExtension.ActionType`. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
} as const;

export interface WireArguments {
  readonly Arguments?: readonly unknown[];
  /** Per argument: the object path the argument stands for, or 0 / null for a plain value. */
  readonly ReferencedObjectPathIds?: readonly (number | null)[];
}

export interface WireObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: WireArguments;
}

export interface WireQueryInfo {
  readonly Select?: readonly string[];
  readonly Expand?: readonly string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface WireAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: WireArguments;
  readonly QueryInfo?: WireQueryInfo;
}

export interface WireRequest {
  readonly Actions: readonly WireAction[];
  readonly ObjectPaths: Readonly<Record<string, WireObjectPath>>;
}

export interface WireActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface WireError {
  readonly Code: string;
  readonly Message: string;
  readonly HttpStatusCode: number;
  /** Index into the request's `Actions` of the statement that failed. */
  readonly ActionIndex?: number;
  readonly Location?: string;
}

export type WireResponse =
  | { readonly Results: readonly WireActionResult[] }
  | { readonly Error: WireError; readonly Results?: readonly WireActionResult[] };

/** Keys Office.js reads in results (`OfficeExtension.CommonConstants`). */
export const ResultKeys = { items: "_Items", id: "_Id", referenceId: "_ReferenceId" } as const;

/** `Values` → `values`, `GetRangeByIndexes` → `getRangeByIndexes`: wire names to API names. */
export function apiName(wireName: string): string {
  return wireName.charAt(0).toLowerCase() + wireName.slice(1);
}

/** `values` → `Values`: API names to the keys of a query result. */
export function wireName(apiName: string): string {
  return apiName.charAt(0).toUpperCase() + apiName.slice(1);
}

/** Bytes on the wire: what Excel on the web counts against its 5 MB limit is UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point, four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
