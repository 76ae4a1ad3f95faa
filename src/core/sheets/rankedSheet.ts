/**
 * The `Ranked` sheet (DESIGN §4): a weights block, the ranked list as an Excel table whose
 * score cells are live formulas over the weights and axis cells, then the rows that could
 * not be scored with their problems.
 */
import {
  AXES,
  AXIS_LABELS,
  absoluteCellReference,
  cellAddress,
  cellReference,
  columnLetters,
  quoteSheetName,
  rangeReference,
  describeProblem,
  type Problem,
  valueSettingsOf,
  normaliseWeights,
  type CellDescription,
  type CellStyleName,
  type SheetDescription,
  isExcelError,
  type RawCell,
} from "../model";
import { cellText, type RaterSummary } from "../read";
import { shownJudgement } from "../rank";
import {
  describeValueSettings,
  VALUE_HEADERS,
  valueCells,
  type ValueLayout,
} from "./rankedValueColumns";
import type { Stability, StabilityReport } from "../stability";
import type { ScoringResult } from "../score";
import { formula, linkedText, number, SheetGrid, text } from "./sheetGrid";

/** Where things sit on the Ranked sheet; the Roadmap sheet's formulas point here. */
export const RANKED_LAYOUT = {
  weightRow: 3,
  shareRow: 4,
  headerRow: 6,
  firstDataRow: 7,
  columns: {
    rank: 1,
    id: 2,
    name: 3,
    owner: 4,
    value: 5,
    feasibility: 6,
    dataReadiness: 7,
    regulatoryRisk: 8,
    score: 9,
    budget: 10,
    flags: 11,
    notes: 12,
    source: 13,
  },
} as const;

export const BUDGET_FORMAT = "#,##0";
export const SCORE_FORMAT = "0.0";

/** Sheet row of the use case with this rank. */
export function rankedRowOf(rank: number): number {
  return RANKED_LAYOUT.firstDataRow + rank - 1;
}

const STANDARD_HEADERS = [
  "Rank",
  "ID",
  "Use case",
  "Owner",
  ...AXES.map((axis) => AXIS_LABELS[axis]),
  "Score",
  "Budget",
  "Flags",
  "Notes",
  "Source",
];

export interface RankedSheetNames {
  readonly sheetName: string;
  readonly tableName: string;
}

export function describeRankedSheet(
  result: ScoringResult,
  names: RankedSheetNames,
): SheetDescription {
  const { read, ranked, settings } = result;
  const { columns, weightRow, shareRow, headerRow } = RANKED_LAYOUT;
  const grid = new SheetGrid();
  const problemsByRow = groupByRow(result.problems);
  const shares = normaliseWeights(settings.weights);

  grid.set(1, 1, text("Ranked use cases", "title"));
  grid.set(
    2,
    1,
    text(
      `${ranked.length} scored and ${read.notScored.length} not scored, read from ${describeSource(result)}. ` +
        weightsOrigin(settings) +
        "Change a yellow weight and every score recomputes; run the scorer again to re-rank.",
      "subtitle",
    ),
  );

  // The weights block sits right above the axis columns it weighs.
  const firstWeight = columns.value;
  const lastWeight = columns.regulatoryRisk;
  grid.set(weightRow, columns.owner, text("Weight", "columnHeader"));
  grid.set(shareRow, columns.owner, text("Share of score", "columnHeader"));
  const weightRange = `${absoluteCellReference(weightRow, firstWeight)}:${absoluteCellReference(weightRow, lastWeight)}`;
  AXES.forEach((axis, offset) => {
    const column = firstWeight + offset;
    grid.set(weightRow, column, number(settings.weights[axis], "0.##", "input"));
    grid.set(
      shareRow,
      column,
      formula(`=${cellReference(weightRow, column)}/SUM(${weightRange})`, shares[axis], "0.0%"),
    );
  });

  // With several raters: how many scored each use case, and how far apart they were per axis.
  const raterHeaders = read.hasRaters ? RATER_HEADERS : [];
  // With the stability analysis: how often each use case made the top K, and its rank range.
  const stabilityHeaders = result.stability ? stabilityHeadersOf(result.stability.run) : [];
  // With hours saved per week: annual value and payback, as formulas over a rate and weeks.
  const valueHeaders = read.header.fieldColumns.hoursSaved === undefined ? [] : VALUE_HEADERS;
  const valueSettings = valueSettingsOf(settings);
  const valueLayout: ValueLayout = {
    rateCell: { row: weightRow, column: columns.budget },
    weeksCell: { row: shareRow, column: columns.budget },
    firstColumn: STANDARD_HEADERS.length + raterHeaders.length + stabilityHeaders.length + 1,
    budgetColumn: columns.budget,
  };
  if (valueHeaders.length > 0) describeValueSettings(grid, valueLayout, valueSettings);
  const carriedHeaders = uniqueHeaders(
    read.carriedColumns.map((column) => column.header || `Column ${columnLetters(column.column)}`),
    [...STANDARD_HEADERS, ...raterHeaders, ...stabilityHeaders, ...valueHeaders],
  );
  const headers = [
    ...STANDARD_HEADERS,
    ...raterHeaders,
    ...stabilityHeaders,
    ...valueHeaders,
    ...carriedHeaders,
  ];
  grid.setRow(
    headerRow,
    1,
    headers.map((header) => text(header, "columnHeader")),
  );

  const shareOf = (axisColumn: number): string => absoluteCellReference(shareRow, axisColumn);
  for (const entry of ranked) {
    const row = rankedRowOf(entry.rank);
    const ref = (column: number): string => cellReference(row, column);
    const { useCase } = entry;
    const scoreFormula =
      `=100*(${shareOf(columns.value)}*((${ref(columns.value)}-1)/4)` +
      `+${shareOf(columns.feasibility)}*((${ref(columns.feasibility)}-1)/4)` +
      `+${shareOf(columns.dataReadiness)}*((${ref(columns.dataReadiness)}-1)/4)` +
      `+${shareOf(columns.regulatoryRisk)}*((5-${ref(columns.regulatoryRisk)})/4))`;
    grid.setRow(row, 1, [
      number(entry.rank),
      text(useCase.id),
      text(useCase.name),
      optionalText(useCase.owner),
      ...AXES.map((axis) => number(useCase.scores[axis])),
      formula(scoreFormula, entry.score, SCORE_FORMAT),
      useCase.budget === undefined ? undefined : number(useCase.budget, BUDGET_FORMAT),
      optionalText(entry.flags.join(", ")),
      optionalText(notesOf(problemsByRow.get(useCase.row)), "wrap"),
      sourceLink(result, useCase.row),
      ...(read.hasRaters ? raterCells(useCase.raters) : []),
      ...(result.stability
        ? stabilityCells(result.stability.byKey.get(useCase.row), stabilityHeaders.length)
        : []),
      ...(valueHeaders.length > 0 ? valueCells(row, useCase, valueLayout, valueSettings) : []),
      ...useCase.carried.map(carriedCell),
    ]);
  }

  const lastDataRow = headerRow + Math.max(ranked.length, 1);
  if (ranked.length === 0) {
    grid.set(
      RANKED_LAYOUT.firstDataRow,
      columns.name,
      text("No use case could be scored: see the list below.", "note"),
    );
  }
  describeNotScored(result, grid, lastDataRow + 2, problemsByRow);

  return {
    role: "ranked",
    name: names.sheetName,
    tabColor: "2F5597",
    columns: [
      { width: 6 },
      { width: 10 },
      { width: 34 },
      { width: 18 },
      { width: 10 },
      { width: 11 },
      { width: 10 },
      { width: 10 },
      { width: 8 },
      { width: 12 },
      { width: 18 },
      { width: 40 },
      { width: 9 },
      ...raterHeaders.map(() => ({ width: 9 })),
      ...stabilityHeaders.map(() => ({ width: 11 })),
      ...valueHeaders.map(() => ({ width: 12 })),
      ...carriedHeaders.map((header) => ({ width: Math.min(30, Math.max(10, header.length + 2)) })),
    ],
    rows: grid.rows(),
    tables:
      ranked.length === 0
        ? []
        : [
            {
              name: names.tableName,
              headerRow,
              firstColumn: 1,
              columns: headers,
              rowCount: ranked.length,
              style: "TableStyleMedium2",
            },
          ],
    conditionalFormats:
      ranked.length === 0
        ? []
        : [
            {
              kind: "dataBar",
              range: rangeReference(
                RANKED_LAYOUT.firstDataRow,
                columns.score,
                lastDataRow,
                columns.score,
              ),
              color: "5B9BD5",
            },
          ],
    freeze: { rows: headerRow, columns: columns.name },
  };
}

const RATER_HEADERS = [
  "Raters",
  "Spread: value",
  "Spread: feasibility",
  "Spread: data",
  "Spread: risk",
];

function raterCells(raters: RaterSummary | undefined): (CellDescription | undefined)[] {
  if (!raters) return RATER_HEADERS.map(() => undefined);
  return [number(raters.raters), ...AXES.map((axis) => number(raters.spread[axis], "0.#"))];
}

function stabilityHeadersOf(run: StabilityReport["run"]): string[] {
  const headers = [`In top ${run.top}`, "Rank, 5th pct", "Rank, 95th pct", "Stability"];
  return run.annualBudget === undefined ? headers : [...headers, "Funded in"];
}

function stabilityCells(
  stability: Stability | undefined,
  width: number,
): (CellDescription | undefined)[] {
  if (!stability) return new Array<undefined>(width).fill(undefined);
  const cells: (CellDescription | undefined)[] = [
    number(stability.pTop, "0%"),
    number(stability.p5),
    number(stability.p95),
    text(stability.label),
  ];
  if (width > cells.length) {
    cells.push(stability.pFunded === undefined ? undefined : number(stability.pFunded, "0%"));
  }
  return cells;
}

function describeNotScored(
  result: ScoringResult,
  grid: SheetGrid,
  firstRow: number,
  problemsByRow: ReadonlyMap<number, readonly Problem[]>,
): void {
  const { notScored } = result.read;
  if (notScored.length === 0) return;
  grid.set(
    firstRow,
    1,
    text(
      `Not scored (${notScored.length}): fix the cells named here and run again`,
      "sectionHeading",
    ),
  );
  grid.setRow(
    firstRow + 1,
    1,
    ["Row", "ID", "Use case", "Owner", "Problems"].map((header) => text(header, "columnHeader")),
  );
  notScored.forEach((row, index) => {
    grid.setRow(firstRow + 2 + index, 1, [
      sourceLink(result, row.row),
      text(row.id),
      optionalText(row.name),
      optionalText(row.owner),
      text((problemsByRow.get(row.row) ?? []).map(describeProblem).join("\n"), "warning"),
    ]);
  });
}

function weightsOrigin(settings: ScoringResult["settings"]): string {
  const pairwise = settings.pairwise;
  if (!pairwise) return "";
  return `Weights from pairwise comparison (${pairwise.judgements.map(shownJudgement).join(", ")}; consistency ratio ${pairwise.consistencyRatio.toFixed(3)}). `;
}

function describeSource(result: ScoringResult): string {
  const { read } = result;
  const sheet = quoteSheetName(read.sheetName);
  const table = read.tableName === undefined ? "" : ` (table ${read.tableName})`;
  return `${sheet}${table}, header on row ${read.header.row}`;
}

/**
 * A link to the use case's name cell in the source sheet, so every row traces back. A cell
 * hyperlink rather than a HYPERLINK formula: Excel on the web follows HYPERLINK to web
 * addresses only, and a cell hyperlink works in every Excel.
 */
function sourceLink(result: ScoringResult, row: number): CellDescription {
  const nameColumn = result.read.header.fieldColumns.name ?? 1;
  return linkedText(`Row ${row}`, cellAddress(result.read.sheetName, row, nameColumn), "link");
}

function optionalText(
  value: string | undefined,
  style?: CellStyleName,
): CellDescription | undefined {
  return value === undefined || value === "" ? undefined : text(value, style);
}

function notesOf(problems: readonly Problem[] | undefined): string {
  return (problems ?? []).map(describeProblem).join("\n");
}

function groupByRow(problems: readonly Problem[]): Map<number, Problem[]> {
  const byRow = new Map<number, Problem[]>();
  for (const problem of problems) {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  return byRow;
}

/** Columns carried along keep their values: numbers as numbers, everything else as text. */
function carriedCell(cell: RawCell): CellDescription | undefined {
  if (cell === null || (typeof cell === "string" && cell === "")) return undefined;
  if (typeof cell === "number") return number(cell);
  if (isExcelError(cell)) return text(cell.error);
  return text(typeof cell === "string" ? cell : cellText(cell));
}

// Excel table headers must be unique ignoring case.
function uniqueHeaders(headers: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((header) => header.toLowerCase()));
  return headers.map((header) => {
    let candidate = header;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${header} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
