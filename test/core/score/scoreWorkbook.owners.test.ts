import { toJsonReport } from "../../../src/core/report";
import { describeProblem } from "../../../src/core/model";
import { aRow, scoreRows } from "../builders";

const NO_OWNER_COLUMN = [
  "id",
  "name",
  "value",
  "feasibility",
  "dataReadiness",
  "regulatoryRisk",
] as const;

describe("owners on the roadmap", () => {
  it("shows a placed use case without an owner as Unassigned", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", owner: null }),
      aRow({ id: "UC-2", owner: " Ana Ruiz " }),
    ]);

    expect(toJsonReport(result).roadmap.map((entry) => [entry.id, entry.owner])).toEqual([
      ["UC-1", "Unassigned"],
      ["UC-2", "Ana Ruiz"],
    ]);
  });

  it("reports the missing owner on the use case's owner cell", () => {
    const result = scoreRows([aRow({ id: "UC-1" }), aRow({ id: "UC-2", owner: "  " })]);

    expect(result.problems.map(describeProblem)).toEqual([
      "Candidates!C3: Owner: found a blank cell; every use case on the roadmap needs a named owner (shown as Unassigned)",
    ]);
  });

  it("reports it on the name cell when the sheet has no owner column", () => {
    const result = scoreRows([aRow({ id: "UC-1" })], { columns: NO_OWNER_COLUMN });

    expect(result.problems.map((problem) => [problem.cell, problem.field])).toEqual([
      ["Candidates!B2", "owner"],
    ]);
  });

  it("still scores and places a use case without an owner", () => {
    const result = scoreRows([aRow({ owner: null })]);

    expect(result.ranked).toHaveLength(1);
    expect(result.roadmap.placed).toHaveLength(1);
  });

  it("does not report an owner for a use case that is not on the roadmap", () => {
    const result = scoreRows([aRow({ id: "UC-1", owner: null, dependsOn: "UC-9" })]);

    expect(result.roadmap.keptOff).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it("lists every problem in sheet order, owner problems among the others", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", owner: null, budget: "lots" }),
      aRow({ id: "UC-2", value: "n/a" }),
      aRow({ id: "UC-3", owner: null, duration: 9 }),
    ]);

    expect(result.problems.map((problem) => problem.cell)).toEqual([
      "Candidates!C2",
      "Candidates!H2",
      "Candidates!D3",
      "Candidates!C4",
      "Candidates!I4",
    ]);
  });
});
