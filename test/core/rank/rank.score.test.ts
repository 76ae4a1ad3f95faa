import { normaliseWeights, WeightsSchema, type Weights } from "../../../src/core/model";
import { ScoringSettingsSchema } from "../../../src/core/model/settings";
import { rankUseCases } from "../../../src/core/rank";
import { scoreOf } from "../../../src/core/rank/rank";
import { aUseCase, roadmapSettings } from "../builders";

const EQUAL: Weights = { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 };

/** The score of one use case ranked on its own with these weights. */
function scoreWith(weights: Weights, scores: Parameters<typeof aUseCase>[0]): number {
  const [entry] = rankUseCases([aUseCase(scores)], weights);
  return entry?.score as number;
}

describe("scoring a use case", () => {
  it("scores value 4, feasibility 5, data 4, risk 2 at 81.25 with equal weights", () => {
    // (3/4 + 4/4 + 3/4 + 3/4) / 4 = 0.8125
    expect(
      scoreWith(EQUAL, { value: 4, feasibility: 5, dataReadiness: 4, regulatoryRisk: 2 }),
    ).toBe(81.25);
  });

  it("scores the best possible use case 100 and the worst 0", () => {
    expect(
      scoreWith(EQUAL, { value: 5, feasibility: 5, dataReadiness: 5, regulatoryRisk: 1 }),
    ).toBe(100);
    expect(
      scoreWith(EQUAL, { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 5 }),
    ).toBe(0);
  });

  it("weighs each axis by its share of the weights", () => {
    const weights = { value: 2, feasibility: 1, dataReadiness: 1, regulatoryRisk: 0 };

    // 0.5 × 4/4 + 0.25 × 0/4 + 0.25 × 2/4 + 0 × anything = 0.625
    expect(
      scoreWith(weights, { value: 5, feasibility: 1, dataReadiness: 3, regulatoryRisk: 5 }),
    ).toBe(62.5);
  });

  it("uses decimal scores as they are", () => {
    const valueOnly = { value: 1, feasibility: 0, dataReadiness: 0, regulatoryRisk: 0 };

    expect(scoreWith(valueOnly, { value: 3.5 })).toBe(62.5);
    expect(scoreWith(valueOnly, { value: 1.5 })).toBe(12.5);
  });

  it.each([
    [1, 100],
    [2, 75],
    [3, 50],
    [4, 25],
    [5, 0],
  ])("inverts regulatory risk: a risk of %p scores %p on that axis alone", (risk, score) => {
    const riskOnly = { value: 0, feasibility: 0, dataReadiness: 0, regulatoryRisk: 1 };

    expect(scoreWith(riskOnly, { regulatoryRisk: risk })).toBe(score);
  });

  it("gives the same score however the weights are scaled", () => {
    const useCase = { value: 4, feasibility: 5, dataReadiness: 4, regulatoryRisk: 2 };

    expect(
      scoreWith({ value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 }, useCase),
    ).toBe(81.25);
    expect(
      scoreWith({ value: 0.1, feasibility: 0.1, dataReadiness: 0.1, regulatoryRisk: 0.1 }, useCase),
    ).toBe(81.25);
    expect(
      scoreWith(
        { value: 3, feasibility: 1, dataReadiness: 0, regulatoryRisk: 0 },
        { value: 5, feasibility: 1 },
      ),
    ).toBe(75);
    expect(
      scoreWith(
        { value: 300, feasibility: 100, dataReadiness: 0, regulatoryRisk: 0 },
        { value: 5, feasibility: 1 },
      ),
    ).toBe(75);
  });

  it("computes the same number from normalised weights directly", () => {
    const shares = normaliseWeights({
      value: 2,
      feasibility: 1,
      dataReadiness: 1,
      regulatoryRisk: 0,
    });

    expect(shares).toEqual({
      value: 0.5,
      feasibility: 0.25,
      dataReadiness: 0.25,
      regulatoryRisk: 0,
    });
    expect(scoreOf({ value: 5, feasibility: 1, dataReadiness: 3, regulatoryRisk: 5 }, shares)).toBe(
      62.5,
    );
  });
});

describe("the weights", () => {
  it.each<Weights>([
    EQUAL,
    { value: 0, feasibility: 0, dataReadiness: 0, regulatoryRisk: 7 },
    { value: 0.5, feasibility: 12, dataReadiness: 0, regulatoryRisk: 3.25 },
  ])("accepts any non-negative weights with one above zero: %p", (weights) => {
    expect(WeightsSchema.safeParse(weights).success).toBe(true);
  });

  it("refuses all-zero weights, saying at least one must be above 0", () => {
    const parsed = WeightsSchema.safeParse({
      value: 0,
      feasibility: 0,
      dataReadiness: 0,
      regulatoryRisk: 0,
    });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      "at least one weight must be above 0",
    ]);
  });

  it("refuses a negative weight", () => {
    const parsed = WeightsSchema.safeParse({
      value: -1,
      feasibility: 1,
      dataReadiness: 1,
      regulatoryRisk: 1,
    });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      "a weight cannot be negative",
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses a weight of %p", (weight) => {
    expect(WeightsSchema.safeParse({ ...EQUAL, value: weight }).success).toBe(false);
  });

  it("refuses weights that leave out an axis", () => {
    expect(WeightsSchema.safeParse({ value: 1, feasibility: 1, dataReadiness: 1 }).success).toBe(
      false,
    );
  });

  it("weighs the four axes equally unless told otherwise", () => {
    const settings = ScoringSettingsSchema.parse({ roadmap: roadmapSettings() });

    expect(normaliseWeights(settings.weights)).toEqual({
      value: 0.25,
      feasibility: 0.25,
      dataReadiness: 0.25,
      regulatoryRisk: 0.25,
    });
  });
});
