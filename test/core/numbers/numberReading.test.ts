import fc from "fast-check";
import {
  amountUnitOfHeader,
  decimalSeparatorOfLocale,
  readAmountText,
  readDigits,
  separatorForSheet,
  separatorOfEnvironment,
  type DecimalSeparator,
} from "../../../src/core/numbers";
import { localeOfEnvironment } from "../../../src/core/numbers/numberReading";

const valueOf = (text: string, decimal?: DecimalSeparator): number | string => {
  const reading = readDigits(text, decimal);
  return reading.kind === "number" ? reading.value : reading.kind;
};

describe("numbers written as text (DESIGN §1)", () => {
  it.each([
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1.234.567,8", 1234567.8],
    ["1,234,567.8", 1234567.8],
  ])(
    "takes the last of . and , as the decimal separator when both are there: %j",
    (text, value) => {
      for (const decimal of [undefined, ".", ","] as const) {
        expect(valueOf(text, decimal)).toBe(value);
      }
    },
  );

  it.each([
    ["1.200.000", 1200000],
    ["1,200,000", 1200000],
    ["12.000.000", 12000000],
  ])("reads one kind used more than once as separating thousands: %j", (text, value) => {
    for (const decimal of [undefined, ".", ","] as const) {
      expect(valueOf(text, decimal)).toBe(value);
    }
  });

  it.each([
    ["4,5", 4.5],
    ["4.5", 4.5],
    ["1,2", 1.2],
    ["120,50", 120.5],
    ["1.2345", 1.2345],
    [",5", 0.5],
  ])(
    "reads one kind used once, not before exactly three digits, as the decimal separator: %j",
    (text, value) => {
      for (const decimal of [undefined, ".", ","] as const) {
        expect(valueOf(text, decimal)).toBe(value);
      }
    },
  );

  it.each([
    ["120.000", ",", 120000],
    ["120.000", ".", 120],
    ["1,200", ".", 1200],
    ["1,200", ",", 1.2],
  ] as const)(
    "reads %j, one kind once before exactly three digits, by the declared separator %j",
    (text, decimal, value) => {
      expect(valueOf(text, decimal)).toBe(value);
    },
  );

  it("calls 120.000 ambiguous when no separator is declared, with both readings", () => {
    expect(readDigits("120.000")).toEqual({
      kind: "ambiguous",
      separator: ".",
      asThousands: 120000,
      asDecimal: 120,
    });
    expect(readDigits("1,200")).toEqual({
      kind: "ambiguous",
      separator: ",",
      asThousands: 1200,
      asDecimal: 1.2,
    });
  });

  it.each([
    ["0.500", 0.5],
    ["1234.567", 1234.567],
  ])(
    "reads %j as a decimal without a declaration: no thousands reading is possible",
    (text, value) => {
      expect(valueOf(text)).toBe(value);
    },
  );

  it.each([
    "1.20.000",
    "1,2345,678",
    "12.34.567",
    "1.234,5,6",
    "1,2.3,4",
    "1.",
    "1..2",
    "0.100.000",
  ])("cannot read %j: thousands groups have three digits", (text) => {
    expect(valueOf(text, ",")).toBe("unreadable");
    expect(valueOf(text, ".")).toBe("unreadable");
  });
});

describe("amounts written as text", () => {
  const amountOf = (text: string, decimal?: DecimalSeparator): number | string => {
    const reading = readAmountText(text, decimal);
    return reading.kind === "number" ? reading.value : reading.kind;
  };

  it.each([
    ["€ 120.000", ",", 120000],
    ["50.000 €", ",", 50000],
    ["80.000", ",", 80000],
    ["45.500,50 €", ",", 45500.5],
    ["1.234,56 €", ",", 1234.56],
    ["1.234,56 €", ".", 1234.56],
    ["€ 50 000", ",", 50000],
    ["€\u00a050\u202f000", ",", 50000],
    ["1\u2009234\u00a0567,5 EUR", ",", 1234567.5],
    ["CHF 1'250'000", ".", 1250000],
    ["CHF 1’250.50", ".", 1250.5],
    ["$120,000", ".", 120000],
    ["USD 80k", ".", 80000],
    ["usd 80K", ".", 80000],
    ["GBP 750", ".", 750],
    ["1,2M", ",", 1200000],
    ["1,2m", ".", 1200000],
    ["1.2M", ",", 1200000],
    ["0.5k", ",", 500],
  ] as const)("reads %j as declared %j to be %p", (text, decimal, amount) => {
    expect(amountOf(text, decimal)).toBe(amount);
  });

  it("says when the text carries its own k or m", () => {
    expect(readAmountText("120k")).toEqual({ kind: "number", value: 120000, ownUnit: true });
    expect(readAmountText("120")).toEqual({ kind: "number", value: 120, ownUnit: false });
  });

  it("keeps the sign, so a negative amount can be refused by name", () => {
    expect(amountOf("-$5k")).toBe(-5000);
    expect(amountOf("$-5k")).toBe(-5000);
    expect(amountOf("−1.234,5 €")).toBe(-1234.5);
  });

  it("gives both readings of an ambiguous amount, with its k or m applied", () => {
    expect(readAmountText("€ 120.000")).toEqual({
      kind: "ambiguous",
      separator: ".",
      asThousands: 120000,
      asDecimal: 120,
    });
    expect(readAmountText("1,200k")).toMatchObject({ asThousands: 1200000, asDecimal: 1200 });
  });

  it.each(["about 100k", "12b", "1.2.3", "USD", "k", "1k2", "$ 1 2 3 ,,"])(
    "cannot read %j",
    (text) => {
      expect(amountOf(text, ".")).toBe("unreadable");
    },
  );
});

describe("a unit in the header", () => {
  it.each([
    ["Cost ($K)", 1000],
    ["Budget (k€)", 1000],
    ["Budget (€k)", 1000],
    ["Budget ('000)", 1000],
    ["Budget (in thousands)", 1000],
    ["Budget [USD k]", 1000],
    ["Cost ($M)", 1000000],
    ["Budget (M€)", 1000000],
    ["Budget (millions)", 1000000],
    ["Budget (in millions)", 1000000],
    ["Budget", 1],
    ["Budget ($)", 1],
    ["Budget (EUR)", 1],
    ["Est. budget (rough)", 1],
    ["Kosten", 1],
  ])("scales the plain numbers under %j by %p", (header, unit) => {
    expect(amountUnitOfHeader(header)).toBe(unit);
  });
});

describe("where the decimal separator is declared", () => {
  it.each([
    ["en-US", "."],
    ["en-GB", "."],
    ["de-DE", ","],
    ["fr-FR", ","],
    ["de-CH", "."],
    ["de", ","],
  ])("knows the decimal separator of %s by Intl", (tag, separator) => {
    expect(decimalSeparatorOfLocale(tag)).toBe(separator);
  });

  it.each(["xx-YY", "not a locale", "", "de_DE"])("knows no separator for %j", (tag) => {
    expect(decimalSeparatorOfLocale(tag)).toBeUndefined();
  });

  it("takes the environment's locale from LC_ALL, then LC_NUMERIC, then LANG", () => {
    expect(localeOfEnvironment({ LANG: "de_DE.UTF-8" })?.tag).toBe("de-DE");
    expect(localeOfEnvironment({ LANG: "de_DE.UTF-8", LC_NUMERIC: "fr_FR@euro" })?.tag).toBe(
      "fr-FR",
    );
    expect(
      localeOfEnvironment({ LANG: "de_DE.UTF-8", LC_NUMERIC: "fr_FR", LC_ALL: "en_US.UTF-8" })?.tag,
    ).toBe("en-US");
    expect(localeOfEnvironment({ LC_ALL: "", LANG: "de_CH.UTF-8" })?.tag).toBe("de-CH");
  });

  it.each([{ LANG: "C.UTF-8" }, { LANG: "POSIX" }, { LC_ALL: "C", LANG: "de_DE.UTF-8" }, {}])(
    "takes no locale from %j",
    (env) => {
      expect(localeOfEnvironment(env)).toBeUndefined();
      expect(separatorOfEnvironment(env)).toBeUndefined();
    },
  );

  it("says which variable declared the environment's separator", () => {
    expect(separatorOfEnvironment({ LANG: "de_DE.UTF-8" })).toEqual({
      decimalSeparator: ",",
      declaredBy: "LANG=de_DE.UTF-8",
      locale: "de-DE",
    });
  });

  it("takes the person's declaration first, then the file's, then the environment's", () => {
    const person = { decimalSeparator: ".", declaredBy: "--locale en-US" } as const;
    const environment = { decimalSeparator: ",", declaredBy: "LANG=de_DE.UTF-8" } as const;
    expect(separatorForSheet({ declared: person, environment }, ",")).toBe(person);
    expect(separatorForSheet({ environment }, ".")).toEqual({
      decimalSeparator: ".",
      declaredBy: "the CSV's ; delimiter",
    });
    expect(separatorForSheet({ environment }, undefined)).toBe(environment);
    expect(separatorForSheet({}, undefined)).toBeUndefined();
  });
});

describe("an amount formatted by Intl reads back as the same amount", () => {
  const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "de-CH"] as const;

  it("in en-US, en-GB, de-DE, fr-FR and de-CH, with and without a currency, when that locale is declared", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.oneof(
          fc.constant(undefined),
          fc.record({
            currency: fc.constantFrom("USD", "EUR", "GBP", "CHF"),
            currencyDisplay: fc.constantFrom("code", "narrowSymbol"),
          }),
        ),
        fc.boolean(),
        // Cents up to ten billion: amounts a budget line might hold, to the cent.
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        (locale, currency, grouped, cents) => {
          const amount = cents / 100;
          const text = new Intl.NumberFormat(locale, {
            ...(currency && { style: "currency", ...currency }),
            useGrouping: grouped,
            maximumFractionDigits: 2,
          }).format(amount);
          const decimal = decimalSeparatorOfLocale(locale);

          expect(readAmountText(text, decimal)).toEqual({
            kind: "number",
            value: amount,
            ownUnit: false,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
