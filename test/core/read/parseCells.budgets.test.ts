import { parseBudget } from "../../../src/core/read";
import type { RawCell } from "../../../src/core/model";
import { aRow, aSheet, aUseCaseSheet, scoreRows, scoreSheets } from "../builders";

/** The contract's examples are written in en-US: `$120,000` is a hundred and twenty thousand. */
const EN_US = { decimal: "." } as const;

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
    expect(parseBudget(cell, EN_US)).toEqual({ ok: true, value: amount });
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
    const reading = parseBudget(cell, EN_US);

    expect(reading.ok).toBe(false);
    expect(reading.ok ? undefined : reading.problem).toMatch(
      /^found .*; expected an amount such as .*; counted as unknown$/,
    );
  });

  it.each<RawCell>([-5000, "-$5,000", "-5k", "$-5k"])(
    "calls the negative amount %p a problem",
    (cell) => {
      const reading = parseBudget(cell, EN_US);

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

describe("a budget written in another country's way", () => {
  it.each<[RawCell, "." | ",", number]>([
    ["€ 120.000", ",", 120000],
    ["50.000 €", ",", 50000],
    ["80.000", ",", 80000],
    ["45.500,50 €", ",", 45500.5],
    ["1.234,56 €", ",", 1234.56],
    ["1.234,56 €", ".", 1234.56],
    ["1,2M", ",", 1200000],
    ["1,2M", ".", 1200000],
    ["CHF 1'250'000", ".", 1250000],
    ["€ 50 000", ",", 50000],
  ])("reads %p as %p declares it: %p", (cell, decimal, amount) => {
    expect(parseBudget(cell, { decimal })).toEqual({ ok: true, value: amount });
  });

  it("calls € 120.000 ambiguous when no locale is declared, giving both readings and how to declare it", () => {
    expect(parseBudget("€ 120.000")).toEqual({
      ok: false,
      problem:
        'found "€ 120.000", which reads as 120000 with "." separating thousands or as 120 with "." as the decimal separator; ' +
        "say which with the locale (--locale de-DE for 1.234,56, --locale en-US for 1,234.56; in Excel, the workbook's language); " +
        "counted as unknown",
    });
  });

  it("calls thousands groups that are not three digits unreadable", () => {
    expect(parseBudget("1.20.000", { decimal: "," }).ok).toBe(false);
  });
});

describe("a unit in the budget's header", () => {
  it("scales plain numbers, written as numbers or as text, and takes a text with its own k or m as written", () => {
    expect(parseBudget(120, { unit: 1000 })).toEqual({ ok: true, value: 120000 });
    expect(parseBudget("120", { unit: 1000 })).toEqual({ ok: true, value: 120000 });
    expect(parseBudget("1,5", { unit: 1_000_000, decimal: "," })).toEqual({
      ok: true,
      value: 1500000,
    });
    expect(parseBudget("120k", { unit: 1_000_000 })).toEqual({ ok: true, value: 120000 });
    expect(parseBudget("1.2M", { unit: 1000 })).toEqual({ ok: true, value: 1200000 });
  });

  it.each([
    ["Cost ($K)", 120, 120000],
    ["Budget (k€)", "45,5", 45500],
    ["Budget ('000)", 80, 80000],
    ["Budget (in thousands)", 80, 80000],
    ["Cost ($M)", 1.5, 1500000],
    ["Budget (M€)", "2", 2000000],
    ["Budget (millions)", 3, 3000000],
    ["Cost ($K)", "250k", 250000],
  ])("reads a budget column headed %j holding %p as %p", (header, cell, amount) => {
    const result = scoreSheets(
      [
        aSheet({
          name: "Candidates",
          values: [
            ["Use case", "Owner", "Business value", "Feasibility", "Data", "Risk", header],
            ["Triage", "Ana", 4, 4, 4, 2, cell],
          ],
        }),
      ],
      undefined,
      { declared: { decimalSeparator: ",", declaredBy: "--locale de-DE" } },
    );

    expect(result.ranked[0]?.useCase.budget).toBe(amount);
    expect(result.problems).toEqual([]);
  });
});

describe("a budget read by the engine", () => {
  it("is read by the declared locale, and is a problem with both readings when none is declared", () => {
    const rows = [aRow({ id: "UC-1", budget: "€ 120.000" }), aRow({ id: "UC-2", budget: "1,2M" })];
    const german = scoreRows(rows, {
      numbers: { declared: { decimalSeparator: ",", declaredBy: "--locale de-DE" } },
    });
    const undeclared = scoreRows(rows, { numbers: {} });

    expect(german.ranked.map(({ useCase }) => useCase.budget)).toEqual([120000, 1200000]);
    expect(german.read.numbers).toEqual({ decimalSeparator: ",", declaredBy: "--locale de-DE" });
    expect(undeclared.ranked.map(({ useCase }) => useCase.budget)).toEqual([undefined, 1200000]);
    expect(undeclared.problems.map((problem) => [problem.cell, problem.message])).toEqual([
      [
        "Candidates!H2",
        expect.stringMatching(/^Budget: found "€ 120\.000", which reads as 120000 .* or as 120 /),
      ],
    ]);
    expect(undeclared.read.numbers).toBeUndefined();
  });

  it("takes a CSV's own declaration (a ; delimiter declares ,) over the environment's", () => {
    const sheet = {
      ...aUseCaseSheet([aRow({ budget: "80.000" })]),
      decimalSeparator: "," as const,
    };
    const result = scoreSheets([sheet], undefined, {
      environment: { decimalSeparator: ".", declaredBy: "LANG=en_US.UTF-8" },
    });

    expect(result.ranked[0]?.useCase.budget).toBe(80000);
    expect(result.read.numbers?.declaredBy).toBe("the CSV's ; delimiter");
  });
});
