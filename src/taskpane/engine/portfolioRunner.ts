/**
 * Where the pane's exact portfolio search runs. With 500 use cases and a budget one search
 * takes tens of milliseconds, and a slider drag asks for one at every step: on the UI thread the
 * drag stutters. In the browser it runs in a Web Worker (./portfolioWorker.ts); while it works,
 * newer weights wait, and only the latest are searched next (the steps between are dropped).
 * Where there is no Worker (tests in jsdom), it runs here, at once.
 *
 * What crosses to the worker is small: the rows read go once (the worker keeps them), then each
 * request is the settings; the worker ranks them again itself (the same code gives the same
 * ranking) and answers with the portfolio packed as source rows (./portfolioTransport.ts).
 */
import {
  PortfolioSearchLimitError,
  portfolioOfResult,
  scoreRead,
  withPortfolioComparison,
  type PortfolioSettings,
  type ReadResult,
  type ScoringResult,
} from "../../core";
import { withSettledPortfolio, type ScoredWithPortfolio } from "../portfolioChoice";
import { packComparison, unpackComparison, type PackedComparison } from "./portfolioTransport";

export interface PortfolioRequest {
  readonly scored: ScoringResult;
  readonly settings: PortfolioSettings;
}

/** One search, as sent to the worker. `read` comes with the first search of those rows. */
export interface WorkerSearch {
  readonly id: number;
  readonly readKey: number;
  readonly read?: ReadResult;
  readonly scoring: ScoringResult["settings"];
  readonly settings: PortfolioSettings;
}

/** The worker's answer to one search. */
export interface WorkerAnswer {
  readonly id: number;
  readonly packed?: PackedComparison;
  readonly portfolioError?: string;
  /** A bug in the worker, not a limit of the search. */
  readonly failure?: string;
}

export interface PortfolioRunner {
  /** Set when `run` answers at once, on this thread: the pane then works it out as it renders. */
  readonly inThread: boolean;
  /** Searches for `request`; `done` gets the answer, unless a newer request replaced it. */
  run(request: PortfolioRequest, done: (answer: ScoredWithPortfolio) => void): void;
  dispose(): void;
}

/** The worker's side: the rows it was last sent, and the answer to a search. */
export function createSearcher(): (search: WorkerSearch) => WorkerAnswer {
  let rows: { key: number; read: ReadResult } | undefined;
  return (search) => {
    if (search.read) rows = { key: search.readKey, read: search.read };
    if (!rows || rows.key !== search.readKey) {
      return { id: search.id, failure: "the rows to search were not sent" };
    }
    const scored = scoreRead(rows.read, search.scoring);
    try {
      return { id: search.id, packed: packComparison(portfolioOfResult(scored, search.settings)) };
    } catch (caught) {
      if (caught instanceof PortfolioSearchLimitError) {
        return { id: search.id, portfolioError: caught.message };
      }
      throw caught;
    }
  };
}

/** The result the request was made from, with the worker's answer attached. */
export function resultOfAnswer(
  request: PortfolioRequest,
  answer: WorkerAnswer,
): ScoredWithPortfolio {
  const { scored, settings } = request;
  if (answer.portfolioError !== undefined) {
    return { result: scored, portfolioError: answer.portfolioError };
  }
  const comparison = answer.packed && unpackComparison(answer.packed, scored.ranked);
  if (answer.failure !== undefined || !comparison) {
    const why = answer.failure ?? "its answer names use cases this ranking does not have";
    return { result: scored, portfolioError: `The portfolio could not be worked out: ${why}` };
  }
  return { result: withPortfolioComparison(scored, settings, comparison) };
}

/** Runs each request at once, on this thread. */
export function inThreadPortfolioRunner(): PortfolioRunner {
  return {
    inThread: true,
    run(request, done) {
      done(withSettledPortfolio(request.scored, request.settings));
    },
    dispose() {},
  };
}

/** Runs requests one at a time in `worker`; a request made while it works waits, the latest only. */
export function workerPortfolioRunner(worker: Worker): PortfolioRunner {
  let next = 1;
  // The rows the worker holds, by identity; a new read is sent with its first search.
  const readKeys = new WeakMap<ReadResult, number>();
  let sentRead: ReadResult | undefined;
  type Pending = { request: PortfolioRequest; done: (answer: ScoredWithPortfolio) => void };
  let running: (Pending & { id: number }) | undefined;
  let waiting: Pending | undefined;

  const start = ({ request, done }: Pending): void => {
    const id = next++;
    const { read } = request.scored;
    let readKey = readKeys.get(read);
    if (readKey === undefined) {
      readKey = id;
      readKeys.set(read, readKey);
    }
    running = { id, request, done };
    const search: WorkerSearch = {
      id,
      readKey,
      ...(sentRead !== read && { read }),
      scoring: request.scored.settings,
      settings: request.settings,
    };
    sentRead = read;
    worker.postMessage(search);
  };
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const finished = running;
    if (!finished || event.data.id !== finished.id) return;
    running = undefined;
    if (waiting) {
      // Newer weights came meanwhile: this answer is already out of date; search for those.
      const latest = waiting;
      waiting = undefined;
      start(latest);
      return;
    }
    finished.done(resultOfAnswer(finished.request, event.data));
  };
  return {
    inThread: false,
    run(request, done) {
      if (running) waiting = { request, done };
      else start({ request, done });
    },
    dispose() {
      worker.terminate();
    },
  };
}

/** The worker's file, beside the pane's (webpack entry `portfolio-worker`). */
const WORKER_FILE = "portfolio-worker.js";

/** A worker runner in a browser; the in-thread one elsewhere. */
export function defaultPortfolioRunner(): PortfolioRunner {
  if (typeof Worker === "undefined" || typeof document === "undefined") {
    return inThreadPortfolioRunner();
  }
  try {
    return workerPortfolioRunner(new Worker(new URL(WORKER_FILE, document.baseURI)));
  } catch {
    return inThreadPortfolioRunner();
  }
}
