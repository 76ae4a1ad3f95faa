/**
 * Numbers written as text (DESIGN §1): `1.234,56`, `1,200,000`, `€ 120.000`, `1,2M`. The same
 * characters mean different amounts in different countries, so a separator that could be either
 * is read by the decimal separator the input *declares* — and, with none declared, is a problem
 * that gives both readings, never a silent guess. A cell Excel stores as a number never comes
 * here: it is used as it is.
 */

export type DecimalSeparator = "." | ",";

/** A decimal separator and who declared it, for messages: `--locale de-DE`, `LANG=de_DE.UTF-8`. */
export interface DeclaredSeparator {
  readonly decimalSeparator: DecimalSeparator;
  readonly declaredBy: string;
  /** The BCP 47 locale that declared it, when one did: numbers are shown back in it. */
  readonly locale?: string;
}

/**
 * How the engine reads numbers written as text. The first declaration found wins (DESIGN §1):
 * the person's (`--locale`, or the workbook's culture in the pane), then the file's own (a CSV
 * saved with `;` between fields), then the environment's locale.
 */
export interface NumberReading {
  readonly declared?: DeclaredSeparator;
  readonly environment?: DeclaredSeparator;
}

/** The reading of a text holding only digits, `.` and `,`. */
export type DigitsReading =
  | { readonly kind: "number"; readonly value: number }
  /** One separator, once, before exactly three digits, and none declared: both readings. */
  | {
      readonly kind: "ambiguous";
      readonly separator: DecimalSeparator;
      readonly asThousands: number;
      readonly asDecimal: number;
    }
  | { readonly kind: "unreadable" };

const NUMBER_OF_DIGITS = /^[\d.,]*\d[\d.,]*$/;
const unreadable: DigitsReading = { kind: "unreadable" };
const number = (value: number): DigitsReading => ({ kind: "number", value });

/** The whole part, its thousands groups checked: the first of one to three digits, the rest three. */
function groupedWhole(text: string, separator: DecimalSeparator): string | undefined {
  const groups = text.split(separator);
  const [first = "", ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || (first.startsWith("0") && rest.length > 0)) return undefined;
  return rest.every((group) => /^\d{3}$/.test(group)) ? groups.join("") : undefined;
}

function count(text: string, character: string): number {
  let found = 0;
  for (const each of text) if (each === character) found++;
  return found;
}

/**
 * Digits with `.` and `,` read by the rules of DESIGN §1:
 * - both present: the last one is the decimal separator, and it appears once;
 * - one kind more than once: it separates thousands;
 * - one kind once, not before exactly three digits: the decimal separator;
 * - one kind once before exactly three digits: by `decimal`; with none, ambiguous — unless only
 *   one reading is possible (`0.500`, `1234.567` cannot be thousands);
 * - thousands groups have three digits, else the text is unreadable.
 */
export function readDigits(text: string, decimal?: DecimalSeparator): DigitsReading {
  if (!NUMBER_OF_DIGITS.test(text)) return unreadable;
  const dots = count(text, ".");
  const commas = count(text, ",");
  if (dots === 0 && commas === 0) return number(Number(text));

  if (dots > 0 && commas > 0) {
    const separator: DecimalSeparator = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    if ((separator === "." ? dots : commas) !== 1) return unreadable;
    const at = text.lastIndexOf(separator);
    const fraction = text.slice(at + 1);
    const whole = groupedWhole(text.slice(0, at), separator === "." ? "," : ".");
    if (whole === undefined || fraction === "") return unreadable;
    return number(Number(`${whole}.${fraction}`));
  }

  const separator: DecimalSeparator = dots > 0 ? "." : ",";
  if (dots + commas > 1) {
    const whole = groupedWhole(text, separator);
    return whole === undefined ? unreadable : number(Number(whole));
  }
  const [whole = "", fraction = ""] = text.split(separator);
  if (fraction === "") return unreadable;
  const asDecimal = Number(`${whole === "" ? "0" : whole}.${fraction}`);
  if (fraction.length !== 3) return number(asDecimal);
  // `0.500` and `1234.567` have no reading with thousands groups.
  if (groupedWhole(text, separator) === undefined) return number(asDecimal);
  const asThousands = Number(`${whole}${fraction}`);
  if (decimal === undefined) return { kind: "ambiguous", separator, asThousands, asDecimal };
  return number(decimal === separator ? asDecimal : asThousands);
}

/** What a person can do about an ambiguous number: the same words in the pane and the CLI. */
export const HOW_TO_DECLARE_THE_LOCALE =
  "say which with the locale (--locale de-DE for 1.234,56, --locale en-US for 1,234.56; in Excel, the workbook's language)";

/** `found "120.000", …` is the caller's; this is the rest: both readings and how to settle it. */
export function ambiguityText(reading: Extract<DigitsReading, { kind: "ambiguous" }>): string {
  const { separator, asThousands, asDecimal } = reading;
  return (
    `which reads as ${asThousands} with "${separator}" separating thousands ` +
    `or as ${asDecimal} with "${separator}" as the decimal separator; ${HOW_TO_DECLARE_THE_LOCALE}`
  );
}

// ---------------------------------------------------------------------------------------------
// Amounts: budgets and the pane's amount boxes.

/** Multipliers a header's unit gives plain numbers (`Cost ($K)`), or a text's own suffix. */
export type AmountUnit = 1 | 1_000 | 1_000_000;

export type AmountReading =
  | {
      readonly kind: "number";
      readonly value: number;
      /** The text had its own `k` or `m`: a unit in the header does not apply. */
      readonly ownUnit: boolean;
    }
  | Extract<DigitsReading, { kind: "ambiguous" }>
  | { readonly kind: "unreadable" };

// Symbols and codes of DESIGN §1, spaces of any kind and apostrophes (`1'234`, de-CH's `1’234`)
// are ignored; what is left is a sign, digits with separators and an optional k or m.
const IGNORED_IN_AMOUNTS = /usd|eur|gbp|chf|[$€£'’\s]/gi;
const AMOUNT = /^([-−]?)([\d.,]+)([km]?)$/i;

/** `$120,000`, `€ 120.000`, `1.234,56 €`, `USD 80k`, `1,2M`, `CHF 1'250`. */
export function readAmountText(text: string, decimal?: DecimalSeparator): AmountReading {
  const match = AMOUNT.exec(text.replace(IGNORED_IN_AMOUNTS, ""));
  if (!match) return { kind: "unreadable" };
  const [, sign = "", digits = "", suffix = ""] = match;
  const reading = readDigits(digits, decimal);
  const unit: AmountUnit =
    suffix.toLowerCase() === "k" ? 1_000 : suffix.toLowerCase() === "m" ? 1_000_000 : 1;
  const signed = (value: number): number => {
    // Rounded to cents so 1.2M is exactly 1,200,000 rather than 1,199,999.9999999998.
    const amount = Math.round(value * unit * 100) / 100;
    return sign === "" ? amount : -amount;
  };
  if (reading.kind === "unreadable") return { kind: "unreadable" };
  if (reading.kind === "ambiguous") {
    return {
      ...reading,
      asThousands: signed(reading.asThousands),
      asDecimal: signed(reading.asDecimal),
    };
  }
  return { kind: "number", value: signed(reading.value), ownUnit: unit !== 1 };
}

const THOUSANDS_UNITS = new Set(["k", "000", "000s", "thousand", "thousands"]);
const MILLIONS_UNITS = new Set(["m", "mn", "mm", "mio", "million", "millions"]);

/**
 * The unit a header gives the plain numbers below it: `Cost ($K)`, `Budget (k€)`,
 * `Budget ('000)`, `Budget (in thousands)` ×1 000; `($M)`, `(M€)`, `(millions)` ×1 000 000.
 * Only a `(…)` or `[…]` part counts, so a header `Kosten` or `M&A budget` is not scaled.
 */
export function amountUnitOfHeader(header: string): AmountUnit {
  for (const [, inside = ""] of header.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const unit = inside
      .toLowerCase()
      .replace(/usd|eur|gbp|chf|[$€£'’\s]/g, "")
      .replace(/^in/, "");
    if (THOUSANDS_UNITS.has(unit)) return 1_000;
    if (MILLIONS_UNITS.has(unit)) return 1_000_000;
  }
  return 1;
}

// ---------------------------------------------------------------------------------------------
// Locales: where a declared separator comes from.

/** The decimal separator of a BCP 47 locale, by Intl; undefined for a tag Intl does not know. */
export function decimalSeparatorOfLocale(tag: string): DecimalSeparator | undefined {
  let supported: string[];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf(tag);
  } catch {
    return undefined; // not a well-formed tag
  }
  const locale = supported[0];
  if (locale === undefined) return undefined;
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === "decimal")?.value;
  return decimal === "," ? "," : decimal === "." ? "." : undefined;
}

/** The environment's variables that name a locale, in the order POSIX gives them precedence. */
export type LocaleEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * The locale the environment names for numbers: the first of `LC_ALL`, `LC_NUMERIC`, `LANG`
 * that is set, as a BCP 47 tag (`de_DE.UTF-8` → `de-DE`). `C` and `POSIX` name no locale.
 */
export function localeOfEnvironment(
  env: LocaleEnvironment,
): { readonly tag: string; readonly variable: string; readonly value: string } | undefined {
  for (const variable of ["LC_ALL", "LC_NUMERIC", "LANG"]) {
    const value = env[variable];
    if (value === undefined || value === "") continue;
    const name = value.replace(/[.@].*$/, "");
    if (name === "" || name === "C" || name === "POSIX") return undefined;
    return { tag: name.replace(/_/g, "-"), variable, value };
  }
  return undefined;
}

/** The environment's decimal separator, declared as `LANG=de_DE.UTF-8` says it. */
export function separatorOfEnvironment(env: LocaleEnvironment): DeclaredSeparator | undefined {
  const locale = localeOfEnvironment(env);
  if (!locale) return undefined;
  const decimalSeparator = decimalSeparatorOfLocale(locale.tag);
  return (
    decimalSeparator && {
      decimalSeparator,
      declaredBy: `${locale.variable}=${locale.value}`,
      locale: locale.tag,
    }
  );
}

/** The separator that counts for one sheet: the person's, else the file's, else the environment's. */
export function separatorForSheet(
  reading: NumberReading,
  fileDeclares: DecimalSeparator | undefined,
): DeclaredSeparator | undefined {
  if (reading.declared) return reading.declared;
  if (fileDeclares) return { decimalSeparator: fileDeclares, declaredBy: "the CSV's ; delimiter" };
  return reading.environment;
}
