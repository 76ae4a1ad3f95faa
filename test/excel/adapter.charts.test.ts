/**
 * The native bubble chart a sheet description asks for: added once its cells hold their
 * numbers, over the whole x / y / size block, on the output sheet under its final name, plotting
 * that sheet's cells, with labels only where Excel has ExcelApi 1.8, set once a sync shows the
 * points exist.
 *
 * The engine's Summary chart plots formulas over Ranked, which the double cannot calculate. So
 * besides a write of the engine's own chart, the tests wrap `describeOutputSheets` to swap it
 * for a hand-made one over plain numbers (rows below the Summary's own), or to drop it.
 */
import type * as Core from "../../src/core";
import {
  scoreWorkbook,
  type CellDescription,
  type ChartDescription,
  type ScoringResult,
  type ScoringSettings,
  type SheetDescription,
} from "../../src/core";
import { createOfficeExcelAdapter } from "../../src/excel";
import { MAX_LABELLED_POINTS, addCharts, labelCharts } from "../../src/excel/writeCharts";
import {
  createWorkbookState,
  sheetSnapshot,
  syncCount,
  type SeedCell,
  type WorkbookState,
} from "./double";
import { adapterOver, removeDouble } from "./excelHarness";

jest.mock("../../src/core", () => {
  const actual: typeof Core = jest.requireActual("../../src/core");
  return {
    ...actual,
    describeOutputSheets: (...args: Parameters<typeof Core.describeOutputSheets>) =>
      mockWithChart(actual.describeOutputSheets(...args), args[0]),
  };
});

/** What the wrapped `describeOutputSheets` does to Summary's chart, and the chart it made last. */
let mockChart: "engine" | "handMade" | "none" = "handMade";
let mockAdded: ChartDescription | undefined;

const COLORS = { regular: "4472C4", governance: "C00000" } as const;

function mockWithChart(
  descriptions: SheetDescription[],
  result: ScoringResult,
): SheetDescription[] {
  if (mockChart === "engine") return descriptions;
  return descriptions.map((description) => {
    if (description.role !== "summary") return description;
    if (mockChart === "none") {
      const { charts: _dropped, ...withoutCharts } = description;
      return withoutCharts;
    }
    const rows: (readonly (CellDescription | undefined)[])[] = [...description.rows, []];
    rows.push([{ text: "ID" }, { text: "Feasibility" }, { text: "Value" }, { text: "Budget" }]);
    const governance = (entry: ScoringResult["ranked"][number]) =>
      entry.flags.includes("governance-review");
    const groups = [
      {
        name: "Use cases",
        color: COLORS.regular,
        entries: result.ranked.filter((e) => !governance(e)),
      },
      {
        name: "Needs governance review",
        color: COLORS.governance,
        entries: result.ranked.filter(governance),
      },
    ];
    const series = groups
      .filter((group) => group.entries.length > 0)
      .map((group) => {
        const first = rows.length + 1;
        for (const { useCase } of group.entries) {
          rows.push([
            { text: useCase.id },
            { number: useCase.scores.feasibility },
            { number: useCase.scores.value },
            { number: useCase.budget ?? 0 },
          ]);
        }
        const range = (column: string) => `${column}${first}:${column}${rows.length}`;
        return {
          name: group.name,
          color: group.color,
          labels: range("A"),
          pointLabels: group.entries.map(({ useCase }) => useCase.id),
          xValues: range("B"),
          yValues: range("C"),
          sizes: range("D"),
        };
      });
    mockAdded = aBubbleChart({ series });
    return { ...description, rows, charts: [mockAdded] };
  });
}

/**
 * A bubble chart description like the engine's Summary chart, with a blank scene (only the
 * exceljs writer paints it): titled, scaled 0.5 to 5.5 on both axes, 640 × 400 pixels at H2.
 */
function aBubbleChart(
  chart: Partial<Omit<ChartDescription, "kind" | "scene">> & Pick<ChartDescription, "series">,
): ChartDescription {
  const { width = 640, height = 400 } = chart;
  return {
    kind: "bubble",
    name: "ValueVsFeasibility",
    title: "Value vs feasibility",
    xAxis: { title: "Technical feasibility", min: 0.5, max: 5.5, majorUnit: 1 },
    yAxis: { title: "Business value", min: 0.5, max: 5.5, majorUnit: 1 },
    anchor: { row: 2, column: 8 },
    ...chart,
    width,
    height,
    scene: { width, height, background: "FFFFFF", description: "", shapes: [] },
  };
}

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** ID, value, feasibility, risk (4 or 5 needs governance review), budget. */
const CANDIDATES: [string, number, number, number, number][] = [
  ["UC-1", 5, 5, 1, 1000],
  ["UC-2", 3, 3, 4, 4000],
  ["UC-3", 4, 4, 2, 2500],
  ["UC-4", 2, 2, 5, 500],
];

function candidatesWorkbook(): WorkbookState {
  const cells: SeedCell[][] = [
    ["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk", "Budget"],
    ...CANDIDATES.map(([id, value, feasibility, risk, budget]): SeedCell[] => [
      id,
      `Use case ${id}`,
      "Ana",
      value,
      feasibility,
      3,
      risk,
      budget,
    ]),
  ];
  return createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
}

/** `supports` for an Excel with ExcelApi 1.1 up to 1.`minor`. */
function upTo(minor: number): (version: string) => boolean {
  return (version) => Number(version.split(".")[1]) <= minor;
}

async function scoreAndWrite(state: WorkbookState, supports: (version: string) => boolean) {
  const reader = adapterOver(state);
  const sheet = await reader.readSource({ sheetName: "Candidates" });
  const result = scoreWorkbook({ sheets: [sheet] }, settings);
  const written = await createOfficeExcelAdapter({ supports }).writeResult(result);
  return { result, written };
}

beforeEach(() => {
  mockChart = "handMade";
  mockAdded = undefined;
});
afterEach(removeDouble);

describe("a chart in a written result", () => {
  it("lands on the renamed Summary sheet, plotting its cells, named, coloured and scaled as described", async () => {
    const state = candidatesWorkbook();
    const { result } = await scoreAndWrite(state, upTo(7));
    const summary = sheetSnapshot(state, "Summary");
    const added = mockAdded;
    expect(summary.charts).toHaveLength(1);
    const [chart] = summary.charts;

    const widths = summary.columnWidths;
    const left = ["A", "B", "C", "D", "E", "F", "G"].reduce((sum, c) => sum + (widths[c] ?? 48), 0);
    expect(chart).toMatchObject({
      name: "ValueVsFeasibility",
      type: "Bubble",
      title: "Value vs feasibility",
      top: 15,
      left,
      width: 480,
      height: 300,
      legend: { visible: true, position: "Bottom" },
      categoryAxis: { title: "Technical feasibility", minimum: 0.5, maximum: 5.5, majorUnit: 1 },
      valueAxis: { title: "Business value", minimum: 0.5, maximum: 5.5, majorUnit: 1 },
    });

    const plotted = (governance: boolean) =>
      result.ranked.filter((e) => e.flags.includes("governance-review") === governance);
    expect(chart?.series).toEqual(
      [false, true].map((governance, s) => {
        const entries = plotted(governance);
        const described = added?.series[s];
        return {
          name: governance ? "Needs governance review" : "Use cases",
          color: `#${governance ? COLORS.governance : COLORS.regular}`,
          xValues: {
            address: `Summary!${described?.xValues}`,
            values: entries.map((e) => e.useCase.scores.feasibility),
          },
          values: {
            address: `Summary!${described?.yValues}`,
            values: entries.map((e) => e.useCase.scores.value),
          },
          bubbleSizes: {
            address: `Summary!${described?.sizes}`,
            values: entries.map((e) => e.useCase.budget),
          },
          pointCount: entries.length,
          labels: [],
        };
      }),
    );
    expect(chart?.series.map((s) => s.values?.values)).toEqual([
      [5, 4],
      [3, 2],
    ]);
  });

  it("labels each bubble with its use case's ID when Excel has ExcelApi 1.8, and not before", async () => {
    const labelsWith = async (supports: (version: string) => boolean) => {
      const state = candidatesWorkbook();
      await scoreAndWrite(state, supports);
      return sheetSnapshot(state, "Summary").charts[0]?.series.map((s) =>
        s.labels.map((label) => label.text),
      );
    };
    expect(await labelsWith(upTo(8))).toEqual([
      ["UC-1", "UC-3"],
      ["UC-2", "UC-4"],
    ]);
    expect(await labelsWith(upTo(7))).toEqual([[], []]);
  });

  it("is added after its cells are filled and the sheet has its name, and labelled a sync later", async () => {
    const withChart = candidatesWorkbook();
    const { written } = await scoreAndWrite(withChart, upTo(9));
    mockChart = "none";
    const without = candidatesWorkbook();
    const { written: plain } = await scoreAndWrite(without, upTo(9));
    expect(sheetSnapshot(without, "Summary").charts).toEqual([]);
    // The labels cost one request more; the chart itself travels with the view settings.
    expect(written.syncs).toBe(plain.syncs + 1);
    const labelsOf = (index: number) => withChart.host.syncs[index]?.labels ?? [];
    const added = withChart.host.syncs.findIndex((s) => s.labels.includes("ChartCollection.add"));
    const renamed = withChart.host.syncs.findIndex((s) => s.labels.includes("Worksheet.name"));
    const filled = Math.max(
      ...withChart.host.syncs.map((s, index) => (s.labels.includes("Range.values") ? index : -1)),
    );
    const labelled = withChart.host.syncs.findIndex((s) =>
      s.labels.includes("ChartDataLabel.text"),
    );
    expect(added).toBeGreaterThan(Math.max(renamed, filled));
    expect(labelsOf(added)).toContain("ChartPointsCollection.load");
    expect(labelled).toBe(added + 1);
  });

  it("is replaced with its sheet on the next write, not added to", async () => {
    const state = candidatesWorkbook();
    await scoreAndWrite(state, upTo(8));
    await scoreAndWrite(state, upTo(8));
    expect(sheetSnapshot(state, "Summary").charts.map((c) => c.name)).toEqual([
      "ValueVsFeasibility",
    ]);
    expect(state.sheets.flatMap((s) => s.charts)).toHaveLength(1);
  });
});

describe("the engine's Summary chart", () => {
  it("is written over the Summary's chart data block, labelled with the IDs the block shows", async () => {
    mockChart = "engine";
    const state = candidatesWorkbook();
    const { result, written } = await scoreAndWrite(state, upTo(8));
    const described = written.sheets.find((d) => d.role === "summary")?.charts?.[0];
    const summary = sheetSnapshot(state, "Summary");
    expect(summary.charts.map((c) => c.name)).toEqual([described?.name]);
    const [chart] = summary.charts;
    expect(chart?.series.map((s) => [s.name, s.color, s.values?.address])).toEqual(
      described?.series.map((s) => [s.name, `#${s.color}`, `Summary!${s.yValues}`]),
    );
    // The block's cells are formulas over Ranked (the double leaves them uncalculated).
    const [first] = described?.series ?? [];
    const row = Number(/\d+/.exec(first?.yValues ?? "")?.[0]);
    expect(summary.formulas[row - 1]?.[3]).toMatch(/^=Ranked!\$[A-Z]+\$\d+$/);
    expect(chart?.series.flatMap((s) => s.labels.map((label) => label.text)).sort()).toEqual(
      result.ranked.map((entry) => entry.useCase.id).sort(),
    );
  });
});

describe("addCharts on a sheet", () => {
  const plot: SeedCell[][] = [
    ["ID", "Feasibility", "Value", "Budget"],
    ["UC-1", 4, 5, 1000],
    ["UC-3", 5, 4, 2500],
    ["UC-2", 2, 3, 4000],
  ];

  function describedPlot(cells: SeedCell[][] = plot, points = 2): SheetDescription {
    const rows = cells.map((row) =>
      row.map((cell): CellDescription =>
        typeof cell === "number" ? { number: cell } : { text: String(cell) },
      ),
    );
    return {
      role: "summary",
      name: "Summary",
      tabColor: "2F5597",
      columns: [],
      rows,
      tables: [],
      conditionalFormats: [],
      freeze: { rows: 0, columns: 0 },
      charts: [
        aBubbleChart({
          name: "Map",
          yAxis: { title: "Value", min: 0, max: 6, majorUnit: 2 },
          anchor: { row: 6, column: 2 },
          width: 400,
          height: 200,
          series: [
            {
              name: "Use cases",
              color: "4472C4",
              labels: `A2:A${1 + points}`,
              pointLabels: cells.slice(1, 1 + points).map((row) => String(row[0])),
              xValues: `B2:B${1 + points}`,
              yValues: `C2:C${1 + points}`,
              sizes: `D2:D${1 + points}`,
            },
            {
              name: "Needs governance review",
              color: "C00000",
              labels: "A4",
              pointLabels: [String(cells[3]?.[0])],
              xValues: "B4",
              yValues: "C4",
              sizes: "D4",
            },
          ],
        }),
      ],
    };
  }

  async function addTo(
    state: WorkbookState,
    description: SheetDescription,
    supports: (version: string) => boolean,
  ): Promise<number> {
    adapterOver(state);
    return Excel.run(async (context) => {
      const charts = addCharts(context.workbook.worksheets.getItem("Summary"), description);
      await context.sync();
      labelCharts(charts, supports);
      await context.sync();
      return syncCount(state);
    });
  }

  it("adds the chart over the whole block, sets every series' cells itself, then labels it", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Summary", cells: plot }] });
    expect(await addTo(state, describedPlot(), upTo(8))).toBe(2);
    const [chart] = sheetSnapshot(state, "Summary").charts;
    expect(chart).toMatchObject({ top: 75, left: 48, width: 300, height: 150 });
    expect(chart?.valueAxis).toEqual({ title: "Value", minimum: 0, maximum: 6, majorUnit: 2 });
    expect(
      chart?.series.map((s) => ({
        name: s.name,
        cells: [s.xValues?.address, s.values?.address, s.bubbleSizes?.address],
        labels: s.labels,
      })),
    ).toEqual([
      {
        name: "Use cases",
        cells: ["Summary!B2:B3", "Summary!C2:C3", "Summary!D2:D3"],
        labels: [
          { point: 0, text: "UC-1", formula: "" },
          { point: 1, text: "UC-3", formula: "" },
        ],
      },
      {
        name: "Needs governance review",
        cells: ["Summary!B4", "Summary!C4", "Summary!D4"],
        labels: [{ point: 0, text: "UC-2", formula: "" }],
      },
    ]);
  });

  it(`draws a chart of more than ${MAX_LABELLED_POINTS} bubbles without labels`, async () => {
    const many = MAX_LABELLED_POINTS;
    const cells: SeedCell[][] = [
      ...plot,
      ...Array.from({ length: many }, (_, i): SeedCell[] => [`UC-${i + 4}`, 3, 3, 100]),
    ];
    const state = createWorkbookState({ sheets: [{ name: "Summary", cells }] });
    await addTo(state, describedPlot(cells, many), upTo(8));
    const [chart] = sheetSnapshot(state, "Summary").charts;
    expect(chart?.series.map((s) => s.pointCount)).toEqual([many, 1]);
    expect(chart?.series.flatMap((s) => s.labels)).toEqual([]);
  });

  it("adds nothing for a description without charts", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Summary", cells: plot }] });
    const { charts: _dropped, ...withoutCharts } = describedPlot();
    await addTo(state, withoutCharts, upTo(8));
    expect(sheetSnapshot(state, "Summary").charts).toEqual([]);
    expect(state.host.syncs.flatMap((s) => s.labels)).toEqual(["WorksheetCollection.getItem"]);
  });
});
