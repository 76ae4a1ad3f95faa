/**
 * Settings that cross a boundary (CLI flags, the task pane, document settings) are checked
 * here with zod, so the engine inside works on plain, valid values.
 */
import * as z from "zod";
import { AXES, type Axis } from "./axes";
import { ValueSettingsSchema } from "./expectedValue";
import { FIELD_SYNONYMS, type Field } from "./fields";
import { isQuarter } from "./quarter";

const weight = z.number().finite().min(0, "a weight cannot be negative");

export const WeightsSchema = z
  .object({ value: weight, feasibility: weight, dataReadiness: weight, regulatoryRisk: weight })
  .refine((weights) => AXES.some((axis) => weights[axis] > 0), {
    message: "at least one weight must be above 0",
  });

/** One weight per axis, as a person typed them (any non-negative numbers). */
export type Weights = Readonly<Record<Axis, number>>;

export const DEFAULT_WEIGHTS: Weights = {
  value: 25,
  feasibility: 25,
  dataReadiness: 25,
  regulatoryRisk: 25,
};

/** Weights scaled to sum to 1 (DESIGN §2). */
export function normaliseWeights(weights: Weights): Weights {
  const total = AXES.reduce((sum, axis) => sum + weights[axis], 0);
  return {
    value: weights.value / total,
    feasibility: weights.feasibility / total,
    dataReadiness: weights.dataReadiness / total,
    regulatoryRisk: weights.regulatoryRisk / total,
  };
}

export const QuarterSchema = z
  .string()
  .refine(isQuarter, { message: "expected a quarter such as 2027-Q1" });

export const RoadmapSettingsSchema = z.object({
  /** First quarter of the roadmap, e.g. `2027-Q1`. */
  start: QuarterSchema,
  /** Quarters the roadmap covers. */
  horizon: z.number().int().min(1).max(12).default(4),
  /** How many use cases may run in one quarter. */
  slotsPerQuarter: z.number().int().min(1, "slots per quarter must be at least 1").default(3),
  /** Most that may be spent in one quarter; unset means no cap. */
  quarterBudget: z.number().finite().min(0, "the quarterly budget cannot be negative").optional(),
});

export type RoadmapSettings = Readonly<z.output<typeof RoadmapSettingsSchema>>;

export const ScoringSettingsSchema = z.object({
  weights: WeightsSchema.default(DEFAULT_WEIGHTS),
  roadmap: RoadmapSettingsSchema,
  /** How several raters' scores on one axis combine; median unless set. */
  aggregate: z.enum(["median", "mean"]).optional(),
  /** Hourly rate and working weeks for the expected value; 85 and 46 unless set. */
  value: ValueSettingsSchema.optional(),
  /** Set when the weights came from pairwise comparison: the six judgements and their CR. */
  pairwise: z
    .object({
      judgements: z.array(z.number().positive()).length(6),
      consistencyRatio: z.number().min(0),
    })
    .optional(),
});

export type ScoringSettings = Readonly<z.output<typeof ScoringSettingsSchema>>;

const FIELD_NAMES = Object.keys(FIELD_SYNONYMS) as [Field, ...Field[]];

/** Header overrides as stored in a workbook's settings: normalised header → field or `ignore`. */
export const HeaderOverridesSchema = z.record(z.string(), z.enum([...FIELD_NAMES, "ignore"]));
