/**
 * Ranking one draw of the stability analysis (stability.ts) by DESIGN §2's order: a radix sort
 * of whole-number keys where the scores allow it, else a comparator sort; ties broken as
 * compareForRank breaks them.
 */
import { SCORE_COMPARISON_SCALE } from "../rank";
import type { DrawState } from "./stabilityDraw";

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
export function radixSortable(state: DrawState): boolean {
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
export function rankByRadix(state: DrawState): (order: Int32Array) => void {
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
export function rankByComparator(state: DrawState): (order: Int32Array) => void {
  const { n, scaled } = state;
  const breakTie = tieBreaker(state);
  const compare = (a: number, b: number): number =>
    (scaled[b] as number) - (scaled[a] as number) || breakTie(a, b);
  return (order) => {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort(compare);
  };
}
