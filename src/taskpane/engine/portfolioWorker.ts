/**
 * The Web Worker that runs the exact portfolio search off the pane's UI thread (see
 * ./portfolioRunner.ts): one request in, one answer out.
 */
import { answerFor, type PortfolioRequest } from "./portfolioRunner";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: PortfolioRequest }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage(answerFor(id, request));
  } catch (error) {
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
