/**
 * Numbers in the user's culture: reading typed amounts and separators, formatting them back.
 * The bottom of core: the workbook model depends on it, it depends on nothing.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export {
  cultureOfLocale,
  cultureOfReading,
  cultureOfSeparators,
  DEFAULT_CULTURE,
  formatAmount,
  formatNumber,
  formatScore,
  type NumberCulture,
  type NumberStyle,
} from "./numberFormat";
export {
  ambiguityText,
  type AmountUnit,
  amountUnitOfHeader,
  type DecimalSeparator,
  decimalSeparatorOfLocale,
  type DeclaredSeparator,
  type DigitsReading,
  type LocaleEnvironment,
  type NumberReading,
  readAmountText,
  readDigits,
  separatorForSheet,
  separatorOfEnvironment,
} from "./numberReading";
