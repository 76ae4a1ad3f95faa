/**
 * The output sheets' sentences write numbers as the input's were read: a German workbook
 * (or `--locale de-DE`) gets `600.000`, an English one `600,000`. The cells hold numbers and
 * are formatted by Excel itself; only text the engine writes is at stake here.
 */
import { describeOutputSheets } from "../../../src/core/sheets";
import { PortfolioSettingsSchema } from "../../../src/core/plan";
import { withPortfolio, scoreWorkbook } from "../../../src/core/score";
import type { NumberReading } from "../../../src/core/numbers";
import { valueFeasibilitySceneOf } from "../../../src/core/chart";
import { aSheet, EN_US_NUMBERS, scoringSettings } from "../builders";

const GERMAN: NumberReading = {
  declared: { decimalSeparator: ",", declaredBy: "--locale de-DE", locale: "de-DE" },
};

const sheet = aSheet({
  name: "Candidates",
  values: [
    ["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk", "Budget"],
    ["A", "Invoices", "Ana", 5, 5, 4, 2, 1_200_000],
    ["B", "Tickets", "Ben", 4.5, 4, 4, 2, 100_000],
    ["C", "Pricing", "Cy", 4, 4, 4, 2, 750_000],
  ],
});

function outputFor(numbers: NumberReading) {
  const scored = scoreWorkbook(
    { sheets: [sheet] },
    scoringSettings({ roadmap: { quarterBudget: 250_000 } }),
    { numbers },
  );
  const result = withPortfolio(scored, PortfolioSettingsSchema.parse({ annualBudget: 1_300_000 }));
  const sheets = describeOutputSheets(result, { sheets: [{ name: "Candidates" }], tableNames: [] });
  const textsOf = (role: string): string[] =>
    (sheets.find((each) => each.role === role)?.rows ?? [])
      .flat()
      .flatMap((cell) => (cell?.text ? [cell.text] : []));
  const summaryChart = sheets.find((each) => each.role === "summary")?.charts?.[0]?.scene;
  const sceneTexts = (summaryChart?.shapes ?? []).flatMap((shape) =>
    shape.kind === "text"
      ? [shape.text]
      : "tooltip" in shape && shape.tooltip
        ? [shape.tooltip]
        : [],
  );
  return { result, summary: textsOf("summary"), roadmap: textsOf("roadmap"), sceneTexts };
}

describe("numbers in the sentences of the output sheets", () => {
  it("are written the German way when the input was read the German way", () => {
    const { summary, roadmap, sceneTexts, result } = outputFor(GERMAN);
    expect(summary).toContain("Portfolio within an annual budget of 1.300.000");
    expect(roadmap.join(" ")).toContain("a quarterly budget cap of 250.000");
    expect(sceneTexts.join(" ")).toContain("Bubble area = budget (largest 1.200.000)");
    expect(sceneTexts.join(" ")).toMatch(/value 4,5, feasibility 4, budget 100\.000/);
    // The pane's picture is the same scene, from the same result.
    const paneTexts = valueFeasibilitySceneOf(result).shapes.flatMap((shape) =>
      shape.kind === "text" ? [shape.text] : [],
    );
    expect(paneTexts).toContain("Bubble area = budget (largest 1.200.000)");
  });

  it("are written the English way otherwise", () => {
    const { summary, roadmap, sceneTexts } = outputFor(EN_US_NUMBERS);
    expect(summary).toContain("Portfolio within an annual budget of 1,300,000");
    expect(roadmap.join(" ")).toContain("a quarterly budget cap of 250,000");
    expect(sceneTexts.join(" ")).toMatch(/value 4\.5, feasibility 4, budget 100,000/);
  });
});
