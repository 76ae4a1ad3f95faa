/** Types for chromium.js, which the benchmark runs as plain JavaScript. */
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import type { WorkbookSeed } from "../test/excel/double";

/** The Chromium executable: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM: string;

/** A task pane's usual width in Excel on the desktop, in a fixed locale and time zone. */
export const PANE_CONTEXT: BrowserContextOptions;

/** Fails (never skips) without Chromium, saying how to install it. */
export function launchChromium(): Promise<Browser>;

export interface OfflineRecord {
  /** Requests that would have left the machine, aborted. */
  readonly blocked?: string[];
  /** Office.js files requested that the local copy does not have. */
  readonly missing?: string[];
  /**
   * Serve office.js followed by Microsoft's Excel on the web runtime, with the double seeded by
   * `installDoubleScript(…, { runtime: true })` attached as its host.
   */
  readonly runtime?: boolean;
}

/** Lets the context reach `origin` and the local copy of Office.js, nothing else. */
export function routeOffline(
  context: BrowserContext,
  origin: string,
  record?: OfflineRecord,
): Promise<void>;

/** Microsoft's Office.js runtime for Excel on the web, as a script for the page. */
export function officeRuntimeScript(): string;

/**
 * A script that seeds the Office.js double; with `runtime`, it waits for the page's Office.js
 * to bring Microsoft's runtime (see `routeOffline`), else it is installed as `window.Excel`.
 */
export function installDoubleScript(
  doubleBundle: string,
  seed: WorkbookSeed,
  options?: { readonly runtime?: boolean },
): string;
