import { JsonReportSchema } from "../../src/core/report/jsonReport";
import { fixtureCopy, loadWorkbook, runCli, sheetValues } from "./cliHarness";

describe("scoring a session with several raters (raters.xlsx)", () => {
  it("scores all ten use cases from five raters each and flags exactly AI-03 and AI-05 contested", async () => {
    const input = fixtureCopy("raters.xlsx");
    const run = await runCli(["score", input, "--start", "2027-Q1", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JsonReportSchema.parse(JSON.parse(run.stdout));
    expect(report.ranked).toHaveLength(10);
    expect(report.notScored).toEqual([]);
    expect(report.problems).toEqual([]);
    for (const item of report.ranked) expect(item.raters).toBe(5);
    const contested = report.ranked.filter((item) => item.flags.includes("contested"));
    expect(contested.map((item) => item.id).sort()).toEqual(["AI-03", "AI-05"]);
    expect(contested.find((item) => item.id === "AI-03")?.spread?.regulatoryRisk).toBe(3);
    expect(contested.find((item) => item.id === "AI-05")?.spread?.value).toBe(2);
  });

  it("shows the raters' count and spread per axis in Ranked", async () => {
    const input = fixtureCopy("raters.xlsx");
    expect((await runCli(["score", input, "--start", "2027-Q1"])).code).toBe(0);
    const ranked = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Ranked",
    );
    expect(ranked[5]?.slice(13, 18)).toEqual([
      "Raters",
      "Spread: value",
      "Spread: feasibility",
      "Spread: data",
      "Spread: risk",
    ]);
    const ai03 = ranked.find((row) => row[1] === "AI-03");
    expect(ai03?.[13]).toBe(5);
    expect(ai03?.[17]).toBe(3);
  });

  it("combines raters with the mean when asked", async () => {
    const median = await runCli([
      "score",
      fixtureCopy("raters.xlsx"),
      "--start",
      "2027-Q1",
      "--json",
    ]);
    const mean = await runCli([
      "score",
      fixtureCopy("raters.xlsx"),
      "--start",
      "2027-Q1",
      "--json",
      "--aggregate",
      "mean",
    ]);
    const valueOf = (stdout: string) =>
      JsonReportSchema.parse(JSON.parse(stdout)).ranked.find((item) => item.id === "AI-03")
        ?.regulatoryRisk;
    expect(valueOf(median.stdout)).toBe(4);
    expect(valueOf(mean.stdout)).toBeCloseTo(3.8);
  });

  it("rejects an aggregate it does not know with exit status 2", async () => {
    const run = await runCli(["score", "x.xlsx", "--aggregate", "mode"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--aggregate is median or mean/);
  });
});
