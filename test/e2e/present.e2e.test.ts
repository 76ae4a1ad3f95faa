/**
 * The Present window's page (dist/present.html) in Chromium, at a projector's size: Office's
 * dialog API is stood in for by a script served in place of office.js, which hands the page
 * the messages the pane would send with `messageChild`.
 *
 * Its screenshot goes to docs/present.png for the README.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { PresentSnapshot } from "../../src/taskpane/present/presentSnapshot";
import { DIST, ensurePaneBuilt, ROOT } from "./builds";
import { launchChromium } from "./paneBrowser";
import { serveDirectory, type StaticServer } from "./staticServer";

jest.setTimeout(180_000);

/** office.js as the dialog sees it: ready at once, with the parent's messages handed over. */
const DIALOG_OFFICE = `
window.Office = {
  EventType: { DialogParentMessageReceived: "DialogParentMessageReceived" },
  onReady: function (callback) { return Promise.resolve().then(function () { callback({}); }); },
  context: {
    ui: {
      addHandlerAsync: function (_type, handler) { window.__fromPane = handler; },
      messageParent: function (message) { window.__toPane = message; },
    },
  },
};`;

const SNAPSHOT: PresentSnapshot = {
  title: "Ranking of 24 use cases from Use cases",
  weights: "Value 40% · Feasibility 25% · Data 20% · Risk 15%",
  rows: Array.from({ length: 12 }, (_, index) => ({
    rank: index + 1,
    id: `AI-${String(index + 1).padStart(2, "0")}`,
    name: ["Invoice data capture", "Support ticket triage", "Warehouse pick-path pilot"][
      index % 3
    ] as string,
    score: (90 - index * 2.5).toFixed(1),
    bar: 90 - index * 2.5,
    when: index < 9 ? `2027-Q${Math.floor(index / 3) + 1}` : "off",
    moved: index === 2 ? 3 : index === 5 ? -2 : 0,
    governance: index === 4,
  })),
  more: 12,
};

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  await ensurePaneBuilt();
  server = await serveDirectory(DIST, 10 * 60_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPresent(colorScheme: "light" | "dark"): Promise<Page> {
  if (!browser || !server) throw new Error("beforeAll did not start the browser and server");
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme });
  const origin = server.origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.endsWith("/office.js")) {
      return route.fulfill({ body: DIALOG_OFFICE, contentType: "text/javascript" });
    }
    return url.startsWith(`${origin}/`) ? route.continue() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/present.html`);
  await page.waitForFunction(() => (window as { __toPane?: string }).__toPane === "ready");
  expect(errors).toEqual([]);
  return page;
}

describe("the Present window's page", () => {
  it("says it is listening, then shows each ranking the pane sends, in type a room can read", async () => {
    const page = await openPresent("light");
    await page.evaluate((message) => {
      (window as unknown as { __fromPane: (event: { message: string }) => void }).__fromPane({
        message,
      });
    }, JSON.stringify(SNAPSHOT));

    const rows = page.getByTestId("present-row");
    expect(await rows.count()).toBe(12);
    expect(await rows.first().innerText()).toContain("Invoice data capture");
    const fontPx = await rows
      .first()
      .evaluate((row) => Number.parseFloat(getComputedStyle(row).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(18);
    // The first ten rows fit on a 720-pixel-high screen.
    const tenth = await rows.nth(9).boundingBox();
    expect(tenth && tenth.y + tenth.height <= 720).toBe(true);
    expect(await page.getByLabel("moved up 3").count()).toBe(1);

    const docs = path.join(ROOT, "docs", "present.png");
    await fs.mkdir(path.dirname(docs), { recursive: true });
    await page.screenshot({ path: docs });

    // A second ranking replaces the first.
    const moved = { ...SNAPSHOT, rows: SNAPSHOT.rows.slice(0, 3), more: 21 };
    await page.evaluate((message) => {
      (window as unknown as { __fromPane: (event: { message: string }) => void }).__fromPane({
        message,
      });
    }, JSON.stringify(moved));
    expect(await rows.count()).toBe(3);
    expect(await page.getByText("and 21 more, ranked lower").count()).toBe(1);
    await page.context().close();
  });

  it("follows a dark theme", async () => {
    const page = await openPresent("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 96);
    await page.context().close();
  });
});
