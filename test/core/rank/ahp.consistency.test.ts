import { AXIS_PAIRS, CONSISTENCY_LIMIT, weightsFromPairwise } from "../../../src/core/rank";
import {
  consistencyRatio,
  DONEGAN_DODD_RANDOM_INDEX,
  mostInconsistentPair,
  SAATY_RANDOM_INDEX,
} from "../../../src/core/rank/ahpConsistency";
import {
  PairwiseInputError,
  pairwiseMatrix,
  principalEigenvector,
} from "../../../src/core/rank/ahpMatrix";

/** The six judgements a consistent person with these (unnormalised) weights would give. */
const consistentJudgements = (weights: readonly number[]): number[] =>
  weights.flatMap((wi, i) => weights.slice(i + 1).map((wj) => wi / wj));

/** Value 4, feasibility 2, data readiness 2, risk 1: judgements 2, 2, 4, 1, 2, 2. */
const CONSISTENT = consistentJudgements([4, 2, 2, 1]);

describe("the random index tables", () => {
  it("hold Saaty's values for 1 to 10 criteria", () => {
    expect(Object.values(SAATY_RANDOM_INDEX)).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
    ]);
    expect(Object.keys(SAATY_RANDOM_INDEX).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("hold Donegan & Dodd's values, AHPy's default, for 1 to 10 criteria", () => {
    expect(DONEGAN_DODD_RANDOM_INDEX[4]).toBe(0.8286);
    expect(Object.keys(DONEGAN_DODD_RANDOM_INDEX)).toHaveLength(10);
  });
});

describe("the consistency ratio", () => {
  it("is ((λmax − n)/(n − 1)) / RI, with RI 0.90 for four criteria", () => {
    expect(consistencyRatio(4.27, 4)).toBeCloseTo(0.1, 12);
    expect(consistencyRatio(4.27, 4, DONEGAN_DODD_RANDOM_INDEX)).toBeCloseTo(0.09 / 0.8286, 12);
  });

  it("is 0 for a perfectly consistent matrix", () => {
    const result = weightsFromPairwise(CONSISTENT);
    expect(result.consistencyRatio).toBe(0);
    expect(result.weights).toEqual({
      value: 4 / 9,
      feasibility: 2 / 9,
      dataReadiness: 2 / 9,
      regulatoryRisk: 1 / 9,
    });
    expect(result.warning).toBeUndefined();
  });

  it("is clamped to 0 when rounding puts λmax a hair below n", () => {
    expect(consistencyRatio(4 - 1e-15, 4)).toBe(0);
  });

  it("is 0 for one or two criteria, which are always consistent", () => {
    expect(consistencyRatio(1, 1)).toBe(0);
    expect(consistencyRatio(2, 2)).toBe(0);
  });

  it("refuses a size the table does not cover", () => {
    expect(() => consistencyRatio(12, 11)).toThrow(PairwiseInputError);
  });
});

describe("the pair most out of line", () => {
  it("is the judgement furthest, on a log scale, from the ratio of the weights", () => {
    const matrix = pairwiseMatrix([2, 2, 4, 1, 2, 2]);
    const weights = [0.4, 0.2, 0.2, 0.2];
    // Implied ratios are 2, 2, 2, 1, 1, 1; only value vs risk (4) and the two ×2 pairs differ.
    expect(mostInconsistentPair(matrix, weights)).toEqual({
      row: 0,
      column: 3,
      deviation: Math.log(2),
    });
  });

  it("is the first pair, with deviation 0, when every judgement agrees", () => {
    const matrix = pairwiseMatrix(CONSISTENT);
    const { weights } = principalEigenvector(matrix);
    const worst = mostInconsistentPair(matrix, weights);
    expect([worst.row, worst.column]).toEqual([0, 1]);
    expect(worst.deviation).toBeLessThan(1e-12);
  });

  it.each(AXIS_PAIRS.map((pair, index) => [pair.label, index] as const))(
    "is named in the warning when %s is turned the wrong way round",
    (label, index) => {
      const judgements = [...CONSISTENT];
      const consistent = judgements[index] ?? 1;
      // Turned round, or pushed to the far end of the scale where it was 1 (even, here).
      judgements[index] = consistent === 1 ? 9 : 1 / consistent / 4;
      const result = weightsFromPairwise(judgements);
      expect(result.consistencyRatio).toBeGreaterThan(CONSISTENCY_LIMIT);
      expect(result.warning).toContain(`${label} is most out of line`);
    },
  );
});

describe("the inconsistency warning", () => {
  it("gives the ratio, names the pair and says what to do", () => {
    // Consistent 2, 2, 4, 1, 2, 2 with business value vs data readiness turned to 1/5.
    expect(weightsFromPairwise([2, 1 / 5, 4, 1, 2, 2]).warning).toMatchInlineSnapshot(
      `"The comparisons are inconsistent (CR 0.27 > 0.10): business value vs data readiness is most out of line (judged 1/5, the other comparisons imply about 2); revisit that judgement."`,
    );
  });

  it("shows enough decimals that a ratio just above the limit reads as above it", () => {
    const warning = (judgements: number[]) => weightsFromPairwise(judgements).warning ?? "";
    const justAbove = findJustAboveLimit();
    expect(warning(justAbove)).toMatch(/\(CR 0\.10\d+ > 0\.10\)/);
  });

  it("is absent at or below the limit", () => {
    expect(weightsFromPairwise([4, 3, 7, 1 / 3, 3, 5]).warning).toBeUndefined();
    expect("warning" in weightsFromPairwise(CONSISTENT)).toBe(false);
  });
});

/** Judgements whose CR lies in (0.100, 0.105): walk one judgement until the CR crosses 0.10. */
function findJustAboveLimit(): number[] {
  for (let judgement = 2; judgement > 0.1; judgement -= 0.001) {
    const judgements = [2, judgement, 4, 1, 2, 2];
    const { consistencyRatio: ratio } = weightsFromPairwise(judgements);
    if (ratio > CONSISTENCY_LIMIT && ratio < 0.105) return judgements;
  }
  throw new Error("no judgement gives a CR just above 0.10");
}

describe("the judgement shown in the warning", () => {
  it("reads as a whole number, a reciprocal, or 1", () => {
    // Business value vs technical feasibility pushed to 9 against a consistent 1/2.
    expect(weightsFromPairwise([9, 1 / 4, 1 / 2, 1 / 2, 1, 2]).warning).toContain(
      "(judged 9, the other comparisons imply about 1/2)",
    );
    // Everything else says equal; one judgement says 1/9.
    expect(weightsFromPairwise([1, 1, 1, 1, 1, 1 / 9]).warning).toContain(
      "(judged 1/9, the other comparisons imply about 1)",
    );
  });
});
