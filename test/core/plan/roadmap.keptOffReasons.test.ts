import { keptOffReasonText } from "../../../src/core/plan";
import { planOf, useCasesInRankOrder } from "../builders";

describe("the reason a use case is kept off the roadmap", () => {
  it.each([
    [{ kind: "cycle" } as const, "cycle"],
    [{ kind: "dependency", id: "UC-04" } as const, "dependency UC-04"],
    [{ kind: "horizon" } as const, "horizon"],
    [{ kind: "slots" } as const, "slots"],
    [{ kind: "budget" } as const, "budget"],
  ])("writes %p as %j", (reason, text) => {
    expect(keptOffReasonText(reason)).toBe(text);
  });

  it("says cycle rather than dependency for a cycle member with a missing dependency", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["X", "B"] },
      { id: "B", dependsOn: ["A"] },
    );

    expect(planOf(useCases).keptOff).toEqual(["A: cycle", "B: cycle"]);
  });

  it("says dependency rather than horizon when both stop it", () => {
    const useCases = useCasesInRankOrder({ id: "A", dependsOn: ["X"], duration: 2 });

    expect(planOf(useCases, { horizon: 1 }).keptOff).toEqual(["A: dependency X"]);
  });

  it("says horizon when it could not fit even in an empty roadmap", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", duration: 3 }), { horizon: 2 }).keptOff).toEqual([
      "A: horizon",
    ]);
  });

  it("says horizon rather than slots when it could not fit even with free slots", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", duration: 4 },
      { id: "B", duration: 4, regulatoryRisk: 4 },
    );

    expect(planOf(useCases, { slotsPerQuarter: 1 }).keptOff).toEqual(["B: horizon"]);
  });

  it("says slots when every quarter it could start in is full", () => {
    const useCases = useCasesInRankOrder({ id: "A", duration: 4 }, { id: "B", duration: 2 });

    expect(planOf(useCases, { slotsPerQuarter: 1 }).keptOff).toEqual(["B: slots"]);
  });

  it("says slots when only one quarter of each possible run is full", () => {
    // Q2 and Q3 are full: a two-quarter run starting in Q1, Q2 or Q3 always crosses one.
    const useCases = useCasesInRankOrder(
      { id: "A", regulatoryRisk: 4, value: 5, feasibility: 5, duration: 2 },
      { id: "B", duration: 2 },
    );

    expect(planOf(useCases, { slotsPerQuarter: 1 })).toEqual({
      placed: ["A 2027-Q2..2027-Q3"],
      keptOff: ["B: slots"],
    });
  });

  it("says slots rather than budget when both block every start", () => {
    const useCases = useCasesInRankOrder({ id: "A", budget: 100 }, { id: "B", budget: 100 });

    expect(
      planOf(useCases, { horizon: 1, slotsPerQuarter: 1, quarterBudget: 100 }).keptOff,
    ).toEqual(["B: slots"]);
  });

  it("says budget when a start with free slots was stopped by the cap", () => {
    // Q1 has no free slot; Q2 has one, but B's 150 is over the cap of 100.
    const useCases = useCasesInRankOrder({ id: "A", budget: 100 }, { id: "B", budget: 150 });

    expect(planOf(useCases, { horizon: 2, slotsPerQuarter: 1, quarterBudget: 100 })).toEqual({
      placed: ["A 2027-Q1"],
      keptOff: ["B: budget"],
    });
  });

  it("says budget when every quarter has slots but no money left", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", budget: 360, duration: 4 },
      { id: "B", budget: 20 },
    );

    expect(planOf(useCases, { quarterBudget: 100 }).keptOff).toEqual(["B: budget"]);
  });
});
