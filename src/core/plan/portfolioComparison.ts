/** The chosen portfolio against rank order and against 10% less money. */
import { portfolioOf, rankOrderPortfolio } from "./portfolio";
import {
  notFundedReasonText,
  type Portfolio,
  type PortfolioInput,
  type PortfolioMethod,
  type PortfolioObjective,
  type PortfolioSettings,
} from "./portfolioSettings";
import type { RankedUseCase } from "../rank";

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
