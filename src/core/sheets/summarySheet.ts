/**
 * The `Summary` sheet, for the CFO: spend and pace per quarter and for the year, the top 5
 * with owners, the expected value and payback of what is on the roadmap, and what is not
 * funded and why. Every number is a formula over Roadmap and Ranked, so it traces to a cell.
 */
import {
  absoluteCellReference,
  cellReference,
  columnLetters,
  quoteSheetName,
  annualValueOf,
  paybackMonthsOf,
  formatQuarter,
  valueSettingsOf,
  type CellDescription,
  type SheetDescription,
} from "../model";
import { BUDGET_FORMAT, RANKED_LAYOUT, rankedRowOf, SCORE_FORMAT } from "./rankedSheet";
import {
  budgetCutSentence,
  notFundedReasonText,
  portfolioComparisonSentence,
  keptOffExplanation,
  keptOffReasonText,
} from "../plan";
import { ROADMAP_LAYOUT, roadmapTotalsRows } from "./roadmapSheet";
import { UNASSIGNED_OWNER, type ScoringResult } from "../score";
import { describeSummaryChart } from "./summaryChart";
import { formula, number, SheetGrid, text } from "./sheetGrid";
import { cultureOfReading, formatAmount, formatNumber, type NumberCulture } from "../numbers";

export interface SummarySheetNames {
  readonly sheetName: string;
  readonly rankedSheetName: string;
  readonly roadmapSheetName: string;
  /** The Ranked column holding each use case's annual value, when the input has hours saved. */
  readonly rankedValueColumn?: number;
}

const TOP = 5;

/**
 * The funded set within the annual budget, against rank order: its use cases with scores,
 * budgets and (with hours saved) annual value as formulas over Ranked, totals as SUMs, its
 * payback, and what is not funded and why.
 */
function describePortfolio(
  grid: SheetGrid,
  firstRow: number,
  result: ScoringResult,
  context: {
    readonly rankedRef: (row: number, column: number) => string;
    readonly valueColumn: number | undefined;
    readonly roadmapSpend: number;
    readonly culture: NumberCulture;
  },
): number {
  const portfolio = result.portfolio;
  if (!portfolio) return firstRow;
  const { rankedRef, valueColumn, culture } = context;
  const { columns } = RANKED_LAYOUT;
  let row = firstRow;
  grid.set(
    row,
    1,
    text(
      `Portfolio within an annual budget of ${formatAmount(portfolio.annualBudget, culture)}`,
      "sectionHeading",
    ),
  );
  grid.set(row + 1, 1, text(portfolioComparisonSentence(portfolio, culture), "note"));
  grid.set(row + 2, 1, text(budgetCutSentence(portfolio), "note"));
  row += 3;
  const headers = ["Rank", "ID", "Use case", "Owner", "Score", "Budget"];
  if (valueColumn !== undefined) headers.push("Annual value");
  grid.setRow(
    row,
    1,
    headers.map((h) => text(h, "columnHeader")),
  );
  const value = valueSettingsOf(result.settings);
  const funded = portfolio.portfolios.chosen.funded;
  funded.forEach((entry, index) => {
    const rankedRow = rankedRowOf(entry.rank);
    const annualValue = annualValueOf(entry.useCase.hoursSaved, value);
    grid.setRow(row + 1 + index, 1, [
      number(entry.rank),
      text(entry.useCase.id),
      text(entry.useCase.name),
      text(
        entry.useCase.owner ?? UNASSIGNED_OWNER,
        entry.useCase.owner === undefined ? "warning" : undefined,
      ),
      formula(`=${rankedRef(rankedRow, columns.score)}`, entry.score, SCORE_FORMAT),
      formula(`=${rankedRef(rankedRow, columns.budget)}`, entry.useCase.budget ?? 0, BUDGET_FORMAT),
      // No hours saved, no value claimed: blank, never 0.
      valueColumn === undefined || annualValue === undefined
        ? undefined
        : formula(`=${rankedRef(rankedRow, valueColumn)}`, annualValue, BUDGET_FORMAT),
    ]);
  });
  const totalRow = row + 1 + funded.length;
  const sumOf = (column: string, total: number, format: string): CellDescription =>
    funded.length === 0
      ? number(0, format, "total")
      : formula(`=SUM(${column}${row + 1}:${column}${totalRow - 1})`, total, format, "total");
  const fundedValue = funded.reduce(
    (sum, entry) => sum + (annualValueOf(entry.useCase.hoursSaved, value) ?? 0),
    0,
  );
  grid.setRow(totalRow, 1, [
    text("Funded", "total"),
    undefined,
    text(`${funded.length} use cases`, "total"),
    undefined,
    sumOf("E", portfolio.totalScore, SCORE_FORMAT),
    sumOf("F", portfolio.totalBudget, BUDGET_FORMAT),
    valueColumn === undefined ? undefined : sumOf("G", fundedValue, BUDGET_FORMAT),
  ]);
  row = totalRow + 1;
  if (valueColumn !== undefined) {
    const payback = paybackMonthsOf(portfolio.totalBudget, fundedValue);
    grid.setRow(row, 1, [
      text("Payback (months)"),
      formula(`=IF(G${totalRow}>0,F${totalRow}/(G${totalRow}/12),"")`, payback ?? "", "0.0"),
      text("the funded budget ÷ a month of the funded set's value", "note"),
    ]);
    row++;
  }
  if (context.roadmapSpend > portfolio.annualBudget) {
    grid.set(
      row,
      1,
      text(
        `The roadmap above is drafted from the whole ranking and spends ${formatNumber(context.roadmapSpend, culture)} in its quarters, ` +
          "more than this budget. Draft it from the funded set (--roadmap-from portfolio, or the pane's " +
          '"Draft the roadmap from the funded set") to keep within it.',
        "warning",
      ),
    );
    row++;
  }

  // What is not funded, and why.
  const notFunded = portfolio.portfolios.chosen.notFunded;
  row++;
  grid.set(row, 1, text(`Not funded (${notFunded.length})`, "sectionHeading"));
  if (notFunded.length === 0) {
    grid.set(row + 1, 1, text("Every scored use case is funded.", "note"));
    return row + 3;
  }
  grid.setRow(
    row + 1,
    1,
    ["Rank", "ID", "Use case", "Reason", "Score", "Budget"].map((h) => text(h, "columnHeader")),
  );
  notFunded.forEach(({ ranked: entry, reason }, index) => {
    grid.setRow(row + 2 + index, 1, [
      number(entry.rank),
      text(entry.useCase.id),
      text(entry.useCase.name),
      text(notFundedReasonText(reason)),
      number(entry.score, SCORE_FORMAT),
      entry.useCase.budget === undefined
        ? text("unknown", "note")
        : number(entry.useCase.budget, BUDGET_FORMAT),
    ]);
  });
  return row + 3 + notFunded.length;
}

export function describeSummarySheet(
  result: ScoringResult,
  names: SummarySheetNames,
): SheetDescription {
  const { roadmap, ranked } = result;
  // Sentences write amounts as the input's numbers were read: 600.000 for a German workbook.
  const culture = cultureOfReading(result.read.numbers);
  const grid = new SheetGrid();
  const rankedRef = (row: number, column: number): string =>
    `${quoteSheetName(names.rankedSheetName)}!${absoluteCellReference(row, column)}`;
  const roadmapRef = (row: number, column: number): string =>
    `${quoteSheetName(names.roadmapSheetName)}!${absoluteCellReference(row, column)}`;

  grid.set(1, 1, text("Summary", "title"));
  grid.set(
    2,
    1,
    text(
      `Every figure is a formula over ${quoteSheetName(names.roadmapSheetName)} and ${quoteSheetName(names.rankedSheetName)}: ` +
        "change a budget, a weight or the rate there and it follows.",
      "subtitle",
    ),
  );

  // Spend and pace per quarter.
  let row = 4;
  grid.set(row, 1, text("Spend and pace by quarter", "sectionHeading"));
  grid.setRow(
    row + 1,
    1,
    ["Quarter", "Running", "Starting", "Budget"].map((h) => text(h, "columnHeader")),
  );
  const totals = roadmapTotalsRows(roadmap.placed.length);
  const { columns, firstDataRow } = ROADMAP_LAYOUT;
  const lastPlacedRow = firstDataRow + Math.max(roadmap.placed.length, 1) - 1;
  const startColumn = `${quoteSheetName(names.roadmapSheetName)}!$${columnLetters(columns.start)}$${firstDataRow}:$${columnLetters(columns.start)}$${lastPlacedRow}`;
  const firstQuarterRow = row + 2;
  roadmap.quarters.forEach((load, q) => {
    const line = firstQuarterRow + q;
    const quarterColumn = columns.firstQuarter + q;
    const quarter = formatQuarter(load.quarter);
    const starting = roadmap.placed.filter((placed) => placed.start === load.quarter).length;
    grid.setRow(line, 1, [
      text(quarter),
      formula(`=${roadmapRef(totals.running, quarterColumn)}`, load.count, "0"),
      formula(`=COUNTIF(${startColumn},${cellReference(line, 1)})`, starting, "0"),
      formula(`=${roadmapRef(totals.budget, quarterColumn)}`, load.budget, BUDGET_FORMAT),
    ]);
  });
  const lastQuarterRow = firstQuarterRow + roadmap.quarters.length - 1;
  const yearRow = lastQuarterRow + 1;
  const yearBudget = roadmap.quarters.reduce((sum, load) => sum + load.budget, 0);
  grid.setRow(yearRow, 1, [
    text("Year", "total"),
    undefined,
    formula(`=SUM(C${firstQuarterRow}:C${lastQuarterRow})`, roadmap.placed.length, "0", "total"),
    formula(`=SUM(D${firstQuarterRow}:D${lastQuarterRow})`, yearBudget, BUDGET_FORMAT, "total"),
  ]);

  // What the roadmap is expected to return.
  row = yearRow + 2;
  if (names.rankedValueColumn !== undefined) {
    const valueColumn = names.rankedValueColumn;
    const settings = valueSettingsOf(result.settings);
    const valued = roadmap.placed.filter(
      (placed) => placed.ranked.useCase.hoursSaved !== undefined,
    );
    const annualValue = valued.reduce(
      (sum, placed) => sum + (annualValueOf(placed.ranked.useCase.hoursSaved, settings) ?? 0),
      0,
    );
    grid.set(row, 1, text("Expected value of the roadmap", "sectionHeading"));
    grid.setRow(row + 1, 1, [
      text("Annual value"),
      valued.length === 0
        ? number(0, BUDGET_FORMAT)
        : formula(
            `=SUM(${valued.map((placed) => rankedRef(rankedRowOf(placed.ranked.rank), valueColumn)).join(",")})`,
            annualValue,
            BUDGET_FORMAT,
          ),
      text(
        `${valued.length} of ${roadmap.placed.length} use cases on the roadmap give hours saved`,
        "note",
      ),
    ]);
    const payback = paybackMonthsOf(yearBudget, annualValue);
    grid.setRow(row + 2, 1, [
      text("Payback (months)"),
      formula(`=IF(B${row + 1}>0,D${yearRow}/(B${row + 1}/12),"")`, payback ?? "", "0.0"),
      text("the year's budget ÷ a month's value", "note"),
    ]);
    row += 4;
  }

  if (result.portfolio) {
    row = describePortfolio(grid, row, result, {
      rankedRef,
      valueColumn: names.rankedValueColumn,
      roadmapSpend: yearBudget,
      culture,
    });
  }

  // The top 5, as formulas over Ranked so a renamed or re-owned use case shows as it is there.
  grid.set(row, 1, text(`Top ${TOP}`, "sectionHeading"));
  grid.setRow(
    row + 1,
    1,
    ["Rank", "ID", "Use case", "Owner", "Score", "Budget"].map((h) => text(h, "columnHeader")),
  );
  const startOf = new Map(
    roadmap.placed.map((placed) => [placed.ranked.useCase.row, placed.start]),
  );
  ranked.slice(0, TOP).forEach((entry, index) => {
    const rankedRow = rankedRowOf(entry.rank);
    const { useCase } = entry;
    const { columns: rc } = RANKED_LAYOUT;
    grid.setRow(row + 2 + index, 1, [
      formula(`=${rankedRef(rankedRow, rc.rank)}`, entry.rank, "0"),
      formula(`=${rankedRef(rankedRow, rc.id)}`, useCase.id),
      formula(`=${rankedRef(rankedRow, rc.name)}`, useCase.name),
      useCase.owner === undefined
        ? text(UNASSIGNED_OWNER, "warning")
        : formula(`=${rankedRef(rankedRow, rc.owner)}`, useCase.owner),
      formula(`=${rankedRef(rankedRow, rc.score)}`, entry.score, SCORE_FORMAT),
      useCase.budget === undefined
        ? text("unknown", "note")
        : formula(`=${rankedRef(rankedRow, rc.budget)}`, useCase.budget, BUDGET_FORMAT),
      text(
        startOf.has(useCase.row)
          ? `starts ${formatQuarter(startOf.get(useCase.row) as number)}`
          : "not on the roadmap",
        "note",
      ),
    ]);
  });
  row += 2 + Math.min(TOP, ranked.length) + 1;

  // What is not funded, and why.
  grid.set(row, 1, text(`Not on the roadmap (${roadmap.keptOff.length})`, "sectionHeading"));
  if (roadmap.keptOff.length === 0) {
    grid.set(row + 1, 1, text("Every scored use case is on the roadmap.", "note"));
  } else {
    grid.setRow(
      row + 1,
      1,
      ["Rank", "ID", "Use case", "Reason", "Why"].map((h) => text(h, "columnHeader")),
    );
    roadmap.keptOff.forEach((kept, index) => {
      grid.setRow(row + 2 + index, 1, [
        number(kept.ranked.rank),
        text(kept.ranked.useCase.id),
        text(kept.ranked.useCase.name),
        text(keptOffReasonText(kept.reason)),
        text(keptOffExplanation(kept.reason), "note"),
      ]);
    });
  }
  row += roadmap.keptOff.length === 0 ? 3 : 3 + roadmap.keptOff.length;

  const chart = describeSummaryChart(grid, row, ranked, rankedRef, culture);

  return {
    role: "summary",
    name: names.sheetName,
    tabColor: "7F6000",
    columns: [
      { width: 14 },
      { width: 12 },
      { width: 34 },
      { width: 18 },
      { width: 10 },
      { width: 12 },
      { width: 24 },
    ],
    rows: grid.rows(),
    tables: [],
    conditionalFormats: [],
    freeze: { rows: 2, columns: 0 },
    ...(chart && { charts: [chart] }),
  };
}
