import { parseBudget } from "../../src/core/parseCells";
import type { RawCell } from "../../src/core/workbookInput";
import { aRow, scoreRows } from "./builders";

describe("reading a budget", () => {
  it.each<[RawCell, number]>([
    [120000, 120000],
    [0, 0],
    [99.5, 99.5],
    ["120000", 120000],
    ["$120,000", 120000],
    ["120k", 120000],
    ["120K", 120000],
    ["1.2M", 1200000],
    ["1.2m", 1200000],
    ["€ 50 000", 50000],
    ["€50\u00a0000", 50000],
    ["USD 80k", 80000],
    ["usd 80K", 80000],
    ["£1,000", 1000],
    ["EUR 2.5m", 2500000],
    ["GBP 750", 750],
    [" $ 1,250,000 ", 1250000],
    ["0.5k", 500],
  ])("reads %p as %p", (cell, amount) => {
    expect(parseBudget(cell)).toEqual({ ok: true, value: amount });
  });

  it.each<RawCell>([null, "", "   "])("leaves %p as unknown without a problem", (cell) => {
    expect(parseBudget(cell)).toEqual({ ok: true, value: undefined });
  });

  it.each<[string, RawCell]>([
    ["words", "about a hundred grand"],
    ["tbd", "tbd"],
    ["a currency with no amount", "USD"],
    ["two decimal points", "1.2.3"],
    ["an unknown unit", "12b"],
    ["the error #VALUE!", { error: "#VALUE!" }],
    ["TRUE", true],
  ])("calls %s a problem and counts it as unknown", (_, cell) => {
    const reading = parseBudget(cell);

    expect(reading.ok).toBe(false);
    expect(reading.ok ? undefined : reading.problem).toMatch(
      /^found .*; expected an amount such as .*; counted as unknown$/,
    );
  });

  it.each<RawCell>([-5000, "-$5,000", "-5k", "$-5k"])(
    "calls the negative amount %p a problem",
    (cell) => {
      const reading = parseBudget(cell);

      expect(reading.ok).toBe(false);
      expect(reading.ok ? undefined : reading.problem).toContain("a negative amount");
    },
  );

  it("says what it found and what it expected", () => {
    expect(parseBudget("tbd")).toEqual({
      ok: false,
      problem:
        'found "tbd"; expected an amount such as 120000, $120,000, 120k, 1.2M or EUR 50 000 (left blank when unknown); counted as unknown',
    });
  });
});

describe("a row with a budget problem", () => {
  const result = scoreRows([
    aRow({ id: "UC-1", budget: "tbd" }),
    aRow({ id: "UC-2", budget: -40000 }),
    aRow({ id: "UC-3", budget: null }),
  ]);

  it("is still scored, with its budget unknown", () => {
    expect(result.ranked.map(({ useCase }) => [useCase.id, useCase.budget])).toEqual([
      ["UC-1", undefined],
      ["UC-2", undefined],
      ["UC-3", undefined],
    ]);
    expect(result.read.notScored).toEqual([]);
  });

  it("reports an unreadable or negative budget on its cell, and a blank one not at all", () => {
    expect(result.problems.map((problem) => problem.cell)).toEqual([
      "Candidates!H2",
      "Candidates!H3",
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Budget: found "tbd"; expected an amount/),
      expect.stringMatching(/^Budget: found -40000, a negative amount;/),
    ]);
  });
});
