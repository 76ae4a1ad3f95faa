/**
 * The task pane opened in Debian's Chromium on Microsoft's Office.js runtime, with the double's
 * workbook as the host behind it (as in the adapter's tests). Launching Chromium and
 * keeping the page offline (the pane from the local server, Office.js from node_modules, every
 * other request aborted) is bench/chromium.js's job, shared with the pane benchmark.
 */
import type { Browser, Page } from "playwright-core";
import {
  installDoubleScript,
  launchChromium,
  PANE_CONTEXT,
  routeOffline,
} from "../../bench/chromium";
import type { WorkbookSeed } from "../excel/double";

export { launchChromium };

export interface PaneOptions {
  /** The static server's origin, serving dist/. */
  readonly origin: string;
  /** The bundled double (see builds.ts). */
  readonly doubleBundle: string;
  readonly seed: WorkbookSeed;
  readonly theme: "light" | "dark";
  /** The browser's clock: the pane's default start quarter is the quarter after it. */
  readonly today: Date;
  /** The pane's size; Excel's default on Windows (350×800) unless given. */
  readonly viewport?: { readonly width: number; readonly height: number };
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

/** Opens the pane in a fresh context and waits until the preview lists the ranking. */
export async function openPane(browser: Browser, options: PaneOptions): Promise<OpenPane> {
  const context = await browser.newContext({
    ...PANE_CONTEXT,
    ...(options.viewport && { viewport: options.viewport }),
    colorScheme: options.theme,
  });
  const pageErrors: string[] = [];
  const blocked: string[] = [];
  const missing: string[] = [];
  try {
    await context.clock.setFixedTime(options.today);
    await routeOffline(context, options.origin, { blocked, missing, runtime: true });
    await context.addInitScript({
      content: installDoubleScript(options.doubleBundle, options.seed, { runtime: true }),
    });
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
