import { rankUseCases } from "../../../src/core/rank";
import { scoreOf } from "../../../src/core/rank/rank";
import { DEFAULT_WEIGHTS, normaliseWeights, type Weights } from "../../../src/core/model";
import { aUseCase, type UseCaseOverrides } from "../builders";

/** Ids in rank order. */
function rankOrder(useCases: UseCaseOverrides[], weights: Weights = DEFAULT_WEIGHTS): string[] {
  return rankUseCases(
    useCases.map((each) => aUseCase(each)),
    weights,
  ).map((entry) => `${entry.rank} ${entry.useCase.id}`);
}

describe("ranking use cases", () => {
  it("puts the higher score first", () => {
    expect(
      rankOrder([
        { id: "low", row: 2, value: 2 },
        { id: "high", row: 3, value: 4 },
        { id: "middle", row: 4, value: 3 },
      ]),
    ).toEqual(["1 high", "2 middle", "3 low"]);
  });

  it("treats scores that differ only by arithmetic noise as equal and lets value decide", () => {
    const higherValue = { value: 1.1, feasibility: 4.3, dataReadiness: 1, regulatoryRisk: 5 };
    const noisyHigherScore = { value: 1, feasibility: 4.4, dataReadiness: 1, regulatoryRisk: 5 };
    const shares = normaliseWeights(DEFAULT_WEIGHTS);

    // Both are 21.25 on paper; in floating point the second comes out a hair higher.
    expect(scoreOf(higherValue, shares)).toBe(21.25);
    expect(scoreOf(noisyHigherScore, shares)).toBe(21.250000000000004);
    expect(
      rankOrder([
        { id: "noisy", row: 2, ...noisyHigherScore },
        { id: "higher value", row: 3, ...higherValue },
      ]),
    ).toEqual(["1 higher value", "2 noisy"]);
  });

  it("breaks a tie in score by the higher business value", () => {
    expect(
      rankOrder([
        { id: "feasible", row: 2, value: 2, feasibility: 4 },
        { id: "valuable", row: 3, value: 4, feasibility: 2 },
      ]),
    ).toEqual(["1 valuable", "2 feasible"]);
  });

  it("then by the higher technical feasibility", () => {
    expect(
      rankOrder([
        { id: "data-ready", row: 2, feasibility: 2, dataReadiness: 4 },
        { id: "feasible", row: 3, feasibility: 4, dataReadiness: 2 },
      ]),
    ).toEqual(["1 feasible", "2 data-ready"]);
  });

  it("then by the lower regulatory risk, ahead of data readiness", () => {
    expect(
      rankOrder([
        { id: "data-ready", row: 2, dataReadiness: 4, regulatoryRisk: 3 },
        { id: "safer", row: 3, dataReadiness: 3, regulatoryRisk: 2 },
      ]),
    ).toEqual(["1 safer", "2 data-ready"]);
  });

  it("then by the higher data readiness", () => {
    // Data readiness weighs nothing here, so it can differ while the scores tie.
    const noDataWeight = { value: 1, feasibility: 1, dataReadiness: 0, regulatoryRisk: 1 };

    expect(
      rankOrder(
        [
          { id: "unready", row: 2, dataReadiness: 2 },
          { id: "ready", row: 3, dataReadiness: 4 },
        ],
        noDataWeight,
      ),
    ).toEqual(["1 ready", "2 unready"]);
  });

  it("then by the row it sits on in the sheet, earliest first", () => {
    expect(
      rankOrder([
        { id: "row 9", row: 9 },
        { id: "row 4", row: 4 },
        { id: "row 6", row: 6 },
      ]),
    ).toEqual(["1 row 4", "2 row 6", "3 row 9"]);
  });

  it("lets a higher score win over every tie-break", () => {
    expect(
      rankOrder([
        {
          id: "strong tie-breaks",
          row: 2,
          value: 5,
          feasibility: 5,
          dataReadiness: 1,
          regulatoryRisk: 5,
        },
        {
          id: "higher score",
          row: 3,
          value: 3,
          feasibility: 3,
          dataReadiness: 5,
          regulatoryRisk: 1,
        },
      ]),
    ).toEqual(["1 higher score", "2 strong tie-breaks"]);
  });

  it("numbers the ranks 1 to N with no gaps or repeats, even when everything ties", () => {
    const ranks = rankUseCases(
      Array.from({ length: 7 }, (_, index) => aUseCase({ row: 20 - index })),
      DEFAULT_WEIGHTS,
    ).map((entry) => entry.rank);

    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
