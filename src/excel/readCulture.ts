/**
 * The workbook's number culture: how a person in it writes `600.000` or `600,000`. Excel says
 * so in `Application.cultureInfo.numberFormat` (ExcelApi 1.11), which follows the separators a
 * person may have set in Excel's options; an older Excel gives only Office's display language.
 */
import { cultureOfLocale, cultureOfSeparators, type NumberCulture } from "../core";
import { withinTimeout } from "./excelErrors";

/** Whether the host may have ExcelApi 1.11: false only when Office.js says it has not. */
function mayHaveCultureInfo(): boolean {
  if (typeof Office === "undefined") return true;
  const requirements = Office.context?.requirements;
  return requirements === undefined || requirements.isSetSupported("ExcelApi", "1.11");
}

/** Office's display language (`de-DE`), the culture when Excel cannot say its own. */
function displayLanguageCulture(): NumberCulture | undefined {
  return typeof Office === "undefined"
    ? undefined
    : cultureOfLocale(Office.context?.displayLanguage);
}

/** One sync; never fails: a culture Excel cannot give falls back to the display language. */
export async function readCulture(
  context: Excel.RequestContext,
  syncTimeoutMs?: number,
): Promise<NumberCulture | undefined> {
  if (mayHaveCultureInfo()) {
    try {
      const info = context.application.cultureInfo;
      info.load("name");
      const numbers = info.numberFormat;
      numbers.load("numberDecimalSeparator,numberGroupSeparator");
      await withinTimeout(context.sync(), syncTimeoutMs);
      const culture = cultureOfSeparators(
        numbers.numberDecimalSeparator,
        numbers.numberGroupSeparator,
        info.name,
      );
      if (culture) return culture;
    } catch {
      // An Excel without ExcelApi 1.11 refuses the request: the display language says enough.
    }
  }
  return displayLanguageCulture();
}
