import { planOf, useCasesInRankOrder } from "../builders";

const risky = { regulatoryRisk: 4 };

describe("use cases that need a governance review", () => {
  it("does not start one in the roadmap's first quarter, even with room there", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", ...risky })).placed).toEqual(["A 2027-Q2"]);
  });

  it("counts the first quarter from the roadmap's start", () => {
    expect(
      planOf(useCasesInRankOrder({ id: "A", regulatoryRisk: 5 }), { start: "2028-Q4" }).placed,
    ).toEqual(["A 2029-Q1"]);
  });

  it("starts one with a risk just under 4 in the first quarter", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", regulatoryRisk: 3.9 })).placed).toEqual([
      "A 2027-Q1",
    ]);
  });

  it("does not delay one further when its dependency already pushes it past the first quarter", () => {
    const useCases = useCasesInRankOrder({ id: "A" }, { id: "B", dependsOn: ["A"], ...risky });

    expect(planOf(useCases).placed).toEqual(["A 2027-Q1", "B 2027-Q2"]);
  });

  it("leaves the first quarter to others", () => {
    const useCases = useCasesInRankOrder({ id: "A", ...risky, value: 5 }, { id: "B" });

    expect(planOf(useCases, { slotsPerQuarter: 1 }).placed).toEqual(["B 2027-Q1", "A 2027-Q2"]);
  });

  it("keeps one off for the horizon when the roadmap has a single quarter", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", ...risky }), { horizon: 1 }).keptOff).toEqual([
      "A: horizon",
    ]);
  });

  it("keeps one running all four quarters off for the horizon", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", ...risky, duration: 4 })).keptOff).toEqual([
      "A: horizon",
    ]);
  });
});
