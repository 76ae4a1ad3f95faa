/**
 * Charts drawn from a ScoringResult as scenes (shapes) and as chart descriptions.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export {
  CHART_AXIS,
  CHART_SERIES,
  CHART_TITLE,
  CHART_X_TITLE,
  CHART_Y_TITLE,
  type ChartPoint,
  chartPointsOf,
  type ChartSize,
  DEFAULT_CHART_SIZE,
  valueFeasibilityScene,
  valueFeasibilitySceneOf,
} from "./valueFeasibilityChart";
