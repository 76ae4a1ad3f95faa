/**
 * The workbook's number culture for every number the pane shows or reads: `600.000` in a German
 * workbook, `600,000` in an English one. Provided once by the App, so each section writes and
 * reads amounts the way the workbook's own cells do.
 */
import { createContext, useContext } from "react";
import {
  DEFAULT_CULTURE,
  formatAmount,
  formatNumber,
  type NumberCulture,
  type NumberReading,
  type NumberStyle,
} from "../core";

export const CultureContext = createContext<NumberCulture>(DEFAULT_CULTURE);

/** The culture numbers are shown in; en-US until the workbook has said otherwise. */
export function useCulture(): NumberCulture {
  return useContext(CultureContext);
}

/** Formatters bound to the pane's culture. */
export function useNumberFormat(): {
  readonly amount: (value: number) => string;
  readonly number: (value: number, style?: NumberStyle) => string;
  readonly culture: NumberCulture;
} {
  const culture = useCulture();
  return {
    culture,
    amount: (value) => formatAmount(value, culture),
    number: (value, style) => formatNumber(value, culture, style),
  };
}

/**
 * How the engine reads numbers written as text in this workbook: by its culture, declared as
 * such. Without a culture (Excel could not say), nothing is declared and an amount such as
 * `120.000` is reported, not guessed.
 */
export function numberReadingOf(culture: NumberCulture | undefined): NumberReading {
  if (!culture) return {};
  const which = culture.locale === undefined ? "" : `, ${culture.locale}`;
  return {
    declared: {
      decimalSeparator: culture.decimalSeparator,
      declaredBy: `the workbook's culture${which}`,
      ...(culture.locale !== undefined && { locale: culture.locale }),
    },
  };
}
