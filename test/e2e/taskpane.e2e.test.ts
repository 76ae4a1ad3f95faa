/**
 * The task pane's production build in Debian's Chromium, against the Office.js double holding
 * sample-use-cases.xlsx: it previews the engine's ranking, re-ranks as weights move, selects a
 * problem's cell, and writes Ranked and Roadmap cell for cell as the engine describes them.
 *
 * Screenshots (light, dark, after writing) go to test/e2e/screenshots/ (git-ignored); the light
 * one at 350 px also goes to docs/taskpane.png for the README.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  chartPointsOf,
  cultureOfLocale,
  describeOutputSheets,
  portfolioComparisonSentence,
  PortfolioSettingsSchema,
  scoreWorkbook,
  withPortfolio,
  type ScoringSettings,
  type SheetDescription,
} from "../../src/core";
import type { WorkbookSeed } from "../excel/double";
import { trimmed } from "../excel/excelHarness";
import type { PaneTestWindow } from "./browserDouble";
import { bundleExcelDouble, DIST, ensurePaneBuilt, ROOT } from "./builds";
import { fixtureWorkbook, type FixtureWorkbook } from "../excel/fixtureWorkbook";
import { launchChromium, openPane, type OpenPane } from "./paneBrowser";
import { serveDirectory, type StaticServer } from "./staticServer";

const SCREENSHOTS = path.join(__dirname, "screenshots");
const DOCS_SCREENSHOT = path.join(ROOT, "docs", "taskpane.png");

/** The page's clock: the pane's default roadmap start is the quarter after it, 2027-Q1. */
const TODAY = new Date("2026-11-16T09:00:00Z");

const DEFAULT_SETTINGS: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** What the tests set in the pane: value counts most, risk not at all, ten per quarter. */
const CHANGED_SETTINGS: ScoringSettings = {
  weights: { value: 100, feasibility: 25, dataReadiness: 25, regulatoryRisk: 0 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 10 },
};

/** AI-24 has no owner: once it is on the roadmap (ten per quarter), its owner cell is a problem. */
const OWNER_PROBLEM = { sheet: "Use cases", address: "D25" };

jest.setTimeout(180_000);

let browser: Browser | undefined;
let server: StaticServer | undefined;
let doubleBundle = "";
let sample: FixtureWorkbook;
let pane: OpenPane | undefined;

beforeAll(async () => {
  // First, so a machine without Chromium fails at once with the command that fixes it.
  browser = await launchChromium();
  const [, bundle, workbook] = await Promise.all([
    ensurePaneBuilt(),
    bundleExcelDouble(),
    fixtureWorkbook("sample-use-cases.xlsx"),
  ]);
  doubleBundle = bundle;
  sample = workbook;
  server = await serveDirectory(DIST, 10 * 60_000);
  await fs.mkdir(SCREENSHOTS, { recursive: true });
});

afterEach(async () => {
  const closing = pane;
  pane = undefined;
  if (closing) {
    // Anything thrown in the page and not caught fails the test that caused it.
    expect(closing.pageErrors).toEqual([]);
    await closing.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  theme: "light" | "dark" = "light",
  seed: WorkbookSeed = sample.seed,
  viewport?: { width: number; height: number },
): Promise<Page> {
  if (!browser || !server) throw new Error("beforeAll did not start the browser and server");
  pane = await openPane(browser, {
    origin: server.origin,
    doubleBundle,
    seed,
    theme,
    today: TODAY,
    ...(viewport && { viewport }),
  });
  return pane.page;
}

/** Polls `read` until `accept` holds; fails with the last value read. */
async function until<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The names in the ranking, best first (a name is the first text with a title in its row). */
function previewNames(page: Page): Promise<string[]> {
  return page
    .getByRole("list", { name: "Ranking" })
    .getByTestId("preview-item")
    .evaluateAll((items) =>
      items.map((item) => item.querySelector("[title]")?.getAttribute("title") ?? ""),
    );
}

/** The engine's ranking, best first: the whole of it unless `count` says otherwise. */
function engineTopNames(settings: ScoringSettings, count = Infinity): string[] {
  return scoreWorkbook(sample.input, settings)
    .ranked.slice(0, count)
    .map((entry) => entry.useCase.name);
}

async function setSpinButton(page: Page, name: string, value: number): Promise<void> {
  const spin = page.getByRole("spinbutton", { name });
  await spin.fill(String(value));
  await spin.press("Enter");
  await until(
    `${name} to read ${value}`,
    () => spin.inputValue(),
    (v) => v === String(value),
  );
}

/** Sets the pane to CHANGED_SETTINGS and waits for the preview to follow. */
async function applyChangedSettings(page: Page): Promise<void> {
  await setSpinButton(page, "Business value weight", CHANGED_SETTINGS.weights.value);
  await setSpinButton(page, "Regulatory risk weight", CHANGED_SETTINGS.weights.regulatoryRisk);
  await setSpinButton(page, "Use cases per quarter", CHANGED_SETTINGS.roadmap.slotsPerQuarter);
  const expected = engineTopNames(CHANGED_SETTINGS);
  await until(
    "the preview to re-rank",
    () => previewNames(page),
    (names) => same(names, expected),
  );
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The double's active sheet and selected cells, read in the page. */
function workbookSelection(page: Page): Promise<{ sheet: string; address: string }> {
  return page.evaluate(() => {
    const { __excelDouble: double, __state: state } = window as unknown as PaneTestWindow;
    return double.selection(state);
  });
}

/** Nothing is wider than the pane: at 350 px a long name or option must not push past the edge. */
async function expectFitsPaneWidth(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    pane: document.documentElement.clientWidth,
  }));
  expect(widths.content).toBeLessThanOrEqual(widths.pane);
  // The source select grows with its longest option; it must stay clear of the Reload button.
  const select = await page.getByRole("combobox", { name: "Sheet or table" }).boundingBox();
  const reload = await page.getByRole("button", { name: "Reload" }).boundingBox();
  if (!select || !reload) throw new Error("the source select or Reload is not on the page");
  expect(select.x + select.width).toBeLessThanOrEqual(reload.x);
}

/** What each cell's formula bar shows, as the engine describes the sheet. */
function formulaBar(description: SheetDescription): (string | number)[][] {
  return description.rows.map((row) =>
    Array.from(row, (cell) => cell?.formula ?? cell?.text ?? cell?.number ?? ""),
  );
}

describe("the task pane in Chromium, on the sample workbook", () => {
  it("reads the sample's table from the workbook and previews the engine's ranking", async () => {
    expect(sample.seed.sheets.map((sheet) => [sheet.name, sheet.tables])).toEqual([
      ["Use cases", [{ name: "UseCases", address: "A1:N25" }]],
    ]);
    const page = await open("light");

    expect(await page.getByRole("combobox", { name: "Sheet or table" }).inputValue()).toContain(
      "UseCases",
    );
    expect(await page.getByRole("combobox", { name: "Start quarter" }).inputValue()).toBe(
      DEFAULT_SETTINGS.roadmap.start,
    );
    expect(await previewNames(page)).toEqual(engineTopNames(DEFAULT_SETTINGS));
    // Office.js came from the local copy, whole, and nothing else tried to leave the machine.
    expect(pane?.missing).toEqual([]);
    expect(pane?.blocked).toEqual([]);
    // The pane read through Microsoft's runtime: its requests reached the host as Office.js's JSON.
    const requests = await page.evaluate(() => {
      const host = (window as unknown as PaneTestWindow).__host;
      return (host?.requests ?? []).map((request) => JSON.parse(request.json) as object);
    });
    expect(requests.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) expect(request).toHaveProperty("ObjectPaths");
    await expectFitsPaneWidth(page);

    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-light.png"), fullPage: true });
  });

  it("shows the same pane readably in the dark theme", async () => {
    const page = await open("dark");

    const background = await page
      .getByRole("main")
      .evaluate((main) => getComputedStyle(main).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 96);
    expect(await previewNames(page)).toEqual(engineTopNames(DEFAULT_SETTINGS));
    await expectFitsPaneWidth(page);

    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-dark.png"), fullPage: true });
  });

  it("shows the four weight controls and the first eight ranked use cases together at 350×800, without scrolling", async () => {
    const page = await open("light");
    const viewport = page.viewportSize();
    expect(viewport).toEqual({ width: 350, height: 800 });
    const inView = async (what: string, box: Promise<{ y: number; height: number } | null>) => {
      const bounds = await box;
      if (!bounds) throw new Error(`${what} is not on the page`);
      expect({ what, top: bounds.y >= 0, bottom: bounds.y + bounds.height <= 800 }).toEqual({
        what,
        top: true,
        bottom: true,
      });
    };
    for (const name of [
      "Business value",
      "Technical feasibility",
      "Data readiness",
      "Regulatory risk",
    ]) {
      await inView(`the ${name} slider`, page.getByRole("slider", { name }).boundingBox());
      await inView(
        `the ${name} box`,
        page.getByRole("spinbutton", { name: `${name} weight` }).boundingBox(),
      );
    }
    const rows = page.getByRole("list", { name: "Ranking" }).getByTestId("preview-item");
    for (let index = 0; index < 8; index++) {
      await inView(`ranked use case ${index + 1}`, rows.nth(index).boundingBox());
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // The README's picture: the session view as the room sees it.
    await fs.mkdir(path.dirname(DOCS_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: DOCS_SCREENSHOT });
  });

  it("fits at 270 px, the Mac's default pane width, with nothing wider than the pane", async () => {
    const page = await open("light", sample.seed, { width: 270, height: 800 });
    await expectFitsPaneWidth(page);
    const slider = await page.getByRole("slider", { name: "Business value" }).boundingBox();
    expect(slider && slider.width >= 64).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-270.png") });
  });

  it("keeps the weights on screen when the pane is scrolled down to the setup", async () => {
    const page = await open("light");
    await page.getByRole("region", { name: "Write to the workbook" }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const slider = await page.getByRole("slider", { name: "Business value" }).boundingBox();
    expect(slider && slider.y >= 0 && slider.y + slider.height <= 800).toBe(true);
  });

  it("re-ranks the preview when the value weight goes up and the risk weight to 0", async () => {
    const page = await open();
    const before = await previewNames(page);

    await setSpinButton(page, "Business value weight", 100);
    await setSpinButton(page, "Regulatory risk weight", 0);

    const expected = engineTopNames({ ...DEFAULT_SETTINGS, weights: CHANGED_SETTINGS.weights });
    const after = await until(
      "the preview to re-rank",
      () => previewNames(page),
      (names) => same(names, expected),
    );
    expect(after).not.toEqual(before);
    expect(await page.getByRole("slider", { name: "Business value" }).inputValue()).toBe("100");
  });

  it("selects a problem's cell in the workbook when the problem is clicked", async () => {
    const page = await open();
    const cell = `'${OWNER_PROBLEM.sheet}'!${OWNER_PROBLEM.address}`;
    const problem = page.getByRole("button", { name: `Select ${cell}` });
    // With three per quarter AI-24 stays off the roadmap, so its blank owner is no problem yet.
    expect(await problem.count()).toBe(0);

    await applyChangedSettings(page);
    expect(await workbookSelection(page)).not.toEqual(OWNER_PROBLEM);
    await problem.click();

    const selected = await until(
      `the workbook to select ${cell}`,
      () => workbookSelection(page),
      (selection) => selection.address === OWNER_PROBLEM.address,
    );
    expect(selected).toEqual(OWNER_PROBLEM);
  });

  it("writes Ranked, Roadmap and Summary cell for cell as the engine describes them", async () => {
    const page = await open();
    await applyChangedSettings(page);

    await page.getByRole("button", { name: "Write ranked list and roadmap" }).click();
    await page.getByRole("button", { name: "Open Ranked" }).waitFor();

    const written = await page.evaluate(() => {
      const { __excelDouble: double, __state: state } = window as unknown as PaneTestWindow;
      return {
        names: double.sheetNames(state),
        ranked: double.sheetSnapshot(state, "Ranked").formulas,
        roadmap: double.sheetSnapshot(state, "Roadmap").formulas,
        summary: double.sheetSnapshot(state, "Summary").formulas,
      };
    });
    expect(written.names).toEqual(["Use cases", "Ranked", "Roadmap", "Summary", "Scoring log"]);

    const [ranked, roadmap, summary] = describeOutputSheets(
      scoreWorkbook(sample.input, CHANGED_SETTINGS),
      {
        sheets: [{ name: "Use cases" }],
        tableNames: ["UseCases"],
      },
    );
    if (!ranked || !roadmap || !summary)
      throw new Error("the engine described fewer than three sheets");
    expect([ranked.name, roadmap.name, summary.name]).toEqual(["Ranked", "Roadmap", "Summary"]);
    expect(trimmed(written.ranked)).toEqual(trimmed(formulaBar(ranked)));
    expect(trimmed(written.roadmap)).toEqual(trimmed(formulaBar(roadmap)));
    expect(trimmed(written.summary)).toEqual(trimmed(formulaBar(summary)));
    // The source list now offers the output sheets too, with longer names.
    await expectFitsPaneWidth(page);

    await page.screenshot({
      path: path.join(SCREENSHOTS, "pane-written-light.png"),
      fullPage: true,
    });
  });

  it("funds a portfolio within a typed annual budget, charts it, and writes both to Summary", async () => {
    const page = await open();
    const scored = scoreWorkbook(sample.input, DEFAULT_SETTINGS);
    const withBudget = withPortfolio(
      scored,
      PortfolioSettingsSchema.parse({ annualBudget: 600_000 }),
    );
    const expectedSentence = portfolioComparisonSentence(
      withBudget.portfolio as NonNullable<typeof withBudget.portfolio>,
    );

    await page.getByRole("textbox", { name: "Annual budget" }).fill("600k");
    await page.getByText(expectedSentence).waitFor();
    // The exact search ran in the pane's Web Worker, off the UI thread.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain(
      "/portfolio-worker.js",
    );

    await page.getByRole("region", { name: "Chart" }).scrollIntoViewIfNeeded();
    const drawn = chartPointsOf(scored.ranked).drawn.length;
    const circles = await until(
      "the chart's bubbles",
      () => page.locator("[role=img] svg circle").count(),
      (count) => count > 0,
    );
    expect(circles).toBe(drawn + 2); // and the legend's two swatches
    await expectFitsPaneWidth(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-chart-light.png"), fullPage: true });

    await page.getByRole("button", { name: "Write ranked list and roadmap" }).click();
    await page.getByRole("button", { name: "Open Ranked" }).waitFor();
    const written = await page.evaluate(() => {
      const { __excelDouble: double, __state: state } = window as unknown as PaneTestWindow;
      const summary = double.sheetSnapshot(state, "Summary");
      return { formulas: summary.formulas, charts: summary.charts };
    });
    const [, , summary] = describeOutputSheets(withBudget, {
      sheets: [{ name: "Use cases" }],
      tableNames: ["UseCases"],
    });
    if (!summary) throw new Error("the engine described no Summary");
    expect(trimmed(written.formulas)).toEqual(trimmed(formulaBar(summary)));
    // One native bubble chart over the cells the engine described (checked above, formula by
    // formula): the browser's double does not evaluate formulas, so the ranges are compared.
    expect(written.charts).toHaveLength(1);
    const [chart] = written.charts;
    expect(chart?.type).toBe("Bubble");
    const described = summary.charts?.[0];
    expect(
      chart?.series.map((series) => [
        series.name,
        series.xValues?.address,
        series.values?.address,
        series.bubbleSizes?.address,
      ]),
    ).toEqual(
      described?.series.map((series) => [
        series.name,
        `Summary!${series.xValues}`,
        `Summary!${series.yValues}`,
        `Summary!${series.sizes}`,
      ]),
    );
    const drawnInChart = (chart?.series ?? []).reduce((sum, series) => sum + series.pointCount, 0);
    expect(drawnInChart).toBe(drawn);
  });

  it("reads 600.000 as six hundred thousand in a German workbook, and shows what it understood", async () => {
    // Excel's own answer for a German workbook: Application.cultureInfo (ExcelApi 1.11).
    const german: WorkbookSeed = {
      ...sample.seed,
      culture: { name: "de-DE", numberDecimalSeparator: ",", numberGroupSeparator: "." },
    };
    const page = await open("light", german);
    const withBudget = withPortfolio(
      scoreWorkbook(sample.input, DEFAULT_SETTINGS),
      PortfolioSettingsSchema.parse({ annualBudget: 600_000 }),
    );
    const portfolio = withBudget.portfolio as NonNullable<typeof withBudget.portfolio>;
    const germanCulture = cultureOfLocale("de-DE");

    // The pane asked Excel for the culture through Microsoft's runtime.
    const asked = await page.evaluate(() =>
      ((window as unknown as PaneTestWindow).__host?.requests ?? []).some((request) =>
        request.json.includes('"CultureInfo"'),
      ),
    );
    expect(asked).toBe(true);

    const box = page.getByRole("textbox", { name: "Annual budget" });
    await box.fill("600.000");

    const section = page.getByRole("region", { name: "Annual budget" });
    expect(await section.getByTestId("understood-amount").innerText()).toBe("= 600.000");
    // The same portfolio as the engine's for 600,000, its sentence written the German way.
    await page.getByText(portfolioComparisonSentence(portfolio, germanCulture)).waitFor();
    expect(await section.getByText(/ of 600\.000 left\.$/).count()).toBe(1);

    await box.fill("1,2M");
    await until(
      "the box to show 1.200.000",
      () => section.getByTestId("understood-amount").innerText(),
      (text) => text === "= 1.200.000",
    );

    const cap = page.getByRole("textbox", { name: "Budget cap per quarter" });
    await cap.fill("150.000");
    expect(
      await page
        .getByRole("region", { name: "Roadmap" })
        .getByTestId("understood-amount")
        .innerText(),
    ).toBe("= 150.000");
    await expectFitsPaneWidth(page);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "pane-german-light.png"),
      fullPage: true,
    });
  });
});
