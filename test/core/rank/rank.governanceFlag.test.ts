import { flagsOf } from "../../../src/core/rank/rank";
import { rankUseCases } from "../../../src/core/rank";
import { DEFAULT_WEIGHTS } from "../../../src/core/model";
import { aRow, aUseCase, scoreRows } from "../builders";

const flagsAt = (regulatoryRisk: number): readonly string[] =>
  flagsOf({ value: 3, feasibility: 3, dataReadiness: 3, regulatoryRisk });

describe("flagging a use case for governance review", () => {
  it.each([4, 4.5, 5])("flags a regulatory risk of %p", (risk) => {
    expect(flagsAt(risk)).toEqual(["governance-review"]);
  });

  it.each([1, 3, 3.9, 3.999])("does not flag a regulatory risk of %p", (risk) => {
    expect(flagsAt(risk)).toEqual([]);
  });

  it("flags a risk written as a word or a labelled number", () => {
    const result = scoreRows([
      aRow({ id: "word", regulatoryRisk: "High" }),
      aRow({ id: "label", regulatoryRisk: "4 - High" }),
      aRow({ id: "medium", regulatoryRisk: "Medium" }),
    ]);

    expect(result.ranked.map((entry) => [entry.useCase.id, entry.flags])).toEqual([
      ["medium", []],
      ["word", ["governance-review"]],
      ["label", ["governance-review"]],
    ]);
  });

  it("still ranks a flagged use case by its score", () => {
    const ranked = rankUseCases(
      [
        aUseCase({ id: "risky", value: 5, feasibility: 5, dataReadiness: 5, regulatoryRisk: 4 }),
        aUseCase({ id: "plain" }),
      ],
      DEFAULT_WEIGHTS,
    );

    expect(ranked.map((entry) => [entry.rank, entry.useCase.id, entry.flags])).toEqual([
      [1, "risky", ["governance-review"]],
      [2, "plain", []],
    ]);
  });
});
