/**
 * The annual budget as the pane takes it: the text a CFO types ("600k", "1.2M", "600,000"),
 * what it reads as, and the result with its portfolio when there is one. Kept apart from the
 * session hook so the hook stays about state, and the rules here can be read in one place.
 */
import {
  ambiguityText,
  DEFAULT_CULTURE,
  formatAmount,
  PortfolioSearchLimitError,
  readAmountText,
  type DecimalSeparator,
  type NumberCulture,
  PortfolioSettingsSchema,
  withPortfolio,
  type PortfolioSettings,
  type ReadResult,
  type ScoringResult,
} from "../core";

/** What the annual budget box holds: nothing (no portfolio), an amount, or why it is neither. */
export type AnnualBudgetReading =
  | { readonly kind: "none" }
  | { readonly kind: "amount"; readonly amount: number }
  | { readonly kind: "invalid"; readonly message: string };

/** Everything about the portfolio except the money: what it maximises, how, and the roadmap. */
export type PortfolioChoice = Omit<PortfolioSettings, "annualBudget">;

const PortfolioChoiceSchema = PortfolioSettingsSchema.omit({ annualBudget: true });

/** The choice remembered in the workbook, each part missing there taking its default. */
export function portfolioChoiceOf(remembered: unknown): PortfolioChoice {
  const parsed = PortfolioChoiceSchema.safeParse(remembered ?? {});
  return parsed.success ? parsed.data : PortfolioChoiceSchema.parse({});
}

export const ANNUAL_BUDGET_HOW_TO =
  "Type an amount such as 600000, 600k or 1.2M, or leave it empty.";

/**
 * Reads the box with the engine's own rules for amounts written as text, by the workbook's
 * decimal separator (`600.000` is six hundred thousand in a German workbook), then checks it
 * against the settings' schema. A negative amount is read, so it is refused in words of its own.
 */
export function readAnnualBudget(text: string, decimal?: DecimalSeparator): AnnualBudgetReading {
  if (text.trim() === "") return { kind: "none" };
  const reading = readAmountText(text, decimal);
  if (reading.kind === "ambiguous") {
    return { kind: "invalid", message: sentence(`"${text.trim()}" ${ambiguityText(reading)}`) };
  }
  if (reading.kind === "unreadable") return { kind: "invalid", message: ANNUAL_BUDGET_HOW_TO };
  const amount = reading.value;
  if (!Number.isFinite(amount)) {
    return { kind: "invalid", message: "That amount is too large; type the budget for one year." };
  }
  const checked = PortfolioSettingsSchema.shape.annualBudget.safeParse(amount);
  if (!checked.success) {
    return { kind: "invalid", message: sentence(checked.error.issues[0]?.message) };
  }
  return { kind: "amount", amount: checked.data };
}

/** "the annual budget cannot be negative" → "The annual budget cannot be negative." */
function sentence(message: string | undefined): string {
  if (!message) return ANNUAL_BUDGET_HOW_TO;
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${message.endsWith(".") ? "" : "."}`;
}

/**
 * The box's text for a remembered amount, in the workbook's culture: `600,000` or `600.000`,
 * which reads back as the same amount there.
 */
export function formatAnnualBudget(
  amount: number | undefined,
  culture: NumberCulture = DEFAULT_CULTURE,
): string {
  return amount === undefined ? "" : formatAmount(amount, culture);
}

/** Annual value needs hours saved: without any, "maximise the annual value" would maximise 0. */
export function hasHoursSaved(read: ReadResult | undefined): boolean {
  return read?.useCases.some((useCase) => useCase.hoursSaved !== undefined) ?? false;
}

/** The objective the portfolio really uses: a remembered `value` falls back on a sheet without hours. */
export function objectiveFor(
  choice: PortfolioChoice,
  read: ReadResult | undefined,
): PortfolioChoice["objective"] {
  return choice.objective === "value" && !hasHoursSaved(read) ? "score" : choice.objective;
}

export interface ScoredWithPortfolio {
  readonly result: ScoringResult;
  /** Why there is no portfolio although a budget is set: the search ran past its limits. */
  readonly portfolioError?: string;
}

/**
 * The result with its portfolio when the budget reads as an amount. The search is exact and
 * fast for a workshop's sheet (≤ 30 ms for 200 candidates), so it runs on every change; a
 * pathological dependency web can exceed its limits, and then the pane says so instead.
 */
/** The portfolio settings a budget and a choice make for this result; undefined without a budget. */
export function portfolioSettingsFor(
  scored: ScoringResult,
  budget: AnnualBudgetReading,
  choice: PortfolioChoice,
): PortfolioSettings | undefined {
  if (budget.kind !== "amount") return undefined;
  return PortfolioSettingsSchema.parse({
    ...choice,
    objective: objectiveFor(choice, scored.read),
    annualBudget: budget.amount,
  });
}

/** The result with its portfolio, or the search's limit as a sentence instead. */
export function withSettledPortfolio(
  scored: ScoringResult,
  settings: PortfolioSettings | undefined,
): ScoredWithPortfolio {
  if (!settings) return { result: scored };
  try {
    return { result: withPortfolio(scored, settings) };
  } catch (caught) {
    if (caught instanceof PortfolioSearchLimitError) {
      return { result: scored, portfolioError: caught.message };
    }
    throw caught;
  }
}

export function withChosenPortfolio(
  scored: ScoringResult,
  budget: AnnualBudgetReading,
  choice: PortfolioChoice,
): ScoredWithPortfolio {
  return withSettledPortfolio(scored, portfolioSettingsFor(scored, budget, choice));
}
