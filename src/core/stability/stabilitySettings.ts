/**
 * The stability analysis's settings, the shape of its report and how a result is said in words
 * (the analysis itself is stability.ts).
 */
import * as z from "zod";
import type { Axis, AxisScores } from "../model";

export const StabilitySettingsSchema = z.object({
  /** How many sets of weights (and rater samples) to draw. */
  draws: z
    .number()
    .int("the number of draws must be a whole number")
    .min(100, "use at least 100 draws: fewer make the percentages too rough")
    .max(100_000, "use at most 100,000 draws")
    .default(2000),
  /** K: the size of the top group whose membership is counted. */
  top: z
    .number()
    .int("the top must be a whole number")
    .min(1, "the top must be at least 1")
    .default(5),
  /** Any whole number; the same seed gives the same numbers. */
  seed: z.number().int("the seed must be a whole number").default(1),
  /**
   * c in Dirichlet(c × weights): higher keeps each draw's weights closer to the chosen ones.
   * Standard deviation of a weight w (as a share of 1): √(w (1 − w) / (c + 1)).
   */
  concentration: z.number().finite().positive("the concentration must be above 0").default(100),
});

export type StabilitySettings = Readonly<z.output<typeof StabilitySettingsSchema>>;

export const DEFAULT_STABILITY_SETTINGS: StabilitySettings = StabilitySettingsSchema.parse({});

export interface StabilityCandidate {
  /** Identifies the use case in the result; unique. */
  readonly key: number;
  /** The axis scores (aggregated, when there are raters), each used as is where no rater scored. */
  readonly scores: AxisScores;
  /** Source row: the last tie-break; unique, as on a sheet. */
  readonly row: number;
  /** Per axis, the raters' scores; with none the axis keeps its score, with one that score. */
  readonly raterScores?: Readonly<Record<Axis, readonly number[]>>;
}

export type StabilityLabel = "stable" | "contested" | "unlikely";

export interface Stability {
  /** Share of draws with the use case in the top K, 0..1. */
  readonly pTop: number;
  /** 5th percentile of its rank over the draws (nearest rank): the better end. */
  readonly p5: number;
  /** 95th percentile of its rank over the draws (nearest rank): the worse end. */
  readonly p95: number;
  readonly label: StabilityLabel;
  /**
   * With an annual budget: the share of draws in which funding down that draw's ranking (the
   * rank-order rule of portfolio.ts) funds it, i.e. it stays above the funding line.
   */
  readonly pFunded?: number;
}

/**
 * Funds one draw's ranking: `order` lists candidate indices best first; the answer is non-zero
 * at the index of each candidate funded.
 */
export type FundRanking = (order: Int32Array) => ArrayLike<number>;

export interface StabilityReport {
  /** The settings the run used. */
  readonly run: {
    readonly draws: number;
    readonly top: number;
    readonly seed: number;
    readonly concentration: number;
    /** Set when each draw was funded against an annual budget. */
    readonly annualBudget?: number;
  };
  /** By candidate key. */
  readonly byKey: ReadonlyMap<number, Stability>;
}

/** The input cannot be analysed as given; the message says why. */
export class StabilityInputError extends RangeError {
  override readonly name = "StabilityInputError";
}

export const STABLE_AT = 0.9;
export const UNLIKELY_AT = 0.1;

export function labelOf(pTop: number): StabilityLabel {
  if (pTop >= STABLE_AT) return "stable";
  if (pTop <= UNLIKELY_AT) return "unlikely";
  return "contested";
}

/** A share as a whole percentage that never rounds a "sometimes" into "never" or "always". */
function percent(share: number): string {
  if (share <= 0) return "0%";
  if (share >= 1) return "100%";
  return `${Math.min(99, Math.max(1, Math.round(share * 100)))}%`;
}

/**
 * One sentence for the task pane: "Stable in the top 5 in 97% of draws; rank 1–3 in 90% of
 * draws." (By the nearest-rank method, at least 90% of draws put the rank between p5 and p95.)
 * With an annual budget it ends "…; above the funding line in 84% of draws."
 */
export function describeStability(stability: Stability, top: number): string {
  const share = `${percent(stability.pTop)} of draws`;
  const lead =
    stability.label === "stable"
      ? `Stable in the top ${top} in ${share}`
      : stability.label === "unlikely"
        ? `Unlikely to make the top ${top} (in ${share})`
        : `Contested: in the top ${top} in ${share}`;
  const { p5, p95, pFunded } = stability;
  const funded =
    pFunded === undefined ? "" : `; above the funding line in ${percent(pFunded)} of draws`;
  return `${lead}; rank ${p5 === p95 ? p5 : `${p5}–${p95}`} in 90% of draws${funded}.`;
}
