/**
 * The stability analysis's working state for its draws (stability.ts): every candidate's axis
 * scores and raters in typed arrays, the raters resampled and the scores recomputed per draw
 * without allocating.
 */
import { AXES, normalisedAxis, type Axis } from "../model";
import { bootstrapMedianTable, Xoshiro128 } from "./random";
import { AXIS_TIE_BREAKS, SCORE_COMPARISON_SCALE } from "../rank";
import type { RaterAggregate } from "../read";
import type { StabilityCandidate } from "./stabilitySettings";

// ---------------------------------------------------------------------------------------------
// The working state, in typed arrays of 4 entries per candidate, so that a draw allocates
// nothing.

// Per axis (in AXES order): its place among the tie-breaks, and −1 where lower ranks first.
const TIE_POSITION = AXES.map((axis) => AXIS_TIE_BREAKS.findIndex((each) => each.axis === axis));
const TIE_SIGN = AXES.map((axis) =>
  AXIS_TIE_BREAKS.find((each) => each.axis === axis)?.prefer === "lower" ? -1 : 1,
);

export interface DrawState {
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

export function prepare(
  candidates: readonly StabilityCandidate[],
  aggregate: RaterAggregate,
): DrawState {
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
export function resampleRaters(
  state: DrawState,
  random: Xoshiro128,
  aggregate: RaterAggregate,
): void {
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
export function scoreAll(state: DrawState, weights: Float64Array): void {
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
