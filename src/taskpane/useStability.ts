/**
 * The ranking's stability, worked out by itself once the settings have stood still for a
 * moment: 2,000 rankings with the weights (and raters' scores) drawn around the chosen ones.
 * It runs after the weights settle, never during a drag, and the pane says it is running.
 */
import { useEffect, useState } from "react";
import {
  PortfolioSettingsSchema,
  rankingStability,
  DEFAULT_STABILITY_SETTINGS,
  type ScoringResult,
  type StabilityReport,
} from "../core";

/** How long the settings stand still before the draws start. */
export const STABILITY_AFTER_MS = 600;

/**
 * The draws run on the UI thread: up to this many use cases they take a fraction of a second
 * once the weights settle; beyond it they are not run by themselves.
 */
export const STABILITY_MAX_USE_CASES = 500;

export type StabilityState =
  { readonly kind: "waiting" } | { readonly kind: "known"; readonly report: StabilityReport };

/** With an annual budget, each draw is also funded down its ranking: how often each stays funded. */
export function stabilityOf(result: ScoringResult): StabilityReport {
  const funding =
    result.portfolio &&
    PortfolioSettingsSchema.parse({ annualBudget: result.portfolio.annualBudget });
  // Every use case gets its range of ranks, the whole list down, not just the top few.
  return rankingStability(result, DEFAULT_STABILITY_SETTINGS, funding);
}

/** Whether the draws run by themselves for this result (see STABILITY_MAX_USE_CASES). */
function checked(result: ScoringResult | undefined): result is ScoringResult {
  return (
    result !== undefined &&
    result.ranked.length >= 2 &&
    result.ranked.length <= STABILITY_MAX_USE_CASES
  );
}

export function useStability(result: ScoringResult | undefined): StabilityState | undefined {
  const [known, setKnown] = useState<{ of: ScoringResult; report: StabilityReport }>();
  useEffect(() => {
    if (!checked(result)) return undefined;
    const timer = setTimeout(
      () => setKnown({ of: result, report: stabilityOf(result) }),
      STABILITY_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [result]);
  if (!checked(result)) return undefined;
  return known?.of === result ? { kind: "known", report: known.report } : { kind: "waiting" };
}
