/** The four axes every use case is scored on, in the order the contract lists them. */

export type Axis = "value" | "feasibility" | "dataReadiness" | "regulatoryRisk";

export const AXES: readonly Axis[] = ["value", "feasibility", "dataReadiness", "regulatoryRisk"];

export const AXIS_LABELS: Readonly<Record<Axis, string>> = {
  value: "Business value",
  feasibility: "Technical feasibility",
  dataReadiness: "Data readiness",
  regulatoryRisk: "Regulatory risk",
};

/** A score from 1 to 5 on each axis. */
export type AxisScores = Readonly<Record<Axis, number>>;

/**
 * An axis score mapped onto 0..1 where 1 is always "better": regulatory risk is inverted
 * because a high risk makes a use case less attractive.
 */
export function normalisedAxis(axis: Axis, score: number): number {
  return axis === "regulatoryRisk" ? (5 - score) / 4 : (score - 1) / 4;
}
