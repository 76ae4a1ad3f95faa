import { JsonReportSchema, type JsonReport } from "../../src/core/report/jsonReport";
import { fixtureCopy, loadWorkbook, runCli, scoreSampleAsJson, sheetValues } from "./cliHarness";

async function stability(...args: string[]): Promise<JsonReport> {
  const { run, report } = await scoreSampleAsJson("--stability", ...args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return report as JsonReport;
}

describe("how stable the ranking is (--stability)", () => {
  it("gives the same numbers for the same seed, and pTop values that sum to K", async () => {
    const first = await stability("--seed", "7", "--draws", "500");
    const again = await stability("--seed", "7", "--draws", "500");
    expect(again.ranked.map((item) => item.stability)).toEqual(
      first.ranked.map((item) => item.stability),
    );
    expect(first.stability).toEqual({ draws: 500, top: 5, seed: 7, concentration: 100 });
    const sum = first.ranked.reduce((total, item) => total + (item.stability?.pTop ?? 0), 0);
    expect(sum).toBeCloseTo(5, 9);
  });

  it("shows which of the sample's top 5 are solid", async () => {
    const report = await stability();
    const labels = Object.fromEntries(
      report.ranked.slice(0, 6).map((item) => [item.id, item.stability?.label]),
    );
    // AI-01 and AI-02 lead clearly; ranks 3 to 6 are four use cases tied at 75 points.
    expect(labels["AI-01"]).toBe("stable");
    expect(labels["AI-02"]).toBe("stable");
    expect(["AI-07", "AI-19", "AI-20", "AI-09"].map((id) => labels[id])).toEqual(
      Array(4).fill("contested"),
    );
    for (const item of report.ranked) {
      expect(item.stability?.p5).toBeLessThanOrEqual(item.stability?.p95 ?? 0);
    }
  });

  it("counts the top K asked for", async () => {
    const report = await stability("--top", "3", "--draws", "300");
    const sum = report.ranked.reduce((total, item) => total + (item.stability?.pTop ?? 0), 0);
    expect(sum).toBeCloseTo(3, 9);
  });

  it("adds the columns to Ranked", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    expect(
      (await runCli(["score", input, "--start", "2027-Q1", "--stability", "--draws", "200"])).code,
    ).toBe(0);
    const ranked = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Ranked",
    );
    expect(ranked[5]?.slice(13, 17)).toEqual([
      "In top 5",
      "Rank, 5th pct",
      "Rank, 95th pct",
      "Stability",
    ]);
    expect(ranked[6]?.[16]).toBe("stable");
  });

  it("leaves the JSON without stability fields when not asked", async () => {
    const run = await runCli([
      "score",
      fixtureCopy("sample-use-cases.xlsx"),
      "--start",
      "2027-Q1",
      "--json",
    ]);
    const report = JsonReportSchema.parse(JSON.parse(run.stdout));
    expect(report.stability).toBeUndefined();
    expect(report.ranked[0]).not.toHaveProperty("stability");
  });

  it.each([
    [["--top", "3"], /--top goes with --stability/],
    [["--stability", "--draws", "10"], /--draws:/],
    [["--stability", "--top", "0"], /--top:/],
    [["--stability", "--seed", "x"], /--seed needs a whole number/],
  ])("rejects %j with exit status 2", async (args, message) => {
    const run = await runCli(["score", "x.xlsx", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
