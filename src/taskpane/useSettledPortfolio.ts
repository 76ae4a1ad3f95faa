/**
 * The result with its portfolio, worked out by a PortfolioRunner (a Web Worker in the browser)
 * for the latest settings. Until it answers, the last portfolio worked out stays on the new
 * ranking, marked as pending, so the funding line does not blink at every step of a drag.
 */
import { useEffect, useMemo, useState } from "react";
import type { PortfolioSettings, ScoringResult } from "../core";
import type { PortfolioRunner } from "./engine/portfolioRunner";
import { withSettledPortfolio, type ScoredWithPortfolio } from "./portfolioChoice";

export interface SettledPortfolio extends ScoredWithPortfolio {
  /** True while the portfolio shown is for earlier settings. */
  readonly pending: boolean;
}

export function useSettledPortfolio(
  scored: ScoringResult | undefined,
  settings: PortfolioSettings | undefined,
  runner: PortfolioRunner,
): SettledPortfolio | undefined {
  const [answered, setAnswered] = useState<{
    of: ScoringResult;
    settings: PortfolioSettings;
    answer: ScoredWithPortfolio;
  }>();

  useEffect(() => {
    if (!scored || !settings || runner.inThread) return;
    runner.run({ scored, settings }, (answer) => setAnswered({ of: scored, settings, answer }));
  }, [scored, settings, runner]);

  // One object per state, not per render: the ranking's marks compare results by identity.
  return useMemo((): SettledPortfolio | undefined => {
    if (!scored) return undefined;
    if (!settings) return { result: scored, pending: false };
    if (runner.inThread) return { ...withSettledPortfolio(scored, settings), pending: false };
    if (answered?.of === scored && answered.settings === settings) {
      return { ...answered.answer, pending: false };
    }
    // Another sheet, or no portfolio yet: the ranking alone, until the search answers.
    const last = answered?.of.read === scored.read ? answered?.answer.result : undefined;
    const result: ScoringResult = last?.portfolio
      ? {
          ...scored,
          portfolio: last.portfolio,
          ...(settings.roadmapFrom === "portfolio" && {
            roadmap: last.roadmap,
            problems: last.problems,
          }),
        }
      : scored;
    return { result, pending: true };
  }, [scored, settings, answered, runner]);
}
