// Debian's Chromium driven by playwright-core, with the task pane kept offline, for the browser
// test (test/e2e/paneBrowser.ts) and the pane benchmark (bench/pane.js). Nothing leaves the
// machine: the pane comes from a local server, Office.js from node_modules, and every other
// request is aborted. Plain JavaScript, so the benchmark runs it with node as it is;
// chromium.d.ts gives the TypeScript side its types.
"use strict";

const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** taskpane.html loads Office.js from here, as the store requires; its other files follow it. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(__dirname, "..", "node_modules", "@microsoft", "office-js", "dist");

/** A task pane's usual width in Excel on the desktop, in a fixed locale and time zone. */
const PANE_CONTEXT = {
  // Excel's default task pane size on Windows.
  viewport: { width: 350, height: 800 },
  locale: "en-US",
  timezoneId: "UTC",
};

/** Fails (never skips) without Chromium, saying how to install it. */
async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed (no ${CHROMIUM}): apt-get install -y chromium`);
  }
  // playwright-core gives each launch a fresh, temporary user-data directory.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Lets the context reach `origin` and the local copy of Office.js, nothing else. Requests that
 * would have left the machine are added to `blocked`, Office.js files the copy lacks to `missing`.
 */
async function routeOffline(context, origin, { blocked = [], missing = [], runtime = false } = {}) {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const relative = decodeURIComponent(new URL(url).pathname).slice("/lib/1/hosted/".length);
      if (runtime && relative === "office.js") {
        const body = [readFileSync(path.join(OFFICE_DIST, "office.js"), "utf8"), runtimeFrame()];
        return route.fulfill({ body: body.join("\n;\n"), contentType: "text/javascript" });
      }
      const file = path.resolve(OFFICE_DIST, relative);
      if (file.startsWith(`${OFFICE_DIST}${path.sep}`) && existsSync(file)) {
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      }
      missing.push(url);
      return route.fulfill({ status: 404, body: "" });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
}

/** Microsoft's Office.js runtime for Excel on the web, as a script for the page. */
function officeRuntimeScript() {
  return readFileSync(path.join(OFFICE_DIST, "excel-web-16.00.debug.js"), "utf8");
}

/**
 * Run after office.js on the page: Microsoft's Excel on the web runtime, in a frame of its own
 * (loaded beside office.js's loader in one window, the two define \`Office.context\` twice and
 * the page stops), lent to the page as \`Excel\` and \`OfficeExtension\`, with the double seeded
 * by the init script attached as its host (\`window.__host\`). As Excel on the web loads it after
 * the loader, but without the handshake with a host frame, which is the part that is ours.
 */
function runtimeFrame() {
  return `(function (source) {
  var frame = document.createElement("iframe");
  frame.style.display = "none";
  document.documentElement.appendChild(frame);
  var runtime = frame.contentWindow;
  runtime.eval(source);
  window.Excel = runtime.Excel;
  window.OfficeExtension = runtime.OfficeExtension;
  window.__host = window.__excelDouble.attachRichApiHost(runtime, window.__state);
})(${JSON.stringify(officeRuntimeScript())});`;
}

/**
 * A script to run before any of the page's: the double (`doubleBundle`, which sets
 * `window.__excelDouble`) seeded with `seed`; the workbook's state is `window.__state`.
 * With `runtime`, the page's Office.js (routed by `routeOffline(…, { runtime: true })`) brings
 * Microsoft's Excel runtime and attaches the double as its host (`window.__host`); without it,
 * the double's own proxies are installed as `window.Excel`.
 */
function installDoubleScript(doubleBundle, seed, { runtime = false } = {}) {
  return `${doubleBundle}
;(function (seed) {
  var double = window.__excelDouble;
  window.__state = double.createWorkbookState(seed);
  if (!${runtime}) double.installExcelDouble(window, window.__state);
})(${JSON.stringify(seed)});`;
}

module.exports = {
  CHROMIUM,
  PANE_CONTEXT,
  installDoubleScript,
  launchChromium,
  officeRuntimeScript,
  routeOffline,
};
