/**
 * The pieces of a batch that proxies need, kept apart from the request context so that proxy
 * modules never import the context (which imports the workbook, which imports the proxies).
 */

import type { WorkbookState } from "./state";

/** A fixed cost per operation (object path, action type, ids) added to the JSON of its data. */
export const OPERATION_OVERHEAD_BYTES = 64;

export interface QueuedOperation {
  readonly label: string;
  /** JSON length of the data this operation sends (values, property value, arguments). */
  readonly dataBytes: number;
  run(state: WorkbookState, results: BatchResults): void;
}

/** What a running batch will hand back to the proxies if — and only if — it succeeds. */
export class BatchResults {
  private readonly commits: (() => void)[] = [];
  responseBytes = 0;

  deliver(bytes: number, commit: () => void): void {
    this.responseBytes += bytes;
    this.commits.push(commit);
  }

  commitAll(): void {
    for (const commit of this.commits) commit();
  }
}

export function jsonLength(value: unknown): number {
  return value === undefined ? 0 : (JSON.stringify(value) ?? "").length;
}

/** What a proxy needs from its request context. */
export interface OperationQueue {
  readonly state: WorkbookState;
  enqueue(operation: QueuedOperation): void;
}
