/**
 * A portfolio within an annual budget: which scored use cases to fund so that the total score
 * (or total annual value) is as large as it can be without spending more than the budget —
 * exactly, by search (portfolioSearch.ts) — and the same money spent by plain rank order, for
 * comparison.
 *
 * Rules:
 * - Money is counted in whole cents, each budget rounded up to the cent and the annual budget
 *   down, so a portfolio never costs more than the annual budget.
 * - A use case whose budget is unknown (blank or unreadable) cannot be costed, so it is never
 *   funded (`budget unknown`): treating it as free would fund it on no evidence.
 * - Dependencies resolve as on the roadmap: ids trimmed and ignoring case, the first row with
 *   an id is the one meant. Funding a use case funds everything it needs, transitively, each
 *   use case counted once however many need it.
 * - A use case is never funded, with the first reason that applies: `in a dependency cycle`
 *   (its dependencies loop back to it); `budget unknown`; `dependency X cannot be funded` (the
 *   first listed dependency that is not in the sheet, was not scored, or cannot be funded
 *   itself). Any other use case outside a portfolio is `over budget`: it did not make the set.
 * - Objective `score` adds the use cases' scores; `value` adds their annual value, where a use
 *   case with unknown value (or a value that is not a number ≥ 0) counts 0.
 * - Rank order (method `rank`): go down the ranking; fund a use case when it and what it needs
 *   that is not funded yet fit in the money left; otherwise skip it and go on.
 * - Best portfolio (method `optimal`): the largest total of the objective within the budget.
 *   Between sets with the same total: the smaller total budget, then the set holding the
 *   best-ranked use case of those in one set but not the other. So there is exactly one.
 *   Totals are compared to a billionth of a point (as the ranking does) or a cent of value.
 * - A use case that can be funded and costs nothing, with all it needs, is in both portfolios:
 *   it always fits, and any set is better with it (more score, or a better-ranked member).
 */
import * as z from "zod";
import { listedDependencies } from "./dependencies";
import { nodesInCycles } from "./dependencyCycles";
import { DEFAULT_CULTURE, formatNumber, type NumberCulture } from "../numbers";
import { searchBestPortfolio } from "./portfolioSearch";
import { SCORE_COMPARISON_SCALE, type RankedUseCase } from "../rank";
import type { UseCase } from "../read";

export const PortfolioSettingsSchema = z.object({
  /** Money available for the year, in the sheet's currency. */
  annualBudget: z.number().finite().min(0, "the annual budget cannot be negative"),
  /** What the portfolio maximises: the total score, or the total annual value. */
  objective: z.enum(["score", "value"]).default("score"),
  /** `optimal`: the best portfolio; `rank`: fund down the ranking. */
  method: z.enum(["optimal", "rank"]).default("optimal"),
  /** `portfolio`: draft the roadmap from the funded use cases only; `ranking`: from all of them. */
  roadmapFrom: z.enum(["ranking", "portfolio"]).default("ranking"),
});

export type PortfolioSettings = Readonly<z.output<typeof PortfolioSettingsSchema>>;
export type PortfolioObjective = PortfolioSettings["objective"];
export type PortfolioMethod = PortfolioSettings["method"];

export type NotFundedReason =
  | { readonly kind: "cycle" }
  | { readonly kind: "budget unknown" }
  | { readonly kind: "dependency"; readonly id: string }
  | { readonly kind: "over budget" };

/** `in a dependency cycle`, `budget unknown`, `dependency AI-04 cannot be funded`, `over budget`. */
export function notFundedReasonText(reason: NotFundedReason): string {
  switch (reason.kind) {
    case "cycle":
      return "in a dependency cycle";
    case "dependency":
      return `dependency ${reason.id} cannot be funded`;
    default:
      return reason.kind;
  }
}

export interface NotFundedUseCase {
  readonly ranked: RankedUseCase;
  readonly reason: NotFundedReason;
}

export interface PortfolioInput {
  /** Scored use cases in rank order. */
  readonly ranked: readonly RankedUseCase[];
  /** Rows that exist but were not scored: needing one means never being funded. */
  readonly notScored: readonly { readonly row: number; readonly id: string }[];
  readonly settings: PortfolioSettings;
  /** A use case's annual value, when known; needed for the `value` objective. */
  readonly annualValueOf?: (useCase: UseCase) => number | undefined;
  /** Search nodes the best portfolio may take (PORTFOLIO_SEARCH_NODE_LIMIT by default). */
  readonly nodeLimit?: number;
}

export interface Portfolio {
  readonly method: PortfolioMethod;
  readonly objective: PortfolioObjective;
  readonly annualBudget: number;
  /** In rank order. */
  readonly funded: readonly RankedUseCase[];
  /** Every other scored use case, in rank order, with why it is not funded. */
  readonly notFunded: readonly NotFundedUseCase[];
  readonly totalScore: number;
  /** Sum of the known annual values of the funded use cases. */
  readonly totalValue: number;
  readonly totalBudget: number;
}

const OVER_BUDGET: NotFundedReason = Object.freeze({ kind: "over budget" });
const CYCLE: NotFundedReason = Object.freeze({ kind: "cycle" });
const BUDGET_UNKNOWN: NotFundedReason = Object.freeze({ kind: "budget unknown" });

/** Funds down the ranking, skipping what does not fit in the money left. */
export function rankOrderPortfolio(input: PortfolioInput): Portfolio {
  const model = fundingModel(input);
  return portfolioFrom(input, "rank", model, fundInRankOrder(model));
}

/** The exact best portfolio; throws PortfolioSearchLimitError if the search runs too long. */
export function optimalPortfolio(input: PortfolioInput): Portfolio {
  const model = fundingModel(input);
  const { chosen } = searchBestPortfolio({
    cost: model.cost,
    gain: model.gain,
    needs: model.needs,
    candidate: model.reasons.map((reason) => reason === undefined),
    capacity: model.capacity,
    start: fundInRankOrder(model),
    ...(input.nodeLimit !== undefined && { nodeLimit: input.nodeLimit }),
  });
  return portfolioFrom(input, "optimal", model, chosen);
}

/** The portfolio by the settings' method. */
export function portfolioOf(input: PortfolioInput): Portfolio {
  return input.settings.method === "rank" ? rankOrderPortfolio(input) : optimalPortfolio(input);
}

interface FundingModel {
  /** Per use case (rank order), the scored use cases it needs, each once. */
  readonly needs: readonly (readonly number[])[];
  /** Per use case, why it can never be funded; undefined when it can. */
  readonly reasons: readonly (NotFundedReason | undefined)[];
  /** Whole units: see unitsOf. */
  readonly cost: readonly number[];
  readonly gain: readonly number[];
  readonly capacity: number;
}

function fundingModel({
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

function valueOf(
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

/**
 * Funding down any order of the same use cases, with the same money and rules as rank order:
 * the stability analysis funds each draw's ranking with it, to count how often a use case stays
 * above the funding line. `order` lists indices into `input.ranked`, best first; the answer is
 * 1 at the index of each use case funded.
 */
export function fundingInOrder(input: PortfolioInput): (order: ArrayLike<number>) => Uint8Array {
  const model = fundingModel(input);
  return (order) => fundInOrder(model, order);
}

function fundInRankOrder(model: FundingModel): Uint8Array {
  return fundInOrder(model, Int32Array.from(model.reasons.keys()));
}

function fundInOrder(model: FundingModel, order: ArrayLike<number>): Uint8Array {
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

function portfolioFrom(
  input: PortfolioInput,
  method: PortfolioMethod,
  model: FundingModel,
  chosen: ArrayLike<number>,
): Portfolio {
  const funded: RankedUseCase[] = [];
  const notFunded: NotFundedUseCase[] = [];
  let totalScore = 0;
  let totalValue = 0;
  let totalBudget = 0;
  input.ranked.forEach((entry, node) => {
    if (!chosen[node]) {
      notFunded.push({ ranked: entry, reason: model.reasons[node] ?? OVER_BUDGET });
      return;
    }
    funded.push(entry);
    totalScore += entry.score;
    totalValue += valueOf(entry, input.annualValueOf) ?? 0;
    totalBudget += entry.useCase.budget ?? 0;
  });
  const { objective, annualBudget } = input.settings;
  return {
    method,
    objective,
    annualBudget,
    funded,
    notFunded,
    totalScore,
    totalValue,
    totalBudget,
  };
}

/** A portfolio as the JSON report and the sentences show it: ids in rank order and totals. */
export interface PortfolioSummary {
  readonly funded: readonly string[];
  readonly totalScore: number;
  readonly totalValue: number;
  readonly totalBudget: number;
}

export interface PortfolioComparison extends PortfolioSummary {
  readonly method: PortfolioMethod;
  readonly objective: PortfolioObjective;
  readonly annualBudget: number;
  /** Whether the roadmap was drafted from the funded set (see `withPortfolio`). */
  readonly roadmapFrom: PortfolioSettings["roadmapFrom"];
  /** The same money spent down the ranking. */
  readonly rankOrder: PortfolioSummary;
  /** This portfolio minus rank order: use cases funded, points, annual value. */
  readonly difference: { readonly funded: number; readonly score: number; readonly value: number };
  /** The same method with 10% less money: what it funds, and against this portfolio. */
  readonly cutBy10Percent: {
    readonly annualBudget: number;
    readonly funded: readonly string[];
    /** Funded now, not with the smaller budget; in rank order. */
    readonly dropped: readonly string[];
    /** Funded only with the smaller budget (a different mix can fit); in rank order. */
    readonly added: readonly string[];
  };
  /** Every scored use case this portfolio leaves out, in rank order, with the reason. */
  readonly notFunded: readonly { readonly id: string; readonly reason: string }[];
  /** The portfolios compared, for sheets that list them. */
  readonly portfolios: {
    readonly chosen: Portfolio;
    readonly rankOrder: Portfolio;
    readonly cut: Portfolio;
  };
}

/** The portfolio by the settings' method, against rank order and against 10% less money. */
export function comparePortfolios(input: PortfolioInput): PortfolioComparison {
  const chosen = portfolioOf(input);
  const rankOrder = input.settings.method === "rank" ? chosen : rankOrderPortfolio(input);
  const cutBudget = input.settings.annualBudget * 0.9;
  const cut = portfolioOf({ ...input, settings: { ...input.settings, annualBudget: cutBudget } });
  const fundedNow = new Set(chosen.funded);
  const fundedAfterCut = new Set(cut.funded);
  return {
    method: chosen.method,
    objective: chosen.objective,
    annualBudget: chosen.annualBudget,
    roadmapFrom: input.settings.roadmapFrom,
    ...summaryOf(chosen),
    rankOrder: summaryOf(rankOrder),
    difference: {
      funded: chosen.funded.length - rankOrder.funded.length,
      score: chosen.totalScore - rankOrder.totalScore,
      value: chosen.totalValue - rankOrder.totalValue,
    },
    cutBy10Percent: {
      annualBudget: cutBudget,
      funded: idsOf(cut.funded),
      dropped: idsOf(chosen.funded.filter((entry) => !fundedAfterCut.has(entry))),
      added: idsOf(cut.funded.filter((entry) => !fundedNow.has(entry))),
    },
    notFunded: chosen.notFunded.map(({ ranked, reason }) => ({
      id: ranked.useCase.id,
      reason: notFundedReasonText(reason),
    })),
    portfolios: { chosen, rankOrder, cut },
  };
}

const idsOf = (entries: readonly RankedUseCase[]): string[] =>
  entries.map(({ useCase }) => useCase.id);

function summaryOf({ funded, totalScore, totalValue, totalBudget }: Portfolio): PortfolioSummary {
  return { funded: idsOf(funded), totalScore, totalValue, totalBudget };
}

/**
 * E.g. "Rank order funds 5 use cases for 300 points; the best portfolio funds 4 for 331 points
 * with the same money." Points to two decimals, as scores are shown; annual value to the unit.
 */
export function portfolioComparisonSentence(
  comparison: PortfolioComparison,
  culture: NumberCulture = DEFAULT_CULTURE,
): string {
  const { objective, rankOrder } = comparison;
  const number = (value: number, decimals: number): string =>
    formatNumber(value, culture, { maximumFractionDigits: decimals });
  const amount = (summary: PortfolioSummary): string =>
    objective === "score"
      ? `${number(summary.totalScore, 2)} points`
      : `an annual value of ${number(summary.totalValue, 0)}`;
  const useCases = (count: number): string =>
    count === 0 ? "no use cases" : `${number(count, 0)} use case${count === 1 ? "" : "s"}`;
  const rankOrderPart = `${useCases(rankOrder.funded.length)} for ${amount(rankOrder)}`;
  if (comparison.method === "rank") return `Rank order funds ${rankOrderPart}.`;
  if (sameIds(comparison.funded, rankOrder.funded)) {
    return `Rank order already funds the best portfolio: ${rankOrderPart}.`;
  }
  return (
    `Rank order funds ${rankOrderPart}; the best portfolio funds ` +
    `${number(comparison.funded.length, 0)} for ${amount(comparison)} with the same money.`
  );
}

/** E.g. "A 10% smaller budget drops AI-07 and AI-19." */
export function budgetCutSentence(comparison: PortfolioComparison): string {
  const { dropped, added } = comparison.cutBy10Percent;
  if (dropped.length === 0 && added.length === 0) {
    return "A 10% smaller budget still funds the same use cases.";
  }
  if (dropped.length === 0) return `A 10% smaller budget also funds ${listOf(added)}.`;
  const instead = added.length > 0 ? ` and funds ${listOf(added)} instead` : "";
  return `A 10% smaller budget drops ${listOf(dropped)}${instead}.`;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/** "A", "A and B", "A, B and C". */
function listOf(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join("");
  return `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1] as string}`;
}
