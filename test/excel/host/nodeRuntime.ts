/**
 * Microsoft's Office.js runtime for Excel on the web (`excel-web-16.00.debug.js` from
 * `@microsoft/office-js`), loaded in Node for the adapter's tests. It runs inside a jsdom window
 * (it needs `document` and `navigator`), evaluated at that window's global scope as a page's
 * script tag would; its `Excel` and `OfficeExtension` are then lent to the test's global, where
 * the adapter finds them. Only the host behind `OSF.DDA.RichApi.executeRichApiRequestAsync` is
 * ours (./richApiHost.ts).
 */

import { readFileSync } from "node:fs";
import * as path from "node:path";
import { JSDOM } from "jsdom";
import type { WorkbookState } from "../double/state";
import { attachRichApiHost, type OfficeRuntimeWindow, type RichApiHost } from "./richApiHost";

interface RuntimeWindow extends OfficeRuntimeWindow {
  Excel: unknown;
  OfficeExtension: unknown;
}

let runtimeWindow: RuntimeWindow | undefined;

/**
 * From the project's node_modules, found from the working directory (Jest's and the benchmarks'
 * is the project's root): not `require.resolve`, which webpack replaces when the benchmarks
 * bundle this file.
 */
function runtimeScriptPath(): string {
  const dist = path.join(process.cwd(), "node_modules", "@microsoft", "office-js", "dist");
  return path.join(dist, "excel-web-16.00.debug.js");
}

/** The runtime's window, loaded once per test file (about 0.3 s: the script is 3 MB). */
export function officeRuntime(): RuntimeWindow {
  if (runtimeWindow === undefined) {
    const script = readFileSync(runtimeScriptPath(), "utf8");
    const dom = new JSDOM("<!doctype html><html><body></body></html>", {
      runScripts: "outside-only",
      url: "https://localhost/taskpane.html",
    });
    dom.window.eval(script);
    runtimeWindow = dom.window as unknown as RuntimeWindow;
  }
  return runtimeWindow;
}

/**
 * Puts the runtime's `Excel` and `OfficeExtension` on `globalObject`, answered by a host over
 * `state`. Returns the host (its wire records) and a function that restores what was there.
 */
export function installOfficeRuntime(
  globalObject: object,
  state: WorkbookState,
): { host: RichApiHost; uninstall: () => void } {
  const runtime = officeRuntime();
  const host = attachRichApiHost(runtime, state);
  const target = globalObject as Record<string, unknown>;
  const previous = { Excel: target["Excel"], OfficeExtension: target["OfficeExtension"] };
  target["Excel"] = runtime.Excel;
  target["OfficeExtension"] = runtime.OfficeExtension;
  return {
    host,
    uninstall: () => {
      target["Excel"] = previous.Excel;
      target["OfficeExtension"] = previous.OfficeExtension;
    },
  };
}
