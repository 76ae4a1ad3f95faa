import { annualValueOf, paybackMonthsOf, ValueSettingsSchema } from "../../../src/core/model";
import { DEFAULT_VALUE_SETTINGS } from "../../../src/core/model/expectedValue";
import { parseHoursSaved } from "../../../src/core/read/parseCells";
import { scoreWorkbook } from "../../../src/core/score";
import { toJsonReport } from "../../../src/core/report";
import { describeOutputSheets } from "../../../src/core/sheets";
import { cellAt, FormulaEvaluator, formulaMismatches } from "../sheetReader";

describe("expected value", () => {
  it("is hours saved a week × hourly rate × working weeks", () => {
    expect(DEFAULT_VALUE_SETTINGS).toEqual({ hourlyRate: 85, weeksPerYear: 46 });
    expect(annualValueOf(10, DEFAULT_VALUE_SETTINGS)).toBe(39100);
    expect(annualValueOf(10, { hourlyRate: 100, weeksPerYear: 48 })).toBe(48000);
  });

  it("claims nothing when the hours are not given", () => {
    expect(annualValueOf(undefined, DEFAULT_VALUE_SETTINGS)).toBeUndefined();
  });

  it("pays back in budget ÷ (annual value ÷ 12) months, unknown without a budget or a value", () => {
    expect(paybackMonthsOf(39100, 39100)).toBe(12);
    expect(paybackMonthsOf(undefined, 39100)).toBeUndefined();
    expect(paybackMonthsOf(1000, 0)).toBeUndefined();
    expect(paybackMonthsOf(1000, undefined)).toBeUndefined();
  });

  it("refuses hours saved beyond a million a week, so no annual value overflows", () => {
    const reading = parseHoursSaved(4.6e304);
    expect(reading.ok).toBe(false);
    expect(parseHoursSaved(1_000_000).ok).toBe(true);
  });

  it("rejects a negative rate and a year of more than 53 weeks", () => {
    expect(ValueSettingsSchema.safeParse({ hourlyRate: -1 }).success).toBe(false);
    expect(ValueSettingsSchema.safeParse({ weeksPerYear: 60 }).success).toBe(false);
  });
});

describe("expected value in the Ranked sheet and the JSON report", () => {
  const sheet = {
    name: "Ideas",
    top: 1,
    left: 1,
    values: [
      ["Use case", "Value", "Feasibility", "Data", "Risk", "Budget", "Hours saved per week"],
      ["Saves time", 4, 4, 4, 2, 39100, 10],
      ["Unknown hours", 4, 4, 4, 2, 1000, null],
      ["Saves nothing", 3, 3, 3, 3, 1000, 0],
    ],
  };
  const settings = {
    weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 },
    roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
  };

  it("reports annual value and payback, null where unknown", () => {
    const items = toJsonReport(scoreWorkbook({ sheets: [sheet] }, settings)).ranked;
    const byName = Object.fromEntries(items.map((item) => [item.name, item]));
    expect(byName["Saves time"]).toMatchObject({ annualValue: 39100, paybackMonths: 12 });
    expect(byName["Unknown hours"]).toMatchObject({ annualValue: null, paybackMonths: null });
    expect(byName["Saves nothing"]).toMatchObject({ annualValue: 0, paybackMonths: null });
  });

  it("writes them as formulas over the rate and weeks cells, blank where no value is claimed", () => {
    const result = scoreWorkbook({ sheets: [sheet] }, settings);
    const sheets = describeOutputSheets(result, { sheets: [sheet], tableNames: [] });
    const ranked = sheets[0];
    if (!ranked) throw new Error("no Ranked");
    const evaluator = new FormulaEvaluator(sheets);
    expect(formulaMismatches(sheets)).toEqual([]);
    expect(cellAt(ranked, "I3")?.text).toBe("Hourly rate");
    expect(evaluator.valueOf("Ranked", "J3")).toBe(85);
    expect(evaluator.valueOf("Ranked", "J4")).toBe(46);
    const savesTime = result.ranked.find((entry) => entry.useCase.name === "Saves time")?.rank ?? 0;
    const row = 6 + savesTime;
    expect(cellAt(ranked, `O${row}`)?.formula).toBe(`=N${row}*$J$3*$J$4`);
    expect(evaluator.valueOf("Ranked", `O${row}`)).toBe(39100);
    expect(evaluator.valueOf("Ranked", `P${row}`)).toBe(12);
    const unknown =
      result.ranked.find((entry) => entry.useCase.name === "Unknown hours")?.rank ?? 0;
    expect(cellAt(ranked, `O${6 + unknown}`)).toBeUndefined();
  });
});
