/**
 * Placing ranked use cases on a quarterly roadmap (DESIGN §3): best rank first, each in the
 * earliest quarter where it fits, or kept off with the reason that stopped it.
 */
import { listedDependencies } from "./dependencies";
import { nodesInCycles } from "./dependencyCycles";
import { formatQuarter, parseQuarter, type QuarterIndex, type RoadmapSettings } from "../model";
import type { RankedUseCase } from "../rank";

export type KeptOffReason =
  | { readonly kind: "cycle" }
  | { readonly kind: "dependency"; readonly id: string }
  | { readonly kind: "horizon" }
  | { readonly kind: "slots" }
  | { readonly kind: "budget" }
  | { readonly kind: "not funded" };

/** The reason as the contract writes it: `cycle`, `dependency UC-04`, `horizon`, … */
export function keptOffReasonText(reason: KeptOffReason): string {
  return reason.kind === "dependency" ? `dependency ${reason.id}` : reason.kind;
}

/** The reason in a sentence for the Roadmap sheet. */
export function keptOffExplanation(reason: KeptOffReason): string {
  switch (reason.kind) {
    case "cycle":
      return "Its dependencies loop back to it; break the loop in the Depends on column.";
    case "dependency":
      return `Needs ${reason.id} finished first, and ${reason.id} is not on the roadmap.`;
    case "horizon":
      return "Cannot finish within the roadmap's quarters once dependencies and the governance gate are met.";
    case "slots":
      return "Every quarter it could run in already has all its slots taken.";
    case "budget":
      return "It would push a quarter over the quarterly budget cap.";
    case "not funded":
      return "Not in the portfolio funded within the annual budget; the roadmap is drafted from that set.";
  }
}

export interface PlacedUseCase {
  readonly ranked: RankedUseCase;
  readonly start: QuarterIndex;
  readonly end: QuarterIndex;
  /** The budget spread evenly over its quarters; unknown when the budget is. */
  readonly budgetPerQuarter?: number;
}

export interface KeptOffUseCase {
  readonly ranked: RankedUseCase;
  readonly reason: KeptOffReason;
}

export interface QuarterLoad {
  readonly quarter: QuarterIndex;
  /** Use cases running in the quarter. */
  readonly count: number;
  /** Known budget spent in the quarter. */
  readonly budget: number;
}

export interface Roadmap {
  readonly start: QuarterIndex;
  readonly horizon: number;
  readonly slotsPerQuarter: number;
  readonly quarterBudget?: number;
  /** By start quarter, then rank. */
  readonly placed: readonly PlacedUseCase[];
  /** In rank order. */
  readonly keptOff: readonly KeptOffUseCase[];
  readonly quarters: readonly QuarterLoad[];
}

export interface RoadmapInput {
  /** Scored use cases in rank order. */
  readonly ranked: readonly RankedUseCase[];
  /** Rows that exist but were not scored: depending on one keeps a use case off. */
  readonly notScored: readonly { readonly row: number; readonly id: string }[];
  readonly settings: RoadmapSettings;
  /**
   * Set to draft the roadmap from a funded portfolio: the use cases it leaves out are kept off
   * as `not funded`. A portfolio funds what its members depend on, so nothing funded waits on
   * something that is not.
   */
  readonly funded?: (entry: RankedUseCase) => boolean;
}

// The reasons that carry nothing but their kind, shared: with a long list most use cases are
// kept off, and each would otherwise get an object of its own saying the same thing.
const REASONS = {
  cycle: Object.freeze({ kind: "cycle" }),
  horizon: Object.freeze({ kind: "horizon" }),
  slots: Object.freeze({ kind: "slots" }),
  budget: Object.freeze({ kind: "budget" }),
  notFunded: Object.freeze({ kind: "not funded" }),
} as const satisfies Record<string, KeptOffReason>;

// Most use cases depend on nothing: they share one empty list rather than get one each.
const NO_NODES: readonly number[] = Object.freeze([]);

// Budget sums are compared with a small allowance so that three thirds of a cap fit it.
const BUDGET_TOLERANCE = 1e-6;

export function placeOnRoadmap({ ranked, notScored, settings, funded }: RoadmapInput): Roadmap {
  const start = parseQuarter(settings.start);
  const { horizon, slotsPerQuarter, quarterBudget } = settings;
  const count = ranked.length;

  const listed = listedDependencies(ranked, notScored);
  const dependencies = listed.map((deps) => distinctNodes(deps));
  const inCycle = nodesInCycles(dependencies);

  // Most use cases have no dependents: their lists are made only when needed.
  const dependents: (number[] | undefined)[] = [];
  const pending = new Int32Array(count);
  dependencies.forEach((deps, node) => {
    if (inCycle[node]) return;
    for (const dep of deps) {
      if (inCycle[dep]) continue;
      (dependents[dep] ??= []).push(node);
      pending[node] = (pending[node] as number) + 1;
    }
  });

  const slotsUsed = new Int32Array(horizon);
  const budgetUsed = new Float64Array(horizon);
  // The quarter each placed node ends in; NaN while it is not placed.
  const endOf = new Float64Array(count).fill(NaN);
  const placed: PlacedUseCase[] = [];
  const keptOff: KeptOffUseCase[] = [];

  // Ready queue: the best-ranked use case whose dependencies are all decided comes next.
  const ready = new MinHeap();
  for (let node = 0; node < count; node++) {
    if (inCycle[node])
      keptOff.push({ ranked: ranked[node] as RankedUseCase, reason: REASONS.cycle });
    else if (pending[node] === 0) ready.push(node);
  }

  while (ready.size > 0) {
    const node = ready.pop();
    const entry = ranked[node] as RankedUseCase;
    const outcome = place(node, entry);
    if ("kind" in outcome) keptOff.push({ ranked: entry, reason: outcome });
    else {
      placed.push(outcome);
      endOf[node] = outcome.end;
    }
    for (const dependent of dependents[node] ?? []) {
      const left = (pending[dependent] as number) - 1;
      pending[dependent] = left;
      if (left === 0) ready.push(dependent);
    }
  }

  function place(node: number, entry: RankedUseCase): PlacedUseCase | KeptOffReason {
    if (funded && !funded(entry)) return REASONS.notFunded;
    let earliest = start;
    for (const dep of listed[node] ?? []) {
      const depEnd = dep.node >= 0 ? (endOf[dep.node] as number) : NaN;
      if (Number.isNaN(depEnd)) return { kind: "dependency", id: dep.id };
      earliest = Math.max(earliest, depEnd + 1);
    }
    // A use case needing governance review cannot start in the roadmap's first quarter.
    if (entry.flags.includes("governance-review")) earliest = Math.max(earliest, start + 1);
    const { duration, budget } = entry.useCase;
    const lastStart = start + horizon - duration;
    if (earliest > lastStart) return REASONS.horizon;

    const share = budget === undefined ? 0 : budget / duration;
    let someStartHadSlots = false;
    for (let first = earliest; first <= lastStart; first++) {
      let slotsFree = true;
      let budgetFits = true;
      for (let q = first - start; q < first - start + duration; q++) {
        if ((slotsUsed[q] as number) >= slotsPerQuarter) slotsFree = false;
        if (
          quarterBudget !== undefined &&
          (budgetUsed[q] as number) + share > quarterBudget + BUDGET_TOLERANCE
        ) {
          budgetFits = false;
        }
      }
      if (slotsFree) someStartHadSlots = true;
      if (slotsFree && budgetFits) {
        for (let q = first - start; q < first - start + duration; q++) {
          slotsUsed[q] = (slotsUsed[q] as number) + 1;
          budgetUsed[q] = (budgetUsed[q] as number) + share;
        }
        return {
          ranked: entry,
          start: first,
          end: first + duration - 1,
          ...(budget !== undefined && { budgetPerQuarter: share }),
        };
      }
    }
    return someStartHadSlots ? REASONS.budget : REASONS.slots;
  }

  placed.sort((a, b) => a.start - b.start || a.ranked.rank - b.ranked.rank);
  keptOff.sort((a, b) => a.ranked.rank - b.ranked.rank);
  return {
    start,
    horizon,
    slotsPerQuarter,
    ...(quarterBudget !== undefined && { quarterBudget }),
    placed,
    keptOff,
    quarters: Array.from({ length: horizon }, (_, q) => ({
      quarter: start + q,
      count: slotsUsed[q] as number,
      budget: budgetUsed[q] as number,
    })),
  };
}

/** The scored nodes a use case depends on, each once (most list none or one). */
function distinctNodes(deps: readonly { node: number }[]): readonly number[] {
  if (deps.length === 0) return NO_NODES;
  const nodes: number[] = [];
  for (const { node } of deps) if (node >= 0 && !nodes.includes(node)) nodes.push(node);
  return nodes;
}

/** Milestones of a placed use case, e.g. `2027-Q1: build starts · 2027-Q2: pilot live`. */
export function milestonesOf(placed: PlacedUseCase): string {
  const steps: string[] = [];
  for (let quarter = placed.start; quarter <= placed.end; quarter++) {
    const label =
      quarter === placed.end
        ? "pilot live"
        : quarter === placed.start
          ? "build starts"
          : "build and test";
    steps.push(`${formatQuarter(quarter)}: ${label}`);
  }
  return steps.join(" · ");
}

/** A binary min-heap of node numbers; a node's number is its rank order. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if ((items[parent] as number) <= item) break;
      items[child] = items[parent] as number;
      child = parent;
    }
    items[child] = item;
  }

  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      let parent = 0;
      for (;;) {
        let child = 2 * parent + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && (items[child + 1] as number) < (items[child] as number))
          child++;
        if ((items[child] as number) >= last) break;
        items[parent] = items[child] as number;
        parent = child;
      }
      items[parent] = last;
    }
    return top;
  }
}
