/**
 * Rank stage: score and order the use cases on the weighted axes, and weights from pairwise
 * (AHP) judgements.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { parsePairwiseList, shownJudgement, weightsFromPairwise } from "./ahp";
export { CONSISTENCY_LIMIT } from "./ahpConsistency";
export { AXIS_PAIRS } from "./ahpJudgements";
export { AXIS_TIE_BREAKS, type RankedUseCase, rankUseCases, SCORE_COMPARISON_SCALE } from "./rank";
