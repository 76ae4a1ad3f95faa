import { planOf, roadmapOf, useCasesInRankOrder } from "../builders";

describe("the order use cases are placed in", () => {
  it("gives the best-ranked use case the first free quarter", () => {
    const useCases = useCasesInRankOrder({ id: "A" }, { id: "B" }, { id: "C" });

    expect(planOf(useCases, { slotsPerQuarter: 1 }).placed).toEqual([
      "A 2027-Q1",
      "B 2027-Q2",
      "C 2027-Q3",
    ]);
  });

  it("places the best-ranked use case whose dependencies are decided before one it waits on", () => {
    // A waits for C; B is decided from the start and ranks above C, so B takes Q1.
    const useCases = useCasesInRankOrder({ id: "A", dependsOn: ["C"] }, { id: "B" }, { id: "C" });

    expect(planOf(useCases, { slotsPerQuarter: 1 }).placed).toEqual([
      "B 2027-Q1",
      "C 2027-Q2",
      "A 2027-Q3",
    ]);
  });

  it("places a use case as soon as its dependencies are decided, ahead of worse-ranked ones", () => {
    // A becomes decidable once B is placed, and A outranks C: A gets Q2's only slot.
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B"] },
      { id: "B" },
      { id: "C", duration: 2 },
    );

    expect(planOf(useCases, { slotsPerQuarter: 1, horizon: 5 }).placed).toEqual([
      "B 2027-Q1",
      "A 2027-Q2",
      "C 2027-Q3..2027-Q4",
    ]);
  });

  it("lists placed use cases by start quarter, then by rank", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B"] },
      { id: "B" },
      { id: "C" },
      { id: "D" },
    );

    const roadmap = roadmapOf(useCases);

    expect(
      roadmap.placed.map((placed) => `${placed.ranked.rank} ${placed.ranked.useCase.id}`),
    ).toEqual(["2 B", "3 C", "4 D", "1 A"]);
  });

  it("lists kept-off use cases in rank order, whatever kept them off", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["X"] },
      { id: "B", dependsOn: ["C"] },
      { id: "C", dependsOn: ["B"] },
      { id: "D", duration: 4 },
      { id: "E", duration: 4 },
    );

    expect(planOf(useCases, { slotsPerQuarter: 1 }).keptOff).toEqual([
      "A: dependency X",
      "B: cycle",
      "C: cycle",
      "E: slots",
    ]);
  });

  it("places every use case once, or keeps it off once", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B", "B", "b"] },
      { id: "B" },
      { id: "C", dependsOn: ["A", "B"] },
    );

    expect(planOf(useCases)).toEqual({
      placed: ["B 2027-Q1", "A 2027-Q2", "C 2027-Q3"],
      keptOff: [],
    });
  });
});
