/**
 * The chart on the Summary sheet and the cells it draws: one row per bubble, each a formula
 * over Ranked, so a CFO can trace every bubble to its use case. The rows of use cases that need
 * a governance review come last, so each series is one block of rows.
 */
import { columnLetters, type ChartDescription, type BubbleSeriesDescription } from "../model";
import type { RankedUseCase } from "../rank";
import { BUDGET_FORMAT, RANKED_LAYOUT, rankedRowOf } from "./rankedSheet";
import { formula, text, type SheetGrid } from "./sheetGrid";
import {
  CHART_AXIS,
  CHART_SERIES,
  CHART_TITLE,
  CHART_X_TITLE,
  CHART_Y_TITLE,
  DEFAULT_CHART_SIZE,
  chartPointsOf,
  valueFeasibilityScene,
  type ChartPoint,
} from "../chart";
import { formatNumber, type NumberCulture } from "../numbers";

/** Right of the Summary's tables, level with the first of them. */
export const SUMMARY_CHART_ANCHOR = { row: 4, column: 9 } as const;
export const SUMMARY_CHART_NAME = "ValueVsFeasibility";

/** Columns of the chart's data block: A..F. */
const DATA_COLUMNS = {
  id: 1,
  name: 2,
  feasibility: 3,
  value: 4,
  budget: 5,
  governance: 6,
} as const;

const MAX_IDS_NAMED = 15;

function notDrawnSentence(notDrawn: readonly RankedUseCase[]): string {
  const ids = notDrawn.slice(0, MAX_IDS_NAMED).map((entry) => entry.useCase.id);
  const more = notDrawn.length - ids.length;
  return `Not drawn, no budget: ${ids.join(", ")}` + (more > 0 ? ` and ${more} more.` : ".");
}

/**
 * Writes the chart's data block into `grid` from `firstRow`, and returns the chart over it;
 * none when no use case has a budget (an empty chart says nothing; the block says why).
 */
export function describeSummaryChart(
  grid: SheetGrid,
  firstRow: number,
  ranked: readonly RankedUseCase[],
  rankedRef: (row: number, column: number) => string,
  culture: NumberCulture,
): ChartDescription | undefined {
  const points = chartPointsOf(ranked);
  const { columns } = RANKED_LAYOUT;
  let row = firstRow;
  grid.set(row, 1, text("Chart data: value vs feasibility", "sectionHeading"));
  grid.set(
    row + 1,
    1,
    text(
      "The chart draws these rows; each is a formula over Ranked, so it follows an edit there.",
      "note",
    ),
  );
  row += 2;
  if (points.beyondLimit > 0) {
    grid.set(
      row,
      1,
      text(
        `Drawn: the ${points.drawn.length} best-ranked use cases with a budget; ${formatNumber(points.beyondLimit, culture)} more are ranked lower.`,
        "note",
      ),
    );
    row++;
  }
  if (points.notDrawn.length > 0) {
    grid.set(row, 1, text(notDrawnSentence(points.notDrawn), "note"));
    row++;
  }
  if (points.drawn.length === 0) return undefined;

  grid.setRow(
    row,
    1,
    ["ID", "Use case", "Feasibility", "Value", "Budget", "Governance review"].map((header) =>
      text(header, "columnHeader"),
    ),
  );
  const regular = points.drawn.filter((point) => !point.governance);
  const governance = points.drawn.filter((point) => point.governance);
  const firstDataRow = row + 1;
  [...regular, ...governance].forEach((point, index) => {
    const rankedRow = rankedRowOf(point.rank);
    const ref = (column: number): string => rankedRef(rankedRow, column);
    grid.setRow(firstDataRow + index, 1, [
      formula(`=${ref(columns.id)}`, point.id),
      formula(`=${ref(columns.name)}`, point.name),
      formula(`=${ref(columns.feasibility)}`, point.feasibility, "0.0"),
      formula(`=${ref(columns.value)}`, point.value, "0.0"),
      formula(`=${ref(columns.budget)}`, point.budget, BUDGET_FORMAT),
      formula(`=IF(${ref(columns.regulatoryRisk)}>=4,"yes","")`, point.governance ? "yes" : ""),
    ]);
  });

  const seriesOf = (
    group: readonly ChartPoint[],
    firstRowOfGroup: number,
    look: (typeof CHART_SERIES)[keyof typeof CHART_SERIES],
  ): BubbleSeriesDescription[] => {
    if (group.length === 0) return [];
    const last = firstRowOfGroup + group.length - 1;
    const range = (column: number): string =>
      `${columnLetters(column)}${firstRowOfGroup}:${columnLetters(column)}${last}`;
    return [
      {
        name: look.name,
        color: look.color,
        xValues: range(DATA_COLUMNS.feasibility),
        yValues: range(DATA_COLUMNS.value),
        sizes: range(DATA_COLUMNS.budget),
        labels: range(DATA_COLUMNS.id),
        pointLabels: group.map((point) => point.id),
      },
    ];
  };

  const axis = (title: string): ChartDescription["xAxis"] => ({ title, ...CHART_AXIS });
  return {
    kind: "bubble",
    name: SUMMARY_CHART_NAME,
    title: CHART_TITLE,
    xAxis: axis(CHART_X_TITLE),
    yAxis: axis(CHART_Y_TITLE),
    anchor: SUMMARY_CHART_ANCHOR,
    width: DEFAULT_CHART_SIZE.width,
    height: DEFAULT_CHART_SIZE.height,
    series: [
      ...seriesOf(regular, firstDataRow, CHART_SERIES.regular),
      ...seriesOf(governance, firstDataRow + regular.length, CHART_SERIES.governance),
    ],
    scene: valueFeasibilityScene(points, DEFAULT_CHART_SIZE, culture),
  };
}
