/**
 * The funding problem in whole units (see portfolio.ts for the rules): per use case what it
 * costs, what it gains, what it needs and why it can never be funded; and funding down an
 * order of the use cases with it.
 */
import { listedDependencies } from "./dependencies";
import { nodesInCycles } from "./dependencyCycles";
import type { NotFundedReason, PortfolioInput } from "./portfolioSettings";
import { SCORE_COMPARISON_SCALE, type RankedUseCase } from "../rank";

export const OVER_BUDGET: NotFundedReason = Object.freeze({ kind: "over budget" });
const CYCLE: NotFundedReason = Object.freeze({ kind: "cycle" });
const BUDGET_UNKNOWN: NotFundedReason = Object.freeze({ kind: "budget unknown" });

export interface FundingModel {
  /** Per use case (rank order), the scored use cases it needs, each once. */
  readonly needs: readonly (readonly number[])[];
  /** Per use case, why it can never be funded; undefined when it can. */
  readonly reasons: readonly (NotFundedReason | undefined)[];
  /** Whole units: see unitsOf. */
  readonly cost: readonly number[];
  readonly gain: readonly number[];
  readonly capacity: number;
}

export function fundingModel({
  ranked,
  notScored,
  settings,
  annualValueOf,
}: PortfolioInput): FundingModel {
  const count = ranked.length;
  // The dependencies as listed (the reason names the first that fails), and each once.
  const listed = listedDependencies(ranked, notScored);
  const needs = listed.map((deps) => [
    ...new Set(deps.filter(({ node }) => node >= 0).map(({ node }) => node)),
  ]);
  const inCycle = nodesInCycles(needs);

  // Reasons depend on the dependencies' reasons: worked out depth first, iteratively, since
  // outside the cycles the dependencies form no loop.
  const reasons: (NotFundedReason | undefined)[] = new Array(count);
  const decided = new Uint8Array(count);
  for (let root = 0; root < count; root++) {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack[stack.length - 1] as number;
      if (decided[node]) {
        stack.pop();
        continue;
      }
      if (inCycle[node]) {
        reasons[node] = CYCLE;
        decided[node] = 1;
        continue;
      }
      const open = (needs[node] as number[]).filter((need) => !decided[need]);
      if (open.length > 0) {
        stack.push(...open);
        continue;
      }
      reasons[node] = ownReason(node);
      decided[node] = 1;
    }
  }
  function ownReason(node: number): NotFundedReason | undefined {
    if (!isMoney((ranked[node] as RankedUseCase).useCase.budget)) return BUDGET_UNKNOWN;
    for (const { id, node: dependency } of listed[node] ?? []) {
      if (dependency < 0 || reasons[dependency] !== undefined) return { kind: "dependency", id };
    }
    return undefined;
  }

  const budgets = ranked.map(({ useCase }, node) =>
    reasons[node] === undefined ? (useCase.budget as number) : 0,
  );
  const objective = ranked.map((entry, node) => {
    if (reasons[node] !== undefined) return 0;
    return settings.objective === "score" ? entry.score : (valueOf(entry, annualValueOf) ?? 0);
  });
  const costScale = unitsOf(budgets, 100);
  const gainScale = unitsOf(
    objective,
    settings.objective === "score" ? SCORE_COMPARISON_SCALE : 100,
  );
  return {
    needs,
    reasons,
    // Up (past noise such as 0.1 × 100 = 10.000000000000002), so no rounding makes room.
    cost: budgets.map((budget) => Math.max(0, Math.ceil(budget * costScale - 1e-6))),
    gain: objective.map((each) => Math.round(each * gainScale)),
    // Rounded down, so that a portfolio within the capacity is within the annual budget.
    capacity: Math.floor(settings.annualBudget * costScale + 1e-6),
  };
}

const isMoney = (amount: number | undefined): amount is number =>
  amount !== undefined && Number.isFinite(amount) && amount >= 0;

export function valueOf(
  entry: RankedUseCase,
  annualValueOf: PortfolioInput["annualValueOf"],
): number | undefined {
  const value = annualValueOf?.(entry.useCase);
  return isMoney(value) ? value : undefined;
}

/**
 * Whole units per unit of money or score: `finest` (cents; billionths of a point) unless the
 * sum of all of them would then pass 2^53, where doubles stop counting exactly; then the
 * largest power of ten that keeps it below.
 */
function unitsOf(amounts: readonly number[], finest: number): number {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (total * finest <= Number.MAX_SAFE_INTEGER) return finest;
  return 10 ** Math.floor(Math.log10(Number.MAX_SAFE_INTEGER / total));
}

export function fundInRankOrder(model: FundingModel): Uint8Array {
  return fundInOrder(model, Int32Array.from(model.reasons.keys()));
}

export function fundInOrder(model: FundingModel, order: ArrayLike<number>): Uint8Array {
  const { needs, reasons, cost } = model;
  const count = reasons.length;
  const funded = new Uint8Array(count);
  const seen = new Int32Array(count).fill(-1);
  let left = model.capacity;
  const closure: number[] = [];
  for (let position = 0; position < order.length; position++) {
    const node = order[position] as number;
    if (reasons[node] !== undefined || funded[node]) continue;
    // What it needs that is not funded yet, counted until it no longer fits.
    closure.length = 0;
    closure.push(node);
    seen[node] = node;
    let spend = 0;
    for (let at = 0; at < closure.length && spend <= left; at++) {
      const next = closure[at] as number;
      spend += cost[next] as number;
      for (const need of needs[next] as number[]) {
        if (funded[need] || seen[need] === node) continue;
        seen[need] = node;
        closure.push(need);
      }
    }
    if (spend > left) continue;
    for (const member of closure) funded[member] = 1;
    left -= spend;
  }
  return funded;
}
