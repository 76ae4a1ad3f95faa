import { PortfolioSettingsSchema, scoreWorkbook, withPortfolio } from "../../src/core";
import { formatSummary } from "../../src/cli/summary";

describe("the command line's text summary", () => {
  it("names the first 15 use cases kept off the roadmap and counts the rest", () => {
    const rows: (string | number)[][] = [
      ["ID", "Use case", "Value", "Feasibility", "Data", "Risk"],
    ];
    for (let i = 1; i <= 40; i++) rows.push([`UC-${i}`, `Use case ${i}`, 3, 3, 3, 3]);
    const result = scoreWorkbook(
      { sheets: [{ name: "Ideas", top: 1, left: 1, values: rows }] },
      {
        weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 },
        roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
      },
    );
    expect(result.roadmap.keptOff).toHaveLength(28);
    const keptOff = formatSummary(result, "out.xlsx", ["Ranked"])
      .split("\n")
      .find((line) => line.startsWith("  Kept off:"));
    expect(keptOff?.match(/UC-\d+ \(slots\)/g)).toHaveLength(15);
    expect(keptOff).toMatch(/ … and 13 more, listed in the Roadmap sheet$/);
  });

  it("names the first 15 use cases funded and counts the rest", () => {
    const rows: (string | number)[][] = [
      ["ID", "Use case", "Value", "Feasibility", "Data", "Risk", "Budget"],
    ];
    for (let i = 1; i <= 40; i++) rows.push([`UC-${i}`, `Use case ${i}`, 3, 3, 3, 3, 1000]);
    const scored = scoreWorkbook(
      { sheets: [{ name: "Ideas", top: 1, left: 1, values: rows }] },
      {
        weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 },
        roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
      },
    );
    const result = withPortfolio(scored, PortfolioSettingsSchema.parse({ annualBudget: 20_000 }));
    expect(result.portfolio?.funded).toHaveLength(20);
    const funded = formatSummary(result, "out.xlsx", ["Ranked"])
      .split("\n")
      .find((line) => line.startsWith("  Funded:"));
    expect(funded?.match(/UC-\d+/g)).toHaveLength(15);
    expect(funded).toMatch(/ … and 5 more, listed in the Summary sheet \(20,000\)\.$/);
  });
});
