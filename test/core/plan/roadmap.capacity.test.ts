import { formatQuarter } from "../../../src/core/model";
import { planOf, roadmapOf, useCasesInRankOrder } from "../builders";

describe("fitting use cases into quarters", () => {
  it("places a use case in the roadmap's first quarter when there is room", () => {
    expect(planOf(useCasesInRankOrder({ id: "A" }))).toEqual({
      placed: ["A 2027-Q1"],
      keptOff: [],
    });
  });

  it("runs a use case for as many quarters as its duration", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", duration: 3 })).placed).toEqual([
      "A 2027-Q1..2027-Q3",
    ]);
  });

  it("starts the roadmap at the quarter it is given, crossing into the next year", () => {
    expect(
      planOf(useCasesInRankOrder({ id: "A", duration: 3 }), { start: "2027-Q3" }).placed,
    ).toEqual(["A 2027-Q3..2028-Q1"]);
  });

  it("spreads a use case's budget evenly over the quarters it runs", () => {
    const roadmap = roadmapOf(useCasesInRankOrder({ id: "A", duration: 3, budget: 90000 }));

    expect(roadmap.placed[0]?.budgetPerQuarter).toBe(30000);
    expect(roadmap.quarters.map((load) => load.budget)).toEqual([30000, 30000, 30000, 0]);
  });

  it("leaves the budget per quarter unknown when the budget is, and counts nothing for it", () => {
    const roadmap = roadmapOf(useCasesInRankOrder({ id: "A", duration: 2 }), { quarterBudget: 0 });

    expect(roadmap.placed[0]?.budgetPerQuarter).toBeUndefined();
    expect(
      roadmap.quarters.map((load) => [formatQuarter(load.quarter), load.count, load.budget]),
    ).toEqual([
      ["2027-Q1", 1, 0],
      ["2027-Q2", 1, 0],
      ["2027-Q3", 0, 0],
      ["2027-Q4", 0, 0],
    ]);
  });

  it("runs at most three use cases a quarter by default", () => {
    const useCases = useCasesInRankOrder(
      ...["A", "B", "C", "D", "E", "F", "G"].map((id) => ({ id })),
    );

    expect(planOf(useCases).placed).toEqual([
      "A 2027-Q1",
      "B 2027-Q1",
      "C 2027-Q1",
      "D 2027-Q2",
      "E 2027-Q2",
      "F 2027-Q2",
      "G 2027-Q3",
    ]);
  });

  it("runs at most the slots per quarter it is given", () => {
    const useCases = useCasesInRankOrder({ id: "A" }, { id: "B" }, { id: "C" });

    expect(planOf(useCases, { slotsPerQuarter: 2 }).placed).toEqual([
      "A 2027-Q1",
      "B 2027-Q1",
      "C 2027-Q2",
    ]);
  });

  it("holds a slot in every quarter a use case runs", () => {
    const useCases = useCasesInRankOrder({ id: "A", duration: 2 }, { id: "B" });

    expect(planOf(useCases, { slotsPerQuarter: 1 }).placed).toEqual([
      "A 2027-Q1..2027-Q2",
      "B 2027-Q3",
    ]);
  });

  it("starts a long use case only where every quarter it runs has a free slot", () => {
    // A needs governance review, so it waits for 2027-Q2; B cannot run over it.
    const useCases = useCasesInRankOrder(
      { id: "A", regulatoryRisk: 4, value: 5, feasibility: 5 },
      { id: "B", duration: 2 },
      { id: "C" },
    );

    expect(planOf(useCases, { slotsPerQuarter: 1 }).placed).toEqual([
      "C 2027-Q1",
      "A 2027-Q2",
      "B 2027-Q3..2027-Q4",
    ]);
  });

  it("moves a use case to a later quarter when it would push a quarter over the budget cap", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", budget: 80000 },
      { id: "B", budget: 30000 },
      { id: "C", budget: 20000 },
    );

    expect(planOf(useCases, { quarterBudget: 100000 }).placed).toEqual([
      "A 2027-Q1",
      "C 2027-Q1",
      "B 2027-Q2",
    ]);
  });

  it("fits a use case whose budget, spread over its quarters, stays under the cap", () => {
    const useCases = useCasesInRankOrder({ id: "A", budget: 200000, duration: 2 });

    expect(planOf(useCases, { quarterBudget: 100000 }).placed).toEqual(["A 2027-Q1..2027-Q2"]);
  });

  it("fills a quarter's cap exactly with three thirds of it", () => {
    // 33,333.40 × 3 comes to 100,000.20000000001 in floating point: it must still fit.
    const useCases = useCasesInRankOrder(
      { id: "A", budget: 100000.2, duration: 3 },
      { id: "B", budget: 100000.2, duration: 3 },
      { id: "C", budget: 100000.2, duration: 3 },
    );

    const roadmap = roadmapOf(useCases, { quarterBudget: 100000.2 });

    expect(summaryOfStarts(roadmap)).toEqual(["A 2027-Q1", "B 2027-Q1", "C 2027-Q1"]);
    expect(roadmap.placed.map((placed) => placed.budgetPerQuarter)).toEqual([
      33333.4, 33333.4, 33333.4,
    ]);
  });

  it("fits three use cases costing a third of the cap each into one quarter", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", budget: 33333.4 },
      { id: "B", budget: 33333.4 },
      { id: "C", budget: 33333.4 },
      { id: "D", budget: 0.01 },
    );

    expect(planOf(useCases, { quarterBudget: 100000.2, slotsPerQuarter: 4 }).placed).toEqual([
      "A 2027-Q1",
      "B 2027-Q1",
      "C 2027-Q1",
      "D 2027-Q2",
    ]);
  });

  it("places a use case with no budget whatever the cap", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", budget: 100000 },
      { id: "B" },
      { id: "C", budget: 0 },
    );

    expect(planOf(useCases, { quarterBudget: 100000 }).placed).toEqual([
      "A 2027-Q1",
      "B 2027-Q1",
      "C 2027-Q1",
    ]);
  });

  it("keeps off a use case that costs more per quarter than the cap allows", () => {
    const useCases = useCasesInRankOrder({ id: "A", budget: 250000, duration: 2 });

    expect(planOf(useCases, { quarterBudget: 100000 })).toEqual({
      placed: [],
      keptOff: ["A: budget"],
    });
  });

  it("adds up what runs in each quarter", () => {
    const roadmap = roadmapOf(
      useCasesInRankOrder(
        { id: "A", budget: 40000, duration: 2 },
        { id: "B", budget: 10000 },
        { id: "C", duration: 4 },
      ),
    );

    expect(roadmap.quarters.map((load) => [load.count, load.budget])).toEqual([
      [3, 30000],
      [2, 20000],
      [1, 0],
      [1, 0],
    ]);
  });
});

function summaryOfStarts(roadmap: ReturnType<typeof roadmapOf>): string[] {
  return roadmap.placed.map(
    (placed) => `${placed.ranked.useCase.id} ${formatQuarter(placed.start)}`,
  );
}
