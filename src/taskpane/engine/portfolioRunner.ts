/**
 * Where the pane's exact portfolio search runs. With 500 use cases and a budget one search
 * takes tens of milliseconds, and a slider drag asks for one at every step: on the UI thread the
 * drag stutters. In the browser it runs in a Web Worker (./portfolioWorker.ts); while it works,
 * newer weights wait, and only the latest are searched next (the steps between are dropped).
 * Where there is no Worker (tests in jsdom), it runs here, at once.
 */
import type { PortfolioSettings, ScoringResult } from "../../core";
import { withSettledPortfolio, type ScoredWithPortfolio } from "../portfolioChoice";

export interface PortfolioRequest {
  readonly scored: ScoringResult;
  readonly settings: PortfolioSettings;
}

/** What the worker sends back: the parts withPortfolio changes, not the whole result. */
export interface PortfolioAnswer {
  readonly id: number;
  readonly portfolio?: ScoringResult["portfolio"];
  readonly roadmap?: ScoringResult["roadmap"];
  readonly problems?: ScoringResult["problems"];
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

/** The worker's work: the answer for one request (also used by the in-thread runner). */
export function answerFor(id: number, request: PortfolioRequest): PortfolioAnswer {
  const { result, portfolioError } = withSettledPortfolio(request.scored, request.settings);
  return {
    id,
    ...(result.portfolio && { portfolio: result.portfolio }),
    ...(request.settings.roadmapFrom === "portfolio" && {
      roadmap: result.roadmap,
      problems: result.problems,
    }),
    ...(portfolioError !== undefined && { portfolioError }),
  };
}

/** The scored result the request was made from, with what the answer changed. */
export function resultOfAnswer(
  scored: ScoringResult,
  answer: PortfolioAnswer,
): ScoredWithPortfolio {
  if (answer.failure !== undefined) {
    return {
      result: scored,
      portfolioError: `The portfolio could not be worked out: ${answer.failure}`,
    };
  }
  const result: ScoringResult = {
    ...scored,
    ...(answer.portfolio && { portfolio: answer.portfolio }),
    ...(answer.roadmap && { roadmap: answer.roadmap }),
    ...(answer.problems && { problems: answer.problems }),
  };
  return answer.portfolioError === undefined
    ? { result }
    : { result, portfolioError: answer.portfolioError };
}

/** Runs each request at once, on this thread. */
export function inThreadPortfolioRunner(): PortfolioRunner {
  let next = 1;
  return {
    inThread: true,
    run(request, done) {
      done(resultOfAnswer(request.scored, answerFor(next++, request)));
    },
    dispose() {},
  };
}

/** Runs requests one at a time in `worker`; a request made while it works waits, the latest only. */
export function workerPortfolioRunner(worker: Worker): PortfolioRunner {
  let next = 1;
  let running:
    { id: number; request: PortfolioRequest; done: (a: ScoredWithPortfolio) => void } | undefined;
  let waiting: { request: PortfolioRequest; done: (a: ScoredWithPortfolio) => void } | undefined;
  const start = (request: PortfolioRequest, done: (a: ScoredWithPortfolio) => void): void => {
    running = { id: next++, request, done };
    worker.postMessage({ id: running.id, request });
  };
  worker.onmessage = (event: MessageEvent<PortfolioAnswer>) => {
    const finished = running;
    if (!finished || event.data.id !== finished.id) return;
    running = undefined;
    if (waiting) {
      // Newer weights came meanwhile: this answer is already out of date; search for those.
      const latest = waiting;
      waiting = undefined;
      start(latest.request, latest.done);
      return;
    }
    finished.done(resultOfAnswer(finished.request.scored, event.data));
  };
  return {
    inThread: false,
    run(request, done) {
      if (running) waiting = { request, done };
      else start(request, done);
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
