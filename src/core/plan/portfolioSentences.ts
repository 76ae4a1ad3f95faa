/** What the portfolio comparison says in words, for the pane, the Summary sheet and the CLI. */
import { DEFAULT_CULTURE, formatNumber, type NumberCulture } from "../numbers";
import type { PortfolioComparison, PortfolioSummary } from "./portfolioComparison";

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
