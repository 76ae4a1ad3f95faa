/**
 * How stable the ranking is: a seeded Monte Carlo over the weights and, where there are raters,
 * over who rated what.
 *
 * Each draw
 * - takes weights from a Dirichlet distribution centred on the chosen ones: Dirichlet(c × w),
 *   w the chosen weights normalised to sum to 1 and c the concentration. Each weight then has
 *   mean w_i and standard deviation √(w_i (1 − w_i) / (c + 1)). At the default c = 100 and four
 *   equal weights that is 25 ± 4.3 points out of 100 (90% of draws within about 18 to 32): the
 *   size of the disagreement between people who would all say "roughly equal". An axis weighted
 *   0 stays exactly 0: a person who left an axis out did not mean "a little".
 * - resamples, for a use case with raters, each axis's rater scores with replacement (the
 *   bootstrap: as many scores as there are raters) and aggregates them, median or mean, as the
 *   scoring does. The median of a resample is drawn straight from its exact distribution (one
 *   uniform number, see bootstrapMedianTable) up to 64 raters. An axis without rater scores, or
 *   with one, keeps its score.
 * - ranks every use case by the order of DESIGN §2 (`compareForRank`), with the draw's weights
 *   and the draw's aggregated axis scores, tie-breaks included.
 *
 * Per use case: `pTop`, the share of draws that put it in the top K; the 5th and 95th percentile
 * of its rank over the draws, by the nearest-rank method (the P-th percentile of N ranks is the
 * ⌈P × N / 100⌉-th smallest, always a rank that occurred); and a label: `stable` when pTop ≥ 0.9,
 * `unlikely` when pTop ≤ 0.1, otherwise `contested`. Each draw fills exactly min(K, N) top
 * places, so the pTop values sum to min(K, N).
 *
 * Identical use cases (same axis scores, no raters) have the same score in every draw, so the
 * row decides between them in every draw, as it does in the plain ranking: the earlier row
 * keeps the better rank. The analysis measures what the weights and the raters change, not
 * the order of rows.
 *
 * The same seed gives the same numbers on every engine (see random.ts). The weights and the
 * rater resampling take separate streams of the seed, so the weights drawn do not depend on the
 * use cases.
 */
import { AXES, normaliseWeights, type Weights } from "../model";
import { dirichletSample, Xoshiro128 } from "./random";
import type { RaterAggregate } from "../read";
import { prepare, resampleRaters, scoreAll } from "./stabilityDraw";
import { radixSortable, rankByComparator, rankByRadix } from "./stabilityRanking";
import {
  DEFAULT_STABILITY_SETTINGS,
  labelOf,
  StabilityInputError,
  type FundRanking,
  type Stability,
  type StabilityCandidate,
  type StabilityReport,
  type StabilitySettings,
} from "./stabilitySettings";

// Ranks of every candidate in every draw are kept (2 bytes each up to 65,536 candidates):
// 10,000 use cases × 2,000 draws take 40 MB. Beyond this budget the run is refused with a
// message that says how many draws would fit.
const MAX_RANK_BYTES = 256 * 1024 * 1024;

/**
 * Runs the analysis. `settings` are taken as valid (parse them with StabilitySettingsSchema at
 * the boundary); `weights` as WeightsSchema accepts them.
 */
export function measureStability(
  candidates: readonly StabilityCandidate[],
  weights: Weights,
  settings: StabilitySettings = DEFAULT_STABILITY_SETTINGS,
  aggregate: RaterAggregate = "median",
  funding?: { readonly annualBudget: number; readonly fund: FundRanking },
): StabilityReport {
  const { draws, top, seed, concentration } = settings;
  const run = {
    draws,
    top,
    seed,
    concentration,
    ...(funding && { annualBudget: funding.annualBudget }),
  };
  const n = candidates.length;
  const seen = new Set<number>();
  for (const candidate of candidates) {
    if (seen.has(candidate.key))
      throw new StabilityInputError(`two use cases share the key ${candidate.key}`);
    seen.add(candidate.key);
  }
  const bytesPerRank = n <= 65536 ? 2 : 4;
  if (n * draws * bytesPerRank > MAX_RANK_BYTES) {
    const fits = Math.floor(MAX_RANK_BYTES / (n * bytesPerRank));
    throw new StabilityInputError(
      `${draws} draws over ${n} use cases need too much memory; use at most ${fits} draws`,
    );
  }
  if (n === 0) return { run, byKey: new Map() };

  const state = prepare(candidates, aggregate);
  const order = new Int32Array(n);
  // Rank − 1 of each candidate in each draw, draw by draw: a draw writes within its own n
  // entries, and percentiles read them back in blocks of candidates.
  const ranks = bytesPerRank === 2 ? new Uint16Array(n * draws) : new Uint32Array(n * draws);
  const inTop = new Int32Array(n);
  const funded = new Int32Array(n);
  const shown = Math.min(top, n);

  const shares = normaliseWeights(weights);
  const alphas = Float64Array.from(AXES, (axis) => concentration * shares[axis]);
  const drawn = new Float64Array(AXES.length);
  const weightRandom = Xoshiro128.fromSeed(seed, 0);
  const raterRandom = Xoshiro128.fromSeed(seed, 1);
  const rankDraw = radixSortable(state) ? rankByRadix(state) : rankByComparator(state);

  for (let draw = 0; draw < draws; draw++) {
    dirichletSample(weightRandom, alphas, drawn);
    resampleRaters(state, raterRandom, aggregate);
    scoreAll(state, drawn);
    rankDraw(order);
    const offset = draw * n;
    for (let position = 0; position < n; position++) {
      const index = order[position] as number;
      ranks[offset + index] = position;
      if (position < shown) inTop[index] = (inTop[index] as number) + 1;
    }
    if (funding) {
      const chosen = funding.fund(order);
      for (let index = 0; index < n; index++) {
        if (chosen[index]) funded[index] = (funded[index] as number) + 1;
      }
    }
  }

  const percentiles = rankPercentiles(ranks, n, draws);
  const byKey = new Map<number, Stability>();
  candidates.forEach((candidate, index) => {
    const pTop = (inTop[index] as number) / draws;
    const p5 = (percentiles[2 * index] as number) + 1;
    const p95 = (percentiles[2 * index + 1] as number) + 1;
    const stability = { pTop, p5, p95, label: labelOf(pTop) };
    byKey.set(
      candidate.key,
      funding ? { ...stability, pFunded: (funded[index] as number) / draws } : stability,
    );
  });
  return { run, byKey };
}

/**
 * Per candidate, the 5th and 95th percentile of its 0-based ranks, nearest rank: the
 * ⌈P N / 100⌉-th smallest of N. Candidates are read in blocks (one cache line of each draw serves
 * the whole block), and each selection counts ranks over the candidate's own range of ranks.
 */
function rankPercentiles(ranks: Uint16Array | Uint32Array, n: number, draws: number): Int32Array {
  const low = Math.ceil((5 * draws) / 100) - 1;
  const high = Math.ceil((95 * draws) / 100) - 1;
  const block = 32;
  const gathered = new Int32Array(block * draws);
  const tally = new Int32Array(n);
  const result = new Int32Array(2 * n);
  for (let first = 0; first < n; first += block) {
    const size = Math.min(block, n - first);
    for (let draw = 0; draw < draws; draw++) {
      const row = draw * n + first;
      for (let j = 0; j < size; j++) gathered[j * draws + draw] = ranks[row + j] as number;
    }
    for (let j = 0; j < size; j++) {
      let least = n;
      let most = 0;
      for (let draw = j * draws; draw < (j + 1) * draws; draw++) {
        const rank = gathered[draw] as number;
        tally[rank] = (tally[rank] as number) + 1;
        if (rank < least) least = rank;
        if (rank > most) most = rank;
      }
      let seen = 0;
      let rank = least;
      while ((seen += tally[rank] as number) <= low) rank++;
      result[2 * (first + j)] = rank;
      while (seen <= high) seen += tally[++rank] as number;
      result[2 * (first + j) + 1] = rank;
      tally.fill(0, least, most + 1);
    }
  }
  return result;
}
