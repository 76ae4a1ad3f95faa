import { AXES } from "../../../src/core/model";
import { AXIS_PAIRS, weightsFromPairwise } from "../../../src/core/rank";
import {
  EIGENVECTOR_ITERATION_CAP,
  PairwiseInputError,
  pairwiseMatrix,
  principalEigenvector,
} from "../../../src/core/rank/ahpMatrix";

/** The six judgements a consistent person with these (unnormalised) weights would give. */
const consistentJudgements = (weights: readonly number[]): number[] =>
  weights.flatMap((wi, i) => weights.slice(i + 1).map((wj) => wi / wj));

const columnNormalised = (matrix: readonly (readonly number[])[], column: number): number[] => {
  const entries = matrix.map((row) => row[column] ?? NaN);
  const total = entries.reduce((sum, entry) => sum + entry, 0);
  return entries.map((entry) => entry / total);
};

describe("the six axis pairs", () => {
  it("come in the issue's order, named in words", () => {
    expect(AXIS_PAIRS.map(({ label }) => label)).toEqual([
      "business value vs technical feasibility",
      "business value vs data readiness",
      "business value vs regulatory risk",
      "technical feasibility vs data readiness",
      "technical feasibility vs regulatory risk",
      "data readiness vs regulatory risk",
    ]);
  });

  it("are the upper triangle of the matrix read row by row, rows in axis order", () => {
    const upperTriangle = AXES.flatMap((first, i) =>
      AXES.slice(i + 1).map((second) => [first, second]),
    );
    expect(AXIS_PAIRS.map(({ axes }) => axes)).toEqual(upperTriangle);
  });
});

describe("building the comparison matrix", () => {
  it("puts 1 on the diagonal, the judgements above it and their reciprocals below", () => {
    expect(pairwiseMatrix([4, 3, 7, 1 / 3, 3, 5])).toEqual([
      [1, 4, 3, 7],
      [1 / 4, 1, 1 / 3, 3],
      [1 / 3, 3, 1, 5],
      [1 / 7, 1 / 3, 1 / 5, 1],
    ]);
  });

  it("builds any size whose upper triangle the judgements fill", () => {
    expect(pairwiseMatrix([2])).toEqual([
      [1, 2],
      [1 / 2, 1],
    ]);
    expect(pairwiseMatrix([2, 4, 2])).toEqual([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
  });

  it("refuses a count that fills no triangle, and judgements that are not positive", () => {
    expect(() => pairwiseMatrix([1, 2, 3, 4, 5])).toThrow(PairwiseInputError);
    expect(() => pairwiseMatrix([])).toThrow(PairwiseInputError);
    expect(() => pairwiseMatrix([1, 2, 0, 4, 5, 6])).toThrow("judgement 3 is 0");
    expect(() => pairwiseMatrix([1, 2, 3, -4, 5, 6])).toThrow(PairwiseInputError);
    expect(() => pairwiseMatrix([1, 2, 3, 4, NaN, 6])).toThrow(PairwiseInputError);
  });

  it("refuses anything but six judgements when it comes to axis weights", () => {
    expect(() => weightsFromPairwise([2, 4, 2])).toThrow("expected 6 judgements");
  });
});

describe("the principal eigenvector", () => {
  it.each([
    [[8, 4, 2, 1]],
    [[6, 3, 2, 1]],
    [[1, 1, 1, 1]],
    [[0.4, 0.3, 0.2, 0.1]],
    [[5, 1, 3]],
    [[1, 9, 3, 7, 2, 5]],
  ])("of a consistent matrix with weights %p equals its column-normalised solution", (weights) => {
    const matrix = pairwiseMatrix(consistentJudgements(weights));
    const result = principalEigenvector(matrix);
    const total = weights.reduce((sum, w) => sum + w, 0);
    matrix.forEach((_, column) => {
      const solution = columnNormalised(matrix, column);
      result.weights.forEach((weight, i) => {
        expect(Math.abs(weight - (solution[i] ?? NaN))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(weight - (weights[i] ?? NaN) / total)).toBeLessThanOrEqual(1e-12);
      });
    });
    expect(Math.abs(result.lambdaMax - weights.length)).toBeLessThanOrEqual(1e-12);
  });

  it("of a 1×1 matrix is the single weight 1 with λmax 1", () => {
    expect(principalEigenvector([[1]])).toEqual({ weights: [1], lambdaMax: 1, iterations: 1 });
  });

  it("converges well inside the iteration cap for the published examples", () => {
    const { iterations } = principalEigenvector(pairwiseMatrix([4, 3, 7, 1 / 3, 3, 5]));
    expect(iterations).toBeLessThan(EIGENVECTOR_ITERATION_CAP / 10);
  });

  it("refuses a matrix that is not square or not positive", () => {
    expect(() => principalEigenvector([])).toThrow(PairwiseInputError);
    expect(() => principalEigenvector([[1, 2], [1]])).toThrow("row 2 of the 2×2 matrix");
    expect(() =>
      principalEigenvector([
        [1, 0],
        [1, 1],
      ]),
    ).toThrow("not positive");
  });
});
