/**
 * The CFO's chart: business value against technical feasibility, one bubble per scored use
 * case whose area is its budget, the use cases that need a governance review in their own
 * colour. Drawn here once as a scene (shapes in pixels): the task pane shows it as SVG and the
 * CLI paints it into the Summary sheet; the add-in draws the same points as a native chart.
 */
import { AXIS_LABELS, type ChartScene, type SceneShape } from "../model";
import type { RankedUseCase } from "../rank";
import type { ScoringResult } from "../score";
import {
  cultureOfReading,
  DEFAULT_CULTURE,
  formatAmount,
  formatNumber,
  type NumberCulture,
} from "../numbers";

export interface ChartPoint {
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  /** Business value, 1..5. */
  readonly value: number;
  /** Technical feasibility, 1..5. */
  readonly feasibility: number;
  /** Above 0: a bubble's area is its budget. */
  readonly budget: number;
  readonly governance: boolean;
}

export interface ChartPoints {
  /** In rank order: the best-ranked use cases with a budget, at most MAX_CHART_POINTS. */
  readonly drawn: readonly ChartPoint[];
  /** Scored use cases with no budget (blank, unreadable or 0): a bubble needs a size. */
  readonly notDrawn: readonly RankedUseCase[];
  /** Use cases with a budget ranked below the first MAX_CHART_POINTS: too many to read. */
  readonly beyondLimit: number;
}

/**
 * A chart of a thousand bubbles is a smudge, and its cells would double a long Summary: past
 * this many, the chart shows the best-ranked and says how many more there are.
 */
export const MAX_CHART_POINTS = 100;

/** The series a point belongs to: the contract's colours, shared by every writer. */
export const CHART_SERIES = {
  regular: { name: "Use cases", color: "4472C4", stroke: "2F5597" },
  governance: { name: "Needs governance review", color: "C00000", stroke: "7F0000" },
} as const;

export const CHART_TITLE = "Value vs feasibility";
export const CHART_X_TITLE = AXIS_LABELS.feasibility;
export const CHART_Y_TITLE = AXIS_LABELS.value;
/** Half a point beyond the 1..5 scale on each side, so edge bubbles are not cut in half. */
export const CHART_AXIS = { min: 0.5, max: 5.5, majorUnit: 1 } as const;

export function chartPointsOf(ranked: readonly RankedUseCase[]): ChartPoints {
  const drawn: ChartPoint[] = [];
  const notDrawn: RankedUseCase[] = [];
  let beyondLimit = 0;
  for (const entry of ranked) {
    const { useCase } = entry;
    if (useCase.budget === undefined || !(useCase.budget > 0)) {
      notDrawn.push(entry);
      continue;
    }
    if (drawn.length === MAX_CHART_POINTS) {
      beyondLimit++;
      continue;
    }
    drawn.push({
      rank: entry.rank,
      id: useCase.id,
      name: useCase.name,
      value: useCase.scores.value,
      feasibility: useCase.scores.feasibility,
      budget: useCase.budget,
      governance: entry.flags.includes("governance-review"),
    });
  }
  return { drawn, notDrawn, beyondLimit };
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 400 };

const COLOURS = {
  background: "FFFFFF",
  plot: "FFFFFF",
  grid: "D9D9D9",
  frame: "A6A6A6",
  ink: "262626",
  muted: "595959",
} as const;

// A sans-serif letter is about 0.6 of the font size wide on average; bold a little more.
const CHARACTER_WIDTH = 0.62;

/**
 * `AI-01, AI-04 +2`: the ids of the bubbles at one spot, best rank first, as many as fit in
 * `room` pixels (always the first one; the rest counted).
 */
function labelOf(points: readonly ChartPoint[], room: number, size: number): string {
  const fits = (label: string): boolean => label.length * size * CHARACTER_WIDTH <= room;
  let label = "";
  for (let count = 1; count <= points.length; count++) {
    const ids = points
      .slice(0, count)
      .map((point) => point.id)
      .join(", ");
    const more = points.length - count;
    const candidate = more > 0 ? `${ids} +${more}` : ids;
    if (count > 1 && !fits(candidate)) break;
    label = candidate;
  }
  return label;
}

function tooltipOf(point: ChartPoint, culture: NumberCulture): string {
  const score = (value: number): string =>
    formatNumber(value, culture, { maximumFractionDigits: 2 });
  return (
    `#${point.rank} ${point.id} ${point.name}: value ${score(point.value)}, feasibility ${score(point.feasibility)}, ` +
    `budget ${formatAmount(point.budget, culture)}` +
    (point.governance ? ", needs governance review" : "")
  );
}

/** One sentence for screen readers and alt text. */
export function chartDescriptionOf(points: ChartPoints): string {
  const governance = points.drawn.filter((point) => point.governance).length;
  const drawn = points.drawn.length;
  return (
    `Bubble chart of ${drawn === 1 ? "1 use case" : `${drawn} use cases`}${points.beyondLimit > 0 ? ", the best-ranked" : ""}: business value against technical feasibility, ` +
    `bubble area is the budget; ${governance} need${governance === 1 ? "s" : ""} governance review` +
    (points.beyondLimit > 0 ? `; ${points.beyondLimit} more ranked lower not drawn` : "") +
    (points.notDrawn.length > 0 ? `; ${points.notDrawn.length} without a budget not drawn.` : ".")
  );
}

/** The chart as shapes: axes and grid, bubbles largest first (small ones stay on top), labels, legend. */
export function valueFeasibilityScene(
  points: ChartPoints,
  size: ChartSize = DEFAULT_CHART_SIZE,
  culture: NumberCulture = DEFAULT_CULTURE,
): ChartScene {
  const { width, height } = size;
  // A narrow chart (the task pane's) gives the note on bubble area a legend line of its own.
  const legendLines = width < 520 ? 2 : 1;
  const plot = { left: 64, top: 44, right: width - 24, bottom: height - 62 - 16 * legendLines };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const span = CHART_AXIS.max - CHART_AXIS.min;
  const xOf = (score: number): number => plot.left + ((score - CHART_AXIS.min) / span) * plotWidth;
  const yOf = (score: number): number =>
    plot.bottom - ((score - CHART_AXIS.min) / span) * plotHeight;
  const shapes: SceneShape[] = [];

  shapes.push({
    kind: "text",
    x: 16,
    y: 26,
    text: CHART_TITLE,
    size: 16,
    color: COLOURS.ink,
    anchor: "start",
    bold: true,
  });
  shapes.push({ kind: "rect", ...rectOf(plot), fill: COLOURS.plot });
  for (let tick = 1; tick <= 5; tick++) {
    shapes.push(
      {
        kind: "line",
        x1: xOf(tick),
        y1: plot.top,
        x2: xOf(tick),
        y2: plot.bottom,
        stroke: COLOURS.grid,
        strokeWidth: 1,
      },
      {
        kind: "line",
        x1: plot.left,
        y1: yOf(tick),
        x2: plot.right,
        y2: yOf(tick),
        stroke: COLOURS.grid,
        strokeWidth: 1,
      },
      {
        kind: "text",
        x: xOf(tick),
        y: plot.bottom + 16,
        text: String(tick),
        size: 11,
        color: COLOURS.muted,
        anchor: "middle",
      },
      {
        kind: "text",
        x: plot.left - 8,
        y: yOf(tick) + 4,
        text: String(tick),
        size: 11,
        color: COLOURS.muted,
        anchor: "end",
      },
    );
  }
  shapes.push({ kind: "rect", ...rectOf(plot), stroke: COLOURS.frame, strokeWidth: 1 });
  shapes.push(
    {
      kind: "text",
      x: (plot.left + plot.right) / 2,
      y: plot.bottom + 34,
      text: CHART_X_TITLE,
      size: 12,
      color: COLOURS.ink,
      anchor: "middle",
      bold: true,
    },
    {
      kind: "text",
      x: 20,
      y: (plot.top + plot.bottom) / 2,
      text: CHART_Y_TITLE,
      size: 12,
      color: COLOURS.ink,
      anchor: "middle",
      bold: true,
      vertical: true,
    },
  );

  if (points.drawn.length === 0) {
    shapes.push({
      kind: "text",
      x: (plot.left + plot.right) / 2,
      y: (plot.top + plot.bottom) / 2,
      text: "No scored use case has a budget to draw.",
      size: 12,
      color: COLOURS.muted,
      anchor: "middle",
    });
  }

  // Area is budget: the largest bubble gets a tenth of the plot's shorter side as radius.
  const largest = Math.max(0, ...points.drawn.map((point) => point.budget));
  const maxRadius = Math.min(plotWidth, plotHeight) / 10;
  const radiusOf = (budget: number): number => Math.max(3, maxRadius * Math.sqrt(budget / largest));
  const bySize = [...points.drawn].sort((a, b) => b.budget - a.budget || a.rank - b.rank);
  for (const point of bySize) {
    const series = point.governance ? CHART_SERIES.governance : CHART_SERIES.regular;
    shapes.push({
      kind: "circle",
      cx: xOf(point.feasibility),
      cy: yOf(point.value),
      r: radiusOf(point.budget),
      fill: series.color,
      fillOpacity: 0.5,
      stroke: series.stroke,
      strokeWidth: point.governance ? 2 : 1.5,
      tooltip: tooltipOf(point, culture),
    });
  }

  // One label per spot, centred on it and no wider than the space between spots, so labels
  // never run into each other (labels beside large bubbles would). The fill is translucent,
  // so the text reads over it.
  const labelRoom = plotWidth / span - 8;
  const spots = new Map<string, ChartPoint[]>();
  for (const point of points.drawn) {
    const key = `${point.feasibility}|${point.value}`;
    const spot = spots.get(key);
    if (spot) spot.push(point);
    else spots.set(key, [point]);
  }
  for (const spot of spots.values()) {
    const first = spot[0] as ChartPoint;
    shapes.push({
      kind: "text",
      x: xOf(first.feasibility),
      y: yOf(first.value) + 4,
      text: labelOf(spot, labelRoom, 10),
      size: 10,
      color: COLOURS.ink,
      anchor: "middle",
      bold: true,
      halo: COLOURS.background,
    });
  }

  // The legend: what the colours mean and what the area means.
  const legendY = height - 16 - 16 * (legendLines - 1);
  let x = 16;
  for (const series of [CHART_SERIES.regular, CHART_SERIES.governance]) {
    shapes.push(
      {
        kind: "circle",
        cx: x + 6,
        cy: legendY - 4,
        r: 6,
        fill: series.color,
        fillOpacity: 0.5,
        stroke: series.stroke,
        strokeWidth: 1.5,
      },
      {
        kind: "text",
        x: x + 16,
        y: legendY,
        text: series.name,
        size: 11,
        color: COLOURS.ink,
        anchor: "start",
      },
    );
    x += 32 + series.name.length * 6.2;
  }
  if (largest > 0) {
    shapes.push({
      kind: "text",
      x: legendLines === 1 ? width - 16 : 16,
      y: height - 16,
      text: `Bubble area = budget (largest ${formatAmount(largest, culture)})`,
      size: 11,
      color: COLOURS.muted,
      anchor: legendLines === 1 ? "end" : "start",
    });
  }

  return {
    width,
    height,
    background: COLOURS.background,
    description: chartDescriptionOf(points),
    shapes,
  };
}

function rectOf(plot: { left: number; top: number; right: number; bottom: number }): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  return {
    x: plot.left,
    y: plot.top,
    width: plot.right - plot.left,
    height: plot.bottom - plot.top,
  };
}

/** The result's chart, ready for the pane: `sceneToSvg(valueFeasibilitySceneOf(result))`. */
export function valueFeasibilitySceneOf(result: ScoringResult, size?: ChartSize): ChartScene {
  return valueFeasibilityScene(
    chartPointsOf(result.ranked),
    size,
    cultureOfReading(result.read.numbers),
  );
}
