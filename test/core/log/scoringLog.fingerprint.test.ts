import fc from "fast-check";
import { sha256Hex } from "../../../src/core/log/sha256";
import { canonicalInputText, inputFingerprint } from "../../../src/core/log/scoringLogFingerprint";
import type { RawCell, SheetInput } from "../../../src/core/model";
import { aSheet } from "../builders";

const GRID: RawCell[][] = [
  [
    "ID",
    "Use case",
    "Business value",
    "Technical feasibility",
    "Data readiness",
    "Regulatory risk",
  ],
  ["AI-01", "Invoice triage", 5, "4", true, { error: "#N/A" }],
  ["AI-02", "Claims chatbot", 3, 3],
];

describe("the input fingerprint", () => {
  it("is the SHA-256 of the documented JSON text", () => {
    const sheet = aSheet({
      name: "Candidates",
      values: [
        ["ID", "Use case"],
        ["AI-01", 4],
      ],
    });
    const canonical =
      '{"format":"opportunity-scorer/input/1","sheets":[' +
      '{"name":"Candidates","top":1,"left":1,"rows":[["ID","Use case"],["AI-01",4]]}]}';

    expect(canonicalInputText(sheet)).toBe(canonical);
    expect(inputFingerprint(sheet)).toBe(sha256Hex(canonical));
  });

  it("is the same for ragged rows and rows padded with blanks, as the two readers give them", () => {
    const ragged = aSheet({ name: "Candidates", values: GRID });
    const padded = aSheet({
      name: "Candidates",
      values: [
        ...GRID.map((row) => [...row, ...new Array<RawCell>(8 - row.length).fill(null), ""]),
        [null, "", null],
        [],
      ],
    });

    expect(inputFingerprint(padded)).toBe(inputFingerprint(ragged));
  });

  it("is the same when blank rows and columns above and to the left are in the range or not", () => {
    const tight = aSheet({ name: "Candidates", top: 3, left: 2, values: GRID });
    const loose = aSheet({
      name: "Candidates",
      top: 1,
      left: 1,
      values: [[], [null, ""], ...GRID.map((row) => [null, ...row])],
    });

    expect(inputFingerprint(loose)).toBe(inputFingerprint(tight));
  });

  it("keeps a blank row in the middle and a blank cell in the middle of a row", () => {
    const sheet = aSheet({ values: [["a", null, "b"], [], ["c"]] });

    expect(canonicalInputText(sheet)).toContain('"rows":[["a",null,"b"],[],["c"]]');
  });

  it("differs when any cell changes: a value, its type, or a blank filled in", () => {
    const base = aSheet({ name: "Candidates", values: GRID });
    const changed = (row: number, column: number, cell: RawCell): SheetInput => {
      const values = GRID.map((cells) => [...cells]);
      (values[row] as RawCell[])[column] = cell;
      return aSheet({ name: "Candidates", values });
    };
    const variants = [
      changed(1, 2, 4), // a score
      changed(1, 2, "5"), // the same number as text
      changed(1, 3, 4), // text "4" as a number
      changed(1, 4, "TRUE"), // a boolean as text
      changed(1, 5, "#N/A"), // an error as text
      changed(1, 5, null), // an error cleared
      changed(1, 1, "Invoice triage "), // a trailing space
      changed(2, 4, 3), // a blank filled in
      changed(2, 3, null), // a value cleared
    ];
    const fingerprints = new Set([base, ...variants].map((sheet) => inputFingerprint(sheet)));

    expect(fingerprints.size).toBe(variants.length + 1);
  });

  it("differs when the same cells sit elsewhere, or on a sheet of another name", () => {
    const base = inputFingerprint(aSheet({ name: "Candidates", values: GRID }));

    expect(inputFingerprint(aSheet({ name: "Candidates", top: 2, values: GRID }))).not.toBe(base);
    expect(inputFingerprint(aSheet({ name: "Candidates", left: 2, values: GRID }))).not.toBe(base);
    expect(inputFingerprint(aSheet({ name: "candidates", values: GRID }))).not.toBe(base);
  });

  it("covers the Scores sheet when the ratings come from one", () => {
    const source = aSheet({ name: "Candidates", values: GRID });
    const scores = aSheet({ name: "Scores", values: [["Rater", "ID", "Axis", "Score"]] });
    const rescored = aSheet({
      name: "Scores",
      values: [["Rater", "ID", "Axis", "Score"], ["Ana"]],
    });

    expect(inputFingerprint(source, scores)).not.toBe(inputFingerprint(source));
    expect(inputFingerprint(source, rescored)).not.toBe(inputFingerprint(source, scores));
    expect(canonicalInputText(source, scores)).toContain('},{"name":"Scores","top":1');
  });

  it("treats an empty sheet as no rows at A1, however the reader placed it", () => {
    expect(canonicalInputText(aSheet({ name: "S", top: 5, left: 3, values: [[null]] }))).toBe(
      '{"format":"opportunity-scorer/input/1","sheets":[{"name":"S","top":1,"left":1,"rows":[]}]}',
    );
  });

  it("hashes row by row exactly the text it documents, for any cells", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(" ", "é", "😀", "\ud800", "=1+1"),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom("#N/A", "#DIV/0!").map((error) => ({ error })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (values, top, left) => {
          const sheet = aSheet({ name: "Candidates", top, left, values });
          expect(inputFingerprint(sheet)).toBe(sha256Hex(canonicalInputText(sheet)));
        },
      ),
    );
  });

  it("is the same for any grid however it is padded with blank cells, rows and columns", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 3 }),
      fc.integer(),
      fc.boolean(),
    );
    const blank = fc.constantFrom<RawCell>(null, "");
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
        fc.array(fc.array(blank, { maxLength: 3 }), { minLength: 6, maxLength: 6 }),
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        (values, padding, rowsAbove, columnsLeft) => {
          const padded = [
            ...Array.from({ length: rowsAbove }, (): RawCell[] => []),
            ...values.map((row, index) => [
              ...new Array<RawCell>(columnsLeft).fill(null),
              ...row,
              ...(padding[index] ?? []),
            ]),
            padding[5] ?? [],
          ];
          const sheet = aSheet({ name: "Candidates", top: 4, left: 3, values });
          const paddedSheet = aSheet({
            name: "Candidates",
            top: 4 - rowsAbove,
            left: 3 - columnsLeft,
            values: padded,
          });
          expect(inputFingerprint(paddedSheet)).toBe(inputFingerprint(sheet));
        },
      ),
    );
  });
});
