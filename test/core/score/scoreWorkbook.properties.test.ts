import fc from "fast-check";
import {
  type Field,
  UnusableInputError,
  type ScoringSettings,
  type RawCell,
  type SheetInput,
} from "../../../src/core/model";
import { JsonReportSchema } from "../../../src/core/report/jsonReport";
import { toJsonReport } from "../../../src/core/report";
import { describeOutputSheets } from "../../../src/core/sheets";
import { scoreWorkbook } from "../../../src/core/score";
import { ScoringSettingsSchema } from "../../../src/core/model/settings";
import { SYNONYMS_IN_THE_CONTRACT } from "../builders";
import { formulaMismatches, positionOf } from "../sheetReader";

const REQUIRED: readonly Field[] = [
  "name",
  "value",
  "feasibility",
  "dataReadiness",
  "regulatoryRisk",
];
const OPTIONAL: readonly Field[] = [
  "id",
  "description",
  "owner",
  "budget",
  "duration",
  "dependsOn",
  "facing",
  "hoursSaved",
];

const synonymsOf = (field: Field): string[] =>
  SYNONYMS_IN_THE_CONTRACT.filter(([named]) => named === field).map(([, synonym]) => synonym);

/** A synonym as a person might type it: any case, any punctuation between words, a unit in brackets. */
const headerFor = (field: Field): fc.Arbitrary<string> =>
  fc
    .record({
      synonym: fc.constantFrom(...synonymsOf(field)),
      upper: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      separator: fc.constantFrom(" ", "_", "-", "  ", " / ", "—", ".", "\t", " – "),
      prefix: fc.constantFrom("", " ", "* ", "#", "» "),
      suffix: fc.constantFrom(
        "",
        " ",
        ":",
        " (1-5)",
        " [1–5]",
        " (est.)",
        " [score] (0..5)",
        "?",
        " (£)",
      ),
    })
    .map(({ synonym, upper, separator, prefix, suffix }) => {
      const cased = [...synonym]
        .map((letter, index) => (upper[index] ? letter.toUpperCase() : letter))
        .join("");
      return prefix + cased.split(" ").join(separator) + suffix;
    });

// Headers that name no field: "x" starts no synonym, and the fixed ones are near misses.
const unmatchedHeader = fc.oneof(
  fc.constantFrom(
    "Notes",
    "Value at risk",
    "Risk appetite",
    "Sponsor",
    "Owner email",
    "",
    "Data readiness notes",
  ),
  fc.string({ maxLength: 20 }).map((text) => `x ${text}`),
);

const EXCEL_ERRORS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
];

const garbage: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ minLength: 200, maxLength: 3000 }),
  fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error })),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    null,
    "",
    "   ",
    "n/a",
    "#N/A",
    "tbd",
    "hihg",
    "4.5.6",
    "4-",
    '=HYPERLINK("x")',
    "+1-555",
    "@foo",
  ),
);

const IDS = ["UC-1", "uc-1", "UC-2", " UC-3 ", "Pilot", "7", "R5"];

const plausible: Partial<Record<Field, fc.Arbitrary<RawCell>>> = {
  id: fc.oneof(fc.constantFrom(...IDS), fc.constant(7), fc.constant(null)),
  name: fc.oneof(
    fc.constantFrom("Invoice triage", "Claims chatbot", "Churn model"),
    fc.string({ minLength: 1 }),
  ),
  owner: fc.constantFrom("Ana Ruiz", "CFO office", null, "  "),
  budget: fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.constantFrom("$120,000", "120k", "1.2M", "€ 50 000", "USD 80k", "-5k", null),
  ),
  duration: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom("2", 0, 5, 1.5, "two", null)),
  dependsOn: fc
    .array(fc.constantFrom(...IDS, "UC-99", " uc-2", "pilot"), { maxLength: 3 })
    .chain((ids) => fc.constantFrom(", ", ";", ",").map((separator) => ids.join(separator))),
  facing: fc.constantFrom("internal", "Customer", "partner", null),
  hoursSaved: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom("5", -1, null)),
};
const axisScore: fc.Arbitrary<RawCell> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 1, max: 5, noNaN: true }),
  fc.constantFrom(
    "4",
    " 4.5 ",
    "4 - High",
    "2 – Low",
    "3: Medium",
    "5. Top",
    "1 x",
    "very low",
    "LOW",
    "Med",
    "moderate",
    "High",
    "VERY HIGH",
  ),
);

const cellFor = (field: Field | undefined): fc.Arbitrary<RawCell> => {
  const likely =
    field === undefined
      ? garbage
      : REQUIRED.includes(field) && field !== "name"
        ? axisScore
        : (plausible[field] ?? garbage);
  return fc.oneof({ weight: 4, arbitrary: likely }, { weight: 1, arbitrary: garbage });
};

interface GeneratedSheet {
  readonly sheet: SheetInput;
  /** Index into `values` of the header row, when the sheet has one. */
  readonly headerIndex?: number;
  /** Column offset of the id column; -1 without one. */
  readonly idOffset: number;
}

const sheetName = fc.oneof(
  fc.constantFrom(
    "Candidates",
    "FY27 inventory",
    "Ana's list",
    "Données",
    "A1",
    "2027",
    "Use_cases",
  ),
  fc.string({ minLength: 1, maxLength: 31 }),
);

const useCaseSheet: fc.Arbitrary<GeneratedSheet> = fc
  .record({
    optional: fc.subarray([...OPTIONAL]),
    extras: fc.array(unmatchedHeader, { maxLength: 3 }),
    // Mostly a sheet with a header row; now and then one that lacks a required column.
    dropRequired: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...REQUIRED) },
    ),
  })
  .chain(({ optional, extras, dropRequired }) => {
    const columns: { field?: Field; extra: string }[] = [
      ...REQUIRED.filter((field) => field !== dropRequired).map((field) => ({ field, extra: "" })),
      ...optional.map((field) => ({ field, extra: "" })),
      ...extras.map((extra) => ({ extra })),
    ];
    return fc.record({
      columns: fc.shuffledSubarray(columns, {
        minLength: columns.length,
        maxLength: columns.length,
      }),
      hasHeader: fc.constant(dropRequired === undefined),
    });
  })
  .chain(({ columns, hasHeader }) =>
    fc
      .record({
        name: sheetName,
        top: fc.integer({ min: 1, max: 60 }),
        left: fc.integer({ min: 1, max: 30 }),
        titles: fc.array(fc.array(fc.oneof(fc.string(), fc.constant(null)), { maxLength: 3 }), {
          maxLength: 4,
        }),
        header: fc.tuple(
          ...columns.map(({ field, extra }) =>
            field === undefined ? fc.constant(extra) : headerFor(field),
          ),
        ),
        rows: fc.array(
          fc.oneof(
            { weight: 6, arbitrary: fc.tuple(...columns.map(({ field }) => cellFor(field))) },
            { weight: 1, arbitrary: fc.constant(columns.map(() => null)) },
            { weight: 1, arbitrary: fc.constant(columns.map(() => "  ")) },
          ),
          { maxLength: 25 },
        ),
        ragged: fc.array(fc.integer({ min: 0, max: columns.length + 2 }), {
          minLength: 25,
          maxLength: 25,
        }),
      })
      .map(({ name, top, left, titles, header, rows, ragged }): GeneratedSheet => {
        const body = rows.map((cells, index) => {
          const length = ragged[index] as number;
          return length > columns.length
            ? [...cells, ...Array<RawCell>(length - columns.length).fill(null)]
            : cells.slice(0, length);
        });
        return {
          sheet: { name, top, left, values: [...titles, header, ...body] },
          ...(hasHeader && { headerIndex: titles.length }),
          idOffset: columns.findIndex((column) => column.field === "id"),
        };
      }),
  );

const notesSheet: fc.Arbitrary<SheetInput> = fc
  .array(fc.array(garbage, { maxLength: 4 }), { maxLength: 5 })
  .map((values) => ({ name: "Notes", top: 1, left: 1, values }));

const settings: fc.Arbitrary<ScoringSettings> = fc
  .record({
    weights: fc.record({
      value: fc.double({ min: 0, max: 1000, noNaN: true }),
      feasibility: fc.double({ min: 0, max: 1000, noNaN: true }),
      dataReadiness: fc.double({ min: 0, max: 1000, noNaN: true }),
      regulatoryRisk: fc.double({ min: 1e-3, max: 1000, noNaN: true }),
    }),
    roadmap: fc.record({
      start: fc
        .tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 4 }))
        .map(([year, q]) => `${year}-Q${q}`),
      horizon: fc.integer({ min: 1, max: 8 }),
      slotsPerQuarter: fc.integer({ min: 1, max: 5 }),
      quarterBudget: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: undefined }),
    }),
  })
  .map((raw) => ScoringSettingsSchema.parse(raw));

const isBlank = (cell: RawCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Sheet rows below the header with anything in them but their id (DESIGN §1). */
function nonEmptyDataRows({ sheet, headerIndex, idOffset }: GeneratedSheet): number[] {
  const rows: number[] = [];
  sheet.values.forEach((cells, index) => {
    if (headerIndex === undefined || index <= headerIndex) return;
    if (cells.some((cell, offset) => offset !== idOffset && !isBlank(cell))) {
      rows.push(sheet.top + index);
    }
  });
  return rows;
}

/** How Excel writes a sheet name before `!`: bare, or quoted with quotes doubled. */
function acceptablePrefixes(name: string): string[] {
  const quoted = `'${name.replace(/'/g, "''")}'!`;
  return /^[\p{L}\p{N}_]+$/u.test(name) ? [`${name}!`, quoted] : [quoted];
}

describe("scoring any sheet a person might bring", () => {
  it("never fails except to say the input cannot be used, and loses no row", () => {
    fc.assert(
      fc.property(
        fc.option(notesSheet, { nil: undefined }),
        useCaseSheet,
        settings,
        (notes, generated, chosen) => {
          const sheets = notes === undefined ? [generated.sheet] : [notes, generated.sheet];
          const run = (): ReturnType<typeof scoreWorkbook> => scoreWorkbook({ sheets }, chosen);

          if (generated.headerIndex === undefined) {
            expect(run).toThrow(UnusableInputError);
            return;
          }
          const result = run();

          const seen = [
            ...result.ranked.map((entry) => entry.useCase.row),
            ...result.read.notScored.map((row) => row.row),
          ];
          expect([...seen].sort((a, b) => a - b)).toEqual(nonEmptyDataRows(generated));
          expect(result.read.sheetName).toBe(generated.sheet.name);
          for (const entry of result.ranked) {
            expect(entry.score).toBeGreaterThanOrEqual(0);
            expect(entry.score).toBeLessThanOrEqual(100 + 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names a real cell of the sheet in every problem", () => {
    fc.assert(
      fc.property(useCaseSheet, settings, (generated, chosen) => {
        fc.pre(generated.headerIndex !== undefined);
        const { sheet } = generated;
        const result = scoreWorkbook({ sheets: [sheet] }, chosen);
        const width = Math.max(...sheet.values.map((cells) => cells.length));

        for (const problem of result.problems) {
          const prefix = acceptablePrefixes(sheet.name).find((candidate) =>
            problem.cell.startsWith(candidate),
          );
          expect(prefix).toBeDefined();
          const { row, column } = positionOf(problem.cell.slice((prefix as string).length));
          expect(row).toBe(problem.row);
          expect(row).toBeGreaterThanOrEqual(sheet.top);
          expect(row).toBeLessThan(sheet.top + sheet.values.length);
          expect(column).toBeGreaterThanOrEqual(sheet.left);
          expect(column).toBeLessThan(sheet.left + width);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always produces a valid JSON report and output sheets whose formulas show what they compute", () => {
    fc.assert(
      fc.property(useCaseSheet, settings, (generated, chosen) => {
        fc.pre(generated.headerIndex !== undefined);
        const result = scoreWorkbook({ sheets: [generated.sheet] }, chosen);

        expect(JsonReportSchema.safeParse(toJsonReport(result)).success).toBe(true);
        const described = describeOutputSheets(result, {
          sheets: [generated.sheet],
          tableNames: [],
        });
        expect(formulaMismatches(described)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
