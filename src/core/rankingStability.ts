/**
 * The stability analysis applied to a scoring result: every scored use case, with its raters'
 * scores when there are raters, under the result's own weights.
 */
import type { ScoringResult } from "./scoreWorkbook";
import { measureStability, type StabilityReport, type StabilitySettings } from "./stability";

export function rankingStability(
  result: ScoringResult,
  settings: StabilitySettings,
): StabilityReport {
  return measureStability(
    result.ranked.map(({ useCase }) => ({
      key: useCase.row,
      row: useCase.row,
      scores: useCase.scores,
      ...(useCase.raters && { raterScores: useCase.raters.scores }),
    })),
    result.settings.weights,
    settings,
    result.settings.aggregate ?? "median",
  );
}

/** The result with its stability attached, for the Ranked sheet and the JSON report. */
export function withStability(result: ScoringResult, settings: StabilitySettings): ScoringResult {
  return { ...result, stability: rankingStability(result, settings) };
}
