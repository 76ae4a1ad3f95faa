import { JsonReportSchema } from "../../src/core/report/jsonReport";
import { fixtureCopy, loadWorkbook, runCli, scoreSampleAsJson } from "./cliHarness";

describe("weights from pairwise comparison (--ahp)", () => {
  it("reproduces the published 'choose a leader' weights and consistency ratio", async () => {
    const { run, report } = await scoreSampleAsJson("--ahp", "4,3,7,1/3,3,5");
    expect(run.stderr).toBe("");
    // Wikipedia rounds an approximate calculation; the exact eigenvector is within 0.001.
    const published = {
      value: 0.547,
      feasibility: 0.127,
      dataReadiness: 0.27,
      regulatoryRisk: 0.056,
    };
    for (const [axis, weight] of Object.entries(published)) {
      expect(
        Math.abs((report?.weights[axis as keyof typeof published] ?? 0) - weight),
      ).toBeLessThan(0.001);
    }
    expect(report?.consistencyRatio).toBeCloseTo(0.044, 3);
  });

  it("scores with those weights, and the Ranked sheet says where they came from", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const run = await runCli([
      "score",
      input,
      "--start",
      "2027-Q1",
      "--json",
      "--ahp",
      "4,3,7,1/3,3,5",
    ]);
    const report = JsonReportSchema.parse(JSON.parse(run.stdout));
    const first = report.ranked[0];
    const w = report.weights;
    const expected =
      100 *
      (w.value * (((first?.value ?? 0) - 1) / 4) +
        w.feasibility * (((first?.feasibility ?? 0) - 1) / 4) +
        w.dataReadiness * (((first?.dataReadiness ?? 0) - 1) / 4) +
        w.regulatoryRisk * ((5 - (first?.regulatoryRisk ?? 0)) / 4));
    expect(first?.score).toBeCloseTo(expected, 9);
    const ranked = (await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx"))).getWorksheet(
      "Ranked",
    );
    expect(String(ranked?.getCell("A2").value)).toContain(
      "Weights from pairwise comparison (4, 3, 7, 1/3, 3, 5; consistency ratio 0.044)",
    );
  });

  it("notes on stderr, without failing, when the comparisons are inconsistent", async () => {
    const { run, report } = await scoreSampleAsJson("--ahp", "4,1/5,7,1/3,3,5");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^opportunity-scorer: note: The comparisons are inconsistent \(CR 0\.\d+ > 0\.10\): business value vs data readiness/,
    );
    expect(report?.consistencyRatio).toBeGreaterThan(0.1);
  });

  it("reports the weights on every run, with no consistency ratio without --ahp", async () => {
    const { report } = await scoreSampleAsJson("--weights", "value=2,feasibility=1,data=1,risk=0");
    expect(report?.weights).toEqual({
      value: 0.5,
      feasibility: 0.25,
      dataReadiness: 0.25,
      regulatoryRisk: 0,
    });
    expect(report?.consistencyRatio).toBeNull();
  });

  it.each([
    [["--ahp", "4,3,7"], /--ahp: expected 6 comparisons/],
    [["--ahp", "4,3,7,1/3,3,10"], /--ahp: comparison 6 \(data readiness vs regulatory risk\)/],
    [
      ["--ahp", "4,3,7,1/3,3,5", "--weights", "value=1,feasibility=1,data=1,risk=1"],
      /either --weights or --ahp/,
    ],
  ])("rejects %j with exit status 2", async (args, message) => {
    const run = await runCli(["score", "x.xlsx", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
