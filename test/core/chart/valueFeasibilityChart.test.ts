import fc from "fast-check";
import { sceneToSvg, type ChartDescription, type SheetDescription } from "../../../src/core/model";
import type { SceneCircle, SceneText } from "../../../src/core/model/chartScene";
import { describeOutputSheets } from "../../../src/core/sheets";
import type { RankedUseCase } from "../../../src/core/rank";
import { CHART_SERIES, chartPointsOf, valueFeasibilityScene } from "../../../src/core/chart";
import { MAX_CHART_POINTS, type ChartPoints } from "../../../src/core/chart/valueFeasibilityChart";
import { aRow, aUseCase, scoreRows } from "../builders";
import { cellAt, FormulaEvaluator, formulaMismatches, positionOf } from "../sheetReader";

function ranked(
  ...entries: { id: string; value?: number; feasibility?: number; budget?: number; risk?: number }[]
): RankedUseCase[] {
  return entries.map(({ id, value = 3, feasibility = 3, budget, risk = 2 }, index) => ({
    useCase: aUseCase({
      id,
      row: index + 2,
      value,
      feasibility,
      regulatoryRisk: risk,
      ...(budget !== undefined && { budget }),
    }),
    rank: index + 1,
    score: 100 - index,
    flags: risk >= 4 ? ["governance-review"] : [],
  }));
}

const circles = (points: ChartPoints): SceneCircle[] =>
  valueFeasibilityScene(points).shapes.filter(
    (shape): shape is SceneCircle => shape.kind === "circle" && shape.tooltip !== undefined,
  );
const texts = (points: ChartPoints): string[] =>
  valueFeasibilityScene(points)
    .shapes.filter((shape): shape is SceneText => shape.kind === "text")
    .map((shape) => shape.text);

describe("the value vs feasibility chart's points", () => {
  it("draws every scored use case with a budget, and lists those without one", () => {
    const points = chartPointsOf(
      ranked(
        { id: "A", budget: 100_000 },
        { id: "B" },
        { id: "C", budget: 0 },
        { id: "D", budget: 50_000, risk: 4 },
      ),
    );
    expect(points.drawn.map((point) => [point.id, point.governance])).toEqual([
      ["A", false],
      ["D", true],
    ]);
    expect(points.notDrawn.map((entry) => entry.useCase.id)).toEqual(["B", "C"]);
  });

  it("puts more value higher and more feasibility further right, with area proportional to budget", () => {
    const drawn = circles(
      chartPointsOf(
        ranked(
          { id: "low", value: 1, feasibility: 1, budget: 400_000 },
          { id: "high", value: 5, feasibility: 5, budget: 100_000 },
        ),
      ),
    );
    const low = drawn.find((circle) => circle.tooltip?.includes(" low ")) as SceneCircle;
    const high = drawn.find((circle) => circle.tooltip?.includes(" high ")) as SceneCircle;
    expect(high.cy).toBeLessThan(low.cy);
    expect(high.cx).toBeGreaterThan(low.cx);
    expect((low.r / high.r) ** 2).toBeCloseTo(4, 9);
    // Largest first, so a small bubble is never hidden under a big one.
    expect(drawn.indexOf(low)).toBeLessThan(drawn.indexOf(high));
  });

  it("keeps every bubble inside the plot and every label inside the picture", () => {
    const entry = fc.record({
      value: fc.integer({ min: 1, max: 5 }),
      feasibility: fc.integer({ min: 1, max: 5 }),
      budget: fc.integer({ min: 1, max: 10_000_000 }),
      risk: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 60 }), (entries) => {
        const points = chartPointsOf(ranked(...entries.map((e, i) => ({ id: `AI-${i}`, ...e }))));
        const scene = valueFeasibilityScene(points);
        for (const shape of scene.shapes) {
          if (shape.kind === "circle") {
            expect(shape.cx - shape.r).toBeGreaterThanOrEqual(0);
            expect(shape.cx + shape.r).toBeLessThanOrEqual(scene.width);
            expect(shape.cy - shape.r).toBeGreaterThanOrEqual(0);
            expect(shape.cy + shape.r).toBeLessThanOrEqual(scene.height);
            expect(shape.r).toBeGreaterThanOrEqual(3);
          }
          if (shape.kind === "text") {
            expect(shape.x).toBeGreaterThanOrEqual(0);
            expect(shape.x).toBeLessThanOrEqual(scene.width);
          }
        }
        expect(circles(points)).toHaveLength(points.drawn.length);
      }),
    );
  });

  it("colours the use cases that need a governance review as their own series", () => {
    const drawn = circles(
      chartPointsOf(
        ranked({ id: "ok", budget: 10, risk: 1 }, { id: "gated", budget: 10, risk: 5 }),
      ),
    );
    const gated = drawn.find((circle) => circle.tooltip?.includes("gated")) as SceneCircle;
    const ok = drawn.find((circle) => circle.tooltip?.includes(" ok ")) as SceneCircle;
    expect(gated.fill).toBe(CHART_SERIES.governance.color);
    expect(gated.tooltip).toContain("needs governance review");
    expect(ok.fill).toBe(CHART_SERIES.regular.color);
    expect(ok.tooltip).not.toContain("governance");
  });

  it("labels the bubbles at one spot once, best rank first, and counts what does not fit", () => {
    const labels = texts(
      chartPointsOf(
        ranked(
          ...["AI-0001", "AI-0002", "AI-0003", "AI-0004", "AI-0005"].map((id) => ({
            id,
            budget: 10,
          })),
          {
            id: "F",
            value: 5,
            budget: 10,
          },
        ),
      ),
    );
    expect(labels).toContain("AI-0001 +4");
    expect(labels).toContain("F");
    expect(labels.filter((label) => label.includes("AI-0001"))).toHaveLength(1);
  });

  it("fits fewer ids in a label when the chart is narrow, and gives the area note its own line", () => {
    const crowded = chartPointsOf(
      ranked(...["AI-1", "AI-2", "AI-3", "AI-4"].map((id) => ({ id, budget: 10 }))),
    );
    const labelAt = (width: number) =>
      valueFeasibilityScene(crowded, { width, height: 320 })
        .shapes.filter((shape): shape is SceneText => shape.kind === "text")
        .find((shape) => shape.text.startsWith("AI-1"))?.text;
    expect(labelAt(640)).toBe("AI-1, AI-2 +2");
    expect(labelAt(320)).toBe("AI-1 +3");
    const legendRows = (width: number) => {
      const scene = valueFeasibilityScene(crowded, { width, height: 320 });
      const y = (prefix: string) =>
        scene.shapes.find(
          (shape): shape is SceneText => shape.kind === "text" && shape.text.startsWith(prefix),
        )?.y;
      return { series: y("Needs governance review"), area: y("Bubble area") };
    };
    expect(legendRows(640).area).toBe(legendRows(640).series);
    expect(legendRows(320).area).toBeGreaterThan(legendRows(320).series as number);
  });

  it("draws at most the best-ranked hundred, and counts the rest", () => {
    const many = ranked(
      ...Array.from({ length: 130 }, (_, i) => ({ id: `AI-${i + 1}`, budget: 1000 + i })),
    );
    const points = chartPointsOf(many);
    expect(points.drawn).toHaveLength(MAX_CHART_POINTS);
    expect(points.drawn.at(-1)?.id).toBe(`AI-${MAX_CHART_POINTS}`);
    expect(points.beyondLimit).toBe(130 - MAX_CHART_POINTS);
    expect(valueFeasibilityScene(points).description).toContain(
      "the best-ranked: business value against technical feasibility",
    );
    expect(valueFeasibilityScene(points).description).toContain("30 more ranked lower not drawn");
  });

  it("says so when nothing can be drawn, and describes itself in a sentence", () => {
    const empty = chartPointsOf(ranked({ id: "A" }));
    expect(texts(empty)).toContain("No scored use case has a budget to draw.");
    expect(valueFeasibilityScene(empty).description).toBe(
      "Bubble chart of 0 use cases: business value against technical feasibility, bubble area is the budget; 0 need governance review; 1 without a budget not drawn.",
    );
  });

  it("writes SVG with the use cases' text escaped", () => {
    const svg = sceneToSvg(
      valueFeasibilityScene(chartPointsOf(ranked({ id: '<script>"x"&', budget: 5 }))),
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&amp;");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(3); // one bubble, two legend swatches
  });
});

describe("the chart on the Summary sheet", () => {
  const sheetsOf = (rows: Parameters<typeof scoreRows>[0]): SheetDescription[] =>
    describeOutputSheets(scoreRows(rows), {
      sheets: [{ name: "Candidates" }],
      tableNames: [],
    });

  const rangeCells = (range: string): string[] => {
    const [from, to] = range.split(":") as [string, string];
    const first = positionOf(from);
    const last = positionOf(to);
    expect(first.column).toBe(last.column);
    return Array.from(
      { length: last.row - first.row + 1 },
      (_, i) => `${from.replace(/\d+$/, "")}${first.row + i}`,
    );
  };

  it("draws its series from formulas over Ranked that recalculate to each use case's scores and budget", () => {
    const sheets = sheetsOf([
      aRow({ id: "AI-1", value: 5, feasibility: 2, budget: 300_000, regulatoryRisk: 4 }),
      aRow({ id: "AI-2", value: 4, feasibility: 4, budget: 100_000 }),
      aRow({ id: "AI-3", value: 2, feasibility: 5, budget: "unknown" }),
      aRow({ id: "AI-4", value: 1, feasibility: 3, budget: 50_000, regulatoryRisk: 5 }),
    ]);
    const summary = sheets.find((sheet) => sheet.role === "summary") as SheetDescription;
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts?.[0] as ChartDescription;
    expect(chart.series.map((series) => series.name)).toEqual([
      CHART_SERIES.regular.name,
      CHART_SERIES.governance.name,
    ]);
    const evaluator = new FormulaEvaluator(sheets);
    const seriesValues = chart.series.map((series) =>
      rangeCells(series.labels).map((reference, i) => ({
        id: evaluator.valueOf(summary.name, reference),
        x: evaluator.valueOf(summary.name, rangeCells(series.xValues)[i] as string),
        y: evaluator.valueOf(summary.name, rangeCells(series.yValues)[i] as string),
        size: evaluator.valueOf(summary.name, rangeCells(series.sizes)[i] as string),
      })),
    );
    expect(seriesValues).toEqual([
      [{ id: "AI-2", x: 4, y: 4, size: 100_000 }],
      [
        { id: "AI-1", x: 2, y: 5, size: 300_000 },
        { id: "AI-4", x: 3, y: 1, size: 50_000 },
      ],
    ]);
    // A native chart labels each bubble with what its label cell shows.
    expect(chart.series.map((series) => series.pointLabels)).toEqual(
      seriesValues.map((points) => points.map((point) => point.id)),
    );
    expect(formulaMismatches(sheets)).toEqual([]);
    const notes = summary.rows.flat().map((cell) => cell?.text);
    expect(notes).toContain("Not drawn, no budget: AI-3.");
    // The chart sits right of the tables, clear of their columns.
    expect(chart.anchor.column).toBeGreaterThan(summary.columns.length);
    expect(cellAt(summary, "A1")?.text).toBe("Summary");
  });

  it("leaves the chart out when no use case has a budget, and says why", () => {
    const sheets = sheetsOf([aRow({ id: "AI-1" }), aRow({ id: "AI-2" })]);
    const summary = sheets.find((sheet) => sheet.role === "summary") as SheetDescription;
    expect(summary.charts).toBeUndefined();
    expect(summary.rows.flat().map((cell) => cell?.text)).toContain(
      "Not drawn, no budget: AI-1, AI-2.",
    );
  });
});
