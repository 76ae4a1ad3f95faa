/**
 * The command line as installed: bin/opportunity-scorer.js loading the bundle that
 * `npm run build:cli` (run by `npm ci`) writes, through its V8 code cache. Run from a copy of
 * bin/ and the bundle, so the cache written here is this test's own.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";

const ROOT = path.resolve(__dirname, "../..");
const BUNDLE = path.join(ROOT, "lib", "opportunity-scorer.js");
const SAMPLE = path.join(ROOT, "demo", "sample-use-cases.xlsx");

describe("the installed command line and its code cache", () => {
  let copy: string;
  const cacheFile = (): string => path.join(copy, "lib", "opportunity-scorer.js.cache");
  const score = (out: string): ReturnType<typeof spawnSync> =>
    spawnSync(
      process.execPath,
      [path.join(copy, "bin", "opportunity-scorer.js"), "score", SAMPLE, "--out", out],
      { encoding: "utf8", timeout: 60_000 },
    );

  beforeAll(() => {
    if (!existsSync(BUNDLE)) {
      throw new Error(`${BUNDLE} is missing: run \`npm run build:cli\` (npm ci runs it)`);
    }
    copy = mkdtempSync(path.join(os.tmpdir(), "installed-cli-"));
    mkdirSync(path.join(copy, "bin"));
    mkdirSync(path.join(copy, "lib"));
    for (const file of ["opportunity-scorer.js", "loadBundle.js"]) {
      copyFileSync(path.join(ROOT, "bin", file), path.join(copy, "bin", file));
    }
    copyFileSync(BUNDLE, path.join(copy, "lib", "opportunity-scorer.js"));
    // resvg and the fonts stay outside the bundle, in node_modules.
    symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("scores without a cache, and leaves one for the next run", () => {
    expect(existsSync(cacheFile())).toBe(false);
    const run = score(path.join(copy, "first.xlsx"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const parts = unzipSync(readFileSync(path.join(copy, "first.xlsx")));
    expect(Object.keys(parts).some((name) => /^xl\/media\/image\d+\.png$/.test(name))).toBe(true);
    expect(readFileSync(cacheFile()).length).toBeGreaterThan(10_000);
  });

  it("uses the cache it left, so the next run does not write it again", () => {
    // A rewrite is a new file renamed into place: a new inode, whatever its bytes.
    const before = statSync(cacheFile()).ino;
    const run = score(path.join(copy, "second.xlsx"));
    expect(run.status).toBe(0);
    expect(statSync(cacheFile()).ino).toBe(before);
    // The same workbook either way: the cache changes how fast, never what.
    const first = unzipSync(readFileSync(path.join(copy, "first.xlsx")));
    const second = unzipSync(readFileSync(path.join(copy, "second.xlsx")));
    expect(Object.keys(second)).toEqual(Object.keys(first));
  });

  it("ignores a cache V8 rejects (another Node, a damaged file) and writes a good one", () => {
    const garbage = Buffer.alloc(4096, 0x5a);
    writeFileSync(cacheFile(), garbage);
    const run = score(path.join(copy, "third.xlsx"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const rewritten = readFileSync(cacheFile());
    expect(rewritten.equals(garbage)).toBe(false);
    expect(rewritten.length).toBeGreaterThan(10_000);
  });
});
