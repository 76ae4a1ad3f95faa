/**
 * The published AHP examples, reproduced. Sources:
 * - Wikipedia, "Analytic hierarchy process – leader example": criteria Experience, Education,
 *   Charisma, Age weighted .547, .127, .270, .056, CR 0.044.
 * - AHPy README (github.com/PhilipGriffith/AHPy), "Missing Pairwise Comparisons": the
 *   complete a/b/c/d matrix gives b .3917, a .3742, d .1349, c .0991 and CR 0.0372 with its
 *   default random index, Donegan & Dodd's; and "Relative consumption of drinks" (7×7, from
 *   Saaty 2008) for a matrix other than 4×4.
 */
import {
  consistencyRatio,
  DONEGAN_DODD_RANDOM_INDEX,
  SAATY_RANDOM_INDEX,
} from "../../../src/core/rank/ahpConsistency";
import { pairwiseMatrix, principalEigenvector } from "../../../src/core/rank/ahpMatrix";
import { parsePairwiseList, weightsFromPairwise } from "../../../src/core/rank";

const rounded = (values: readonly number[], decimals: number): number[] =>
  values.map((value) => Number(value.toFixed(decimals)));

describe("the Wikipedia leader example (Experience, Education, Charisma, Age)", () => {
  const judgements = [4, 3, 7, 1 / 3, 3, 5];

  it("reads the same six judgements from the --ahp text 4,3,7,1/3,3,5", () => {
    expect(parsePairwiseList("4,3,7,1/3,3,5")).toEqual({ ok: true, value: judgements });
  });

  it("gives the published weights .547, .127, .270, .056 to within 0.001", () => {
    const { weights } = weightsFromPairwise(judgements);
    const published = {
      value: 0.547,
      feasibility: 0.127,
      dataReadiness: 0.27,
      regulatoryRisk: 0.056,
    };
    for (const [axis, weight] of Object.entries(published)) {
      expect(Math.abs(weights[axis as keyof typeof published] - weight)).toBeLessThan(0.001);
    }
  });

  it("gives the exact eigenvector weights AHPy prints for this example, .548, .127, .27, .056", () => {
    // AHPy's README explains that Wikipedia's figures come from an online demonstration that
    // trades accuracy for convenience; the exact eigenvector gives Experience 0.54757, which
    // AHPy and this module both round to .548.
    const { weights } = principalEigenvector(pairwiseMatrix(judgements));
    expect(rounded(weights, 3)).toEqual([0.548, 0.127, 0.27, 0.056]);
  });

  it("gives CR 0.044 with Saaty's random index 0.90, and no warning", () => {
    const result = weightsFromPairwise(judgements);
    expect(result.consistencyRatio.toFixed(3)).toBe("0.044");
    expect(result.consistencyRatio).toBeCloseTo(0.043859, 6);
    expect(result.warning).toBeUndefined();
  });
});

describe("the AHPy README example (a, b, c, d)", () => {
  // a/b 1, a/c 5, a/d 2, b/c 3, b/d 4, c/d 3/4
  const judgements = [1, 5, 2, 3, 4, 3 / 4];
  const { weights, lambdaMax } = principalEigenvector(pairwiseMatrix(judgements));

  it("gives the published weights a .3742, b .3917, c .0991, d .1349 to four decimals", () => {
    expect(rounded(weights, 4)).toEqual([0.3742, 0.3917, 0.0991, 0.1349]);
  });

  it("gives the published CR 0.0372 only with Donegan & Dodd's random index (0.8286)", () => {
    expect(consistencyRatio(lambdaMax, 4, DONEGAN_DODD_RANDOM_INDEX).toFixed(4)).toBe("0.0372");
  });

  it("gives CR 0.0342 with Saaty's random index (0.90), the one the product uses", () => {
    expect(consistencyRatio(lambdaMax, 4, SAATY_RANDOM_INDEX).toFixed(4)).toBe("0.0342");
    expect(weightsFromPairwise(judgements).consistencyRatio).toBe(
      consistencyRatio(lambdaMax, 4, SAATY_RANDOM_INDEX),
    );
  });
});

describe("the drinks example Saaty and AHPy publish (7 drinks)", () => {
  // Coffee, wine, tea, beer, soda, milk, water: the upper triangle row by row.
  const judgements = [
    [9, 5, 2, 1, 1, 1 / 2],
    [1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 1, 1 / 3],
    [2, 1 / 2],
    [1 / 3],
  ].flat();

  it("gives the published weights .177, .019, .042, .116, .190, .129, .327", () => {
    const { weights, lambdaMax } = principalEigenvector(pairwiseMatrix(judgements));
    expect(rounded(weights, 3)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(consistencyRatio(lambdaMax, 7).toFixed(3)).toBe("0.022");
  });
});
