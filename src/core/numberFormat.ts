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
 * when the culture is declared.
 */
export function formatNumber(
  value: number,
  culture: NumberCulture = DEFAULT_CULTURE,
  style: NumberStyle = {},
): string {
  const maximumFractionDigits = style.maximumFractionDigits ?? 0;
  const text = value.toLocaleString("en-US", {
    maximumFractionDigits,
    minimumFractionDigits: Math.min(style.minimumFractionDigits ?? 0, maximumFractionDigits),
  });
  if (culture.decimalSeparator === "." && culture.groupSeparator === ",") return text;
  return text.replace(/[,.]/g, (character) =>
    character === "," ? culture.groupSeparator : culture.decimalSeparator,
  );
}

/** An amount of money, to the cent when it has cents: `600,000`, `1.234,5`. */
export function formatAmount(value: number, culture: NumberCulture = DEFAULT_CULTURE): string {
  return formatNumber(value, culture, { maximumFractionDigits: 2 });
}
