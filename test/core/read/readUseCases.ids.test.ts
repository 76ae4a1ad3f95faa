import { aRow, scoreRows } from "../builders";

describe("reading a use case's id", () => {
  it("trims the id text", () => {
    const result = scoreRows([aRow({ id: "  UC-07 " })]);

    expect(result.ranked[0]?.useCase.id).toBe("UC-07");
  });

  it("turns a numeric id into its text", () => {
    const result = scoreRows([aRow({ id: 7 }), aRow({ id: 12.5 })]);

    expect(result.ranked.map(({ useCase }) => useCase.id)).toEqual(["7", "12.5"]);
  });

  it("names a use case with a blank id after its row, as R<row>", () => {
    const result = scoreRows([aRow({ id: "UC-1" }), aRow({ id: null }), aRow({ id: "   " })], {
      above: [["FY27 candidates"]],
    });

    expect(result.ranked.map(({ useCase }) => useCase.id)).toEqual(["UC-1", "R4", "R5"]);
    expect(result.problems).toEqual([]);
  });

  it("names every use case R<row> when the sheet has no id column", () => {
    const result = scoreRows([aRow(), aRow()], {
      columns: ["name", "owner", "value", "feasibility", "dataReadiness", "regulatoryRisk"],
    });

    expect(result.ranked.map(({ useCase }) => useCase.id)).toEqual(["R2", "R3"]);
  });

  it("reports an id used twice, ignoring case, on the later row and still scores both", () => {
    const result = scoreRows([aRow({ id: "UC-1" }), aRow({ id: "UC-2" }), aRow({ id: "uc-1" })]);

    expect(result.ranked).toHaveLength(3);
    expect(result.problems.map((problem) => `${problem.cell}: ${problem.message}`)).toEqual([
      'Candidates!A4: ID: "uc-1" is also the ID of row 2; dependencies on uc-1 mean row 2. Give each use case its own ID',
    ]);
  });

  it("reports a duplicated id on a row that is not scored too", () => {
    const result = scoreRows([aRow({ id: "UC-1" }), aRow({ id: "UC-1", value: "n/a" })]);

    expect(result.read.notScored.map((row) => row.problems.map((problem) => problem.cell))).toEqual(
      [["Candidates!A3", "Candidates!D3"]],
    );
  });
});
