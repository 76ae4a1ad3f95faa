/**
 * The exact search behind the best portfolio: a 0/1 knapsack in which choosing a use case
 * chooses everything it needs (its dependencies, transitively). Branch and bound, exact.
 *
 * The problem is given in whole units (cents of budget, billionths of a point or cents of
 * value), so every sum and every comparison is exact integer arithmetic in a double. Use cases
 * are numbered in rank order, and the best selection is the lexicographic best of
 *   1. the largest total gain,
 *   2. then the smallest total cost,
 *   3. then the selection holding the best-ranked use case of those in one selection but not
 *      the other (the lowest number).
 * The third rule orders any two different selections, so the best one is unique and the same
 * on every run.
 *
 * How:
 * - Before the search: a use case whose closure (itself and everything it needs) costs more
 *   than the capacity is left out, with everything that needs it; one whose closure costs
 *   nothing is put in (more gain, or a better-ranked member, at no cost: it is in the best
 *   selection whatever else is).
 * - Depth first, "in" before "out". "In" puts the use case's whole undecided closure in, if it
 *   fits; "out" leaves out everything that needs it too. So the selection at every node holds
 *   what it needs, and each is compared with the best so far (rank order's, to start with).
 * - Bounds, each an upper bound on the gain of any selection below a node, from the
 *   fractional knapsack over the undecided use cases that fit on their own:
 *   1. ignoring dependencies;
 *   2. with dependencies in part: a use case worth less per unit of cost than a use case that
 *      needs it is merged with it into one block at their combined density, densest first,
 *      as the linear relaxation does for a tree of dependencies (see mergedBlocks).
 *   Every total gain is a multiple of the gains' greatest common divisor, so a bound is
 *   rounded down to one. A node is pruned when it cannot reach the best gain; when it can at
 *   most equal it, also when even the cheapest fractional way to make up that gain costs more
 *   than the best selection does, or exactly as much and the use cases decided so far already
 *   lose to the best selection on the rank rule.
 * - The use case branched on is the head of the densest block of bound 2 (without
 *   dependencies: the densest use case), so the search dives along the relaxation first.
 * - Limits on nodes and on steps stop a search that would take too long, with
 *   PortfolioSearchLimitError; there is never a silent fallback to an approximate answer.
 *
 * Measured on a slow machine, 200 use cases with random budgets and scores (some knapsacks
 * made hard on purpose, gain close to cost): with one in five needing another, a few hundred to
 * five thousand nodes, at most some 30 ms; with every other one needing another, at most some
 * 300 ms; a dense web (each needing one or two others) up to two seconds, or now and then the
 * limit. Tens of thousands of use cases usually end at a limit within a second or two.
 */

import {
  PORTFOLIO_SEARCH_NODE_LIMIT,
  PORTFOLIO_SEARCH_STEP_LIMIT,
  PortfolioSearchLimitError,
  type PortfolioProblem,
  type PortfolioSearchResult,
} from "./portfolioProblem";
import { PortfolioBounds } from "./portfolioBounds";
import { closureCosts } from "./portfolioGraph";
import { Selection, UNDECIDED, OUT } from "./portfolioSelection";

export function searchBestPortfolio(problem: PortfolioProblem): PortfolioSearchResult {
  const { needs, candidate, capacity } = problem;
  const nodeLimit = problem.nodeLimit ?? PORTFOLIO_SEARCH_NODE_LIMIT;
  const stepLimit = problem.stepLimit ?? PORTFOLIO_SEARCH_STEP_LIMIT;
  const count = problem.cost.length;

  const neededBy: number[][] = Array.from({ length: count }, () => []);
  for (let item = 0; item < count; item++) {
    if (!candidate[item]) continue;
    for (const need of needs[item] ?? []) (neededBy[need] as number[]).push(item);
  }
  const selection = new Selection(problem, neededBy);
  const { status } = selection;

  // Before the search: what can never fit is out, what costs nothing in all is in.
  for (let item = 0; item < count; item++) if (!candidate[item]) status[item] = OUT;
  const closureCost = closureCosts(
    count,
    needs,
    (item) => selection.costOf(item),
    status,
    capacity,
  );
  for (let item = 0; item < count; item++) {
    if (status[item] === UNDECIDED && (closureCost[item] as number) > capacity) {
      selection.exclude(item);
    }
  }
  for (let item = 0; item < count; item++) {
    if (status[item] === UNDECIDED && closureCost[item] === 0) selection.include(item);
  }
  // Decisions made so far are never undone; the best selection so far: the start, if it is
  // better than the forced one.
  selection.settle();
  if (problem.start) selection.offer(problem.start);

  const bounds = new PortfolioBounds(problem, selection);
  const size = bounds.size;

  // Depth-first, iteratively (a long list would overflow the call stack): each frame is the
  // use case branched on and a stage: 0 not opened, 1 "in" done, 2 "out" done.
  const frameItem = new Int32Array(size + 2);
  const frameMark = new Int32Array(size + 2);
  const frameStage = new Uint8Array(size + 2);
  let depth = 0;
  let nodes = 0;
  while (depth >= 0) {
    const stage = frameStage[depth] as number;
    if (stage === 0) {
      if (++nodes > nodeLimit) throw new PortfolioSearchLimitError(nodeLimit, "nodes");
      if (bounds.steps > stepLimit) throw new PortfolioSearchLimitError(stepLimit, "steps");
      const item = bounds.nextBranch();
      if (item < 0) {
        depth--;
        continue;
      }
      frameItem[depth] = item;
      frameMark[depth] = selection.trailLength;
      frameStage[depth] = 1;
      if (selection.include(item)) {
        selection.considerCurrent();
        openChild();
      }
      continue;
    }
    selection.undo(frameMark[depth] as number);
    if (stage === 1) {
      frameStage[depth] = 2;
      selection.exclude(frameItem[depth] as number);
      openChild();
      continue;
    }
    depth--;
  }

  function openChild(): void {
    depth++;
    frameStage[depth] = 0;
  }

  return { chosen: selection.best, nodes };
}
