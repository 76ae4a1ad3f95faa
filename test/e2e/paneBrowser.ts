/**
 * Debian's Chromium driven by playwright-core, and the task pane opened in it against the
 * Office.js double. Nothing leaves the machine: the pane comes from the local server, Office.js
 * from node_modules, and every other request is aborted.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
} from "playwright-core";
import type { WorkbookSeed } from "../excel/double";
import { ROOT } from "./builds";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

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
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Fails (never skips) without Chromium, saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed (no ${CHROMIUM}); the browser test needs it: apt-get install -y chromium`,
    );
  }
  // playwright-core gives each launch a fresh, temporary user-data directory.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface PaneOptions {
  /** The static server's origin, serving dist/. */
  readonly origin: string;
  /** The bundled double (see builds.ts). */
  readonly doubleBundle: string;
  readonly seed: WorkbookSeed;
  readonly theme: "light" | "dark";
  /** The browser's clock: the pane's default start quarter is the quarter after it. */
  readonly today: Date;
}

export interface OpenPane {
  readonly page: Page;
  /** Errors thrown in the page and not caught. */
  readonly pageErrors: string[];
  /** Requests that would have left the machine, aborted. */
  readonly blocked: string[];
  /** Office.js files requested that the local copy does not have. */
  readonly missing: string[];
  close(): Promise<void>;
}

/** The script run before any of the page's: the double, seeded and installed as `window.Excel`. */
function initScript(doubleBundle: string, seed: WorkbookSeed): string {
  return `${doubleBundle}
;(function (seed) {
  var double = window.__excelDouble;
  window.__state = double.createWorkbookState(seed);
  double.installExcelDouble(window, window.__state);
})(${JSON.stringify(seed)});`;
}

async function routeOffline(
  context: BrowserContext,
  origin: string,
  blocked: string[],
  missing: string[],
): Promise<void> {
  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const relative = decodeURIComponent(new URL(url).pathname).slice("/lib/1/hosted/".length);
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

/** Opens the pane in a fresh context and waits until the preview lists the ranking. */
export async function openPane(browser: Browser, options: PaneOptions): Promise<OpenPane> {
  const context = await browser.newContext({
    // A task pane's usual width in Excel on the desktop.
    viewport: { width: 350, height: 900 },
    colorScheme: options.theme,
    locale: "en-US",
    timezoneId: "UTC",
  });
  const pageErrors: string[] = [];
  const blocked: string[] = [];
  const missing: string[] = [];
  try {
    await context.clock.setFixedTime(options.today);
    await routeOffline(context, options.origin, blocked, missing);
    await context.addInitScript({ content: initScript(options.doubleBundle, options.seed) });
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${options.origin}/taskpane.html?theme=${options.theme}`);
    await page.getByRole("list", { name: "Ranking" }).getByTestId("preview-item").first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { page, pageErrors, blocked, missing, close: () => context.close() };
  } catch (error) {
    await context.close();
    const reason = error instanceof Error ? error.message : String(error);
    const thrown = pageErrors.length > 0 ? ` Errors in the page: ${pageErrors.join("; ")}` : "";
    throw new Error(`The pane did not show its ranking: ${reason}.${thrown}`);
  }
}
