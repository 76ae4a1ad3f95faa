/**
 * What the browser test loads: the pane's production build (dist/, rebuilt only when a source
 * is newer) and the Office.js double bundled for the browser.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** What the production build is made from; when none is newer than dist/, dist/ is reused. */
const PANE_INPUTS = [
  "src/core",
  "src/excel",
  "src/taskpane",
  "assets",
  "webpack.config.js",
  "tsconfig.json",
  "tsconfig.base.json",
  "package.json",
  "package-lock.json",
];

async function newestModification(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => undefined);
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const children = await fs.readdir(entry);
  const times = await Promise.all(
    children.map((child) => newestModification(path.join(entry, child))),
  );
  return Math.max(stat.mtimeMs, ...times);
}

/** Builds dist/ as `npm run build` does, unless it is already newer than every input. */
export async function ensurePaneBuilt(): Promise<{ rebuilt: boolean }> {
  const html = path.join(DIST, "taskpane.html");
  const built = (await fs.stat(html).catch(() => undefined))?.mtimeMs ?? 0;
  const inputs = await Promise.all(PANE_INPUTS.map((p) => newestModification(path.join(ROOT, p))));
  if (built > Math.max(...inputs)) return { rebuilt: false };

  // Jest sets NODE_ENV=test; the build must see what `npm run build` sees.
  const { NODE_ENV: _jest, ...env } = process.env;
  const webpackBin = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [webpackBin, "--mode", "production"],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) resolve();
        else {
          const log = `${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n");
          reject(new Error(`The production build (npm run build) failed:\n${log}`));
        }
      },
    );
  });
  await fs.access(html).catch(() => {
    throw new Error(`The production build finished without writing ${html}.`);
  });
  return { rebuilt: true };
}

/** The double as one browser script that sets `window.__excelDouble` (see browserDouble.ts). */
export async function bundleExcelDouble(): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), "opportunity-scorer-e2e-"));
  try {
    const compiler = webpack({
      mode: "development",
      target: "web",
      // No eval-wrapped modules: the script is injected as it is, and reads better in a trace.
      devtool: false,
      context: ROOT,
      entry: path.join(__dirname, "browserDouble.ts"),
      output: { path: outDir, filename: "excel-double.js" },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        ],
      },
    });
    await new Promise<void>((resolve, reject) => {
      compiler.run((error, stats) => {
        compiler.close(() => {
          if (error) reject(error);
          else if (stats?.hasErrors()) {
            const errors = stats.toString({ all: false, errors: true });
            reject(new Error(`Bundling the Office.js double failed:\n${errors}`));
          } else resolve();
        });
      });
    });
    return await fs.readFile(path.join(outDir, "excel-double.js"), "utf8");
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
