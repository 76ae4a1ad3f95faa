/**
 * A portfolio as it crosses to and from the Web Worker. A PortfolioComparison holds three
 * portfolios, each listing every ranked use case (funded or not, with why): cloned whole, 500
 * use cases cost the UI thread more than the search saved it. Packed, a use case is its source
 * row; unpacked, rows become the UI thread's own ranked entries again (the roadmap drafted
 * from the funded set finds them by identity).
 */
import type { NotFundedReason, Portfolio, PortfolioComparison, RankedUseCase } from "../../core";

interface PackedPortfolio extends Omit<Portfolio, "funded" | "notFunded"> {
  readonly funded: readonly number[];
  readonly notFunded: readonly (readonly [number, NotFundedReason])[];
}

export interface PackedComparison extends Omit<PortfolioComparison, "portfolios"> {
  readonly portfolios: {
    readonly chosen: PackedPortfolio;
    readonly rankOrder: PackedPortfolio;
    readonly cut: PackedPortfolio;
  };
}

function packPortfolio({ funded, notFunded, ...rest }: Portfolio): PackedPortfolio {
  return {
    ...rest,
    funded: funded.map((entry) => entry.useCase.row),
    notFunded: notFunded.map(({ ranked, reason }) => [ranked.useCase.row, reason] as const),
  };
}

export function packComparison({ portfolios, ...rest }: PortfolioComparison): PackedComparison {
  return {
    ...rest,
    portfolios: {
      chosen: packPortfolio(portfolios.chosen),
      rankOrder: packPortfolio(portfolios.rankOrder),
      cut: packPortfolio(portfolios.cut),
    },
  };
}

/** The comparison with `ranked`'s own entries; undefined if a row is not among them. */
export function unpackComparison(
  packed: PackedComparison,
  ranked: readonly RankedUseCase[],
): PortfolioComparison | undefined {
  const byRow = new Map(ranked.map((entry) => [entry.useCase.row, entry]));
  const unpack = ({ funded, notFunded, ...rest }: PackedPortfolio): Portfolio | undefined => {
    const fundedEntries = funded.map((row) => byRow.get(row));
    const notFundedEntries = notFunded.map(([row, reason]) => {
      const entry = byRow.get(row);
      return entry && { ranked: entry, reason };
    });
    if (fundedEntries.includes(undefined) || notFundedEntries.includes(undefined)) return undefined;
    return {
      ...rest,
      funded: fundedEntries as RankedUseCase[],
      notFunded: notFundedEntries as Portfolio["notFunded"][number][],
    };
  };
  const chosen = unpack(packed.portfolios.chosen);
  const rankOrder = unpack(packed.portfolios.rankOrder);
  const cut = unpack(packed.portfolios.cut);
  if (!chosen || !rankOrder || !cut) return undefined;
  return { ...packed, portfolios: { chosen, rankOrder, cut } };
}
