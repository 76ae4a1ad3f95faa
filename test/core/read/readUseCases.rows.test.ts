import { describeProblem, type RawCell } from "../../../src/core/model";
import { aRow, aSheet, BLANK_ROW, scoreRows, scoreSheets } from "../builders";

const problemList = (result: ReturnType<typeof scoreRows>): string[] =>
  result.problems.map(describeProblem);

describe("reading the rows below the header", () => {
  it("skips empty rows silently", () => {
    const result = scoreRows([
      aRow({ id: "UC-1" }),
      BLANK_ROW,
      BLANK_ROW,
      aRow({ id: "UC-2" }),
      BLANK_ROW,
    ]);

    expect(result.ranked.map(({ useCase }) => [useCase.id, useCase.row])).toEqual([
      ["UC-1", 2],
      ["UC-2", 5],
    ]);
    expect(result.read.notScored).toEqual([]);
    expect(result.read.emptyRowCount).toBe(3);
    expect(result.problems).toEqual([]);
  });

  it("treats a row as empty when all its cells but its id are blank", () => {
    const result = scoreRows([aRow(), { id: "UC-9", name: "  " }, { id: "UC-10" }]);

    expect(result.ranked).toHaveLength(1);
    expect(result.read.notScored).toEqual([]);
    expect(result.read.emptyRowCount).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it("does not drop a row with an owner and a budget but no name: it is not scored, and says why on its name cell", () => {
    const result = scoreRows([aRow(), { id: "UC-9", owner: "Ana", budget: 5000, name: "  " }]);

    expect(result.ranked).toHaveLength(1);
    expect(result.read.notScored.map((row) => [row.row, row.id, row.owner])).toEqual([
      [3, "UC-9", "Ana"],
    ]);
    expect(result.read.emptyRowCount).toBe(0);
    expect(problemList(result)[0]).toBe(
      "Candidates!B3: Use case: found a blank cell; every use case needs a name",
    );
  });

  it("does not score a row without a name, and says so on its name cell", () => {
    const result = scoreRows([aRow({ id: "UC-1", name: null })]);

    expect(result.ranked).toEqual([]);
    expect(result.read.notScored.map((row) => [row.row, row.id])).toEqual([[2, "UC-1"]]);
    expect(problemList(result)).toEqual([
      "Candidates!B2: Use case: found a blank cell; every use case needs a name",
    ]);
  });

  it("does not score a row with a problem on any one axis, and names that cell", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", value: 0 }),
      aRow({ id: "UC-2", feasibility: "n/a" }),
      aRow({ id: "UC-3", dataReadiness: { error: "#N/A" } }),
      aRow({ id: "UC-4", regulatoryRisk: 6 }),
      aRow({ id: "UC-5" }),
    ]);

    expect(result.ranked.map(({ useCase }) => useCase.id)).toEqual(["UC-5"]);
    expect(result.read.notScored.map((row) => row.id)).toEqual(["UC-1", "UC-2", "UC-3", "UC-4"]);
    expect(result.problems.map((problem) => problem.cell)).toEqual([
      "Candidates!D2",
      "Candidates!E3",
      "Candidates!F4",
      "Candidates!G5",
    ]);
  });

  it("lists every problem of a row that has several, in column order", () => {
    const result = scoreRows([
      aRow({
        name: "",
        value: null,
        feasibility: "hihg",
        dataReadiness: "",
        regulatoryRisk: 9,
        budget: "lots",
      }),
    ]);

    expect(result.read.notScored[0]?.problems.map(describeProblem)).toMatchInlineSnapshot(`
      [
        "Candidates!B2: Use case: found a blank cell; every use case needs a name",
        "Candidates!D2: Business value: found a blank cell; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
        "Candidates!E2: Technical feasibility: found "hihg"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
        "Candidates!F2: Data readiness: found a blank cell; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
        "Candidates!G2: Regulatory risk: found 9, outside 1 to 5; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
        "Candidates!H2: Budget: found "lots"; expected an amount such as 120000, $120,000, 120k, 1.2M or EUR 50 000 (left blank when unknown); counted as unknown",
      ]
    `);
  });

  it("keeps every non-empty row, scored or not, in sheet order", () => {
    const result = scoreRows([
      aRow({ id: "A" }),
      aRow({ id: "B", value: "?" }),
      BLANK_ROW,
      aRow({ id: "C", name: null }),
      aRow({ id: "D" }),
    ]);

    expect(result.ranked.map(({ useCase }) => useCase.row)).toEqual([2, 6]);
    expect(result.read.notScored.map((row) => row.row)).toEqual([3, 5]);
  });

  it("carries columns it does not know along with each row, untouched", () => {
    const sheet = aSheet({
      name: "Candidates",
      values: [
        [
          "Use case",
          "Value at risk",
          "Business value",
          "Technical feasibility",
          "Data readiness",
          "Regulatory risk",
          "Sponsor",
        ],
        ["Triage", 250000, 4, 4, 4, 2, '=HYPERLINK("x")'],
        ["Chatbot", null, 2, 2, 2, 2, { error: "#N/A" }],
      ],
    });

    const result = scoreSheets([sheet]);

    expect(result.read.carriedColumns.map((column) => column.header)).toEqual([
      "Value at risk",
      "Sponsor",
    ]);
    expect(result.ranked.map(({ useCase }) => useCase.carried)).toEqual([
      [250000, '=HYPERLINK("x")'],
      [null, { error: "#N/A" }],
    ]);
  });
});

describe("naming the cell of a problem", () => {
  it("names it the way Excel does, with the sheet name bare when it is plain", () => {
    const result = scoreRows(
      [BLANK_ROW, BLANK_ROW, BLANK_ROW, BLANK_ROW, BLANK_ROW, aRow({ value: 7 })],
      {
        name: "Candidates",
        columns: [
          "id",
          "name",
          "owner",
          "budget",
          "value",
          "feasibility",
          "dataReadiness",
          "regulatoryRisk",
        ],
      },
    );

    expect(result.problems.map((problem) => problem.cell)).toEqual(["Candidates!E7"]);
  });

  it.each([
    ["FY27 inventory", "'FY27 inventory'!D2"],
    ["Ana's list", "'Ana''s list'!D2"],
    ["Use-cases", "'Use-cases'!D2"],
    ["Use_cases_2027", "Use_cases_2027!D2"],
  ])("quotes the sheet name %j as Excel needs", (name, cell) => {
    const result = scoreRows([aRow({ value: "n/a" })], { name });

    expect(result.problems.map((problem) => problem.cell)).toEqual([cell]);
  });

  it("counts rows and columns from where the used range starts on the sheet", () => {
    const result = scoreRows([aRow({ feasibility: "n/a" })], {
      top: 4,
      left: 3,
      above: [["FY27 candidates"]],
    });

    // Header on sheet row 5; the used range starts in column C, so feasibility sits in G.
    expect(result.read.header.row).toBe(5);
    expect(result.problems.map((problem) => [problem.cell, problem.row])).toEqual([
      ["Candidates!G6", 6],
    ]);
  });
});

describe("a formula cell saved without its value", () => {
  const unsaved = (formula: string): RawCell => ({ unsavedFormula: formula });

  it("is a problem that says the file was saved without calculating, not a blank cell", () => {
    const result = scoreRows([
      aRow({ id: "UC-1", value: unsaved("AVERAGE(K2:M2)") }),
      aRow({ id: "UC-2", name: unsaved('B3&" pilot"') }),
      aRow({ id: "UC-3", budget: unsaved("SUM(N4:P4)") }),
    ]);

    expect(result.ranked.map(({ useCase }) => [useCase.id, useCase.budget])).toEqual([
      ["UC-3", undefined],
    ]);
    expect(problemList(result)).toEqual([
      "Candidates!D2: Business value: found the formula =AVERAGE(K2:M2) with no saved value: the file was saved without calculating; open it in Excel and save it, so its values are saved too",
      'Candidates!B3: Use case: found the formula =B3&" pilot" with no saved value: the file was saved without calculating; open it in Excel and save it, so its values are saved too',
      "Candidates!H4: Budget: found the formula =SUM(N4:P4) with no saved value: the file was saved without calculating; open it in Excel and save it, so its values are saved too; counted as unknown",
    ]);
  });

  it("keeps a row of such formulas, since what they hold is unknown", () => {
    const result = scoreRows([aRow(), { id: "UC-2", name: unsaved("A3") }]);

    expect(result.read.notScored.map((row) => row.row)).toEqual([3]);
    expect(result.read.emptyRowCount).toBe(0);
  });
});
