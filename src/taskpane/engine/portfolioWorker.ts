/**
 * The Web Worker that runs the exact portfolio search off the pane's UI thread (see
 * ./portfolioRunner.ts): one search in, one answer out.
 */
import { createSearcher, type WorkerSearch } from "./portfolioRunner";

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerSearch>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const search = createSearcher();

scope.onmessage = (event) => {
  try {
    scope.postMessage(search(event.data));
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: event.data.id, failure });
  }
};
