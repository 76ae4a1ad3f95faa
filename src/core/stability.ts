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
import { z } from "zod";
import { AXES, normalisedAxis, type Axis, type AxisScores } from "./axes";
import { bootstrapMedianTable, dirichletSample, Xoshiro128 } from "./random";
import { AXIS_TIE_BREAKS, SCORE_COMPARISON_SCALE } from "./rank";
import type { RaterAggregate } from "./raters";
import { normaliseWeights, type Weights } from "./settings";

export const StabilitySettingsSchema = z.object({
  /** How many sets of weights (and rater samples) to draw. */
  draws: z
    .number()
    .int("the number of draws must be a whole number")
    .min(100, "use at least 100 draws: fewer make the percentages too rough")
    .max(100_000, "use at most 100,000 draws")
    .default(2000),
  /** K: the size of the top group whose membership is counted. */
  top: z
    .number()
    .int("the top must be a whole number")
    .min(1, "the top must be at least 1")
    .default(5),
  /** Any whole number; the same seed gives the same numbers. */
  seed: z.number().int("the seed must be a whole number").default(1),
  /**
   * c in Dirichlet(c × weights): higher keeps each draw's weights closer to the chosen ones.
   * Standard deviation of a weight w (as a share of 1): √(w (1 − w) / (c + 1)).
   */
  concentration: z.number().finite().positive("the concentration must be above 0").default(100),
});

export type StabilitySettings = Readonly<z.output<typeof StabilitySettingsSchema>>;

export const DEFAULT_STABILITY_SETTINGS: StabilitySettings = StabilitySettingsSchema.parse({});

export interface StabilityCandidate {
  /** Identifies the use case in the result; unique. */
  readonly key: number;
  /** The axis scores (aggregated, when there are raters), each used as is where no rater scored. */
  readonly scores: AxisScores;
  /** Source row: the last tie-break; unique, as on a sheet. */
  readonly row: number;
  /** Per axis, the raters' scores; with none the axis keeps its score, with one that score. */
  readonly raterScores?: Readonly<Record<Axis, readonly number[]>>;
}

export type StabilityLabel = "stable" | "contested" | "unlikely";

export interface Stability {
  /** Share of draws with the use case in the top K, 0..1. */
  readonly pTop: number;
  /** 5th percentile of its rank over the draws (nearest rank): the better end. */
  readonly p5: number;
  /** 95th percentile of its rank over the draws (nearest rank): the worse end. */
  readonly p95: number;
  readonly label: StabilityLabel;
  /**
   * With an annual budget: the share of draws in which funding down that draw's ranking (the
   * rank-order rule of portfolio.ts) funds it, i.e. it stays above the funding line.
   */
  readonly pFunded?: number;
}

/**
 * Funds one draw's ranking: `order` lists candidate indices best first; the answer is non-zero
 * at the index of each candidate funded.
 */
export type FundRanking = (order: Int32Array) => ArrayLike<number>;

export interface StabilityReport {
  /** The settings the run used. */
  readonly run: {
    readonly draws: number;
    readonly top: number;
    readonly seed: number;
    readonly concentration: number;
    /** Set when each draw was funded against an annual budget. */
    readonly annualBudget?: number;
  };
  /** By candidate key. */
  readonly byKey: ReadonlyMap<number, Stability>;
}

/** The input cannot be analysed as given; the message says why. */
export class StabilityInputError extends RangeError {
  override readonly name = "StabilityInputError";
}

export const STABLE_AT = 0.9;
export const UNLIKELY_AT = 0.1;

export function labelOf(pTop: number): StabilityLabel {
  if (pTop >= STABLE_AT) return "stable";
  if (pTop <= UNLIKELY_AT) return "unlikely";
  return "contested";
}

/** A share as a whole percentage that never rounds a "sometimes" into "never" or "always". */
function percent(share: number): string {
  if (share <= 0) return "0%";
  if (share >= 1) return "100%";
  return `${Math.min(99, Math.max(1, Math.round(share * 100)))}%`;
}

/**
 * One sentence for the task pane: "Stable in the top 5 in 97% of draws; rank 1–3 in 90% of
 * draws." (By the nearest-rank method, at least 90% of draws put the rank between p5 and p95.)
 * With an annual budget it ends "…; above the funding line in 84% of draws."
 */
export function describeStability(stability: Stability, top: number): string {
  const share = `${percent(stability.pTop)} of draws`;
  const lead =
    stability.label === "stable"
      ? `Stable in the top ${top} in ${share}`
      : stability.label === "unlikely"
        ? `Unlikely to make the top ${top} (in ${share})`
        : `Contested: in the top ${top} in ${share}`;
  const { p5, p95, pFunded } = stability;
  const funded =
    pFunded === undefined ? "" : `; above the funding line in ${percent(pFunded)} of draws`;
  return `${lead}; rank ${p5 === p95 ? p5 : `${p5}–${p95}`} in 90% of draws${funded}.`;
}

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

// ---------------------------------------------------------------------------------------------
// The working state, in typed arrays of 4 entries per candidate, so that a draw allocates
// nothing.

// Per axis (in AXES order): its place among the tie-breaks, and −1 where lower ranks first.
const TIE_POSITION = AXES.map((axis) => AXIS_TIE_BREAKS.findIndex((each) => each.axis === axis));
const TIE_SIGN = AXES.map((axis) =>
  AXIS_TIE_BREAKS.find((each) => each.axis === axis)?.prefer === "lower" ? -1 : 1,
);

interface DrawState {
  readonly n: number;
  /**
   * The axis scores (the draw's aggregate where raters are resampled) in tie-break order,
   * candidate × 4 + position in AXIS_TIE_BREAKS, negated where lower ranks first: the
   * comparator then reads "higher first" throughout.
   */
  readonly tieScores: Float64Array;
  /** Candidate × 4 + axis (AXES order): the axis scores mapped by normalisedAxis. */
  readonly normalised: Float64Array;
  readonly rows: Float64Array;
  /** Score × SCORE_COMPARISON_SCALE, rounded: comparableScore's value times that scale. */
  readonly scaled: Float64Array;
  /** Resampled axes: where they go (candidate × 4 + axis), and their sorted scores. */
  readonly slotTarget: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotCount: Int32Array;
  readonly raterValues: Float64Array;
  /**
   * Bootstrap median tables (bootstrapMedianTable) for each rater count, end to end, and per slot
   * where its table starts, or −1 when the slot resamples rater by rater.
   */
  readonly slotTable: Int32Array;
  readonly tableCumulative: Float64Array;
  readonly tableLow: Int32Array;
  readonly tableHigh: Int32Array;
  readonly tally: Int32Array;
  /** The largest |normalised axis| any draw can see. */
  readonly reach: number;
}

function prepare(candidates: readonly StabilityCandidate[], aggregate: RaterAggregate): DrawState {
  const tableStarts = new Map<number, number>();
  const cumulative: number[] = [];
  const lows: number[] = [];
  const highs: number[] = [];
  const n = candidates.length;
  const tieScores = new Float64Array(n * 4);
  const normalised = new Float64Array(n * 4);
  const rows = new Float64Array(n);
  const targets: number[] = [];
  const starts: number[] = [];
  const counts: number[] = [];
  const values: number[] = [];
  let reach = 0;
  candidates.forEach((candidate, index) => {
    rows[index] = candidate.row;
    AXES.forEach((axis, a) => {
      const raters = candidate.raterScores?.[axis] ?? [];
      // One rater resamples to the same score every time: fixed at that score.
      const fixed = raters.length === 1 ? (raters[0] as number) : candidate.scores[axis];
      tieScores[index * 4 + (TIE_POSITION[a] as number)] = (TIE_SIGN[a] as number) * fixed;
      normalised[index * 4 + a] = normalisedAxis(axis, fixed);
      reach = Math.max(reach, Math.abs(normalisedAxis(axis, fixed)));
      if (raters.length < 2) return;
      targets.push(index * 4 + a);
      starts.push(values.length);
      counts.push(raters.length);
      // Median and mean of a resample both lie within the raters' range.
      for (const score of [...raters].sort((x, y) => x - y)) {
        values.push(score);
        reach = Math.max(reach, Math.abs(normalisedAxis(axis, score)));
      }
    });
  });
  return {
    n,
    tieScores,
    normalised,
    rows,
    scaled: new Float64Array(n),
    slotTarget: Int32Array.from(targets),
    slotStart: Int32Array.from(starts),
    slotCount: Int32Array.from(counts),
    raterValues: Float64Array.from(values),
    slotTable: Int32Array.from(counts, (count) => {
      if (aggregate !== "median" || count > MEDIAN_TABLE_RATERS) return -1;
      const known = tableStarts.get(count);
      if (known !== undefined) return known;
      const table = bootstrapMedianTable(count);
      tableStarts.set(count, cumulative.length);
      cumulative.push(...table.cumulative);
      lows.push(...table.low);
      highs.push(...table.high);
      return cumulative.length - table.cumulative.length;
    }),
    tableCumulative: Float64Array.from(cumulative),
    tableLow: Int32Array.from(lows),
    tableHigh: Int32Array.from(highs),
    tally: new Int32Array(counts.reduce((most, count) => Math.max(most, count), 0)),
    reach,
  };
}

// Up to this many raters on an axis, the bootstrap median is drawn from its exact distribution
// with one uniform number (bootstrapMedianTable); beyond it, by resampling the raters one by one.
const MEDIAN_TABLE_RATERS = 64;

/** One bootstrap resample per rated axis, aggregated as the scoring does (aggregateScores). */
function resampleRaters(state: DrawState, random: Xoshiro128, aggregate: RaterAggregate): void {
  const { slotTarget, slotStart, slotCount, slotTable, raterValues, tieScores, normalised } = state;
  const { tableCumulative, tableLow, tableHigh } = state;
  for (let slot = 0; slot < slotTarget.length; slot++) {
    const start = slotStart[slot] as number;
    const count = slotCount[slot] as number;
    let entry = slotTable[slot] as number;
    let value: number;
    if (entry >= 0) {
      const u = random.nextOpen();
      while (u > (tableCumulative[entry] as number)) entry++;
      value =
        ((raterValues[start + (tableLow[entry] as number)] as number) +
          (raterValues[start + (tableHigh[entry] as number)] as number)) /
        2;
    } else if (aggregate === "mean") {
      let sum = 0;
      for (let i = 0; i < count; i++) sum += raterValues[start + random.nextBelow(count)] as number;
      value = sum / count;
    } else value = resampledMedian(state.tally, raterValues, start, count, random);
    const target = slotTarget[slot] as number;
    const candidate = target - (target & 3);
    const axis = target & 3;
    tieScores[candidate + (TIE_POSITION[axis] as number)] = (TIE_SIGN[axis] as number) * value;
    normalised[target] = normalisedAxis(AXES[axis] as Axis, value);
  }
}

/**
 * The median of one resample of many raters: count how often each sorted score is drawn and
 * walk the counts to the middle, O(raters) with no sorting; for an even count, the mean of the
 * two middle scores.
 */
function resampledMedian(
  tally: Int32Array,
  sorted: Float64Array,
  start: number,
  count: number,
  random: Xoshiro128,
): number {
  tally.fill(0, 0, count);
  for (let i = 0; i < count; i++) {
    const picked = random.nextBelow(count);
    tally[picked] = (tally[picked] as number) + 1;
  }
  let seen = 0;
  let index = -1;
  while (seen <= (count - 1) >> 1) seen += tally[++index] as number;
  const low = sorted[start + index] as number;
  while (seen <= count >> 1) seen += tally[++index] as number;
  return (low + (sorted[start + index] as number)) / 2;
}

/** Every candidate's score with this draw's weights, summed in AXES order as scoreOf does. */
function scoreAll(state: DrawState, weights: Float64Array): void {
  const { n, normalised, scaled } = state;
  const w0 = weights[0] as number;
  const w1 = weights[1] as number;
  const w2 = weights[2] as number;
  const w3 = weights[3] as number;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    let sum = 0;
    sum += w0 * (normalised[j] as number);
    sum += w1 * (normalised[j + 1] as number);
    sum += w2 * (normalised[j + 2] as number);
    sum += w3 * (normalised[j + 3] as number);
    scaled[i] = Math.round(100 * sum * SCORE_COMPARISON_SCALE);
  }
}

/** compareForRank's tie-breaks after the score, over the typed arrays. */
function tieBreaker(state: DrawState): (a: number, b: number) => number {
  const { tieScores, rows } = state;
  return (a, b) => {
    for (let i = a * 4, j = b * 4, end = j + 4; j < end; i++, j++) {
      const byAxis = (tieScores[j] as number) - (tieScores[i] as number);
      if (byAxis) return byAxis;
    }
    return (rows[a] as number) - (rows[b] as number);
  };
}

/** A bound on |scaled score| in any draw: the weights sum to 1, give or take rounding. */
function largestScaled(state: DrawState): number {
  return Math.ceil(100 * state.reach * SCORE_COMPARISON_SCALE * (1 + 1e-9)) + 2;
}

/** Whether every key largest − scaled (0 to 2 × largest) is an exact integer in a double. */
function radixSortable(state: DrawState): boolean {
  return 2 * largestScaled(state) < Number.MAX_SAFE_INTEGER;
}

/**
 * The fast way, a stable least-significant-digit radix sort of the whole-number keys
 * largest − scaled (so the highest score comes first), starting from the candidates in the
 * tie-break order of their fixed scores: equal scores keep that order, which is the rank order
 * unless raters moved an axis; then only runs of equal scores are re-sorted by the tie-breaks.
 * Digits of 8 to 13 bits, by the number of candidates: for 10,000, three passes over 8,192
 * buckets; a pass whose digit is the same for everyone is skipped.
 */
function rankByRadix(state: DrawState): (order: Int32Array) => void {
  const { n, scaled, slotTarget } = state;
  const largest = largestScaled(state);
  let bits = 1;
  while (2 ** bits <= 2 * largest) bits++;
  let width = 8;
  while (width < 13 && 2 ** width < n) width++;
  const passes = Math.ceil(bits / width);
  const radix = 2 ** width;
  const digits = new Uint16Array(passes * n);
  const counts = new Int32Array(passes * radix);
  const breakTie = tieBreaker(state);
  const initial = Int32Array.from({ length: n }, (_, index) => index).sort(breakTie);
  const spare = new Int32Array(n);
  const reorderTies = slotTarget.length > 0;
  return (order) => {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      // Digits by exact division of the whole-number key by the radix.
      let rest = largest - (scaled[i] as number);
      for (let pass = 0; pass < passes; pass++) {
        const next = Math.floor(rest / radix);
        const digit = rest - next * radix;
        rest = next;
        digits[pass * n + i] = digit;
        counts[pass * radix + digit] = (counts[pass * radix + digit] as number) + 1;
      }
    }
    let from: Int32Array = order;
    let to: Int32Array = spare;
    from.set(initial);
    for (let pass = 0; pass < passes; pass++) {
      const base = pass * radix;
      let total = 0;
      let everyone = false;
      for (let digit = 0; digit < radix; digit++) {
        const count = counts[base + digit] as number;
        if (count === n) everyone = true;
        counts[base + digit] = total;
        total += count;
      }
      if (everyone) continue;
      const own = pass * n;
      for (let j = 0; j < n; j++) {
        const index = from[j] as number;
        const slot = base + (digits[own + index] as number);
        const at = counts[slot] as number;
        to[at] = index;
        counts[slot] = at + 1;
      }
      const swap = from;
      from = to;
      to = swap;
    }
    if (from !== order) order.set(from);
    if (reorderTies) sortEqualScores(order, scaled, breakTie);
  };
}

/** Re-sorts each run of equal scores by the tie-breaks: insertion sort, as runs are short. */
function sortEqualScores(
  order: Int32Array,
  scaled: Float64Array,
  breakTie: (a: number, b: number) => number,
): void {
  const n = order.length;
  let start = 0;
  while (start < n) {
    const score = scaled[order[start] as number] as number;
    let end = start + 1;
    while (end < n && scaled[order[end] as number] === score) end++;
    if (end - start > 32) order.subarray(start, end).sort(breakTie);
    else {
      for (let i = start + 1; i < end; i++) {
        const index = order[i] as number;
        let j = i - 1;
        for (; j >= start && breakTie(order[j] as number, index) > 0; j--)
          order[j + 1] = order[j] as number;
        order[j + 1] = index;
      }
    }
    start = end;
  }
}

/** The general way, for scores too far outside 1..5 for exact keys: a comparator sort. */
function rankByComparator(state: DrawState): (order: Int32Array) => void {
  const { n, scaled } = state;
  const breakTie = tieBreaker(state);
  const compare = (a: number, b: number): number =>
    (scaled[b] as number) - (scaled[a] as number) || breakTie(a, b);
  return (order) => {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort(compare);
  };
}
