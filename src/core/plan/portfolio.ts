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
import {
  fundInOrder,
  fundInRankOrder,
  fundingModel,
  OVER_BUDGET,
  valueOf,
  type FundingModel,
} from "./fundingModel";
import { searchBestPortfolio } from "./portfolioSearch";
import type {
  NotFundedUseCase,
  Portfolio,
  PortfolioInput,
  PortfolioMethod,
} from "./portfolioSettings";
import type { RankedUseCase } from "../rank";

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
