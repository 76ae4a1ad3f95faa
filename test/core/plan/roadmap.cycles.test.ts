import { nodesInCycles } from "../../../src/core/plan/dependencyCycles";
import { aRow, planOf, scoreRows, summarise, useCasesInRankOrder } from "../builders";

describe("use cases in a dependency cycle", () => {
  it("keeps both use cases of a two-way dependency off as a cycle", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B"] },
      { id: "B", dependsOn: ["A"] },
    );

    expect(planOf(useCases)).toEqual({ placed: [], keptOff: ["A: cycle", "B: cycle"] });
  });

  it("keeps all three use cases of a three-way loop off as a cycle", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B"] },
      { id: "B", dependsOn: ["C"] },
      { id: "C", dependsOn: ["A"] },
      { id: "D" },
    );

    expect(planOf(useCases)).toEqual({
      placed: ["D 2027-Q1"],
      keptOff: ["A: cycle", "B: cycle", "C: cycle"],
    });
  });

  it("keeps a use case that depends on itself off as a cycle", () => {
    expect(planOf(useCasesInRankOrder({ id: "A", dependsOn: ["A"] })).keptOff).toEqual([
      "A: cycle",
    ]);
  });

  it("keeps a use case that depends on a cycle member off, naming that member", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B"] },
      { id: "B", dependsOn: ["A"] },
      { id: "C", dependsOn: ["B"] },
      { id: "D", dependsOn: ["C"] },
    );

    expect(planOf(useCases).keptOff).toEqual([
      "A: cycle",
      "B: cycle",
      "C: dependency B",
      "D: dependency C",
    ]);
  });

  it("still places a use case that cycle members depend on", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["B", "C"] },
      { id: "B", dependsOn: ["A", "C"] },
      { id: "C" },
    );

    expect(planOf(useCases)).toEqual({ placed: ["C 2027-Q1"], keptOff: ["A: cycle", "B: cycle"] });
  });

  it("calls it a cycle even when a cycle member also has a missing dependency", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["gone", "B"] },
      { id: "B", dependsOn: ["A"] },
    );

    expect(planOf(useCases).keptOff).toEqual(["A: cycle", "B: cycle"]);
  });

  it("finds a cycle written with ids in other cases and spaces", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", dependsOn: " uc-2" }),
      aRow({ id: "UC-2", dependsOn: "UC-1 " }),
    ]);

    expect(summarise(result.roadmap).keptOff).toEqual(["UC-1: cycle", "UC-2: cycle"]);
  });
});

describe("finding the nodes in cycles", () => {
  it("marks the members of every loop and nothing else", () => {
    // 0 → 1 → 2 → 0 is a loop, 3 depends on it, 4 depends on itself, 5 → 6 is a chain.
    expect(nodesInCycles([[1], [2], [0], [0], [4], [6], []])).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it("handles a chain of 100,000 without running out of stack", () => {
    const chain = Array.from({ length: 100_000 }, (_, node) => (node === 0 ? [] : [node - 1]));

    expect(nodesInCycles(chain).some(Boolean)).toBe(false);
  });
});
