/**
 * What a use case is worth a year: hours saved per week × loaded hourly rate × working weeks.
 * A use case with no hours given claims no value (blank, never 0), and its payback is unknown.
 */
import * as z from "zod";

export const ValueSettingsSchema = z.object({
  /** Loaded cost of an hour of the people whose time is saved. */
  hourlyRate: z.number().finite().min(0, "the hourly rate cannot be negative").default(85),
  /** Working weeks in a year. */
  weeksPerYear: z.number().finite().min(0).max(53, "a year has at most 53 weeks").default(46),
});

export type ValueSettings = Readonly<z.output<typeof ValueSettingsSchema>>;

export const DEFAULT_VALUE_SETTINGS: ValueSettings = ValueSettingsSchema.parse({});

/** The settings' value block, or the defaults when it has none. */
export function valueSettingsOf(settings: {
  readonly value?: ValueSettings | undefined;
}): ValueSettings {
  return settings.value ?? DEFAULT_VALUE_SETTINGS;
}

/** Annual value, or undefined when the hours saved are not known. */
export function annualValueOf(
  hoursSavedPerWeek: number | undefined,
  settings: ValueSettings,
): number | undefined {
  return hoursSavedPerWeek === undefined
    ? undefined
    : hoursSavedPerWeek * settings.hourlyRate * settings.weeksPerYear;
}

/**
 * Months until the value repays the budget: budget ÷ (annual value ÷ 12). Unknown without a
 * budget or a positive value (a use case that saves nothing never pays back).
 */
export function paybackMonthsOf(
  budget: number | undefined,
  annualValue: number | undefined,
): number | undefined {
  if (budget === undefined || annualValue === undefined || annualValue <= 0) return undefined;
  return budget / (annualValue / 12);
}
