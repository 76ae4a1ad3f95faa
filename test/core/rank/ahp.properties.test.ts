import fc from "fast-check";
import { AXES } from "../../../src/core/model";
import { AXIS_PAIRS, parsePairwiseList, weightsFromPairwise } from "../../../src/core/rank";
import { mostInconsistentPair } from "../../../src/core/rank/ahpConsistency";
import { pairwiseMatrix, principalEigenvector } from "../../../src/core/rank/ahpMatrix";

const SAATY_SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => (n === 1 ? [1] : [n, 1 / n]));
const saatyJudgement = fc.constantFrom(...SAATY_SCALE);
const sixJudgements = fc.array(saatyJudgement, { minLength: 6, maxLength: 6 });

/** The six judgements a consistent person with these (unnormalised) weights would give. */
const consistentJudgements = (weights: readonly number[]): number[] =>
  weights.flatMap((wi, i) => weights.slice(i + 1).map((wj) => wi / wj));

describe("weights from any judgements on Saaty's scale", () => {
  it("are all above 0 and sum to 1, with a consistency ratio of 0 or more", () => {
    fc.assert(
      fc.property(sixJudgements, (judgements) => {
        const { weights, consistencyRatio } = weightsFromPairwise(judgements);
        const values = AXES.map((axis) => weights[axis]);
        expect(values.every((weight) => weight > 0)).toBe(true);
        expect(Math.abs(values.reduce((sum, w) => sum + w, 0) - 1)).toBeLessThan(1e-12);
        // Not merely ≥ −ε: a hair-below-n λmax is clamped to 0 (see consistencyRatio).
        expect(consistencyRatio).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(consistencyRatio)).toBe(true);
      }),
    );
  });

  it("keep the matrix reciprocal: aⱼᵢ · aᵢⱼ = 1 and aᵢᵢ = 1", () => {
    fc.assert(
      fc.property(sixJudgements, (judgements) => {
        const matrix = pairwiseMatrix(judgements);
        matrix.forEach((row, i) =>
          row.forEach((entry, j) => {
            const mirrored = matrix[j]?.[i] ?? NaN;
            expect(Math.abs(entry * mirrored - 1)).toBeLessThan(1e-15);
            if (i === j) expect(entry).toBe(1);
          }),
        );
      }),
    );
  });

  it("read back the same through the --ahp text as given as numbers", () => {
    const asText = (value: number) => (value >= 1 ? String(value) : `1/${Math.round(1 / value)}`);
    fc.assert(
      fc.property(sixJudgements, (judgements) => {
        const reading = parsePairwiseList(judgements.map(asText).join(","));
        expect(reading).toEqual({ ok: true, value: judgements });
      }),
    );
  });
});

describe("a consistent set of judgements", () => {
  const positiveWeight = fc.double({ min: 1 / 3, max: 3, noNaN: true });
  const fourWeights = fc.array(positiveWeight, { minLength: 4, maxLength: 4 });

  it("gives back the weights it came from, with a consistency ratio of about 0", () => {
    fc.assert(
      fc.property(fourWeights, (weights) => {
        const total = weights.reduce((sum, w) => sum + w, 0);
        const result = weightsFromPairwise(consistentJudgements(weights));
        AXES.forEach((axis, i) => {
          expect(Math.abs(result.weights[axis] - (weights[i] ?? NaN) / total)).toBeLessThan(1e-12);
        });
        expect(result.consistencyRatio).toBeLessThan(1e-12);
      }),
    );
  });

  it("with one judgement pushed off by 1.5 times or more names that judgement's pair", () => {
    // Checked over 200,000 random cases while writing this; not a theorem, but with four axes
    // one bad judgement drags the weights less than it departs from them.
    const factor = fc
      .tuple(fc.double({ min: Math.log(1.5), max: Math.log(81), noNaN: true }), fc.boolean())
      .map(([logFactor, up]) => Math.exp(up ? logFactor : -logFactor));
    fc.assert(
      fc.property(fourWeights, fc.integer({ min: 0, max: 5 }), factor, (weights, index, by) => {
        const judgements = consistentJudgements(weights);
        judgements[index] = (judgements[index] ?? 1) * by;
        const matrix = pairwiseMatrix(judgements);
        const worst = mostInconsistentPair(matrix, principalEigenvector(matrix).weights);
        const named = AXIS_PAIRS.findIndex(
          ({ axes }) => axes[0] === AXES[worst.row] && axes[1] === AXES[worst.column],
        );
        expect(named).toBe(index);
      }),
    );
  });
});
