/**
 * The Scoring log sheet: one row a run, with a fingerprint of the input and what moved since the
 * last run.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { describeMove, type RankMove } from "./scoringLogMoves";
export { planScoringLog, type ScoringLogPlan } from "./scoringLogPlan";
