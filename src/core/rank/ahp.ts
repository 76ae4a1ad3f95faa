/**
 * Axis weights from pairwise comparison, by the Analytic Hierarchy Process (AHP): a person
 * judges each pair of axes on Saaty's 1–9 scale, the weights are the principal eigenvector
 * of the comparison matrix, and the consistency ratio says how far the judgements contradict
 * one another.
 *
 * References:
 * - Saaty, T. L., "A scaling method for priorities in hierarchical structures", Journal of
 *   Mathematical Psychology 15 (1977) 234–281, and The Analytic Hierarchy Process
 *   (McGraw-Hill, 1980): the 1–9 scale, eigenvector weights, CI and CR with the 0.10 limit.
 * - Wikipedia, "Analytic hierarchy process – leader example": the criteria weights .547,
 *   .127, .270, .056 reproduced in test/core/ahp.publishedExamples.test.ts.
 * - AHPy (github.com/PhilipGriffith/AHPy), README "Missing Pairwise Comparisons" and
 *   `_compute_consistency_ratio` in src/ahpy/ahpy.py: the a/b/c/d example and its random
 *   index tables. No code was taken from it; only the published numbers are checked against.
 */
import { AXES, type Axis, type Weights } from "../model";
import type { CellReading } from "../read";
import { parseJudgement, AXIS_PAIRS } from "./ahpJudgements";
import {
  PairwiseInputError,
  at,
  rowOf,
  pairwiseMatrix,
  sumOf,
  principalEigenvector,
} from "./ahpMatrix";
import { CONSISTENCY_LIMIT, consistencyRatio, mostInconsistentPair } from "./ahpConsistency";

// ─── Axis weights ────────────────────────────────────────────────────────────────────────

export interface PairwiseWeights {
  /** One weight per axis, summing to 1. */
  readonly weights: Weights;
  readonly consistencyRatio: number;
  /** Set when the consistency ratio is above `CONSISTENCY_LIMIT`. */
  readonly warning?: string;
}

/** Enough decimals that a CR just above the limit is not shown as "0.10 > 0.10". */
function shownAboveLimit(ratio: number): string {
  for (let decimals = 2; decimals < 6; decimals++) {
    const shown = ratio.toFixed(decimals);
    if (Number(shown) > CONSISTENCY_LIMIT) return shown;
  }
  return ratio.toFixed(6);
}

/**
 * A ratio as a person would type it back: `3`, `1/5`, `2.5`, `1/2.5`. The one way a judgement
 * is shown, in the consistency warning and on the Ranked sheet alike.
 */
export function shownJudgement(ratio: number): string {
  const shown = String(Math.round(Math.max(ratio, 1 / ratio) * 10) / 10);
  return ratio >= 1 || shown === "1" ? shown : `1/${shown}`;
}

/**
 * What the other judgements say about pair i, j: each third criterion k gives the indirect
 * estimate aᵢₖ·aₖⱼ, and their geometric mean is the value that would fit them all best. This
 * leaves out the judgement itself, which the weights do not.
 */
function impliedByOtherJudgements(
  matrix: readonly (readonly number[])[],
  i: number,
  j: number,
): number {
  const indirect = matrix
    .map((_, k) => k)
    .filter((k) => k !== i && k !== j)
    .map((k) => Math.log(at(rowOf(matrix, i), k) * at(rowOf(matrix, k), j)));
  return Math.exp(sumOf(indirect) / indirect.length);
}

/**
 * Weights for the four axes from the six judgements in `AXIS_PAIRS` order, with Saaty's
 * consistency ratio and, above 0.10, a warning naming the judgement to revisit.
 */
export function weightsFromPairwise(judgements: readonly number[]): PairwiseWeights {
  if (judgements.length !== AXIS_PAIRS.length) {
    throw new PairwiseInputError(
      `expected ${AXIS_PAIRS.length} judgements, one per pair of axes; found ${judgements.length}`,
    );
  }
  const matrix = pairwiseMatrix(judgements);
  const { weights, lambdaMax } = principalEigenvector(matrix);
  const weightOf = (axis: Axis) => at(weights, AXES.indexOf(axis));
  const result = {
    weights: {
      value: weightOf("value"),
      feasibility: weightOf("feasibility"),
      dataReadiness: weightOf("dataReadiness"),
      regulatoryRisk: weightOf("regulatoryRisk"),
    },
    consistencyRatio: consistencyRatio(lambdaMax, AXES.length),
  };
  if (result.consistencyRatio <= CONSISTENCY_LIMIT) return result;

  const worst = mostInconsistentPair(matrix, weights);
  const worstPair = AXIS_PAIRS.find(
    ({ axes }) => axes[0] === AXES[worst.row] && axes[1] === AXES[worst.column],
  );
  const given = at(rowOf(matrix, worst.row), worst.column);
  const implied = impliedByOtherJudgements(matrix, worst.row, worst.column);
  return {
    ...result,
    warning:
      `The comparisons are inconsistent (CR ${shownAboveLimit(result.consistencyRatio)} > 0.10): ` +
      `${worstPair?.label ?? "one pair"} is most out of line ` +
      `(judged ${shownJudgement(given)}, the other comparisons imply about ${shownJudgement(implied)}); ` +
      `revisit that judgement.`,
  };
}

/**
 * The `--ahp` list: exactly six comma-separated judgements in `AXIS_PAIRS` order, such as
 * `4,3,7,1/3,3,5`. The problem is one line naming the position and pair at fault.
 */
export function parsePairwiseList(text: string): CellReading<number[]> {
  const items = text.split(",");
  if (items.length !== AXIS_PAIRS.length) {
    const order = AXIS_PAIRS.map(({ label }) => label).join(", ");
    return {
      ok: false,
      problem: `expected ${AXIS_PAIRS.length} comparisons separated by commas (${order}); found ${items.length}`,
    };
  }
  const judgements: number[] = [];
  for (const [index, item] of items.entries()) {
    const reading = parseJudgement(item);
    if (!reading.ok) {
      const label = AXIS_PAIRS[index]?.label ?? "";
      return { ok: false, problem: `comparison ${index + 1} (${label}): ${reading.problem}` };
    }
    judgements.push(reading.value);
  }
  return { ok: true, value: judgements };
}
