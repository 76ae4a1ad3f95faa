/**
 * The request context: queues operations and runs them at `sync()`, like Office.js.
 *
 * Office.js facts mirrored here (sources in comments where they apply):
 * - Every proxy created by a method (`getItem`, `getRange`, …) adds an "instantiate" action, so a
 *   missing sheet fails the sync that carries it with `ItemNotFound` even if nothing else touches
 *   it (office-js dist `ClientObject` constructor → `ActionFactory.createInstantiateAction`).
 * - A sync with nothing queued is not sent to Excel (`syncPrivate`: `if (!req.hasActions)`); it is
 *   not counted, and fault switches wait for a sync that is sent.
 * - Operations run in queue order. When one fails, the ones before it in the same batch stay
 *   applied — a batch is not a transaction (see `OfficeExtension.Error.traceMessages`: "all trace
 *   messages that were executed before the error occurred"). Load results of a failed batch are
 *   not delivered. This is why the adapter must build a new sheet before deleting the old one.
 * - A request larger than the limit (5 MB on the web) is refused whole:
 *   `RequestPayloadSizeLimitExceeded`, nothing applied. A response larger than the limit fails
 *   with `ResponsePayloadSizeLimitExceeded` after the batch's writes were applied (the request
 *   did run). Docs: concepts/resource-limits-and-performance-optimization#excel-add-ins.
 * - `Excel.run` syncs once more after the batch function resolves, and fails with
 *   `RunMustReturnPromise` when the function returns no promise (office-js `_runBatch`).
 */

import type { WorkbookState } from "./state";
import {
  DoubleErrorCodes,
  DoubleOfficeError,
  requestPayloadTooLarge,
  responsePayloadTooLarge,
} from "./errors";
import {
  BatchResults,
  type OperationQueue,
  OPERATION_OVERHEAD_BYTES,
  type QueuedOperation,
} from "./batch";
import { DoubleWorkbook } from "./workbook";

export class DoubleRequestContext implements OperationQueue {
  readonly workbook: DoubleWorkbook;
  private queue: QueuedOperation[] = [];

  constructor(readonly state: WorkbookState) {
    this.workbook = new DoubleWorkbook(this);
  }

  /** Office.js exposes the application on the context as well as on the workbook. */
  get application(): DoubleWorkbook["application"] {
    return this.workbook.application;
  }

  enqueue(operation: QueuedOperation): void {
    this.queue.push(operation);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.queue;
    this.queue = [];
    if (operations.length === 0) return passThroughValue as T;
    const host = this.state.host;
    const payloadBytes = this.payloadBytesOf(operations);
    const record = {
      index: host.syncs.length + 1,
      operations: operations.length,
      payloadBytes,
      labels: operations.map((op) => op.label),
      outcome: "applied" as "applied" | "failed" | "hung",
    };
    host.syncs.push(record);
    // A real sync is a round trip: never settle in the same microtask as the call.
    await Promise.resolve();
    const fail = (error: DoubleOfficeError): never => {
      Object.assign(record, { outcome: "failed", errorCode: error.code });
      throw error;
    };
    const fault = host.faults.shift();
    if (fault?.kind === "hang") {
      record.outcome = "hung";
      return new Promise<T>(() => undefined);
    }
    if (fault?.kind === "fail") fail(new DoubleOfficeError(fault.code, fault.message));
    if (payloadBytes > host.payloadLimitBytes) {
      fail(requestPayloadTooLarge(payloadBytes, host.payloadLimitBytes));
    }
    const results = new BatchResults();
    for (const operation of operations) {
      try {
        this.failIfFaulted(operation.label);
        operation.run(this.state, results);
      } catch (error) {
        if (error instanceof DoubleOfficeError) fail(error);
        throw error;
      }
    }
    if (results.responseBytes > host.responseLimitBytes) {
      fail(responsePayloadTooLarge(results.responseBytes, host.responseLimitBytes));
    }
    results.commitAll();
    return passThroughValue as T;
  }

  /** The request's size as the host measures it; the double estimates it from the operations. */
  protected payloadBytesOf(operations: readonly QueuedOperation[]): number {
    return operations.reduce((n, op) => n + OPERATION_OVERHEAD_BYTES + op.dataBytes, 0);
  }

  private failIfFaulted(label: string): void {
    const faults = this.state.host.operationFaults;
    const index = faults.findIndex((fault) => fault.label === label);
    const fault = faults[index];
    if (fault === undefined) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    faults.splice(index, 1);
    throw new DoubleOfficeError(fault.code, fault.message, label);
  }
}

/** `Excel.run(batch)`, also accepting Office.js's `run(options, batch)` form (options ignored). */
export async function runBatch<T>(state: WorkbookState, ...args: readonly unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== "function") {
    throw new DoubleOfficeError(
      DoubleErrorCodes.invalidArgument,
      "Excel.run needs a batch function.",
    );
  }
  const context = new DoubleRequestContext(state);
  const returned: unknown = batch(context);
  if (!isPromiseLike(returned)) {
    throw new DoubleOfficeError(
      DoubleErrorCodes.runMustReturnPromise,
      'The batch function passed to the ".run" method didn\'t return a promise.',
    );
  }
  const result = (await returned) as T;
  return context.sync(result);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    "then" in value &&
    typeof (value as { then: unknown }).then === "function"
  );
}
