import { chooseSourceSheet } from "../../../src/core/read";
import { UnusableInputError, type RawCell } from "../../../src/core/model";
import { aRow, aSheet, aUseCaseSheet, aWorkbook, scoreSheets } from "../builders";

const HEADER: RawCell[] = [
  "Use case",
  "Business value",
  "Technical feasibility",
  "Data readiness",
  "Regulatory risk",
];
const DATA: RawCell[] = ["Invoice triage", 4, 4, 4, 2];

/** `count` rows of notes a person keeps above a table. */
function titleRows(count: number): RawCell[][] {
  return Array.from({ length: count }, (_, index) => [
    `Note ${index + 1}: scored in the week-3 session`,
  ]);
}

function headerRowOf(
  values: RawCell[][],
  sheet: { top?: number; tableName?: string } = {},
): number {
  return chooseSourceSheet(aWorkbook(aSheet({ values, ...sheet }))).header.row;
}

describe("finding the header row", () => {
  it("reads the header from the first row when nothing sits above it", () => {
    expect(headerRowOf([HEADER, DATA])).toBe(1);
  });

  it("skips a title and notes above the header and reads the rows below it", () => {
    const result = scoreSheets([
      aUseCaseSheet([aRow({ name: "Invoice triage" })], {
        above: [["FY27 AI candidates"], ["Scored 12 May"], []],
      }),
    ]);

    expect(result.read.header.row).toBe(4);
    expect(result.ranked.map((entry) => [entry.useCase.row, entry.useCase.name])).toEqual([
      [5, "Invoice triage"],
    ]);
    expect(result.problems).toEqual([]);
  });

  it("finds a header on the 22nd row, below a long preamble", () => {
    expect(headerRowOf([...titleRows(21), HEADER, DATA])).toBe(22);
  });

  it("finds a header on the 50th row of the used range", () => {
    expect(headerRowOf([...titleRows(49), HEADER, DATA])).toBe(50);
  });

  it("counts the 50 rows from the top of the used range, not from row 1 of the sheet", () => {
    expect(headerRowOf([...titleRows(49), HEADER, DATA], { top: 6 })).toBe(55);
  });

  it("does not look for a header on the 51st row", () => {
    const workbook = aWorkbook(aSheet({ values: [...titleRows(50), HEADER, DATA] }));

    expect(() => chooseSourceSheet(workbook)).toThrow(UnusableInputError);
  });

  it("takes the first row that has a name and all four axes, not a partial one above it", () => {
    const partial: RawCell[] = [
      "Use case",
      "Business value",
      "Technical feasibility",
      "Data readiness",
    ];

    expect(headerRowOf([partial, HEADER, DATA])).toBe(2);
  });

  it("takes the first of two complete header rows", () => {
    expect(headerRowOf([HEADER, HEADER, DATA])).toBe(1);
  });

  it("reads a table's header from the table's first row only", () => {
    expect(headerRowOf([HEADER, DATA], { tableName: "Candidates" })).toBe(1);
    expect(() =>
      chooseSourceSheet(
        aWorkbook(aSheet({ values: [["FY27 candidates"], HEADER, DATA], tableName: "Candidates" })),
      ),
    ).toThrow(UnusableInputError);
  });

  it("carries columns it does not recognise along, with their headers as written", () => {
    const header = chooseSourceSheet(
      aWorkbook(
        aSheet({
          values: [
            [...HEADER, "Value at risk", "Sponsor"],
            [...DATA, 120, "CFO"],
          ],
        }),
      ),
    ).header;

    expect(header.columns.filter((column) => column.field === undefined)).toEqual([
      { column: 6, header: "Value at risk" },
      { column: 7, header: "Sponsor" },
    ]);
  });

  it("maps each field to the first column that names it", () => {
    const header = chooseSourceSheet(
      aWorkbook(aSheet({ values: [[...HEADER, "Impact"], DATA], left: 3 })),
    ).header;

    expect(header.fieldColumns).toEqual({
      name: 3,
      value: 4,
      feasibility: 5,
      dataReadiness: 6,
      regulatoryRisk: 7,
    });
  });
});

describe("when no header row can be found", () => {
  it("says which columns it found and which are missing", () => {
    const workbook = aWorkbook(
      aSheet({
        name: "Candidates",
        values: [
          ["FY27 candidates"],
          ["ID", "Use case", "Value", "Risk", "Budget"],
          ["UC-1", "Triage", 4, 2, 100],
        ],
      }),
    );

    expect(() => chooseSourceSheet(workbook)).toThrow(
      "No sheet has a header row (within the first 50 rows) with a use case name column and the four axis columns: " +
        "business value, technical feasibility, data readiness, regulatory risk. " +
        "Closest: Candidates row 2 has ID (id), Use case (use case), Value (business value), Risk (regulatory risk), Budget (budget); " +
        "missing technical feasibility, data readiness.",
    );
  });

  it("says so when the named sheet has no header row, naming what is missing", () => {
    const workbook = aWorkbook(
      aSheet({
        name: "FY27 inventory",
        values: [
          ["Title", "Owner"],
          ["Triage", "Ana"],
        ],
      }),
    );

    expect(() => chooseSourceSheet(workbook, "FY27 inventory")).toThrow(
      "'FY27 inventory' has no usable header row: 'FY27 inventory' row 1 has Title (use case), Owner (owner); " +
        "missing business value, technical feasibility, data readiness, regulatory risk.",
    );
  });

  it("says a sheet is empty when it has no rows at all", () => {
    const workbook = aWorkbook(aSheet({ name: "Blank", values: [] }));

    expect(() => chooseSourceSheet(workbook, "Blank")).toThrow("Blank is empty");
  });

  it("refuses a workbook with no sheets", () => {
    expect(() => chooseSourceSheet(aWorkbook())).toThrow(UnusableInputError);
  });
});
