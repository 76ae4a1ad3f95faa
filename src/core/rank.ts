/** Scoring and ranking (DESIGN §2). */
import { AXES, normalisedAxis, type AxisScores } from "./axes";
import type { UseCase } from "./readUseCases";
import { normaliseWeights, type Weights } from "./settings";

export type Flag = "governance-review";

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

// Scores are compared rounded to 9 decimals so that arithmetic noise (0.1 + 0.2) never
// decides an order that the axis tie-breaks should decide.
const comparableScore = (score: number): number => Math.round(score * 1e9) / 1e9;

interface Scored {
  readonly useCase: UseCase;
  readonly score: number;
  readonly comparable: number;
}

/**
 * Score descending, then value descending, feasibility descending, regulatory risk
 * ascending, data readiness descending, then source row ascending.
 */
function compareForRank(a: Scored, b: Scored): number {
  const x = a.useCase.scores;
  const y = b.useCase.scores;
  return (
    b.comparable - a.comparable ||
    y.value - x.value ||
    y.feasibility - x.feasibility ||
    x.regulatoryRisk - y.regulatoryRisk ||
    y.dataReadiness - x.dataReadiness ||
    a.useCase.row - b.useCase.row
  );
}

export function rankUseCases(useCases: readonly UseCase[], weights: Weights): RankedUseCase[] {
  const normalised = normaliseWeights(weights);
  return useCases
    .map((useCase): Scored => {
      const score = scoreOf(useCase.scores, normalised);
      return { useCase, score, comparable: comparableScore(score) };
    })
    .sort(compareForRank)
    .map(({ useCase, score }, index) => ({
      useCase,
      rank: index + 1,
      score,
      flags: flagsOf(useCase.scores),
    }));
}
