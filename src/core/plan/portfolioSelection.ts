/**
 * The state of the portfolio search at a node: which use cases are decided in or out, with a
 * trail to undo decisions back to a mark, and the best selection found so far with the rule
 * that orders two selections (larger gain, then smaller cost, then the best-ranked use case
 * where they differ; see portfolioSearch.ts).
 */
import type { PortfolioProblem } from "./portfolioProblem";

export const UNDECIDED = 0;
export const IN = 1;
export const OUT = 2;

export class Selection {
  readonly count: number;
  /** Per use case: UNDECIDED, IN or OUT. */
  readonly status: Uint8Array;
  private readonly trail: Int32Array;
  /** How many decisions can be undone; a mark for `undo`. */
  trailLength = 0;
  private readonly stack: Int32Array;
  gainIn = 0;
  costIn = 0;

  /** The best selection so far: 1 per chosen use case. */
  readonly best: Uint8Array;
  bestGain = 0;
  bestCost = 0;

  constructor(
    private readonly problem: PortfolioProblem,
    /** Per use case: the candidates that need it directly. */
    readonly neededBy: readonly (readonly number[])[],
  ) {
    this.count = problem.cost.length;
    this.status = new Uint8Array(this.count);
    this.trail = new Int32Array(this.count);
    this.stack = new Int32Array(this.count);
    this.best = new Uint8Array(this.count);
  }

  costOf(item: number): number {
    return this.problem.cost[item] as number;
  }

  gainOf(item: number): number {
    return this.problem.gain[item] as number;
  }

  /** Puts `item` and its undecided closure in, unless that would exceed the capacity. */
  include(item: number): boolean {
    const { needs, capacity } = this.problem;
    const { status, stack } = this;
    const mark = this.trailLength;
    let top = 0;
    stack[top++] = item;
    this.putIn(item);
    while (top > 0) {
      const next = stack[--top] as number;
      if (this.costIn > capacity) break;
      for (const need of needs[next] ?? []) {
        if (status[need] !== UNDECIDED) continue;
        this.putIn(need);
        stack[top++] = need;
      }
    }
    if (this.costIn <= capacity) return true;
    this.undo(mark);
    return false;
  }

  private putIn(item: number): void {
    this.status[item] = IN;
    this.trail[this.trailLength++] = item;
    this.gainIn += this.gainOf(item);
    this.costIn += this.costOf(item);
  }

  /** Leaves `item` out, and everything that needs it. */
  exclude(item: number): void {
    const { status, trail, stack, neededBy } = this;
    let top = 0;
    stack[top++] = item;
    status[item] = OUT;
    trail[this.trailLength++] = item;
    while (top > 0) {
      const next = stack[--top] as number;
      for (const user of neededBy[next] as number[]) {
        if (status[user] !== UNDECIDED) continue;
        status[user] = OUT;
        trail[this.trailLength++] = user;
        stack[top++] = user;
      }
    }
  }

  undo(mark: number): void {
    const { status, trail } = this;
    while (this.trailLength > mark) {
      const item = trail[--this.trailLength] as number;
      if (status[item] === IN) {
        this.gainIn -= this.gainOf(item);
        this.costIn -= this.costOf(item);
      }
      status[item] = UNDECIDED;
    }
  }

  /** Makes the decisions so far final (never undone), and the selection they make the best. */
  settle(): void {
    this.trailLength = 0;
    for (let item = 0; item < this.count; item++) this.best[item] = this.isIn(item) ? 1 : 0;
    this.bestGain = this.gainIn;
    this.bestCost = this.costIn;
  }

  /** Takes `start` as the best selection if it is better than the best so far. */
  offer(start: ArrayLike<number>): void {
    let startGain = 0;
    let startCost = 0;
    for (let item = 0; item < this.count; item++) {
      if (start[item]) {
        startGain += this.gainOf(item);
        startCost += this.costOf(item);
      }
    }
    if (this.isBetter(startGain, startCost, (item) => Boolean(start[item]))) {
      for (let item = 0; item < this.count; item++) this.best[item] = start[item] ? 1 : 0;
      this.bestGain = startGain;
      this.bestCost = startCost;
    }
  }

  private isBetter(g: number, c: number, has: (item: number) => boolean): boolean {
    if (g !== this.bestGain) return g > this.bestGain;
    if (c !== this.bestCost) return c < this.bestCost;
    for (let item = 0; item < this.count; item++) {
      const mine = has(item);
      if (mine !== (this.best[item] === 1)) return mine;
    }
    return false;
  }

  private readonly isIn = (item: number): boolean => this.status[item] === IN;

  /** Keeps the current selection as the best if it is better. */
  considerCurrent(): void {
    if (!this.isBetter(this.gainIn, this.costIn, this.isIn)) return;
    for (let item = 0; item < this.count; item++) this.best[item] = this.isIn(item) ? 1 : 0;
    this.bestGain = this.gainIn;
    this.bestCost = this.costIn;
  }

  /**
   * Whether a selection below this node could beat the best one on the rank rule: the
   * best-ranked use case where the two differ must be in this one. Walking down the ranking,
   * the first use case decided differently from the best settles it; an undecided one first
   * leaves it open. Without this, many use cases of equal score and cost (a common sight: scores
   * are a few whole numbers) would have the search try every equal mix of them.
   */
  canWinOnRank(): boolean {
    for (let item = 0; item < this.count; item++) {
      const decided = this.status[item] as number;
      if (decided === UNDECIDED) return true;
      const inHere = decided === IN;
      if (inHere !== (this.best[item] === 1)) return inHere;
    }
    return false;
  }
}
