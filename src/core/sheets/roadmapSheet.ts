/**
 * The `Roadmap` sheet (DESIGN §4): one column per quarter, a row per placed use case with its
 * owner, budget per quarter and milestones, quarterly totals as formulas, then the use cases
 * kept off with their reasons. Budgets are formulas over the Ranked sheet's budget cells, so
 * a CFO can follow every number back to the source row.
 */
import {
  absoluteCellReference,
  cellReference,
  quoteSheetName,
  rangeReference,
  formatQuarter,
  type SheetDescription,
} from "../model";
import { BUDGET_FORMAT, RANKED_LAYOUT, rankedRowOf } from "./rankedSheet";
import { keptOffExplanation, keptOffReasonText, milestonesOf, type PlacedUseCase } from "../plan";
import { UNASSIGNED_OWNER, type ScoringResult } from "../score";
import { formula, number, SheetGrid, text } from "./sheetGrid";
import { cultureOfReading, formatAmount } from "../numbers";

export const ROADMAP_LAYOUT = {
  headerRow: 4,
  firstDataRow: 5,
  columns: {
    rank: 1,
    id: 2,
    name: 3,
    owner: 4,
    start: 5,
    end: 6,
    quarters: 7,
    budget: 8,
    firstQuarter: 9,
  },
} as const;

export interface RoadmapSheetNames {
  readonly sheetName: string;
  /** The Ranked sheet's final name: budget formulas point at it. */
  readonly rankedSheetName: string;
}

/** Rows of the quarterly totals block, for readers of the sheet (tests, the pane). */
export interface RoadmapTotalsRows {
  readonly running: number;
  readonly budget: number;
}

export function roadmapTotalsRows(placedCount: number): RoadmapTotalsRows {
  const running = ROADMAP_LAYOUT.firstDataRow + Math.max(placedCount, 1) + 1;
  return { running, budget: running + 1 };
}

export function describeRoadmapSheet(
  result: ScoringResult,
  names: RoadmapSheetNames,
): SheetDescription {
  const { roadmap } = result;
  const { columns, headerRow, firstDataRow } = ROADMAP_LAYOUT;
  const quarterColumns = Array.from(
    { length: roadmap.horizon },
    (_, q) => columns.firstQuarter + q,
  );
  const milestonesColumn = columns.firstQuarter + roadmap.horizon;
  const grid = new SheetGrid();
  const firstQuarter = formatQuarter(roadmap.start);
  const lastQuarter = formatQuarter(roadmap.start + roadmap.horizon - 1);

  grid.set(1, 1, text(`Roadmap ${firstQuarter} to ${lastQuarter}`, "title"));
  const cap =
    roadmap.quarterBudget === undefined
      ? "no quarterly budget cap"
      : `a quarterly budget cap of ${formatAmount(roadmap.quarterBudget, cultureOfReading(result.read.numbers))}`;
  grid.set(
    2,
    1,
    text(
      `${roadmap.placed.length} of ${result.ranked.length} scored use cases placed, best rank first, ` +
        `${roadmap.slotsPerQuarter} per quarter at most, ${cap}. ` +
        `Budgets come from ${quoteSheetName(names.rankedSheetName)} and are spread evenly over each use case's quarters.`,
      "subtitle",
    ),
  );

  grid.setRow(
    headerRow,
    1,
    [
      "Rank",
      "ID",
      "Use case",
      "Owner",
      "Start",
      "End",
      "Quarters",
      "Budget",
      ...quarterColumns.map((_, q) => formatQuarter(roadmap.start + q)),
      "Milestones",
    ].map((header) => text(header, "columnHeader")),
  );

  const rankedBudget = (placed: PlacedUseCase): string =>
    `${quoteSheetName(names.rankedSheetName)}!${absoluteCellReference(rankedRowOf(placed.ranked.rank), RANKED_LAYOUT.columns.budget)}`;

  roadmap.placed.forEach((placed, index) => {
    const row = firstDataRow + index;
    const { useCase } = placed.ranked;
    grid.setRow(row, 1, [
      number(placed.ranked.rank),
      text(useCase.id),
      text(useCase.name),
      text(useCase.owner ?? UNASSIGNED_OWNER, useCase.owner === undefined ? "warning" : undefined),
      text(formatQuarter(placed.start)),
      text(formatQuarter(placed.end)),
      number(useCase.duration),
      useCase.budget === undefined
        ? text("unknown", "note")
        : formula(`=${rankedBudget(placed)}`, useCase.budget, BUDGET_FORMAT),
    ]);
    quarterColumns.forEach((column, q) => {
      const quarter = roadmap.start + q;
      if (quarter < placed.start || quarter > placed.end) return;
      // A running quarter always holds something, so COUNTA counts it; unknown budgets
      // show as "tbd" and SUM passes over them.
      grid.set(
        row,
        column,
        placed.budgetPerQuarter === undefined
          ? text("tbd", "note")
          : formula(
              `=${cellReference(row, columns.budget)}/${cellReference(row, columns.quarters)}`,
              placed.budgetPerQuarter,
              BUDGET_FORMAT,
            ),
      );
    });
    grid.set(row, milestonesColumn, text(milestonesOf(placed)));
  });

  const totals = roadmapTotalsRows(roadmap.placed.length);
  const lastDataRow = firstDataRow + roadmap.placed.length - 1;
  const hasPlaced = roadmap.placed.length > 0;
  if (!hasPlaced)
    grid.set(
      firstDataRow,
      columns.name,
      text("No use case could be placed: see the list below.", "note"),
    );
  const columnRange = (column: number): string =>
    rangeReference(firstDataRow, column, lastDataRow, column);
  grid.set(totals.running, columns.name, text("Use cases running", "total"));
  grid.set(totals.budget, columns.name, text("Budget in the quarter", "total"));
  const knownBudget = roadmap.placed.reduce(
    (sum, placed) => sum + (placed.ranked.useCase.budget ?? 0),
    0,
  );
  grid.set(
    totals.budget,
    columns.budget,
    hasPlaced
      ? formula(`=SUM(${columnRange(columns.budget)})`, knownBudget, BUDGET_FORMAT, "total")
      : number(0, BUDGET_FORMAT, "total"),
  );
  roadmap.quarters.forEach((load, q) => {
    const column = quarterColumns[q] as number;
    grid.set(
      totals.running,
      column,
      hasPlaced
        ? formula(`=COUNTA(${columnRange(column)})`, load.count, "0", "total")
        : number(0, "0", "total"),
    );
    grid.set(
      totals.budget,
      column,
      hasPlaced
        ? formula(`=SUM(${columnRange(column)})`, load.budget, BUDGET_FORMAT, "total")
        : number(0, BUDGET_FORMAT, "total"),
    );
  });

  let row = totals.budget + 1;
  grid.set(row, columns.name, text("Slots per quarter", "note"));
  quarterColumns.forEach((column) =>
    grid.set(row, column, number(roadmap.slotsPerQuarter, "0", "note")),
  );
  if (roadmap.quarterBudget !== undefined) {
    row++;
    grid.set(row, columns.name, text("Quarterly budget cap", "note"));
    grid.set(row + 1, columns.name, text("Headroom", "note"));
    const capRow = row;
    quarterColumns.forEach((column, q) => {
      const cap = roadmap.quarterBudget as number;
      grid.set(capRow, column, number(cap, BUDGET_FORMAT, "note"));
      grid.set(
        capRow + 1,
        column,
        formula(
          `=${cellReference(capRow, column)}-${cellReference(totals.budget, column)}`,
          cap - (roadmap.quarters[q]?.budget ?? 0),
          BUDGET_FORMAT,
          "note",
        ),
      );
    });
    row++;
  }

  if (roadmap.keptOff.length > 0) {
    const heading = row + 2;
    grid.set(
      heading,
      1,
      text(`Kept off the roadmap (${roadmap.keptOff.length})`, "sectionHeading"),
    );
    grid.setRow(
      heading + 1,
      1,
      ["Rank", "ID", "Use case", "Owner", "Reason"].map((h) => text(h, "columnHeader")),
    );
    grid.set(heading + 1, milestonesColumn, text("Why", "columnHeader"));
    roadmap.keptOff.forEach((kept, index) => {
      const keptRow = heading + 2 + index;
      const { useCase } = kept.ranked;
      grid.setRow(keptRow, 1, [
        number(kept.ranked.rank),
        text(useCase.id),
        text(useCase.name),
        useCase.owner === undefined ? undefined : text(useCase.owner),
        text(keptOffReasonText(kept.reason)),
      ]);
      grid.set(keptRow, milestonesColumn, text(keptOffExplanation(kept.reason), "note"));
    });
  }

  return {
    role: "roadmap",
    name: names.sheetName,
    tabColor: "548235",
    columns: [
      { width: 6 },
      { width: 10 },
      { width: 34 },
      { width: 18 },
      { width: 9 },
      { width: 9 },
      { width: 9 },
      { width: 12 },
      ...quarterColumns.map(() => ({ width: 12 })),
      { width: 60 },
    ],
    rows: grid.rows(),
    tables: [],
    conditionalFormats: [],
    freeze: { rows: headerRow, columns: columns.name },
  };
}
