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
import { AXES, AXIS_LABELS, type Axis } from "./axes";
import type { CellReading } from "./parseCells";
import type { Weights } from "./settings";

// ─── Judgements ──────────────────────────────────────────────────────────────────────────

export const JUDGEMENT_EXPECTATION =
  "expected a comparison on Saaty's scale: a whole number from 1 to 9 (such as 3), its reciprocal (such as 1/5), or a decimal between 1/9 and 9 (such as 2.5)";

const SMALLEST_JUDGEMENT = 1 / 9;
const LARGEST_JUDGEMENT = 9;

const PLAIN_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const FRACTION = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/;

/**
 * One pairwise judgement: how many times more important the first of a pair is than the
 * second. Accepts `3`, `1/5`, `0.2`, `2.5` and any fraction such as `3/4`, as long as it lies
 * between 1/9 and 9, the ends of Saaty's scale.
 */
export function parseJudgement(text: string | number): CellReading<number> {
  const number = judgementNumber(text);
  if (number === undefined) {
    return { ok: false, problem: `found ${describeFound(text)}; ${JUDGEMENT_EXPECTATION}` };
  }
  if (!(number >= SMALLEST_JUDGEMENT && number <= LARGEST_JUDGEMENT)) {
    return {
      ok: false,
      problem: `found ${describeFound(text)}, outside 1/9 to 9; ${JUDGEMENT_EXPECTATION}`,
    };
  }
  return { ok: true, value: number };
}

/** How a found value is quoted back: an empty item in a list is "nothing", not a blank cell. */
function describeFound(text: string | number): string {
  if (typeof text === "number") return String(text);
  return text.trim() === "" ? "nothing" : `"${text.trim()}"`;
}

function judgementNumber(text: string | number): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  const fraction = FRACTION.exec(trimmed);
  if (fraction?.[1] === undefined || fraction[2] === undefined) return undefined;
  // "1/0" gives Infinity, which the range check then refuses with the range in the message.
  return Number(fraction[1]) / Number(fraction[2]);
}

// ─── The six axis pairs ──────────────────────────────────────────────────────────────────

export interface AxisPair {
  /** The judgement says how many times more important `axes[0]` is than `axes[1]`. */
  readonly axes: readonly [Axis, Axis];
  /** How the pair is named in messages: "business value vs technical feasibility". */
  readonly label: string;
}

const pair = (first: Axis, second: Axis): AxisPair => ({
  axes: [first, second],
  label: `${AXIS_LABELS[first].toLowerCase()} vs ${AXIS_LABELS[second].toLowerCase()}`,
});

/**
 * The order in which the six judgements are given (the issue's order, and `--ahp`'s). It is
 * the upper triangle of the comparison matrix read row by row, rows in `AXES` order, which is
 * what `pairwiseMatrix` relies on.
 */
export const AXIS_PAIRS: readonly AxisPair[] = [
  pair("value", "feasibility"),
  pair("value", "dataReadiness"),
  pair("value", "regulatoryRisk"),
  pair("feasibility", "dataReadiness"),
  pair("feasibility", "regulatoryRisk"),
  pair("dataReadiness", "regulatoryRisk"),
];

// ─── Matrix and eigenvector ──────────────────────────────────────────────────────────────

/** Thrown for input the caller should have checked first (wrong count, not positive). */
export class PairwiseInputError extends RangeError {
  override readonly name = "PairwiseInputError";
}

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new PairwiseInputError(`no entry at position ${index + 1}`);
  return value;
}

function rowOf(matrix: readonly (readonly number[])[], index: number): readonly number[] {
  const row = matrix[index];
  if (row === undefined) throw new PairwiseInputError(`no row ${index + 1} in the matrix`);
  return row;
}

/** Size n of the matrix whose upper triangle holds `count` judgements: count = n(n−1)/2. */
function sizeForJudgements(count: number): number {
  const n = Math.round((1 + Math.sqrt(1 + 8 * count)) / 2);
  if (count < 1 || (n * (n - 1)) / 2 !== count) {
    throw new PairwiseInputError(
      `${count} judgements do not fill the upper triangle of a square matrix (6 are needed for 4 axes)`,
    );
  }
  return n;
}

/**
 * The reciprocal comparison matrix: 1 on the diagonal, the judgements above it row by row
 * (for the four axes, in `AXIS_PAIRS` order), and their reciprocals below it.
 */
export function pairwiseMatrix(judgements: readonly number[]): number[][] {
  judgements.forEach((judgement, index) => {
    if (!(Number.isFinite(judgement) && judgement > 0)) {
      throw new PairwiseInputError(
        `judgement ${index + 1} is ${judgement}; every judgement must be a positive number`,
      );
    }
  });
  const n = sizeForJudgements(judgements.length);
  // Position of the judgement for row i < column j when the upper triangle is read row by row.
  const above = (i: number, j: number) => at(judgements, i * n - (i * (i + 1)) / 2 + (j - i - 1));
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? above(i, j) : 1 / above(j, i))),
  );
}

/**
 * Power iteration stops when no weight moves by more than this between two steps. Weights
 * lie in (0, 1], so 1e-14 is about a hundred units in the last place: tight enough that the
 * published figures come out to every digit, loose enough that rounding noise cannot keep
 * it from stopping.
 */
export const EIGENVECTOR_TOLERANCE = 1e-14;

/**
 * At most this many steps. The error shrinks by |λ₂/λmax| each step, and for a positive
 * matrix λmax strictly dominates (Perron–Frobenius). Over 200,000 random 4×4 matrices from
 * the 1–9 scale the slowest took 158 steps, and the published examples take under 20, so
 * the cap only guards odd input.
 */
export const EIGENVECTOR_ITERATION_CAP = 1000;

export interface PrincipalEigenvector {
  /** The weights, each above 0, summing to 1. */
  readonly weights: number[];
  /** The largest eigenvalue: n for a consistent matrix, above n otherwise. */
  readonly lambdaMax: number;
  /** Steps taken; equal to `EIGENVECTOR_ITERATION_CAP` if it stopped without converging. */
  readonly iterations: number;
}

function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, entry, j) => sum + entry * at(vector, j), 0));
}

const sumOf = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);

function checkSquarePositive(matrix: readonly (readonly number[])[]): void {
  const n = matrix.length;
  if (n === 0) throw new PairwiseInputError("the comparison matrix is empty");
  matrix.forEach((row, i) => {
    if (row.length !== n) {
      throw new PairwiseInputError(
        `row ${i + 1} of the ${n}×${n} matrix has ${row.length} entries`,
      );
    }
    if (!row.every((entry) => Number.isFinite(entry) && entry > 0)) {
      throw new PairwiseInputError(`row ${i + 1} of the matrix has an entry that is not positive`);
    }
  });
}

/**
 * The principal (Perron) eigenvector of a positive square matrix, by power iteration from
 * equal weights, normalised to sum to 1, and λmax = Σᵢ (A·w)ᵢ, which is λmax·Σw at the
 * fixed point. For a consistent matrix (aᵢⱼ = wᵢ/wⱼ) one step lands on w, and the result
 * is any column divided by its sum.
 */
export function principalEigenvector(matrix: readonly (readonly number[])[]): PrincipalEigenvector {
  checkSquarePositive(matrix);
  const n = matrix.length;
  let weights = Array.from({ length: n }, () => 1 / n);
  let iterations = 0;
  while (iterations < EIGENVECTOR_ITERATION_CAP) {
    iterations++;
    const product = multiply(matrix, weights);
    const total = sumOf(product);
    const next = product.map((value) => value / total);
    const moved = Math.max(...next.map((value, i) => Math.abs(value - at(weights, i))));
    weights = next;
    if (moved <= EIGENVECTOR_TOLERANCE) break;
  }
  return { weights, lambdaMax: sumOf(multiply(matrix, weights)), iterations };
}

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

/** A ratio as a person would type it back: `3`, `1/5`, `2.5`, `1/2.5`. */
function shownJudgement(ratio: number): string {
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
