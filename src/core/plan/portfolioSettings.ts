/** A portfolio's settings, what it is made from, and what it says about each use case. */
import * as z from "zod";
import type { RankedUseCase } from "../rank";
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
