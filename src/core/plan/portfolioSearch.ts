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

// Most blocks a use case considers taking at once in bound 2 (see mergedBlocks).
const POOL_LIMIT = 32;

const UNDECIDED = 0;
const IN = 1;
const OUT = 2;

// Bounds are fractional and computed in floating point; these margins keep them on the safe
// side of exact (a bound a few units too loose only costs a little search).
const LOOSEN = 1e-12;

export function searchBestPortfolio(problem: PortfolioProblem): PortfolioSearchResult {
  const { cost, gain, needs, candidate, capacity } = problem;
  const nodeLimit = problem.nodeLimit ?? PORTFOLIO_SEARCH_NODE_LIMIT;
  const stepLimit = problem.stepLimit ?? PORTFOLIO_SEARCH_STEP_LIMIT;
  let steps = 0;
  const count = cost.length;
  const costOf = (item: number): number => cost[item] as number;
  const gainOf = (item: number): number => gain[item] as number;

  const neededBy: number[][] = Array.from({ length: count }, () => []);
  for (let item = 0; item < count; item++) {
    if (!candidate[item]) continue;
    for (const need of needs[item] ?? []) (neededBy[need] as number[]).push(item);
  }

  const status = new Uint8Array(count);
  const trail = new Int32Array(count);
  let trailLength = 0;
  const stack = new Int32Array(count);
  let gainIn = 0;
  let costIn = 0;

  /** Puts `item` and its undecided closure in, unless that would exceed the capacity. */
  function include(item: number): boolean {
    const mark = trailLength;
    let top = 0;
    stack[top++] = item;
    putIn(item);
    while (top > 0) {
      const next = stack[--top] as number;
      if (costIn > capacity) break;
      for (const need of needs[next] ?? []) {
        if (status[need] !== UNDECIDED) continue;
        putIn(need);
        stack[top++] = need;
      }
    }
    if (costIn <= capacity) return true;
    undo(mark);
    return false;
  }

  function putIn(item: number): void {
    status[item] = IN;
    trail[trailLength++] = item;
    gainIn += gainOf(item);
    costIn += costOf(item);
  }

  /** Leaves `item` out, and everything that needs it. */
  function exclude(item: number): void {
    let top = 0;
    stack[top++] = item;
    status[item] = OUT;
    trail[trailLength++] = item;
    while (top > 0) {
      const next = stack[--top] as number;
      for (const user of neededBy[next] as number[]) {
        if (status[user] !== UNDECIDED) continue;
        status[user] = OUT;
        trail[trailLength++] = user;
        stack[top++] = user;
      }
    }
  }

  function undo(mark: number): void {
    while (trailLength > mark) {
      const item = trail[--trailLength] as number;
      if (status[item] === IN) {
        gainIn -= gainOf(item);
        costIn -= costOf(item);
      }
      status[item] = UNDECIDED;
    }
  }

  // Before the search: what can never fit is out, what costs nothing in all is in.
  for (let item = 0; item < count; item++) if (!candidate[item]) status[item] = OUT;
  const closureCost = closureCosts(count, needs, costOf, status, capacity);
  for (let item = 0; item < count; item++) {
    if (status[item] === UNDECIDED && (closureCost[item] as number) > capacity) exclude(item);
  }
  for (let item = 0; item < count; item++) {
    if (status[item] === UNDECIDED && closureCost[item] === 0) include(item);
  }
  // Decisions made so far are never undone.
  trailLength = 0;

  // The best selection so far: the start, if it is better than the forced one.
  const best = Uint8Array.from(status, (s) => (s === IN ? 1 : 0));
  let bestGain = gainIn;
  let bestCost = costIn;
  if (problem.start) {
    let startGain = 0;
    let startCost = 0;
    for (let item = 0; item < count; item++) {
      if (problem.start[item]) {
        startGain += gainOf(item);
        startCost += costOf(item);
      }
    }
    if (isBetter(startGain, startCost, (item) => Boolean(problem.start?.[item]))) {
      for (let item = 0; item < count; item++) best[item] = problem.start[item] ? 1 : 0;
      bestGain = startGain;
      bestCost = startCost;
    }
  }

  function isBetter(g: number, c: number, has: (item: number) => boolean): boolean {
    if (g !== bestGain) return g > bestGain;
    if (c !== bestCost) return c < bestCost;
    for (let item = 0; item < count; item++) {
      const mine = has(item);
      if (mine !== (best[item] === 1)) return mine;
    }
    return false;
  }

  const isIn = (item: number): boolean => status[item] === IN;
  function considerCurrent(): void {
    if (!isBetter(gainIn, costIn, isIn)) return;
    for (let item = 0; item < count; item++) best[item] = status[item] === IN ? 1 : 0;
    bestGain = gainIn;
    bestCost = costIn;
  }

  // The use cases still open, by gain per unit of cost (free first, no gain last), then rank.
  const order: number[] = [];
  for (let item = 0; item < count; item++) if (status[item] === UNDECIDED) order.push(item);
  const ownDensity = Float64Array.from(gain, (g, item) => {
    const c = costOf(item);
    return g === 0 ? 0 : c === 0 ? Infinity : g / c;
  });
  order.sort((a, b) => {
    const da = ownDensity[a] as number;
    const db = ownDensity[b] as number;
    return da === db ? a - b : da > db ? -1 : 1;
  });
  const size = order.length;
  const orderItem = Int32Array.from(order);
  const orderGain = Float64Array.from(order, gainOf);
  const orderCost = Float64Array.from(order, costOf);
  const gainStep = greatestCommonDivisor(order.map(gainOf));
  const costStep = greatestCommonDivisor(order.map(costOf));
  // An undecided use case that is free and brings no gain can still make a selection of equal
  // gain and cost better (by rank): only then is a node that cannot gain more worth opening.
  const hasFreeWithoutGain = order.some((item) => gainOf(item) === 0 && costOf(item) === 0);

  // For bound 2: the use cases that need others or are needed (the rest stand alone), with
  // what they need first, and per use case whether it cannot fit, has been merged into a
  // block, or heads a block of several.
  const linked = order.filter(
    (item) =>
      (needs[item] as readonly number[]).length > 0 || (neededBy[item] as number[]).length > 0,
  );
  // Bound 2 looks at every linked use case at every node: past a few thousand that costs more
  // than the nodes it saves, and bound 1 alone (still exact, just less sharp) is used.
  const hasDependencies =
    linked.length > 0 && linked.length <= (problem.dependencyBoundLimit ?? DEPENDENCY_BOUND_LIMIT);
  const topological = topologicalOrder(linked, needs);
  const isLinked = new Uint8Array(count);
  for (const item of linked) isLinked[item] = 1;
  const blocked = new Uint8Array(count);
  const absorbed = new Uint8Array(count);
  const merged = new Uint8Array(count);
  const blockGain = new Float64Array(count);
  const blockCost = new Float64Array(count);
  const blockDensity = new Float64Array(count);
  const mergedHeads: number[] = [];
  // Per block head: the blocks that need it but were not merged into it.
  const beside: number[][] = Array.from({ length: count }, () => []);
  const byBlockDensity = (a: number, b: number): number => {
    const da = blockDensity[a] as number;
    const db = blockDensity[b] as number;
    return da === db ? a - b : da > db ? -1 : 1;
  };
  // The use cases (or blocks) a bound is taken over, in order of density: gain and cost.
  const listGain = new Float64Array(count);
  const listCost = new Float64Array(count);
  const listItem = new Int32Array(count);

  /**
   * The use case to branch on next: the first of the densest block of the bound with
   * dependencies (or, without dependencies, the densest use case); -1 when the subtree cannot
   * hold a selection better than the best.
   */
  function nextBranch(): number {
    const room = capacity - costIn;
    let length = 0;
    // Only as far as the first use case that no longer fits whole: bounds stop there.
    let left = room;
    let at = 0;
    for (; at < size && left >= 0; at++) {
      const g = orderGain[at] as number;
      if (g === 0) break;
      const c = orderCost[at] as number;
      const item = orderItem[at] as number;
      if (status[item] !== UNDECIDED || c > room) continue;
      listItem[length] = item;
      listGain[length] = g;
      listCost[length++] = c;
      left -= c;
    }
    steps += at;
    if (!canBeatBest(length)) return -1;
    if (hasDependencies) {
      // Its two passes over the linked use cases cost about four plain steps each.
      steps += 4 * linked.length;
      length = mergedBlocks(room);
      if (!canBeatBest(length)) return -1;
    }
    if (length > 0) return listItem[0] as number;
    // Nothing left adds gain: only a free use case without gain can still change the answer.
    for (let at = 0; at < size; at++) {
      const item = orderItem[at] as number;
      if (status[item] === UNDECIDED && gainOf(item) === 0 && costOf(item) === 0) return item;
    }
    return -1;
  }

  /**
   * Bound 2's list. Use cases that cannot fit, or need one that cannot, are left out. Then,
   * users before what they need: a use case takes into its block the densest block headed by a
   * use case that needs it (or left beside a block it took), while that block is denser than
   * its own, densest first; what it does not take is left beside it.
   *
   * Why this is an upper bound: charge each member of a block the block's density, i.e. cost
   * gain / density. Any part of a block that a selection can hold (its head, and with each
   * member what it needs) is no denser than the block: what it leaves out is made of parts of
   * the blocks taken, each (by the same argument) at least as dense as the block it was taken
   * whole into, and that was denser than the block ends up, since blocks are taken densest
   * first. So no selection is charged more than it costs. The fractional knapsack over these charges is
   * then a relaxation of the real problem.
   */
  function mergedBlocks(room: number): number {
    for (const item of topological) {
      if (status[item] !== UNDECIDED) continue;
      let out = costOf(item) > room;
      for (const need of needs[item] as readonly number[]) {
        if (status[need] === UNDECIDED && blocked[need]) out = true;
      }
      blocked[item] = out ? 1 : 0;
      absorbed[item] = 0;
      merged[item] = 0;
    }
    mergedHeads.length = 0;
    for (let at = topological.length - 1; at >= 0; at--) {
      const item = topological[at] as number;
      if (status[item] !== UNDECIDED || blocked[item]) continue;
      blockGain[item] = gainOf(item);
      blockCost[item] = costOf(item);
      blockDensity[item] = ownDensity[item] as number;
      if ((neededBy[item] as number[]).length === 0) continue;
      // Candidates: the blocks headed by its users, then those left beside each block it takes.
      const pool = beside[item] as number[];
      pool.length = 0;
      for (const user of neededBy[item] as number[]) {
        if (status[user] === UNDECIDED && !blocked[user] && !absorbed[user]) pool.push(user);
      }
      for (;;) {
        let densest = -1;
        for (let at = 0; at < pool.length; at++) {
          const head = pool[at] as number;
          if (absorbed[head]) continue;
          if (densest < 0 || byBlockDensity(head, pool[densest] as number) < 0) densest = at;
        }
        if (densest < 0) break;
        const user = pool[densest] as number;
        if ((blockDensity[user] as number) <= (blockDensity[item] as number)) break;
        pool[densest] = pool[pool.length - 1] as number;
        pool.pop();
        const g: number = (blockGain[item] as number) + (blockGain[user] as number);
        const c: number = (blockCost[item] as number) + (blockCost[user] as number);
        blockGain[item] = g;
        blockCost[item] = c;
        blockDensity[item] = c === 0 ? Infinity : g / c;
        absorbed[user] = 1;
        // Any candidates give a valid bound; a few keep a long web of dependencies cheap.
        const more = beside[user] as number[];
        if (pool.length + more.length <= POOL_LIMIT) for (const left of more) pool.push(left);
        if (!merged[item]) mergedHeads.push(item);
        merged[item] = 1;
      }
    }
    mergedHeads.sort(byBlockDensity);

    // The blocks by density: use cases on their own in the branching order, merged into it;
    // only as far as the first that no longer fits whole, where the bounds stop.
    let length = 0;
    let next = 0;
    let left = room;
    const add = (item: number, g: number, c: number): boolean => {
      listItem[length] = item;
      listGain[length] = g;
      listCost[length++] = c;
      left -= c;
      return left < 0;
    };
    const addHead = (head: number): boolean =>
      add(head, blockGain[head] as number, blockCost[head] as number);
    let at = 0;
    for (; at < size; at++) {
      const item = orderItem[at] as number;
      const g = orderGain[at] as number;
      if (g === 0) break;
      const c = orderCost[at] as number;
      if (status[item] !== UNDECIDED) continue;
      if (isLinked[item] ? blocked[item] || absorbed[item] || merged[item] : c > room) continue;
      for (; next < mergedHeads.length; next++) {
        const head = mergedHeads[next] as number;
        if (absorbed[head]) continue;
        if ((blockDensity[head] as number) < (ownDensity[item] as number)) break;
        if (addHead(head)) return length;
      }
      if (add(item, g, c)) break;
    }
    steps += at;
    for (; next < mergedHeads.length && left >= 0; next++) {
      const head = mergedHeads[next] as number;
      if (!absorbed[head]) addHead(head);
    }
    return length;
  }

  /**
   * From the fractional knapsack over the list: whether the best gain can be passed, or, when it
   * can at most be equalled, equalled for no more money than the best selection costs.
   */
  function canBeatBest(length: number): boolean {
    const room = capacity - costIn;
    let left = room;
    let extra = 0;
    for (let at = 0; at < length; at++) {
      const g = listGain[at] as number;
      const c = listCost[at] as number;
      if (c <= left) {
        extra += g;
        left -= c;
      } else {
        extra += (g * left) / c;
        break;
      }
    }
    const reachable = gainIn + floorToStep(extra, gainStep);
    if (reachable !== bestGain) return reachable > bestGain;

    const need = bestGain - gainIn;
    if (need <= 0) return hasFreeWithoutGain && costIn <= bestCost;
    let gained = 0;
    let spend = 0;
    for (let at = 0; at < length; at++) {
      const g = listGain[at] as number;
      const c = listCost[at] as number;
      if (gained + g >= need) {
        spend += (c * (need - gained)) / g;
        const cheapest = costIn + ceilToStep(spend, costStep);
        // Equal gain for no less money: only the rank rule can still prefer a selection here.
        return cheapest < bestCost || (cheapest === bestCost && canWinOnRank());
      }
      gained += g;
      spend += c;
    }
    return false;
  }

  /**
   * Whether a selection below this node could beat the best one on the rank rule: the
   * best-ranked use case where the two differ must be in this one. Walking down the ranking,
   * the first use case decided differently from the best settles it; an undecided one first
   * leaves it open. Without this, many use cases of equal score and cost (a common sight: scores
   * are a few whole numbers) would have the search try every equal mix of them.
   */
  function canWinOnRank(): boolean {
    for (let item = 0; item < count; item++) {
      const decided = status[item] as number;
      if (decided === UNDECIDED) return true;
      const inHere = decided === IN;
      if (inHere !== (best[item] === 1)) return inHere;
    }
    return false;
  }

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
      if (steps > stepLimit) throw new PortfolioSearchLimitError(stepLimit, "steps");
      const item = nextBranch();
      if (item < 0) {
        depth--;
        continue;
      }
      frameItem[depth] = item;
      frameMark[depth] = trailLength;
      frameStage[depth] = 1;
      if (include(item)) {
        considerCurrent();
        openChild();
      }
      continue;
    }
    undo(frameMark[depth] as number);
    if (stage === 1) {
      frameStage[depth] = 2;
      exclude(frameItem[depth] as number);
      openChild();
      continue;
    }
    depth--;
  }

  function openChild(): void {
    depth++;
    frameStage[depth] = 0;
  }

  return { chosen: best, nodes };
}

/**
 * Per undecided use case, the cost of it and everything it needs; the count stops once it is
 * past the capacity, so this is the exact cost or some number above the capacity.
 */
function closureCosts(
  count: number,
  needs: readonly (readonly number[])[],
  costOf: (item: number) => number,
  status: Uint8Array,
  capacity: number,
): Float64Array {
  const result = new Float64Array(count);
  const seen = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  for (let item = 0; item < count; item++) {
    if (status[item] !== UNDECIDED) continue;
    let total = 0;
    stack.length = 0;
    stack.push(item);
    seen[item] = item;
    while (stack.length > 0 && total <= capacity) {
      const next = stack.pop() as number;
      total += costOf(next);
      for (const need of needs[next] ?? []) {
        if (seen[need] === item) continue;
        seen[need] = item;
        stack.push(need);
      }
    }
    result[item] = total;
  }
  return result;
}

function greatestCommonDivisor(values: readonly number[]): number {
  let divisor = 0;
  for (let value of values) {
    let other = divisor;
    while (other !== 0) [value, other] = [other, value % other];
    divisor = value;
  }
  return divisor === 0 ? 1 : divisor;
}

const floorToStep = (value: number, step: number): number =>
  Math.floor((value * (1 + LOOSEN)) / step + LOOSEN) * step;

const ceilToStep = (value: number, step: number): number =>
  Math.max(0, Math.ceil((value * (1 - LOOSEN)) / step - LOOSEN) * step);

/** The use cases of `items` with what they need (among `items`) before them. */
function topologicalOrder(
  items: readonly number[],
  needs: readonly (readonly number[])[],
): number[] {
  const count = needs.length;
  const member = new Uint8Array(count);
  for (const item of items) member[item] = 1;
  const placed = new Uint8Array(count);
  const result: number[] = [];
  const stack: [item: number, next: number][] = [];
  for (const root of items) {
    if (placed[root]) continue;
    stack.push([root, 0]);
    placed[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [number, number];
      const itemNeeds = needs[frame[0]] ?? [];
      if (frame[1] < itemNeeds.length) {
        const need = itemNeeds[frame[1]++] as number;
        if (member[need] && !placed[need]) {
          placed[need] = 1;
          stack.push([need, 0]);
        }
        continue;
      }
      stack.pop();
      result.push(frame[0]);
    }
  }
  return result;
}
