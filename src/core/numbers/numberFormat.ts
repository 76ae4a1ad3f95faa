/**
 * Amounts and numbers as a person reads them: `600,000` in an English workbook, `600.000` in a
 * German one. One module for the pane, the command line's text and the sheets' sentences, so a
 * number shown anywhere is written the same way for the same culture.
 */
import {
  decimalSeparatorOfLocale,
  type DecimalSeparator,
  type DeclaredSeparator,
} from "./numberReading";

/** How numbers are written: Excel's `cultureInfo.numberFormat`, or a locale's by Intl. */
export interface NumberCulture {
  /** BCP 47 tag (`de-DE`), when known. */
  readonly locale?: string;
  readonly decimalSeparator: DecimalSeparator;
  /** `,` `.` `'` or a space of some kind. */
  readonly groupSeparator: string;
}

/** What the engine writes when no culture is given: the contract's own examples are in it. */
export const DEFAULT_CULTURE: NumberCulture = {
  locale: "en-US",
  decimalSeparator: ".",
  groupSeparator: ",",
};

/** A locale's culture by Intl (`de-DE` → `.` groups, `,` decimals); undefined when unknown. */
export function cultureOfLocale(tag: string | undefined): NumberCulture | undefined {
  if (tag === undefined || tag.trim() === "") return undefined;
  const decimalSeparator = decimalSeparatorOfLocale(tag);
  if (decimalSeparator === undefined) return undefined;
  const [locale = tag] = Intl.NumberFormat.supportedLocalesOf(tag);
  const groupSeparator =
    new Intl.NumberFormat(locale).formatToParts(1_000_000).find((part) => part.type === "group")
      ?.value ?? (decimalSeparator === "." ? "," : ".");
  return { locale, decimalSeparator, groupSeparator };
}

/**
 * How to show numbers back to whoever declared how to read them: in the declaring locale, else
 * with the declared decimal separator, else as `DEFAULT_CULTURE`.
 */
export function cultureOfReading(declared: DeclaredSeparator | undefined): NumberCulture {
  if (declared === undefined) return DEFAULT_CULTURE;
  const byLocale = cultureOfLocale(declared.locale);
  if (byLocale?.decimalSeparator === declared.decimalSeparator) return byLocale;
  return declared.decimalSeparator === "."
    ? DEFAULT_CULTURE
    : { decimalSeparator: ",", groupSeparator: "." };
}

/**
 * Excel's separators (`cultureInfo.numberFormat`), which a person may have set apart from the
 * locale; undefined when the decimal separator is neither `.` nor `,`.
 */
export function cultureOfSeparators(
  decimal: string,
  group: string,
  locale?: string,
): NumberCulture | undefined {
  if (decimal !== "." && decimal !== ",") return undefined;
  const groupSeparator = group === "" || group === decimal ? (decimal === "." ? "," : ".") : group;
  return {
    ...(locale !== undefined && locale !== "" && { locale }),
    decimalSeparator: decimal,
    groupSeparator,
  };
}

export interface NumberStyle {
  /** Decimals shown at most; trailing zeros are dropped. Default 0. */
  readonly maximumFractionDigits?: number;
  /** Decimals always shown. Default 0. */
  readonly minimumFractionDigits?: number;
}

/**
 * `1234567.5` → `1,234,567.5` (en-US), `1.234.567,5` (de-DE), `1 234 567,5` (fr-FR). Grouped in
 * threes, with the culture's own characters, so what is shown reads back as the same number
 * when the culture is declared. Rounded as Intl rounds (the shortest decimal that reads back as
 * the value, half away from zero), but without Intl: its first call loads ICU's number data,
 * a tenth of a 20-row command-line run. A value that rounds to zero is `0`, never `-0`.
 */
export function formatNumber(
  value: number,
  culture: NumberCulture = DEFAULT_CULTURE,
  style: NumberStyle = {},
): string {
  const maximumFractionDigits = style.maximumFractionDigits ?? 0;
  const minimumFractionDigits = Math.min(style.minimumFractionDigits ?? 0, maximumFractionDigits);
  if (!Number.isFinite(value)) return value.toLocaleString("en-US");
  const { digits, integerDigits } = roundedDigits(Math.abs(value), maximumFractionDigits);
  const whole = integerDigits > 0 ? digits.slice(0, integerDigits) : "0";
  let fraction =
    integerDigits >= 0 ? digits.slice(integerDigits) : `${"0".repeat(-integerDigits)}${digits}`;
  fraction = fraction.replace(/0+$/, "").padEnd(minimumFractionDigits, "0");
  const negative = value < 0 && /[1-9]/.test(digits);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, culture.groupSeparator);
  return `${negative ? "-" : ""}${grouped}${fraction === "" ? "" : culture.decimalSeparator}${fraction}`;
}

/**
 * A non-negative finite value's shortest decimal digits (`Number#toString`'s), rounded half
 * away from zero to `fractionDigits`: `digits` with the decimal point after `integerDigits` of
 * them (negative: that many zeros come first). Digits past the point are exactly fractionDigits
 * or fewer; the integer part is padded with zeros (`1e21` → 22 digits).
 */
function roundedDigits(
  value: number,
  fractionDigits: number,
): { digits: string; integerDigits: number } {
  const [mantissa = "0", exponent = "0"] = value.toString().split("e");
  const [head = "0", tail = ""] = mantissa.split(".");
  let digits = `${head}${tail}`;
  let integerDigits = head.length + Number(exponent);
  // Leading zeros (`0.05`) carry no value: drop them so rounding looks at real digits.
  const leadingZeros = /^0*/.exec(digits)?.[0].length ?? 0;
  if (leadingZeros === digits.length) return { digits: "0", integerDigits: 1 };
  digits = digits.slice(leadingZeros);
  integerDigits -= leadingZeros;
  const kept = integerDigits + fractionDigits;
  if (kept < digits.length) {
    const roundsUp = kept >= 0 && (digits[kept] ?? "0") >= "5";
    digits = kept > 0 ? digits.slice(0, kept) : "";
    if (roundsUp && digits === "") {
      // Nothing kept but half a unit or more: one unit of the last place kept.
      return { digits: "1", integerDigits: 1 - fractionDigits };
    }
    if (roundsUp) {
      const carried = incremented(digits);
      if (carried.length > digits.length) integerDigits += 1;
      digits = carried;
    }
    if (digits === "") return { digits: "0", integerDigits: 1 };
  }
  if (integerDigits > digits.length) digits = digits.padEnd(integerDigits, "0");
  return { digits, integerDigits };
}

/** `"199"` → `"200"`, `"99"` → `"100"`: a digit string plus one in its last place. */
function incremented(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/** An amount of money, to the cent when it has cents: `600,000`, `1.234,5`. */
export function formatAmount(value: number, culture: NumberCulture = DEFAULT_CULTURE): string {
  return formatNumber(value, culture, { maximumFractionDigits: 2 });
}

/** A score as every writer shows it: one decimal, always (`81.3`, `75,0` in German). */
export function formatScore(value: number, culture: NumberCulture = DEFAULT_CULTURE): string {
  return formatNumber(value, culture, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
