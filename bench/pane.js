// The task pane in headless Chromium: its production bundle (built as `npm run build` builds
// it, into a temporary folder), the time it takes to show the ranking of a fresh workbook, and
// the time a weight change takes to reach the preview. Office.js is the local copy; Excel is
// the Office.js double (test/excel/double), bundled for the page as the browser test does.
"use strict";
// The functions given to page.evaluate run in the page, where these exist:
/* global window, document, MutationObserver, HTMLInputElement, requestAnimationFrame */

const { promises: fs } = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");
const { buildTaskPane, bundleTypeScript } = require("./bundle");
const { installDoubleScript, launchChromium, PANE_CONTEXT, routeOffline } = require("./chromium");
const { summary } = require("./measure");
const { useCaseRows } = require("./workload");

const CONTENT_TYPES = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png" };

/** Raw and gzipped (level 9, as webpack.config.js's budget check) bytes of the files. */
async function sizes(folder, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await fs.readFile(path.join(folder, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

function serve(folder) {
  const server = http.createServer(async (request, response) => {
    const file = path.join(folder, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!file.startsWith(folder)) return response.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/** Seeds the double and installs it as window.Excel; notes when the pane first shows things. */
function initScript(doubleBundle, seed) {
  return `window.__harnessStarted = performance.now();
${installDoubleScript(doubleBundle, seed)}
;(function () {
  var marks = (window.__paneMarks = {});
  // Setting up the double is the test's work, not the pane's: its time is reported apart.
  marks.harness = performance.now() - window.__harnessStarted;
  var observer = new MutationObserver(function () {
    var root = document.getElementById("root");
    // taskpane.html shows a loading message in #root until React replaces it.
    var rendered = root && root.childElementCount > 0 && !root.querySelector(".loading");
    if (marks.paneRendered === undefined && rendered) {
      marks.paneRendered = performance.now();
    }
    if (document.querySelector('[data-testid="preview-item"]')) {
      marks.rankingShown = performance.now();
      requestAnimationFrame(function () { marks.rankingPainted = performance.now(); });
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Opens the pane on a workbook of `count` use cases; returns its page and first-render marks. */
async function openPane(browser, origin, doubleBundle, count) {
  const context = await browser.newContext(PANE_CONTEXT);
  await routeOffline(context, origin);
  const seed = { sheets: [{ name: "Candidates", cells: useCaseRows(count) }] };
  await context.addInitScript({ content: initScript(doubleBundle, seed) });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/taskpane.html?theme=light`);
  await page
    .getByRole("list", { name: "Ranking" })
    .getByTestId("preview-item")
    .first()
    .waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__paneMarks.rankingPainted !== undefined);
  const marks = await page.evaluate(() => ({
    ...window.__paneMarks,
    firstContentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
  }));
  if (errors.length > 0) throw new Error(`The pane threw: ${errors.join("; ")}`);
  return { context, page, marks };
}

/**
 * One step of the Business value slider, as dragging it gives (an `input` event on the range
 * input), and the time until the pane has finished updating: its last change to the page
 * before a quiet 150 ms. (At the top of a long list the ranking itself may not move, so the
 * whole pane is watched, not the list alone.)
 */
function reRankOnce(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const root = document.getElementById("root");
        const slider = document.getElementById("weight-value");
        const spin = document.querySelector('input[aria-label="Business value weight"]');
        if (!root || !slider || !spin) return reject(new Error("no pane, slider or weight"));
        const current = Number(spin.value);
        const next = current >= 100 ? 1 : current + 1;
        let last = 0;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        // React tracks an input's value itself: set it the way the browser does, then tell it.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        const started = performance.now();
        setValue.call(slider, String(next));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        const check = () => {
          const now = performance.now();
          if (last > started && now - last > 150) {
            observer.disconnect();
            resolve(last - started);
          } else if (now - started > 30_000) {
            observer.disconnect();
            reject(new Error("the pane did not change"));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/**
 * A slider drag as a hand makes it: one step of the Business value slider at every frame, for
 * `steps` frames, and the time between the frames the browser painted meanwhile. A frame that
 * takes longer than 33 ms is below 30 frames a second.
 */
function dragFrames(page, steps = 60) {
  return page.evaluate(
    (count) =>
      new Promise((resolve, reject) => {
        const slider = document.getElementById("weight-value");
        if (!slider) return reject(new Error("no Business value slider"));
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        const frames = [];
        let step = 0;
        const frame = (time) => {
          frames.push(time);
          if (step < count) {
            step += 1;
            // Up and back down again, as a person hunting for a value does.
            const value = step <= count / 2 ? 20 + step : 20 + count - step;
            setValue.call(slider, String(value));
            slider.dispatchEvent(new Event("input", { bubbles: true }));
            requestAnimationFrame(frame);
          } else {
            resolve(frames.slice(1).map((at, index) => at - frames[index]));
          }
        };
        requestAnimationFrame(frame);
      }),
    steps,
  );
}

/** The pane on `count` use cases with an annual budget, and the frame times of a drag. */
async function dragWithBudget(browser, origin, doubleBundle, count) {
  const pane = await openPane(browser, origin, doubleBundle, count);
  try {
    // Budgets run to a few hundred thousand: this funds a few dozen, the line within the first rows.
    await pane.page.getByRole("textbox", { name: "Annual budget" }).fill("3M");
    await pane.page
      .getByText(/^Rank order funds /)
      .first()
      .waitFor({ timeout: 60_000 });
    await dragFrames(pane.page, 10); // warms up the handlers
    const deltas = await dragFrames(pane.page, 60);
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
    return {
      count,
      frames: deltas.length,
      medianMs: at(0.5),
      p95Ms: at(0.95),
      worstMs: sorted[sorted.length - 1],
      fps: 1000 / at(0.5),
    };
  } finally {
    await pane.context.close();
  }
}

/**
 * Everything about the pane: bundle sizes, first render (best and median of `loads` loads of a
 * 60-use-case workbook, one of 10,000) and re-rank times in the page.
 */
async function benchPane(scratch, { loads = 3, reRanks = 15 } = {}) {
  // First, so a machine without Chromium gives up at once with the command that fixes it.
  const browser = await launchChromium();
  try {
    return await measurePane(browser, scratch, { loads, reRanks });
  } finally {
    await browser.close();
  }
}

async function measurePane(browser, scratch, { loads, reRanks }) {
  const dist = path.join(scratch, "pane");
  const buildStarted = Date.now();
  const { entryFiles, lazyFiles } = await buildTaskPane(dist);
  const buildMs = Date.now() - buildStarted;
  const doubleBundle = await fs.readFile(
    await bundleTypeScript({
      entry: "./test/e2e/browserDouble.ts",
      target: "web",
      outDir: path.join(scratch, "double"),
      filename: "excel-double.js",
    }),
    "utf8",
  );

  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const firstRender = [];
    let reRank60;
    for (let load = 0; load < loads; load++) {
      const pane = await openPane(browser, origin, doubleBundle, 60);
      firstRender.push(pane.marks);
      if (load === loads - 1) {
        await reRankOnce(pane.page); // the first change also warms up the handlers
        const times = [];
        for (let i = 0; i < reRanks; i++) times.push(await reRankOnce(pane.page));
        reRank60 = summary(times);
      }
      await pane.context.close();
    }
    const drag500 = await dragWithBudget(browser, origin, doubleBundle, 500);
    const large = await openPane(browser, origin, doubleBundle, 10_000);
    await reRankOnce(large.page);
    const largeTimes = [];
    for (let i = 0; i < 5; i++) largeTimes.push(await reRankOnce(large.page));
    await large.context.close();

    const of = (key) => summary(firstRender.map((marks) => marks[key]));
    return {
      buildMs,
      entry: await sizes(dist, entryFiles),
      lazy: await sizes(dist, lazyFiles),
      firstRender: {
        loads,
        firstContentfulPaint: of("firstContentfulPaint"),
        paneRendered: of("paneRendered"),
        rankingShown: of("rankingPainted"),
        harness: of("harness"),
      },
      firstRender10k: large.marks.rankingPainted,
      reRank: { 60: reRank60, 10000: summary(largeTimes) },
      drag500,
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

module.exports = { benchPane };
