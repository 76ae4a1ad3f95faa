/**
 * The bounds of the portfolio search (see portfolioSearch.ts): from the fractional knapsack
 * over the undecided use cases that fit on their own, 1. ignoring dependencies, 2. with
 * dependencies in part (mergedBlocks); and the use case to branch on next.
 */
import { DEPENDENCY_BOUND_LIMIT, type PortfolioProblem } from "./portfolioProblem";
import { topologicalOrder } from "./portfolioGraph";
import { type Selection, UNDECIDED } from "./portfolioSelection";

// Most blocks a use case considers taking at once in bound 2 (see mergedBlocks).
const POOL_LIMIT = 32;

// Bounds are fractional and computed in floating point; these margins keep them on the safe
// side of exact (a bound a few units too loose only costs a little search).
const LOOSEN = 1e-12;

export class PortfolioBounds {
  /** About one use case looked at while bounding a node, for the search's step limit. */
  steps = 0;

  // The use cases still open at the start, by gain per unit of cost (free first, no gain
  // last), then rank.
  /** How many use cases were open when the search began: the deepest it can go. */
  readonly size: number;
  private readonly ownDensity: Float64Array;
  private readonly orderItem: Int32Array;
  private readonly orderGain: Float64Array;
  private readonly orderCost: Float64Array;
  private readonly gainStep: number;
  private readonly costStep: number;
  // An undecided use case that is free and brings no gain can still make a selection of equal
  // gain and cost better (by rank): only then is a node that cannot gain more worth opening.
  private readonly hasFreeWithoutGain: boolean;

  // For bound 2: the use cases that need others or are needed (the rest stand alone), with
  // what they need first, and per use case whether it cannot fit, has been merged into a
  // block, or heads a block of several.
  private readonly linked: number[];
  private readonly hasDependencies: boolean;
  private readonly topological: number[];
  private readonly isLinked: Uint8Array;
  private readonly blocked: Uint8Array;
  private readonly absorbed: Uint8Array;
  private readonly merged: Uint8Array;
  private readonly blockGain: Float64Array;
  private readonly blockCost: Float64Array;
  private readonly blockDensity: Float64Array;
  private readonly mergedHeads: number[] = [];
  // Per block head: the blocks that need it but were not merged into it.
  private readonly beside: number[][];
  private readonly byBlockDensity = (a: number, b: number): number => {
    const da = this.blockDensity[a] as number;
    const db = this.blockDensity[b] as number;
    return da === db ? a - b : da > db ? -1 : 1;
  };
  // The use cases (or blocks) a bound is taken over, in order of density: gain and cost.
  private readonly listGain: Float64Array;
  private readonly listCost: Float64Array;
  private readonly listItem: Int32Array;

  constructor(
    private readonly problem: PortfolioProblem,
    private readonly selection: Selection,
  ) {
    const { gain, needs } = problem;
    const { count, status, neededBy } = selection;
    const costOf = (item: number): number => selection.costOf(item);
    const gainOf = (item: number): number => selection.gainOf(item);

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
    this.ownDensity = ownDensity;
    this.size = order.length;
    this.orderItem = Int32Array.from(order);
    this.orderGain = Float64Array.from(order, gainOf);
    this.orderCost = Float64Array.from(order, costOf);
    this.gainStep = greatestCommonDivisor(order.map(gainOf));
    this.costStep = greatestCommonDivisor(order.map(costOf));
    this.hasFreeWithoutGain = order.some((item) => gainOf(item) === 0 && costOf(item) === 0);

    this.linked = order.filter(
      (item) =>
        (needs[item] as readonly number[]).length > 0 ||
        (neededBy[item] as readonly number[]).length > 0,
    );
    // Bound 2 looks at every linked use case at every node: past a few thousand that costs more
    // than the nodes it saves, and bound 1 alone (still exact, just less sharp) is used.
    this.hasDependencies =
      this.linked.length > 0 &&
      this.linked.length <= (problem.dependencyBoundLimit ?? DEPENDENCY_BOUND_LIMIT);
    this.topological = topologicalOrder(this.linked, needs);
    this.isLinked = new Uint8Array(count);
    for (const item of this.linked) this.isLinked[item] = 1;
    this.blocked = new Uint8Array(count);
    this.absorbed = new Uint8Array(count);
    this.merged = new Uint8Array(count);
    this.blockGain = new Float64Array(count);
    this.blockCost = new Float64Array(count);
    this.blockDensity = new Float64Array(count);
    this.beside = Array.from({ length: count }, () => []);
    this.listGain = new Float64Array(count);
    this.listCost = new Float64Array(count);
    this.listItem = new Int32Array(count);
  }

  /**
   * The use case to branch on next: the first of the densest block of the bound with
   * dependencies (or, without dependencies, the densest use case); -1 when the subtree cannot
   * hold a selection better than the best.
   */
  nextBranch(): number {
    const { size, orderGain, orderCost, orderItem, listItem, listGain, listCost } = this;
    const { status } = this.selection;
    const room = this.problem.capacity - this.selection.costIn;
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
    this.steps += at;
    if (!this.canBeatBest(length)) return -1;
    if (this.hasDependencies) {
      // Its two passes over the linked use cases cost about four plain steps each.
      this.steps += 4 * this.linked.length;
      length = this.mergedBlocks(room);
      if (!this.canBeatBest(length)) return -1;
    }
    if (length > 0) return listItem[0] as number;
    // Nothing left adds gain: only a free use case without gain can still change the answer.
    for (let at = 0; at < size; at++) {
      const item = orderItem[at] as number;
      if (
        status[item] === UNDECIDED &&
        this.selection.gainOf(item) === 0 &&
        this.selection.costOf(item) === 0
      ) {
        return item;
      }
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
  private mergedBlocks(room: number): number {
    const { needs } = this.problem;
    const { status, neededBy } = this.selection;
    const costOf = (item: number): number => this.selection.costOf(item);
    const gainOf = (item: number): number => this.selection.gainOf(item);
    const { topological, blocked, absorbed, merged, blockGain, blockCost, blockDensity } = this;
    const { mergedHeads, beside, byBlockDensity, ownDensity } = this;
    const { size, orderItem, orderGain, orderCost, isLinked, listItem, listGain, listCost } = this;
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
      if ((neededBy[item] as readonly number[]).length === 0) continue;
      // Candidates: the blocks headed by its users, then those left beside each block it takes.
      const pool = beside[item] as number[];
      pool.length = 0;
      for (const user of neededBy[item] as readonly number[]) {
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
    this.steps += at;
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
  private canBeatBest(length: number): boolean {
    const { listGain, listCost } = this;
    const { gainIn, costIn, bestGain, bestCost } = this.selection;
    const room = this.problem.capacity - costIn;
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
    const reachable = gainIn + floorToStep(extra, this.gainStep);
    if (reachable !== bestGain) return reachable > bestGain;

    const need = bestGain - gainIn;
    if (need <= 0) return this.hasFreeWithoutGain && costIn <= bestCost;
    let gained = 0;
    let spend = 0;
    for (let at = 0; at < length; at++) {
      const g = listGain[at] as number;
      const c = listCost[at] as number;
      if (gained + g >= need) {
        spend += (c * (need - gained)) / g;
        const cheapest = costIn + ceilToStep(spend, this.costStep);
        // Equal gain for no less money: only the rank rule can still prefer a selection here.
        return cheapest < bestCost || (cheapest === bestCost && this.selection.canWinOnRank());
      }
      gained += g;
      spend += c;
    }
    return false;
  }
}

// Every total gain is a multiple of the gains' greatest common divisor (likewise costs), so a
// bound is rounded to one.
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
