import fc from "fast-check";
import {
  cultureOfLocale,
  cultureOfSeparators,
  DEFAULT_CULTURE,
  formatAmount,
  formatNumber,
  readAmountText,
} from "../../../src/core/numbers";

describe("writing amounts and numbers in a culture", () => {
  const german = cultureOfLocale("de-DE");
  const french = cultureOfLocale("fr-FR");
  const swiss = cultureOfLocale("de-CH");

  it("writes an amount grouped in threes, to the cent when it has cents", () => {
    expect(formatAmount(600000)).toBe("600,000");
    expect(formatAmount(1234567.5)).toBe("1,234,567.5");
    expect(formatAmount(600000, german)).toBe("600.000");
    expect(formatAmount(1234567.5, german)).toBe("1.234.567,5");
    expect(formatAmount(1234.56, french)).toBe("1\u202f234,56");
    expect(formatAmount(1250000, swiss)).toBe(
      "1’250’000".replace(/’/g, swiss?.groupSeparator ?? ""),
    );
  });

  it("writes a number with as many decimals as asked", () => {
    expect(formatNumber(73.456, DEFAULT_CULTURE, { maximumFractionDigits: 1 })).toBe("73.5");
    expect(formatNumber(73.456, german, { maximumFractionDigits: 1 })).toBe("73,5");
    expect(formatNumber(12, german, { maximumFractionDigits: 1, minimumFractionDigits: 1 })).toBe(
      "12,0",
    );
    expect(formatNumber(0.4)).toBe("0");
  });

  it("rounds as Intl does, half away from zero on the shortest decimal, without calling it", () => {
    expect(formatNumber(1.005, DEFAULT_CULTURE, { maximumFractionDigits: 2 })).toBe("1.01");
    expect(formatNumber(2.675, DEFAULT_CULTURE, { maximumFractionDigits: 2 })).toBe("2.68");
    expect(formatNumber(9.995, DEFAULT_CULTURE, { maximumFractionDigits: 2 })).toBe("10");
    expect(formatNumber(0.005, DEFAULT_CULTURE, { maximumFractionDigits: 2 })).toBe("0.01");
    expect(formatNumber(0.5)).toBe("1");
    expect(formatNumber(-0.5)).toBe("-1");
    expect(formatNumber(1e21)).toBe("1,000,000,000,000,000,000,000");
    expect(formatNumber(1.5e-7, DEFAULT_CULTURE, { maximumFractionDigits: 7 })).toBe("0.0000002");
    // Intl writes these `-0`; a total that rounds to nothing is shown as nothing.
    expect(formatNumber(-0.0001)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    const toLocale = (value: number, max: number, min: number): string =>
      value.toLocaleString("en-US", { maximumFractionDigits: max, minimumFractionDigits: min });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        ),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (value, max, min) => {
          const expected = toLocale(value, max, Math.min(min, max)).replace(/^-(?=[0.]*$)/, "");
          const style = { maximumFractionDigits: max, minimumFractionDigits: min };
          expect(formatNumber(value, DEFAULT_CULTURE, style)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("takes Excel's own separators, which a person may have set apart from the locale", () => {
    expect(cultureOfSeparators(",", ".", "de-DE")).toEqual({
      locale: "de-DE",
      decimalSeparator: ",",
      groupSeparator: ".",
    });
    expect(cultureOfSeparators(".", "", "")).toEqual({
      decimalSeparator: ".",
      groupSeparator: ",",
    });
    expect(cultureOfSeparators("·", " ")).toBeUndefined();
    expect(formatAmount(1234.5, cultureOfSeparators(",", " "))).toBe("1 234,5");
  });

  it("knows no culture for a tag Intl does not know", () => {
    expect(cultureOfLocale("xx-YY")).toBeUndefined();
    expect(cultureOfLocale(undefined)).toBeUndefined();
  });

  it("writes what reads back as the same amount in that culture", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("en-US", "en-GB", "de-DE", "fr-FR", "de-CH", "it-IT", "es-ES", "sv-SE"),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        (locale, cents) => {
          const culture = cultureOfLocale(locale);
          if (!culture) throw new Error(`no culture for ${locale}`);
          const text = formatAmount(cents / 100, culture);
          expect(readAmountText(text, culture.decimalSeparator)).toMatchObject({
            kind: "number",
            value: cents / 100,
          });
        },
      ),
    );
  });
});
