/**
 * The problem the exact portfolio search solves, in whole units, and the limits that stop a
 * search that would take too long (see portfolioSearch.ts for how it is solved).
 */

/**
 * Nodes the search may visit before it gives up: some 50 times what 200 use cases with a few
 * dependencies take.
 */
export const PORTFOLIO_SEARCH_NODE_LIMIT = 250_000;

/** Most linked use cases (needing or needed by others) for which bound 2 is worth its cost. */
export const DEPENDENCY_BOUND_LIMIT = 5000;

/**
 * Steps (about one use case looked at while bounding a node) the search may take before it
 * gives up, so that thousands of use cases cannot keep it busy for long either: a second or
 * two of work. With 200 use cases the node limit usually comes first.
 */
export const PORTFOLIO_SEARCH_STEP_LIMIT = 100_000_000;

export class PortfolioSearchLimitError extends Error {
  constructor(
    readonly limit: number,
    readonly unit: "nodes" | "steps",
  ) {
    super(
      `The best portfolio could not be proven within the search limit ` +
        `(${limit.toLocaleString("en-US")} ${unit}). Use the rank order method, or narrow the ` +
        "candidates (fewer use cases or a smaller budget).",
    );
    this.name = "PortfolioSearchLimitError";
  }
}

export interface PortfolioProblem {
  /** Per use case, in rank order: its cost in whole units (≥ 0). */
  readonly cost: readonly number[];
  /** Per use case: its gain in whole units (≥ 0). */
  readonly gain: readonly number[];
  /** Per use case: the use cases it needs directly. Those of a candidate are candidates. */
  readonly needs: readonly (readonly number[])[];
  /** Per use case: whether it may be chosen at all. */
  readonly candidate: readonly boolean[];
  /** Most the selection may cost, in whole units. */
  readonly capacity: number;
  /** A feasible selection to start from (closed under needs, within capacity), if known. */
  readonly start?: ArrayLike<number>;
  readonly nodeLimit?: number;
  readonly stepLimit?: number;
  /** Most linked use cases for which bound 2 is used (DEPENDENCY_BOUND_LIMIT by default). */
  readonly dependencyBoundLimit?: number;
}

export interface PortfolioSearchResult {
  /** Per use case: 1 when chosen. */
  readonly chosen: Uint8Array;
  /** Search nodes visited. */
  readonly nodes: number;
}
