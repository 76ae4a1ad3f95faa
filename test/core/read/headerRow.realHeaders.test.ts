import fc from "fast-check";
import { chooseSourceSheet } from "../../../src/core/read";
import {
  describeProblem,
  UnusableInputError,
  type RawCell,
  type SheetInput,
} from "../../../src/core/model";
import { aSheet, aWorkbook, scoreSheets } from "../builders";

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof UnusableInputError) return error.message;
    throw error;
  }
  throw new Error("expected the input to be unusable");
};

describe("headers as people really write them", () => {
  it("reads an agency inventory's numbered, scored and slashed headers", () => {
    const result = scoreSheets([
      aSheet({
        name: "Inventory",
        values: [
          [
            "1. Use Case ID",
            "2. Use Case Name",
            "3. Business Value Score",
            "4. Technical Feasibility Rating",
            "5. Data Readiness Level",
            "6. Regulatory/Compliance Risk",
          ],
          ["UC-1", "Invoice triage", 4, 5, 4, 2],
        ],
      }),
    ]);

    expect(result.read.header.fieldColumns).toEqual({
      id: 1,
      name: 2,
      value: 3,
      feasibility: 4,
      dataReadiness: 5,
      regulatoryRisk: 6,
    });
    expect(result.ranked.map(({ useCase }) => useCase.name)).toEqual(["Invoice triage"]);
  });

  it("never takes a cell holding an Excel error for a header", () => {
    const values: RawCell[][] = [
      ["Use case", { error: "#VALUE!" }, "Feasibility", "Data", "Risk"],
      ["Triage", 4, 4, 4, 2],
    ];

    expect(messageOf(() => chooseSourceSheet(aWorkbook(aSheet({ name: "S", values }))))).toContain(
      "missing business value",
    );
    const header = chooseSourceSheet(
      aWorkbook(
        aSheet({
          values: [
            [...(values[0] ?? []), "Value"],
            [...(values[1] ?? []), 3],
          ],
        }),
      ),
    ).header;
    expect(header.fieldColumns.value).toBe(6);
    expect(header.columns[1]).toEqual({ column: 2, header: "#VALUE!", notAHeader: true });
  });

  it("uses the first of two columns that name one field, and says so on the second", () => {
    const result = scoreSheets([
      aSheet({
        name: "Candidates",
        values: [
          ["Use case", "Owner", "Business value", "Feasibility", "Data", "Risk", "Impact"],
          ["Triage", "Ana", 4, 4, 4, 2, 1],
        ],
      }),
    ]);

    expect(result.ranked[0]?.useCase.scores.value).toBe(4);
    expect(result.read.carriedColumns.map((column) => column.header)).toEqual(["Impact"]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Candidates!G1: Business value: "Impact" also names business value; the first such column, C1, is read and this one is carried along',
    ]);
  });
});

describe("the one-line error when no header row is found", () => {
  it("names the row that came closest, below the first 20 rows", () => {
    const notes: RawCell[][] = Array.from({ length: 21 }, (_, index) => [`Note ${index + 1}`]);
    const message = messageOf(() =>
      chooseSourceSheet(
        aWorkbook(
          aSheet({ name: "Backlog", values: [...notes, ["Use case", "Business value", "Risk"]] }),
        ),
      ),
    );

    expect(message).toBe(
      "No sheet has a header row (within the first 50 rows) with a use case name column and the four axis columns: " +
        "business value, technical feasibility, data readiness, regulatory risk. " +
        "Closest: Backlog row 22 has Use case (use case), Business value (business value), Risk (regulatory risk); " +
        "missing technical feasibility, data readiness.",
    );
  });

  it("quotes headers with line breaks on one line", () => {
    const message = messageOf(() =>
      chooseSourceSheet(
        aWorkbook(
          aSheet({
            name: "Inventory",
            values: [["Use case\nname", "Business\r\nvalue\n(1-5)", "Risk\u2028level"]],
          }),
        ),
      ),
    );

    expect(message).toContain(
      "Inventory row 1 has Use case name (use case), Business value (1-5) (business value), Risk level (regulatory risk)",
    );
    expect(message).not.toMatch(/[\r\n\u2028\u2029]/);
  });

  it("says when the axis columns sit beside the table, outside it, naming the table and its range", () => {
    const sheet: SheetInput = aSheet({
      name: "Use cases",
      top: 3,
      left: 2,
      tableName: "Inventory",
      tableSize: { rows: 3, columns: 3 },
      values: [
        ["ID", "Use case", "Owner"],
        ["UC-1", "Triage", "Ana"],
        ["UC-2", "Chatbot", null],
      ],
      besideTable: [
        { column: 5, value: "Business value" },
        { column: 6, value: "Technical feasibility" },
        { column: 7, value: "Data readiness" },
        { column: 8, value: "Regulatory risk" },
        { column: 9, value: "Notes" },
      ],
    });

    expect(messageOf(() => chooseSourceSheet(aWorkbook(sheet), "Use cases"))).toBe(
      "'Use cases' has no usable header row: 'Use cases' row 3 (the header of table Inventory, B3:D5) has " +
        "ID (id), Use case (use case), Owner (owner); missing business value, technical feasibility, data readiness, regulatory risk; " +
        "Business value (E3), Technical feasibility (F3), Data readiness (G3), Regulatory risk (H3) sit beside the table Inventory (B3:D5), " +
        "outside it: resize the table to take them in (Table Design > Resize Table). " +
        "It needs a header row (within the first 50 rows) with a use case name column and the four axis columns: " +
        "business value, technical feasibility, data readiness, regulatory risk.",
    );
  });

  it("names a table's range from its values when the reader does not give its size", () => {
    const sheet = aSheet({
      name: "S",
      tableName: "T",
      values: [["Use case", "Owner"], ["A"]],
    });

    expect(messageOf(() => chooseSourceSheet(aWorkbook(sheet)))).toContain(
      "S row 1 (the header of table T, A1:B2) has",
    );
  });

  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom("Use case\nname", "Business\r\nvalue", "Risk\u2028", "\u0085Data", "x\n\n\ny"),
    fc.constantFrom("Use case", "Business value", "Feasibility", "Data", "Risk"),
  );
  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    anyText,
    fc.constant(null),
    fc.integer(),
    fc.constantFrom<RawCell>({ error: "#VALUE!" }, { unsavedFormula: 'A1&"\n"' }),
  );

  it("is one line whatever the headers hold", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
            values: fc.array(fc.array(anyCell, { maxLength: 7 }), { maxLength: 4 }),
            tableName: fc.option(fc.constantFrom("Inventory", "Table1"), { nil: undefined }),
            besideTable: fc.array(
              fc.record({ column: fc.integer({ min: 1, max: 40 }), value: anyCell }),
              {
                maxLength: 4,
              },
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.option(anyText, { nil: undefined }),
        (sheets, sheetName) => {
          const workbook = aWorkbook(
            ...sheets.map(({ tableName, ...sheet }) =>
              aSheet({ ...sheet, ...(tableName !== undefined && { tableName }) }),
            ),
          );
          try {
            chooseSourceSheet(workbook, sheetName);
          } catch (error) {
            if (!(error instanceof UnusableInputError)) throw error;
            expect(error.message).not.toMatch(/[\n\r\u2028\u2029\u0085\v\f]/);
            expect(error.message.trim()).toBe(error.message);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
