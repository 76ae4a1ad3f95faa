/** @jest-environment jsdom */
import "./setup";
import { within } from "@testing-library/react";
import {
  chartPointsOf,
  DEFAULT_WEIGHTS,
  scoreWorkbook,
  valueFeasibilitySceneOf,
  type SheetInput,
} from "../../src/core";
import { PANE_CHART_SIZE } from "../../src/taskpane/components/ValueFeasibilityChart";
import { FakeExcel } from "./fakeAdapter";
import { previewRows, renderPane, section } from "./renderPane";
import { aSheet, aUseCaseRow, sampleRows } from "./sheets";

// Each test drives the whole pane; in jsdom its re-renders and role queries are slow.
jest.setTimeout(20_000);

const chartSection = () => within(section("Chart"));

function showChart(): HTMLElement {
  // The wrapper named by aria-label (the SVG inside is an img too, presentational within it).
  return chartSection().getByLabelText(/^Bubble chart of /);
}

/** The engine's scene for `sheet` as the pane scores it by default. */
function engineScene(sheet: SheetInput) {
  const result = scoreWorkbook(
    { sheets: [sheet] },
    {
      weights: DEFAULT_WEIGHTS,
      roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
    },
  );
  return { result, scene: valueFeasibilitySceneOf(result, PANE_CHART_SIZE) };
}

/** The sample with two use cases whose budget is not known yet. */
function twoWithoutBudget(): SheetInput {
  return aSheet({
    rows: sampleRows().map((row) =>
      row[0] === "AI-03" || row[0] === "AI-09" ? Object.assign([...row], { 10: null }) : row,
    ),
  });
}

describe("the value vs feasibility chart", () => {
  it("draws a bubble for every use case with a budget, and the two legend bubbles", async () => {
    await renderPane();

    const chart = showChart();

    const svg = chart.querySelector("svg");
    expect(svg).not.toBeNull();
    const { result } = engineScene(aSheet());
    const drawn = chartPointsOf(result.ranked).drawn.length;
    expect(drawn).toBe(24);
    // A use case's bubble carries its tooltip; the legend's two do not.
    const circles = [...(svg?.querySelectorAll("circle") ?? [])];
    expect(circles.filter((circle) => circle.querySelector("title"))).toHaveLength(drawn);
    expect(circles).toHaveLength(drawn + 2);
    expect(svg?.getAttribute("viewBox")).toBe(
      `0 0 ${PANE_CHART_SIZE.width} ${PANE_CHART_SIZE.height}`,
    );
  });

  it("is described in one sentence for screen readers", async () => {
    await renderPane();

    const chart = showChart();

    const { scene } = engineScene(aSheet());
    expect(chart.getAttribute("aria-label")).toBe(scene.description);
    expect(chart.getAttribute("aria-label")).toMatch(/^Bubble chart of 24 use cases/);
  });

  it("names the use cases it cannot draw because they have no budget", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [twoWithoutBudget()] }) });

    const chart = showChart();

    expect(chart.querySelectorAll("circle title")).toHaveLength(22);
    expect(
      chartSection().getByText(
        "Not drawn, no budget: AI-09 HR policy assistant, AI-03 Contract clause review.",
      ),
    ).toBeTruthy();
  });

  it("says nothing about undrawn use cases when every one has a budget", async () => {
    await renderPane();

    showChart();

    expect(chartSection().queryByText(/^Not drawn/)).toBeNull();
  });

  it("shows a name with markup in it as text, never as markup", async () => {
    const hostile = aSheet({
      rows: [
        ...sampleRows(),
        aUseCaseRow({
          ID: "AI-25",
          "Use case": '<img src=x onerror="alert(1)">Tender drafting',
          "Business value": 4,
          "Technical feasibility": 4,
          "Data readiness": 3,
          "Regulatory risk": 2,
          Budget: 50000,
        }),
      ],
    });
    await renderPane({ excel: new FakeExcel({ sheets: [hostile] }) });

    const chart = showChart();

    expect(chart.querySelector("img")).toBeNull();
    const titles = [...chart.querySelectorAll("circle title")].map((title) => title.textContent);
    expect(titles.some((title) => title?.includes('<img src=x onerror="alert(1)">'))).toBe(true);
  });

  it("sits beside the whole ranking, in its own section, not in place of it", async () => {
    await renderPane();
    expect(showChart()).toBeTruthy();
    expect(previewRows()).toHaveLength(24);
  });
});
