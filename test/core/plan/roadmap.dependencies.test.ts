import { aRow, planOf, scoreRows, summarise, useCasesInRankOrder } from "../builders";

describe("placing a use case after its dependencies", () => {
  it("starts it only after its dependency has finished, not in the same quarter", () => {
    const useCases = useCasesInRankOrder({ id: "A" }, { id: "B", dependsOn: ["A"] });

    expect(planOf(useCases).placed).toEqual(["A 2027-Q1", "B 2027-Q2"]);
  });

  it("waits for the last quarter of a dependency that runs several quarters", () => {
    const useCases = useCasesInRankOrder({ id: "A", duration: 2 }, { id: "B", dependsOn: ["A"] });

    expect(planOf(useCases).placed).toEqual(["A 2027-Q1..2027-Q2", "B 2027-Q3"]);
  });

  it("waits for every dependency, starting after the last of them ends", () => {
    const useCases = useCasesInRankOrder(
      { id: "A" },
      { id: "B", duration: 3 },
      { id: "C", dependsOn: ["A", "B"] },
    );

    expect(planOf(useCases).placed).toEqual(["A 2027-Q1", "B 2027-Q1..2027-Q3", "C 2027-Q4"]);
  });

  it("places a dependency ranked below the use case that needs it first", () => {
    const useCases = useCasesInRankOrder({ id: "A", dependsOn: ["B"] }, { id: "B" });

    expect(planOf(useCases).placed).toEqual(["B 2027-Q1", "A 2027-Q2"]);
  });

  it("keeps a use case off when its dependency is not in the sheet", () => {
    const useCases = useCasesInRankOrder({ id: "A", dependsOn: ["UC-99"] });

    expect(planOf(useCases)).toEqual({ placed: [], keptOff: ["A: dependency UC-99"] });
  });

  it("keeps a use case off when its dependency is a row that could not be scored", () => {
    const useCases = useCasesInRankOrder({ id: "A", dependsOn: ["UC-7"] });

    expect(planOf(useCases, { notScored: [{ row: 9, id: "UC-7" }] }).keptOff).toEqual([
      "A: dependency UC-7",
    ]);
  });

  it("keeps a use case off when its dependency was itself kept off", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", duration: 4, regulatoryRisk: 4, value: 5 },
      { id: "B", dependsOn: ["A"] },
    );

    expect(planOf(useCases)).toEqual({ placed: [], keptOff: ["A: horizon", "B: dependency A"] });
  });

  it("keeps a whole chain off behind one missing dependency, each naming its own", () => {
    const useCases = useCasesInRankOrder(
      { id: "A", dependsOn: ["gone"] },
      { id: "B", dependsOn: ["A"] },
      { id: "C", dependsOn: ["B"] },
    );

    expect(planOf(useCases).keptOff).toEqual([
      "A: dependency gone",
      "B: dependency A",
      "C: dependency B",
    ]);
  });

  it("names the first listed dependency that is not placed", () => {
    const useCases = useCasesInRankOrder(
      { id: "A" },
      { id: "B", dependsOn: ["A", "X", "Y"] },
      { id: "C", dependsOn: ["Y", "A", "X"] },
    );

    expect(planOf(useCases).keptOff).toEqual(["B: dependency X", "C: dependency Y"]);
  });

  it("names a dependency by the id of the use case it matched", () => {
    const useCases = useCasesInRankOrder(
      { id: "UC-1", duration: 4, regulatoryRisk: 4, value: 5 },
      { id: "B", dependsOn: ["uc-1"] },
    );

    expect(planOf(useCases).keptOff).toEqual(["UC-1: horizon", "B: dependency UC-1"]);
  });

  it("keeps a use case off when its dependency would only finish in the last quarter", () => {
    const useCases = useCasesInRankOrder({ id: "A", duration: 4 }, { id: "B", dependsOn: ["A"] });

    expect(planOf(useCases)).toEqual({ placed: ["A 2027-Q1..2027-Q4"], keptOff: ["B: horizon"] });
  });

  it("matches dependency ids trimmed and ignoring case", () => {
    const result = scoreRows([
      aRow({ id: "UC-1" }),
      aRow({ id: " Pilot " }),
      aRow({ id: "UC-3", dependsOn: " uc-1 ; PILOT,  " }),
    ]);

    expect(summarise(result.roadmap).placed).toEqual([
      "UC-1 2027-Q1",
      "Pilot 2027-Q1",
      "UC-3 2027-Q2",
    ]);
  });

  it("reads a dependency on a row that could not be scored from the sheet", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", value: "tbc" }),
      aRow({ id: "UC-2", dependsOn: "uc-1" }),
    ]);

    expect(summarise(result.roadmap).keptOff).toEqual(["UC-2: dependency uc-1"]);
  });

  it("means the first row with an id when two rows share it", () => {
    const useCases = useCasesInRankOrder(
      { id: "C", dependsOn: ["dup"] },
      { id: "dup", row: 10, duration: 2 },
      { id: "dup", row: 11 },
    );

    expect(planOf(useCases).placed).toEqual(["dup 2027-Q1..2027-Q2", "dup 2027-Q1", "C 2027-Q3"]);
  });

  it("means the first row with an id even when that row could not be scored", () => {
    const useCases = useCasesInRankOrder({ id: "C", dependsOn: ["dup"] }, { id: "dup", row: 12 });

    expect(planOf(useCases, { notScored: [{ row: 5, id: "DUP" }] }).keptOff).toEqual([
      "C: dependency dup",
    ]);
  });
});
