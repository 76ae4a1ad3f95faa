/**
 * The production manifest that `ADDIN_URL=https://host/path npm run build` writes to
 * dist/manifest.xml: built here with the same script, into a temporary folder.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { descendants, parseXml } from "./xmlTree";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "production-manifest.js");
const DEV_ORIGIN = "https://localhost:3000";
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function node(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const outputFolder = fs.mkdtempSync(path.join(os.tmpdir(), "production-manifest-"));
afterAll(() => fs.rmSync(outputFolder, { recursive: true, force: true }));

let builds = 0;
function build(addinUrl: string) {
  builds += 1;
  const output = path.join(outputFolder, `manifest-${builds}.xml`);
  const run = node([SCRIPT, addinUrl, output]);
  const xml = fs.existsSync(output) ? fs.readFileSync(output, "utf8") : undefined;
  return { ...run, output, xml };
}

/** Every URL in the manifest's attributes and text, in document order. */
function urlsIn(xml: string): string[] {
  return descendants(parseXml(xml)).flatMap((element) =>
    [...Object.values(element.attributes), element.text].filter((value) =>
      /^\w+:\/\//.test(value.trim()),
    ),
  );
}

describe("the production manifest, built for ADDIN_URL", () => {
  const BASE = "https://contoso.example/apps/opportunity-scorer";
  const built = build(`${BASE}/`);

  it("is written and validates against the add-in manifest schemas", () => {
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`for ${BASE}, valid`);
    // Checked again here, on its own, with the offline validator `npm run validate` uses.
    const validate = node([path.join(ROOT, "scripts", "validate-manifest.js"), built.output]);
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(0);
  });

  it("names no localhost, anywhere", () => {
    expect(built.xml).toBeDefined();
    expect(built.xml).not.toMatch(/localhost/i);
  });

  it("moves every development URL under ADDIN_URL, with one slash between them", () => {
    const development = urlsIn(SOURCE);
    expect(development.filter((url) => url.startsWith(DEV_ORIGIN)).length).toBeGreaterThan(10);
    expect(urlsIn(built.xml ?? "")).toEqual(
      development.map((url) =>
        url.startsWith(`${DEV_ORIGIN}/`) ? `${BASE}${url.slice(DEV_ORIGIN.length)}` : url,
      ),
    );
    expect(built.xml).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
  });

  it("changes nothing else: the same add-in, the same Id, ribbon and resources", () => {
    const body = (xml: string) => xml.slice(xml.indexOf("<OfficeApp"));
    expect(
      body(built.xml ?? "")
        .split(BASE)
        .join(DEV_ORIGIN),
    ).toBe(body(SOURCE));
  });

  it.each([
    ["https://contoso.example", "https://contoso.example"],
    ["https://contoso.example/", "https://contoso.example"],
    ["https://Contoso.example:8443/a/b//", "https://contoso.example:8443/a/b"],
    ["  https://contoso.example/scorer  ", "https://contoso.example/scorer"],
  ])("serves the pane from %j as %s/taskpane.html", (addinUrl, base) => {
    const run = build(addinUrl);
    expect(run.code).toBe(0);
    expect(run.xml).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(run.xml).not.toMatch(/localhost/i);
  });

  it.each([
    ["not a web address", /not a web address/],
    ["http://contoso.example/scorer", /must be https/],
    ["https://contoso.example/scorer?v=2", /without a query/],
    ["https://localhost:3000", /names this machine/],
    ["https://127.0.0.1/scorer", /names this machine/],
  ])("refuses %j with one line saying why, and writes nothing", (addinUrl, reason) => {
    const run = build(addinUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.xml).toBeUndefined();
  });

  it("is not left behind when it cannot be validated", () => {
    const output = path.join(outputFolder, "unchecked.xml");
    const run = node([SCRIPT, BASE, output], { SHARED_DIR: path.join(outputFolder, "nowhere") });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot find the manifest schema/);
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe("the build", () => {
  /** The plugins webpack.config.js gives a build of this mode, with this environment. */
  function pluginsOf(mode: string, env: Record<string, string>) {
    const run = node(
      [
        "-e",
        `const plugins = require("./webpack.config.js")({}, { mode: ${JSON.stringify(mode)} }).plugins;` +
          "console.log(JSON.stringify(plugins.map((plugin) => plugin.constructor.name)));",
      ],
      env,
    );
    expect(run.stderr).toBe("");
    return JSON.parse(run.stdout) as string[];
  }

  it("writes the production manifest when ADDIN_URL is set for a production build", () => {
    expect(pluginsOf("production", { ADDIN_URL: "https://contoso.example/scorer" })).toContain(
      "ProductionManifestPlugin",
    );
  });

  it("stays as it was without ADDIN_URL, and for the dev server", () => {
    expect(pluginsOf("production", { ADDIN_URL: "" })).not.toContain("ProductionManifestPlugin");
    expect(pluginsOf("development", { ADDIN_URL: "https://contoso.example/scorer" })).not.toContain(
      "ProductionManifestPlugin",
    );
  });
});
