/**
 * How many places each use case moved with the last change of settings, for the ▲/▼ marks.
 * A slider drag is many changes in a row; the marks compare with the ranking before the drag
 * began (the last one that stood for a moment), not with the previous tick, and they stay until
 * the next change: the room sees where each use case went, not a flicker.
 */
import { useState } from "react";
import type { ScoringResult } from "../core";

/** A ranking standing this long counts as where the next change starts from. */
export const SETTLED_AFTER_MS = 700;

interface Tracked {
  readonly of?: ScoringResult | undefined;
  readonly ranks: ReadonlyMap<number, number>;
  readonly changedAt: number;
  /** The ranking the current burst of changes started from. */
  readonly baseline?: ReadonlyMap<number, number>;
  readonly moves: ReadonlyMap<number, number>;
}

const ranksOf = (result: ScoringResult | undefined): ReadonlyMap<number, number> =>
  new Map((result?.ranked ?? []).map((entry) => [entry.useCase.row, entry.rank]));

/** By source row: places moved up (positive) or down (negative); unmoved rows are absent. */
export function useRankMoves(
  result: ScoringResult | undefined,
  now: () => number = Date.now,
): ReadonlyMap<number, number> {
  const [tracked, setTracked] = useState<Tracked>({
    ranks: new Map(),
    changedAt: -Infinity,
    moves: new Map(),
  });
  if (result === tracked.of) return tracked.moves;

  // Storing what the previous render saw, as React's docs do for derived state.
  const at = now();
  const ranks = ranksOf(result);
  // Another sheet, or rows read again: nothing to compare with.
  const comparable = tracked.of !== undefined && result?.read === tracked.of.read;
  const baseline = !comparable
    ? undefined
    : at - tracked.changedAt > SETTLED_AFTER_MS || tracked.baseline === undefined
      ? tracked.ranks
      : tracked.baseline;
  const moves = new Map<number, number>();
  if (baseline) {
    for (const [row, rank] of ranks) {
      const before = baseline.get(row);
      if (before !== undefined && before !== rank) moves.set(row, before - rank);
    }
  }
  setTracked({
    of: result,
    ranks,
    changedAt: at,
    ...(baseline && { baseline }),
    moves,
  });
  return moves;
}
