/** Scoring and ranking (DESIGN §2). */
import {
  AXES,
  normalisedAxis,
  type Axis,
  type AxisScores,
  normaliseWeights,
  type Weights,
} from "../model";
import { isContested, type UseCase } from "../read";

export type Flag = "governance-review" | "contested";

export interface RankedUseCase {
  readonly useCase: UseCase;
  /** 1..N, unique. */
  readonly rank: number;
  /** 0..100. */
  readonly score: number;
  readonly flags: readonly Flag[];
}

/**
 * Score = 100 × Σ weight × normalised axis, with weights normalised to sum to 1. The sum is
 * taken in axis order, the same order as the live formula in the Ranked sheet.
 */
export function scoreOf(scores: AxisScores, normalisedWeights: Weights): number {
  let sum = 0;
  for (const axis of AXES) sum += normalisedWeights[axis] * normalisedAxis(axis, scores[axis]);
  return 100 * sum;
}

/** Regulatory risk of 4 or 5 needs a governance review before anything ships. */
export function flagsOf(scores: AxisScores): Flag[] {
  return scores.regulatoryRisk >= 4 ? ["governance-review"] : [];
}

/**
 * Scores are compared rounded to 9 decimals so that arithmetic noise (0.1 + 0.2) never
 * decides an order that the axis tie-breaks should decide.
 */
export const SCORE_COMPARISON_SCALE = 1e9;

export const comparableScore = (score: number): number =>
  Math.round(score * SCORE_COMPARISON_SCALE) / SCORE_COMPARISON_SCALE;

/** After the score, these axes break a tie, in this order; the source row comes last. */
export const AXIS_TIE_BREAKS: readonly {
  readonly axis: Axis;
  readonly prefer: "higher" | "lower";
}[] = [
  { axis: "value", prefer: "higher" },
  { axis: "feasibility", prefer: "higher" },
  { axis: "regulatoryRisk", prefer: "lower" },
  { axis: "dataReadiness", prefer: "higher" },
];

/** What the rank order looks at: the score as `comparableScore` gives it, the axes, the row. */
export interface RankKey {
  readonly comparable: number;
  readonly scores: AxisScores;
  readonly row: number;
}

/**
 * The rank order of DESIGN §2, as a sort comparator (negative when `a` ranks first): score
 * descending, then value descending, feasibility descending, regulatory risk ascending, data
 * readiness descending, then source row ascending.
 */
export function compareForRank(a: RankKey, b: RankKey): number {
  const byScore = b.comparable - a.comparable;
  if (byScore) return byScore;
  // AXIS_TIE_BREAKS, written out: a sort of 100,000 use cases calls this about two million
  // times, and a loop over the list with a property looked up by name is most of that time.
  const x = a.scores;
  const y = b.scores;
  const byValue = y.value - x.value;
  if (byValue) return byValue;
  const byFeasibility = y.feasibility - x.feasibility;
  if (byFeasibility) return byFeasibility;
  const byRisk = x.regulatoryRisk - y.regulatoryRisk;
  if (byRisk) return byRisk;
  const byData = y.dataReadiness - x.dataReadiness;
  if (byData) return byData;
  return a.row - b.row;
}

interface Scored extends RankKey {
  readonly useCase: UseCase;
  readonly score: number;
}

export function rankUseCases(useCases: readonly UseCase[], weights: Weights): RankedUseCase[] {
  const normalised = normaliseWeights(weights);
  const scored: Scored[] = [];
  for (const useCase of useCases) {
    const score = scoreOf(useCase.scores, normalised);
    const { scores, row } = useCase;
    scored.push({ useCase, score, comparable: comparableScore(score), scores, row });
  }
  scored.sort(compareForRank);
  const ranked: RankedUseCase[] = [];
  for (let index = 0; index < scored.length; index++) {
    const { useCase, score } = scored[index] as Scored;
    const flags = flagsOf(useCase.scores);
    // Raters two or more points apart on an axis: the room should talk about it.
    if (useCase.raters && isContested(useCase.raters)) flags.push("contested");
    ranked.push({ useCase, rank: index + 1, score, flags });
  }
  return ranked;
}
