import type { JsonReport } from "../../src/core/report/jsonReport";
import { loadWorkbook, runCli, scoreSampleAsJson, sheetValues } from "./cliHarness";

async function withBudget(...args: string[]) {
  const { input, run, report } = await scoreSampleAsJson("--annual-budget", ...args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return { input, report: report as JsonReport };
}

describe("a portfolio within an annual budget (--annual-budget)", () => {
  it("funds at least rank order's total score with the same money on the sample at 600,000", async () => {
    const { report } = await withBudget("600000");
    const portfolio = report.portfolio;
    expect(portfolio?.method).toBe("optimal");
    expect(portfolio?.totalBudget).toBeLessThanOrEqual(600000);
    expect(portfolio?.rankOrder.totalBudget).toBeLessThanOrEqual(600000);
    expect(portfolio?.totalScore).toBeGreaterThanOrEqual(
      portfolio?.rankOrder.totalScore ?? Infinity,
    );
    const scoreOf = new Map(report.ranked.map((item) => [item.id, item.score]));
    const budgetOf = new Map(report.ranked.map((item) => [item.id, item.budget ?? NaN]));
    const sum = (ids: readonly string[], of: Map<string, number>) =>
      ids.reduce((total, id) => total + (of.get(id) ?? NaN), 0);
    expect(sum(portfolio?.funded ?? [], scoreOf)).toBeCloseTo(portfolio?.totalScore ?? NaN, 9);
    expect(sum(portfolio?.funded ?? [], budgetOf)).toBeCloseTo(portfolio?.totalBudget ?? NaN, 6);
    // AI-24 has an owner missing, not a budget: budgets unknown are never funded.
    expect(portfolio?.notFunded.every((entry) => entry.reason.length > 0)).toBe(true);
  });

  it("shows the difference and what a 10% cut drops, in the Summary sheet", async () => {
    const { input, report } = await withBudget("600k");
    const summary = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Summary",
    );
    const texts = summary.map((row) => String(row[0] ?? ""));
    expect(texts).toContain("Portfolio within an annual budget of 600,000");
    expect(
      texts.some((line) =>
        /^Rank order funds \d+ use cases for [\d.]+ points; the best portfolio funds \d+ for [\d.]+ points with the same money\.$/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(texts.some((line) => line.startsWith("A 10% smaller budget"))).toBe(true);
    expect(report.portfolio?.cutBy10Percent.annualBudget).toBe(540000);
  });

  it("funds down the ranking when asked", async () => {
    const { report } = await withBudget("600000", "--portfolio", "rank");
    expect(report.portfolio?.funded).toEqual(report.portfolio?.rankOrder.funded);
  });

  it("maximises annual value when asked", async () => {
    const { report } = await withBudget("600000", "--maximise", "value");
    expect(report.portfolio?.objective).toBe("value");
    expect(report.portfolio?.totalValue).toBeGreaterThanOrEqual(
      report.portfolio?.rankOrder.totalValue ?? Infinity,
    );
  });

  it("drafts the roadmap from the funded set when asked, in the JSON and the Roadmap sheet", async () => {
    const { input, report } = await withBudget("600000", "--roadmap-from", "portfolio");
    const funded = new Set(report.portfolio?.funded);
    const placed = report.roadmap.map((item) => item.id);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((id) => funded.has(id))).toBe(true);
    const notFunded = report.keptOff.filter((item) => item.reason === "not funded");
    expect(notFunded.map((item) => item.id).sort()).toEqual(
      report.ranked
        .map((item) => item.id)
        .filter((id) => !funded.has(id))
        .sort(),
    );
    const roadmap = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Roadmap",
    );
    const keptOffRows = roadmap.filter((row) => row.includes("not funded"));
    expect(keptOffRows).toHaveLength(notFunded.length);
  });

  it("with --stability, says how often each use case stays above the funding line", async () => {
    const { input, report } = await withBudget("600000", "--stability", "--draws", "300");
    expect(report.stability?.annualBudget).toBe(600000);
    const shares = report.ranked.map((item) => item.stability?.pFunded);
    expect(shares.every((share) => share !== undefined && share >= 0 && share <= 1)).toBe(true);
    // Some use case is always funded and some never: the line falls inside the sample.
    expect(shares).toContain(1);
    expect(shares.some((share) => (share ?? 1) < 0.5)).toBe(true);
    const ranked = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Ranked",
    );
    const header = ranked.find((row) => row.includes("Funded in")) ?? [];
    const column = header.indexOf("Funded in");
    expect(column).toBeGreaterThan(0);
    const firstRow = ranked.indexOf(header) + 1;
    expect(ranked[firstRow]?.[column]).toBeCloseTo(shares[0] as number, 9);
  });

  it.each([
    [["--roadmap-from", "portfolio"], /--roadmap-from goes with --annual-budget/],
    [
      ["--annual-budget", "1000", "--roadmap-from", "wishes"],
      /--roadmap-from is ranking or portfolio/,
    ],
    [["--portfolio", "rank"], /--portfolio goes with --annual-budget/],
    [["--annual-budget", "lots"], /--annual-budget needs an amount/],
    [["--annual-budget", "1000", "--portfolio", "best"], /--portfolio is optimal or rank/],
    [["--annual-budget", "1000", "--maximise", "joy"], /--maximise is score or value/],
  ])("rejects %j with exit status 2", async (args, message) => {
    const run = await runCli(["score", "x.xlsx", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
