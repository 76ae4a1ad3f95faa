/**
 * The host side of Office.js: what Excel on the web does with each request the add-in's
 * `context.sync()` sends. Microsoft's runtime builds and serialises the request and turns the
 * answer into proxies, values and errors; this module only answers it, from the double's model.
 *
 * Office.js hands the host a message array whose fifth element is the request's JSON
 * (`RichApiMessageUtility.buildRequestMessageSafeArray`) and expects back, through a callback,
 * either `{ status: "succeeded", value: { data: [httpStatus, headers, responseJson] } }` or
 * `{ status: "failed", error: { code, message } }` with one of Office's numeric error codes
 * (`RichApiMessageUtility.buildResponseOnError`).
 */

import type { WorkbookState } from "../double/state";
import { HostModelGap, ReferenceTable, replayRequest } from "./replay";
import { utf8Length, type WireRequest } from "./wire";

/** Office's numeric code for a request over the host's limit (`ooeRequestPayloadSizeLimitExceeded`). */
const OOE_REQUEST_PAYLOAD_SIZE_LIMIT_EXCEEDED = 5103;

export type RichApiCallback = (result: unknown) => void;
export type RichApiExecutor = (message: readonly unknown[], callback: RichApiCallback) => void;

/** One request as it crossed the wire: its exact JSON and size, for tests and the benchmarks. */
export interface WireRecord {
  readonly json: string;
  readonly bytes: number;
}

export interface RichApiHost {
  readonly execute: RichApiExecutor;
  /** Every request received, refused ones included, oldest first. */
  readonly requests: WireRecord[];
  /** A request the model could not answer (a gap in the double), kept to fail the test loudly. */
  readonly gaps: Error[];
}

export function createRichApiHost(state: WorkbookState): RichApiHost {
  const requests: WireRecord[] = [];
  const gaps: Error[] = [];
  const references = new ReferenceTable();

  /** Office refuses the whole request: nothing in it reaches the workbook. */
  const refuse = (bytes: number, code: number, message: string): unknown => {
    state.host.syncs.push({
      index: state.host.syncs.length + 1,
      operations: 0,
      payloadBytes: bytes,
      labels: [],
      outcome: "failed",
      errorCode: `Office ${code}`,
    });
    return { status: "failed", error: { code, message } };
  };

  const answer = async (json: string): Promise<unknown> => {
    const bytes = utf8Length(json);
    requests.push({ json, bytes });
    // A round trip never settles in the same turn as the call.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const refusal = state.host.faults[0];
    if (refusal?.kind === "refuse") {
      state.host.faults.shift();
      return refuse(bytes, refusal.officeCode, refusal.message);
    }
    if (bytes > state.host.payloadLimitBytes) {
      return refuse(
        bytes,
        OOE_REQUEST_PAYLOAD_SIZE_LIMIT_EXCEEDED,
        `The request is ${bytes} bytes, over the host's limit of ${state.host.payloadLimitBytes}.`,
      );
    }
    const response = await replayRequest(state, JSON.parse(json) as WireRequest, bytes, references);
    return { status: "succeeded", value: { data: [200, [], JSON.stringify(response)] } };
  };

  const execute: RichApiExecutor = (message, callback) => {
    const json = message[4];
    if (typeof json !== "string") throw new HostModelGap("Office.js sent no request body.");
    answer(json).then(callback, (error: unknown) => {
      const gap = error instanceof Error ? error : new Error(String(error));
      gaps.push(gap);
      // Excel answers a request it cannot run with a general exception; the gap is also kept.
      callback({ status: "failed", error: { code: 5001, message: gap.message } });
    });
  };
  return { execute, requests, gaps };
}

/** Where Office.js looks for its host: `OSF.DDA.RichApi.executeRichApiRequestAsync`. */
export interface OfficeRuntimeWindow {
  readonly OSF: { readonly DDA: { readonly RichApi: { executeRichApiRequestAsync?: unknown } } };
}

/**
 * Answers the requests of the Office.js runtime loaded in `runtimeWindow` (a jsdom window in
 * Node, the page in a browser) from `state`. The property is fixed so that Office.js's own
 * loader, running later on the page, cannot put its missing host back.
 */
export function attachRichApiHost(
  runtimeWindow: OfficeRuntimeWindow,
  state: WorkbookState,
): RichApiHost {
  const host = createRichApiHost(state);
  Object.defineProperty(runtimeWindow.OSF.DDA.RichApi, "executeRichApiRequestAsync", {
    value: host.execute,
    writable: false,
    configurable: true,
  });
  return host;
}
