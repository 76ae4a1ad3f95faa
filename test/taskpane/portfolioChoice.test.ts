// The annual budget box's rules: plain logic, Node is enough.
import { cultureOfLocale } from "../../src/core";
import {
  ANNUAL_BUDGET_HOW_TO,
  formatAnnualBudget,
  portfolioChoiceOf,
  readAnnualBudget,
} from "../../src/taskpane/portfolioChoice";

describe("reading the annual budget box", () => {
  // These read as an English workbook reads them; the German ones follow.
  it.each([
    ["600000", 600_000],
    ["600k", 600_000],
    ["600K", 600_000],
    ["1.2M", 1_200_000],
    ["600,000", 600_000],
    ["$600,000", 600_000],
    ["€ 600 000", 600_000],
    ["USD 1.2m", 1_200_000],
    [" 0 ", 0],
  ])("reads %j as %d", (typed, amount) => {
    expect(readAnnualBudget(typed, ".")).toEqual({ kind: "amount", amount });
  });

  it.each([
    ["600.000", 600_000],
    ["1,2M", 1_200_000],
    ["1.2M", 1_200_000],
    ["600.000,50 €", 600_000.5],
    ["€ 600.000", 600_000],
  ])("reads %j in a German workbook as %d", (typed, amount) => {
    expect(readAnnualBudget(typed, ",")).toEqual({ kind: "amount", amount });
  });

  it("says 600.000 could be read two ways when the workbook's culture is unknown", () => {
    expect(readAnnualBudget("600.000")).toEqual({
      kind: "invalid",
      message:
        '"600.000" which reads as 600000 with "." separating thousands or as 600 with "." as the decimal separator; ' +
        "say which with the locale (--locale de-DE for 1.234,56, --locale en-US for 1,234.56; in Excel, the workbook's language).",
    });
  });

  it("reads an empty box as no portfolio", () => {
    expect(readAnnualBudget("")).toEqual({ kind: "none" });
    expect(readAnnualBudget("   ")).toEqual({ kind: "none" });
  });

  it.each(["about 600", "600kk", "1.2.3M", "six hundred k"])(
    "says how to type it when it reads %j",
    (typed) => {
      expect(readAnnualBudget(typed, ".")).toEqual({
        kind: "invalid",
        message: ANNUAL_BUDGET_HOW_TO,
      });
    },
  );

  it.each(["-600k", "$-600,000", "USD -1.2M"])(
    "refuses the negative %j in words of its own",
    (typed) => {
      expect(readAnnualBudget(typed, ".")).toEqual({
        kind: "invalid",
        message: "The annual budget cannot be negative.",
      });
    },
  );

  it("refuses an amount too large to count", () => {
    expect(readAnnualBudget("9".repeat(400))).toEqual({
      kind: "invalid",
      message: "That amount is too large; type the budget for one year.",
    });
  });

  it("writes a remembered amount back in the workbook's culture, so that it reads as the same amount", () => {
    for (const locale of ["en-US", "de-DE", "fr-FR", "de-CH"]) {
      const culture = cultureOfLocale(locale);
      for (const amount of [0, 600_000, 1_234_567.89]) {
        const text = formatAnnualBudget(amount, culture);
        expect(readAnnualBudget(text, culture?.decimalSeparator)).toEqual({
          kind: "amount",
          amount,
        });
      }
    }
    expect(formatAnnualBudget(1_200_000)).toBe("1,200,000");
    expect(formatAnnualBudget(1_200_000, cultureOfLocale("de-DE"))).toBe("1.200.000");
    expect(formatAnnualBudget(undefined)).toBe("");
  });
});

describe("the remembered portfolio choice", () => {
  it("takes the defaults for what the workbook does not hold", () => {
    expect(portfolioChoiceOf(undefined)).toEqual({
      objective: "score",
      method: "optimal",
      roadmapFrom: "ranking",
    });
    expect(portfolioChoiceOf({ annualBudget: 5, method: "rank" })).toEqual({
      objective: "score",
      method: "rank",
      roadmapFrom: "ranking",
    });
  });

  it("falls back on the defaults for a choice this version cannot read", () => {
    expect(portfolioChoiceOf({ objective: "profit" })).toEqual(portfolioChoiceOf(undefined));
  });
});
