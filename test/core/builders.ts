/**
 * Small builders for the engine's tests: a use-case sheet, a use case, settings, and a
 * readable summary of a roadmap. Each starts from a plain, valid default so a test names only
 * what it is about: `aUseCase({ id: "B", dependsOn: ["A"] })`.
 */
import {
  type AxisScores,
  type Field,
  formatQuarter,
  DEFAULT_WEIGHTS,
  RoadmapSettingsSchema,
  type RoadmapSettings,
  type ScoringSettings,
  type Weights,
  type RawCell,
  type SheetInput,
  type WorkbookInput,
} from "../../src/core/model";
import type { NumberReading } from "../../src/core/numbers";
import { rankUseCases, type RankedUseCase } from "../../src/core/rank";
import type { UseCase } from "../../src/core/read";
import { keptOffReasonText, placeOnRoadmap, type Roadmap } from "../../src/core/plan";
import { scoreWorkbook, type ScoringResult } from "../../src/core/score";
import { ScoringSettingsSchema } from "../../src/core/model/settings";

// ---------------------------------------------------------------------------------------
// Sheets and workbooks

// Typed out from DESIGN §1's table, on purpose not imported from the code under test.
export const SYNONYMS_IN_THE_CONTRACT: readonly [Field, string][] = [
  ["id", "id"],
  ["id", "ref"],
  ["id", "key"],
  ["id", "use case id"],
  ["id", "uc id"],
  ["name", "use case"],
  ["name", "name"],
  ["name", "title"],
  ["name", "use case name"],
  ["name", "initiative"],
  ["name", "opportunity"],
  ["description", "description"],
  ["description", "summary"],
  ["description", "details"],
  ["owner", "owner"],
  ["owner", "accountable owner"],
  ["owner", "lead"],
  ["owner", "dri"],
  ["value", "business value"],
  ["value", "value"],
  ["value", "impact"],
  ["value", "biz value"],
  ["feasibility", "technical feasibility"],
  ["feasibility", "feasibility"],
  ["feasibility", "tech feasibility"],
  ["dataReadiness", "data readiness"],
  ["dataReadiness", "data"],
  ["dataReadiness", "data availability"],
  ["regulatoryRisk", "regulatory risk"],
  ["regulatoryRisk", "risk"],
  ["regulatoryRisk", "reg risk"],
  ["regulatoryRisk", "compliance risk"],
  ["budget", "budget"],
  ["budget", "cost"],
  ["budget", "estimated cost"],
  ["budget", "est budget"],
  ["budget", "rough budget"],
  ["duration", "duration"],
  ["duration", "quarters"],
  ["duration", "duration quarters"],
  ["dependsOn", "depends on"],
  ["dependsOn", "dependencies"],
  ["dependsOn", "prerequisites"],
  ["facing", "facing"],
  ["facing", "audience"],
  ["hoursSaved", "hours saved"],
  ["hoursSaved", "hours saved per week"],
  ["hoursSaved", "hours saved week"],
];

/** The columns of a typical use-case sheet, in order, with the header a person would write. */
export const STANDARD_HEADERS = {
  id: "ID",
  name: "Use case",
  owner: "Owner",
  value: "Business value",
  feasibility: "Technical feasibility",
  dataReadiness: "Data readiness",
  regulatoryRisk: "Regulatory risk",
  budget: "Budget",
  duration: "Duration",
  dependsOn: "Depends on",
} as const;

export type StandardColumn = keyof typeof STANDARD_HEADERS;

/**
 * Where each standard column lands when all are present (header on row 1):
 * A ID, B Use case, C Owner, D Business value, E Technical feasibility, F Data readiness,
 * G Regulatory risk, H Budget, I Duration, J Depends on.
 */
export const ALL_COLUMNS = Object.keys(STANDARD_HEADERS) as StandardColumn[];

/** One data row, by column; anything left out is a blank cell. */
export type RowCells = Partial<Record<StandardColumn, RawCell>>;

/** A complete, scorable row: a name, an owner and a middling 3 on every axis. */
export function aRow(cells: RowCells = {}): RowCells {
  return {
    name: "A use case",
    owner: "Ana Ruiz",
    value: 3,
    feasibility: 3,
    dataReadiness: 3,
    regulatoryRisk: 3,
    ...cells,
  };
}

/** A row with nothing in it. */
export const BLANK_ROW: RowCells = {};

export interface UseCaseSheetOptions {
  readonly name?: string;
  /** Which standard columns the sheet has, in order; all of them by default. */
  readonly columns?: readonly StandardColumn[];
  /** Rows written above the header row (titles, notes). */
  readonly above?: readonly (readonly RawCell[])[];
  readonly top?: number;
  readonly left?: number;
  readonly tableName?: string;
}

/** A sheet with a header row and one row per entry of `rows`. */
export function aUseCaseSheet(
  rows: readonly RowCells[],
  options: UseCaseSheetOptions = {},
): SheetInput {
  const columns = options.columns ?? ALL_COLUMNS;
  const header: RawCell[] = columns.map((column) => STANDARD_HEADERS[column]);
  const body: RawCell[][] = rows.map((cells) => columns.map((column) => cells[column] ?? null));
  return aSheet({
    name: options.name ?? "Candidates",
    values: [...(options.above ?? []), header, ...body],
    ...(options.top !== undefined && { top: options.top }),
    ...(options.left !== undefined && { left: options.left }),
    ...(options.tableName !== undefined && { tableName: options.tableName }),
  });
}

/** A sheet from a raw grid, its top-left cell at A1 unless told otherwise. */
export function aSheet(sheet: Partial<SheetInput> & Pick<SheetInput, "values">): SheetInput {
  return { name: "Sheet1", top: 1, left: 1, ...sheet };
}

export function aWorkbook(...sheets: SheetInput[]): WorkbookInput {
  return { sheets };
}

// ---------------------------------------------------------------------------------------
// Settings

export function roadmapSettings(overrides: Partial<RoadmapSettings> = {}): RoadmapSettings {
  return RoadmapSettingsSchema.parse({ start: "2027-Q1", ...overrides });
}

export function scoringSettings(
  overrides: { weights?: Weights; roadmap?: Partial<RoadmapSettings> } = {},
): ScoringSettings {
  return ScoringSettingsSchema.parse({
    weights: overrides.weights ?? DEFAULT_WEIGHTS,
    roadmap: roadmapSettings(overrides.roadmap),
  });
}

/**
 * Numbers written as text read as in en-US, as the contract writes its examples (`$120,000`);
 * a test about an undeclared locale passes `{}`.
 */
export const EN_US_NUMBERS: NumberReading = {
  declared: { decimalSeparator: ".", declaredBy: "--locale en-US" },
};

/** Scores the first sheet with a header row of a workbook made of `sheets`. */
export function scoreSheets(
  sheets: readonly SheetInput[],
  settings: ScoringSettings = scoringSettings(),
  numbers: NumberReading = EN_US_NUMBERS,
): ScoringResult {
  return scoreWorkbook({ sheets }, settings, { numbers });
}

/** Scores a one-sheet workbook whose sheet holds `rows` under the standard headers. */
export function scoreRows(
  rows: readonly RowCells[],
  options: UseCaseSheetOptions & { settings?: ScoringSettings; numbers?: NumberReading } = {},
): ScoringResult {
  return scoreSheets([aUseCaseSheet(rows, options)], options.settings, options.numbers);
}

// ---------------------------------------------------------------------------------------
// Use cases, ranked and placed

export type UseCaseOverrides = Partial<Omit<UseCase, "scores">> & Partial<AxisScores>;

let nextRow = 2;

/**
 * A scored use case. Axes default to 3 (score 50 with equal weights, no governance flag),
 * so use cases that differ in nothing else rank in row order. Rows count up from 2 across
 * calls unless given; the id defaults to `R<row>` like a sheet without an id column.
 */
export function aUseCase(overrides: UseCaseOverrides = {}): UseCase {
  const {
    value = 3,
    feasibility = 3,
    dataReadiness = 3,
    regulatoryRisk = 3,
    row = nextRow++,
    ...rest
  } = overrides;
  return {
    row,
    id: `R${row}`,
    name: `Use case on row ${row}`,
    carried: [],
    problems: [],
    duration: 1,
    dependsOn: [],
    ...rest,
    scores: { value, feasibility, dataReadiness, regulatoryRisk },
  };
}

/** Use cases that rank in the order given: same scores, rows counting up from 2. */
export function useCasesInRankOrder(...overrides: UseCaseOverrides[]): UseCase[] {
  return overrides.map((each, index) => aUseCase({ row: index + 2, ...each }));
}

export function rankedWithDefaultWeights(useCases: readonly UseCase[]): RankedUseCase[] {
  return rankUseCases(useCases, DEFAULT_WEIGHTS);
}

export interface RoadmapOptions extends Partial<RoadmapSettings> {
  /** Rows that exist in the sheet but were not scored. */
  readonly notScored?: readonly { readonly row: number; readonly id: string }[];
}

/** Ranks with equal weights and places on a roadmap starting 2027-Q1 by default. */
export function roadmapOf(useCases: readonly UseCase[], options: RoadmapOptions = {}): Roadmap {
  const { notScored = [], ...settings } = options;
  return placeOnRoadmap({
    ranked: rankedWithDefaultWeights(useCases),
    notScored,
    settings: roadmapSettings(settings),
  });
}

export interface RoadmapSummary {
  /** `"A 2027-Q1"`, or `"A 2027-Q1..2027-Q3"` when it runs longer, in the roadmap's order. */
  readonly placed: string[];
  /** `"B: dependency A"`, in the roadmap's order. */
  readonly keptOff: string[];
}

/** A roadmap as a person would read it out. */
export function summarise(roadmap: Roadmap): RoadmapSummary {
  return {
    placed: roadmap.placed.map(({ ranked, start, end }) => {
      const span =
        start === end ? formatQuarter(start) : `${formatQuarter(start)}..${formatQuarter(end)}`;
      return `${ranked.useCase.id} ${span}`;
    }),
    keptOff: roadmap.keptOff.map(
      ({ ranked, reason }) => `${ranked.useCase.id}: ${keptOffReasonText(reason)}`,
    ),
  };
}

/** Places and summarises in one go. */
export function planOf(useCases: readonly UseCase[], options: RoadmapOptions = {}): RoadmapSummary {
  return summarise(roadmapOf(useCases, options));
}
