import { spawnSync } from "node:child_process";
import * as path from "node:path";

/**
 * `npm run lint` keeps imports pointing inward (STYLE.md, Layering): probe files are linted
 * with the project's eslint.config.mjs, as if they stood at the given paths.
 *
 * ESLint's Node API runs in a child process: it loads eslint.config.mjs with a dynamic
 * `import()`, which Jest's module sandbox refuses without --experimental-vm-modules.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const LAYER_RULES = ["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"];

interface Probe {
  readonly filePath: string;
  readonly text: string;
  /** What the probe does, for the test's name. */
  readonly does: string;
}

interface Reported {
  readonly filePath: string;
  readonly rules: string[];
  readonly messages: string[];
}

const LINT_PROBES = `
const { ESLint } = require("eslint");
const probes = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const reports = [];
  for (const probe of probes) {
    const [result] = await eslint.lintText(probe.text, { filePath: probe.filePath });
    reports.push(result.messages);
  }
  process.stdout.write(JSON.stringify(reports));
})().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exitCode = 1;
});
`;

function lint(probes: readonly Probe[]): Reported[] {
  const run = spawnSync(process.execPath, ["-e", LINT_PROBES], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`ESLint did not run: ${run.stderr}`);
  const reports = JSON.parse(run.stdout) as { ruleId: string | null; message: string }[][];
  return probes.map((probe, i) => {
    const layered = (reports[i] ?? []).filter((m) => LAYER_RULES.includes(m.ruleId ?? ""));
    return {
      filePath: probe.filePath,
      rules: layered.map((m) => m.ruleId ?? ""),
      messages: layered.map((m) => m.message),
    };
  });
}

const importing = (filePath: string, specifier: string): Probe => ({
  filePath,
  text: `import { probe } from "${specifier}";\nexport const used = probe;\n`,
  does: `imports "${specifier}"`,
});

const using = (filePath: string, expression: string): Probe => ({
  filePath,
  text: `export const used = () => ${expression};\n`,
  does: `uses ${expression}`,
});

const FORBIDDEN: readonly Probe[] = [
  // core: nothing from the outer layers, at any depth of its folders
  importing("src/core/probe.ts", "../cli/args"),
  importing("src/core/probe.ts", "../excel"),
  importing("src/core/probe.ts", "../taskpane/App"),
  importing("src/core/chart/probe.ts", "../../cli/package/graftPackage"),
  importing("src/core/chart/probe.tsx", "../../excel/excelAdapter"),
  // … nor Node …
  importing("src/core/probe.ts", "node:fs"),
  importing("src/core/probe.ts", "fs"),
  importing("src/core/probe.ts", "path"),
  importing("src/core/probe.ts", "fs/promises"),
  importing("src/core/probe.ts", "node:zlib"),
  using("src/core/probe.ts", "process.env.HOME"),
  using("src/core/probe.ts", 'Buffer.from("x")'),
  using("src/core/probe.ts", 'require("fs")'),
  using("src/core/probe.ts", 'import("node:fs")'),
  // … nor the DOM or Office
  using("src/core/probe.ts", "document.title"),
  using("src/core/probe.ts", "window.location"),
  using("src/core/probe.ts", "Office.context"),
  using("src/core/probe.ts", "Excel.run(async () => undefined)"),
  using("src/core/probe.ts", "OfficeExtension.Error"),
  importing("src/core/probe.ts", "react"),
  importing("src/core/probe.ts", "@fluentui/react-components"),
  importing("src/core/probe.ts", "@microsoft/office-js"),
  // the adapter never reaches the command line or the pane
  importing("src/excel/probe.ts", "../cli/main"),
  importing("src/excel/probe.ts", "../taskpane/App"),
  // the command line never reaches the adapter or the pane
  importing("src/cli/probe.ts", "../excel"),
  importing("src/cli/probe.ts", "../excel/excelAdapter"),
  importing("src/cli/probe.ts", "../taskpane/App"),
  importing("src/cli/package/probe.ts", "../../excel/writeSheets"),
  // the pane, in the browser, never reaches the command line
  importing("src/taskpane/probe.tsx", "../cli/main"),
];

const ALLOWED: readonly Probe[] = [
  importing("src/core/probe.ts", "./rank"),
  importing("src/core/probe.ts", "zod"),
  importing("src/core/chart/probe.ts", "../model"),
  importing("src/core/chart/probe.ts", "../index"),
  using("src/core/probe.ts", "new Map().size"),
  importing("src/excel/probe.ts", "../core"),
  importing("src/excel/probe.ts", "./excelErrors"),
  importing("src/cli/probe.ts", "../core"),
  importing("src/cli/probe.ts", "./inputFileError"),
  importing("src/cli/probe.ts", "node:fs"),
  importing("src/cli/package/probe.ts", "../../core"),
  importing("src/taskpane/probe.tsx", "../excel"),
  importing("src/taskpane/probe.tsx", "../core"),
];

describe("imports point inward, as npm run lint checks", () => {
  // One ESLint for every probe: loading the TypeScript parser takes seconds.
  const reports = lint([...FORBIDDEN, ...ALLOWED]);
  const forbidden = reports.slice(0, FORBIDDEN.length);
  const allowed = reports.slice(FORBIDDEN.length);

  it.each(FORBIDDEN.map((probe, i) => [probe.filePath, probe.does, i] as const))(
    "reports %s when it %s",
    (_file, _text, i) => {
      const report = forbidden[i];
      expect(report?.rules).toHaveLength(1);
      // The message tells the person what to do instead.
      expect(report?.messages[0]).toMatch(/core|adapter|depend/);
    },
  );

  it("lets each layer import itself, the layers inside it, packages and (outside core) Node", () => {
    expect(allowed.filter((report) => report.rules.length > 0)).toEqual([]);
  });
});
