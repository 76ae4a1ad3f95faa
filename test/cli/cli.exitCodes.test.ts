import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { fixtureCopy, runCli, temporaryFolder } from "./cliHarness";

function expectOneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("exit status 2: bad arguments", () => {
  it.each([
    [["score", "x.xlsx", "--bogus"], /--bogus/],
    [["score"], /missing the input file/],
    [[], /missing the command/],
    [["rank", "x.xlsx"], /unknown command "rank"/],
    [
      ["score", "x.xlsx", "--weights", "value=1,feasibility=1,data=1"],
      /must name all four axes; missing risk/,
    ],
    [["score", "x.xlsx", "--weights", "value=1,feasibility=1,data=1,risk=-1"], /negative/],
    [
      ["score", "x.xlsx", "--weights", "value=0,feasibility=0,data=0,risk=0"],
      /at least one weight/,
    ],
    [["score", "x.xlsx", "--weights", "value=1,value=2,data=1,risk=1"], /names value twice/],
    [["score", "x.xlsx", "--start", "2027-Q5"], /--start: expected a quarter such as 2027-Q1/],
    [["score", "x.xlsx", "--slots", "0"], /--slots: slots per quarter must be at least 1/],
    [["score", "x.xlsx", "--slots", "two"], /--slots needs a whole number/],
    [["score", "x.xlsx", "--quarter-budget", "lots"], /--quarter-budget needs an amount/],
    [["score", "x.xlsx", "--out", "x.xlsx"], /--out names the input file/],
    [["score", "x.xlsx", "--out", "x.csv"], /--out must name an .xlsx file/],
  ])("%j", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expectOneLine(run.stderr);
    expect(run.stdout).toBe("");
  });
});

describe("exit status 1: input that cannot be used", () => {
  it("says so when the file does not exist", async () => {
    const run = await runCli(["score", path.join(temporaryFolder(), "missing.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not exist/);
    expectOneLine(run.stderr);
  });

  it("says so when an .xlsx is really a renamed CSV", async () => {
    const input = path.join(temporaryFolder(), "renamed.xlsx");
    writeFileSync(input, "ID,Use case\n1,Thing\n");
    const run = await runCli(["score", input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not an Excel workbook/);
    expectOneLine(run.stderr);
  });

  it("names the sheets when --sheet names none of them", async () => {
    const run = await runCli(["score", fixtureCopy("sample-use-cases.xlsx"), "--sheet", "Nope"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No sheet is named "Nope"; the sheets are 'Use cases'/);
    expectOneLine(run.stderr);
  });

  it("says which columns were found and which are missing when no header row exists", async () => {
    const input = path.join(temporaryFolder(), "inventory.csv");
    writeFileSync(input, "ID,Use case,Owner,Budget\nA-1,Chatbot,Ana,1000\n");
    const run = await runCli(["score", input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No sheet has a header row/);
    expect(run.stderr).toMatch(
      /missing business value, technical feasibility, data readiness, regulatory risk/,
    );
    expectOneLine(run.stderr);
  });
});

describe("an output that cannot be written", () => {
  it("exits 1 with one line naming the file and why, leaving no partial file", async () => {
    const folder = path.join(temporaryFolder(), "missing-folder");
    const run = await runCli([
      "score",
      fixtureCopy("sample-use-cases.xlsx"),
      "--out",
      path.join(folder, "out.xlsx"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*out\.xlsx: its folder does not exist/);
    expectOneLine(run.stderr);
    expect(run.stdout).toBe("");
  });
});

describe("help and version", () => {
  it("prints usage with exit status 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: opportunity-scorer score <input.xlsx\|input.csv>/);
  });

  it("prints the package version", async () => {
    const run = await runCli(["--version"]);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
