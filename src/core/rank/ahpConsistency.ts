/**
 * AHP consistency (ahp.ts): the random index tables, the consistency ratio, and the pair of
 * judgements that contradicts the others most.
 */

import { PairwiseInputError, at, checkSquarePositive } from "./ahpMatrix";

// ─── Consistency ─────────────────────────────────────────────────────────────────────────

/** Random index by matrix size n: the mean consistency index of random reciprocal matrices. */
export type RandomIndexTable = Readonly<Record<number, number>>;

/**
 * Saaty's random index for n = 1..10, as published in The Analytic Hierarchy Process
 * (McGraw-Hill, 1980) and repeated in "How to make a decision: the analytic hierarchy
 * process", European Journal of Operational Research 48 (1990) 9–26. The issue asks for it
 * (RI = 0.90 for n = 4), and it reproduces the Wikipedia leader example's CR of 0.044.
 */
export const SAATY_RANDOM_INDEX: RandomIndexTable = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

/**
 * Donegan, H. A. and Dodd, F. J., "A note on Saaty's random indexes", Mathematical and
 * Computer Modelling 15:10 (1991) 135–137, doi:10.1016/0895-7177(91)90098-R, for n = 1..10.
 * This is AHPy's default (`random_index='dd'`), and the only table that gives the CR its
 * README publishes for the a/b/c/d example, 0.0372 (RI 0.8286 for n = 4); Saaty's 0.90 gives
 * 0.0342, and AHPy's other option, `'saaty'` (Saaty 2005, RI 0.89), gives 0.0346.
 */
export const DONEGAN_DODD_RANDOM_INDEX: RandomIndexTable = {
  1: 0,
  2: 0,
  3: 0.4914,
  4: 0.8286,
  5: 1.0591,
  6: 1.1797,
  7: 1.2519,
  8: 1.3171,
  9: 1.3733,
  10: 1.4055,
};

/** Saaty's limit: above this the judgements are too contradictory to rely on. */
export const CONSISTENCY_LIMIT = 0.1;

/**
 * CR = CI / RI with CI = (λmax − n)/(n − 1). λmax ≥ n in exact arithmetic, but for a
 * consistent matrix floating point can land a hair below n; that is rounding, not "more
 * than consistent", so a negative CI is clamped to 0. A 1×1 or 2×2 reciprocal matrix is
 * always consistent, so its CR is 0 (the table's RI of 0 would otherwise divide by zero).
 */
export function consistencyRatio(
  lambdaMax: number,
  n: number,
  randomIndex: RandomIndexTable = SAATY_RANDOM_INDEX,
): number {
  if (n <= 2) return 0;
  const ri = randomIndex[n];
  if (ri === undefined || !(ri > 0)) {
    throw new PairwiseInputError(`the random index table has no value for ${n} criteria`);
  }
  const consistencyIndex = Math.max(0, (lambdaMax - n) / (n - 1));
  return consistencyIndex / ri;
}

export interface InconsistentPair {
  /** Row and column of the judgement in the matrix, row < column. */
  readonly row: number;
  readonly column: number;
  /**
   * |ln(aᵢⱼ · wⱼ / wᵢ)|: how many times (on a log scale) the judgement differs from the ratio
   * the weights imply, so 2 too high and 2 too low count the same. 0 for a consistent matrix.
   */
  readonly deviation: number;
}

/**
 * The judgement furthest from what the weights imply: the pair i < j with the largest
 * |ln(aᵢⱼ · wⱼ / wᵢ)|, the first in row order on a tie. Saaty suggests revising the
 * judgement whose εᵢⱼ = aᵢⱼ·wⱼ/wᵢ is furthest from 1; the logarithm makes "too high" and
 * "too low" symmetric.
 */
export function mostInconsistentPair(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): InconsistentPair {
  checkSquarePositive(matrix);
  if (matrix.length < 2) throw new PairwiseInputError("a single criterion has no pairs");
  let worst: InconsistentPair = { row: 0, column: 1, deviation: -1 };
  matrix.forEach((row, i) => {
    row.forEach((judgement, j) => {
      if (j <= i) return;
      const deviation = Math.abs(Math.log((judgement * at(weights, j)) / at(weights, i)));
      if (deviation > worst.deviation) worst = { row: i, column: j, deviation };
    });
  });
  return worst;
}
