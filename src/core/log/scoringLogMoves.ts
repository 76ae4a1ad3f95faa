/**
 * "What moved since the last run": which use cases changed rank, and why, in the words of the
 * room — a weight that changed, one of its own axis scores that changed, or another use case
 * that rose above it or fell below it. The previous run is a `Scoring log` row (or the pane's
 * last run, logged the same way), so the comparison needs nothing but the log.
 */
import { AXES, AXIS_LABELS, type Axis, type AxisScores, type Weights } from "../model";
import type { ScoringResult } from "../score";
import {
  AXIS_LOG_NAMES,
  loggedScore,
  loggedWeights,
  MAX_LOGGED_RANKS,
  type LoggedRank,
  type LoggedRun,
} from "./scoringLogRun";

export interface RankMove {
  readonly id: string;
  /** Rank in the previous run; `null` when it was not ranked then (or not among those logged). */
  readonly from: number | null;
  /** Rank now; `null` when it is no longer ranked. */
  readonly to: number | null;
  /** Why, as a clause: `the business value weight went from 25 to 15`. */
  readonly because: string;
  /** The move in a few words, for one cell of text: `AI-07 2→5 (value weight 25→15)`. */
  readonly summary: string;
}

/** One axis number that changed, either a use case's score or a weight. */
interface Change {
  readonly axis: Axis;
  readonly from: string;
  readonly to: string;
}

interface Reason {
  readonly because: string;
  /** Empty when the arrow says it all (a new or removed use case). */
  readonly briefly: string;
}

/** A use case of the previous run matched with the same use case now. */
interface Pair {
  readonly id: string;
  readonly before: LoggedRank;
  readonly now: LoggedRank;
  readonly ownChanges: readonly Change[];
}

/** Others named as the reason a use case moved; the rest are counted. */
const NAMED_OTHERS = 2;

/**
 * The rank changes between the previous run and this one, the ones nearest the top first.
 * Use cases are matched by id ignoring case (a repeated id: first with first). Only the
 * best-ranked `MAX_LOGGED_RANKS` of this run are looked at for newcomers, as the log keeps
 * no more than that of a run.
 */
export function whatMoved(previous: LoggedRun, current: ScoringResult): RankMove[] {
  const now = current.ranked.map(({ useCase, rank }) => ({
    id: useCase.id,
    rank,
    scores: useCase.scores,
  }));
  const waiting = new Map<string, LoggedRank[]>();
  for (const entry of previous.ranks) {
    const key = entry.id.toLowerCase();
    const queue = waiting.get(key);
    if (queue) queue.push(entry);
    else waiting.set(key, [entry]);
  }

  const pairs: Pair[] = [];
  const arrivals: LoggedRank[] = [];
  for (const entry of now) {
    const before = waiting.get(entry.id.toLowerCase())?.shift();
    if (before) {
      const ownChanges = scoreChanges(before.scores, entry.scores);
      pairs.push({ id: entry.id, before, now: entry, ownChanges });
    } else if (entry.rank <= MAX_LOGGED_RANKS) {
      arrivals.push(entry);
    }
  }
  const departures = [...waiting.values()].flat().sort((a, b) => a.rank - b.rank);
  const weightReason = weightsReason(previous.weights, current.settings.weights);
  const truncated = previous.ranksLeftOut > 0;
  const notScoredNow = new Set(current.read.notScored.map((row) => row.id.toLowerCase()));

  const moves: RankMove[] = [];
  for (const pair of pairs) {
    if (pair.before.rank === pair.now.rank) continue;
    const reason = pairReason(pair, weightReason, pairs, arrivals, departures);
    moves.push(moveOf(pair.id, pair.before.rank, pair.now.rank, reason));
  }
  for (const entry of arrivals) {
    const reason: Reason = truncated
      ? {
          because: `it was not among the ${previous.ranks.length} best-ranked kept in the log last time`,
          briefly: `was below ${previous.ranks.length}`,
        }
      : { because: "it is new to the ranking", briefly: "" };
    moves.push(moveOf(entry.id, null, entry.rank, reason));
  }
  for (const entry of departures) {
    const reason: Reason = notScoredNow.has(entry.id.toLowerCase())
      ? { because: "it is no longer scored: see its problems", briefly: "not scored" }
      : { because: "it is no longer on the sheet", briefly: "" };
    moves.push(moveOf(entry.id, entry.rank, null, reason));
  }
  // Nearest the top first, where the room looks; at the same rank, where it is now first.
  const last = Number.MAX_SAFE_INTEGER;
  const nearestTop = (move: RankMove): number => Math.min(move.from ?? last, move.to ?? last);
  return moves.sort((a, b) => nearestTop(a) - nearestTop(b) || (a.to ?? last) - (b.to ?? last));
}

/**
 * The moves in one cell of text, at most `limit` of them, then how many more:
 * `AI-07 2→5 (value weight 25→15); AI-11 9→3 (risk 4→2); 3 more`.
 */
export function describeWhatMoved(moves: readonly RankMove[], limit: number): string {
  if (moves.length === 0) return "No rank changed";
  const shown = moves.slice(0, Math.max(0, limit)).map((move) => move.summary);
  const more = moves.length - shown.length;
  return [...shown, ...(more > 0 ? [`${more} more`] : [])].join("; ");
}

/** One move as a full sentence for the pane: `AI-07 2 → 5: the business value weight went from 25 to 15`. */
export function describeMove(move: RankMove): string {
  return `${move.id} ${move.from ?? "new"} → ${move.to ?? "out"}: ${move.because}`;
}

function moveOf(id: string, from: number | null, to: number | null, reason: Reason): RankMove {
  const arrow = `${id} ${from ?? "new"}→${to ?? "out"}`;
  return {
    id,
    from,
    to,
    because: reason.because,
    summary: reason.briefly === "" ? arrow : `${arrow} (${reason.briefly})`,
  };
}

function scoreChanges(before: AxisScores, now: AxisScores): Change[] {
  return AXES.filter((axis) => before[axis] !== loggedScore(now[axis])).map((axis) => ({
    axis,
    from: String(before[axis]),
    to: String(loggedScore(now[axis])),
  }));
}

/**
 * The weights that changed, as set when both runs' weights add up to the same total (the
 * usual case: sliders summing to 100), else as shares of the total: 1, 1, 1, 1 and 25, 25,
 * 25, 25 are the same weights and no reason for anything to move.
 */
function weightsReason(before: Weights, nowAsSet: Weights): Reason | undefined {
  const now = loggedWeights(nowAsSet);
  const total = (weights: Weights): number => AXES.reduce((sum, axis) => sum + weights[axis], 0);
  const sameTotal =
    Math.abs(total(before) - total(now)) <= 1e-9 * Math.max(total(before), total(now));
  const shown = (weights: Weights, axis: Axis): string =>
    sameTotal
      ? String(weights[axis])
      : `${Number(((100 * weights[axis]) / total(weights)).toFixed(1))}%`;
  const changes = AXES.map((axis) => ({
    axis,
    from: shown(before, axis),
    to: shown(now, axis),
  })).filter((change) => change.from !== change.to);
  if (changes.length === 0) return undefined;
  const because = changes
    .map(({ axis, from, to }, index) =>
      index === 0
        ? `the ${axisWords(axis)} weight went from ${from} to ${to}`
        : `the ${axisWords(axis)} weight from ${from} to ${to}`,
    )
    .join(" and ");
  const briefly = changes
    .map(({ axis, from, to }) => `${AXIS_LOG_NAMES[axis]} weight ${from}→${to}`)
    .join(", ");
  return { because, briefly };
}

/** `business value`, `regulatory risk`: the axis's label as words in a sentence. */
function axisWords(axis: Axis): string {
  return AXIS_LABELS[axis].toLowerCase();
}

function ownReason(changes: readonly Change[], whose: string): Reason {
  const because = changes
    .map(({ axis, from, to }, index) =>
      index === 0
        ? `${whose} ${axisWords(axis)} went from ${from} to ${to}`
        : `${axisWords(axis)} from ${from} to ${to}`,
    )
    .join(" and ");
  const briefly = changes
    .map(({ axis, from, to }) => `${AXIS_LOG_NAMES[axis]} ${from}→${to}`)
    .join(", ");
  return { because, briefly };
}

/**
 * Its own scores first, then the weights; with neither changed its score is the same, so it
 * moved because others crossed it: one whose scores changed, a newcomer above it, or one
 * above it that is gone.
 */
function pairReason(
  pair: Pair,
  weights: Reason | undefined,
  pairs: readonly Pair[],
  arrivals: readonly LoggedRank[],
  departures: readonly LoggedRank[],
): Reason {
  const own = pair.ownChanges.length > 0 ? ownReason(pair.ownChanges, "its") : undefined;
  const direct = [own, weights].filter((reason): reason is Reason => reason !== undefined);
  if (direct.length > 0) return joined(direct);

  const crossed = pairs.filter(
    (other) =>
      other !== pair &&
      other.ownChanges.length > 0 &&
      other.before.rank < pair.before.rank !== other.now.rank < pair.now.rank,
  );
  if (crossed.length > 0) {
    const named = crossed.slice(0, NAMED_OTHERS).map((other) => {
      const rose = other.now.rank < pair.now.rank;
      const reason = ownReason(other.ownChanges, `${other.id}'s`);
      return {
        because: `${other.id} ${rose ? "rose above" : "fell below"} it: ${reason.because}`,
        briefly: `${other.id} ${rose ? "rose" : "fell"}: ${reason.briefly}`,
      };
    });
    const others = crossed.length - named.length;
    const tail =
      others > 0 ? [{ because: `and ${others} more crossed it`, briefly: `${others} more` }] : [];
    return joined([...named, ...tail]);
  }

  const newAbove = arrivals.filter((entry) => entry.rank < pair.now.rank);
  const goneAbove = departures.filter((entry) => entry.rank < pair.before.rank);
  const parts: Reason[] = [];
  if (newAbove.length === 1) {
    const { id } = newAbove[0] as LoggedRank;
    parts.push({ because: `${id}, new, ranks above it`, briefly: `${id} new above` });
  } else if (newAbove.length > 1) {
    parts.push({
      because: `${newAbove.length} new use cases rank above it`,
      briefly: `${newAbove.length} new above`,
    });
  }
  if (goneAbove.length === 1) {
    const { id } = goneAbove[0] as LoggedRank;
    parts.push({ because: `${id}, ranked above it last time, is gone`, briefly: `${id} gone` });
  } else if (goneAbove.length > 1) {
    parts.push({
      because: `${goneAbove.length} use cases ranked above it last time are gone`,
      briefly: `${goneAbove.length} gone above`,
    });
  }
  if (parts.length > 0) return joined(parts);
  return { because: "use cases around it changed order", briefly: "others moved" };
}

function joined(reasons: readonly Reason[]): Reason {
  return {
    because: reasons.map((reason) => reason.because).join("; "),
    briefly: reasons.map((reason) => reason.briefly).join("; "),
  };
}
