/**
 * Stability: how often each use case keeps its rank and its funding when the raters' scores and
 * the weights are redrawn.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { measureStability } from "./stability";
export {
  DEFAULT_STABILITY_SETTINGS,
  describeStability,
  type Stability,
  type StabilityLabel,
  type StabilityReport,
  type StabilitySettings,
  StabilitySettingsSchema,
} from "./stabilitySettings";
