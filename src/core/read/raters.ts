/**
 * Several raters per use case, in either of two forms, aggregated per axis:
 * - wide form: axis columns per rater in the use-case sheet (`Business value (CFO)`,
 *   `Business value - COO`);
 * - long form: a `Scores` sheet with one row per rating (Rater, ID, Axis, Score).
 * The aggregate (median, or mean when chosen) feeds the normal scoring; the spread (max − min)
 * shows where the room disagrees, and a spread of 2 or more flags the use case `contested`.
 */
import {
  AXES,
  type Axis,
  cellAddress,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  normaliseHeader,
  type Problem,
  type SheetInput,
} from "../model";
import { cellText, isBlank, parseScore } from "./parseCells";
import type { DecimalSeparator } from "../numbers";

export type RaterAggregate = "median" | "mean";

/** A spread this large on any axis flags the use case for discussion. */
export const CONTESTED_SPREAD = 2;

/** The default name of the long-form sheet. */
export const SCORES_SHEET_NAME = "Scores";

export interface Rating {
  readonly rater: string;
  readonly axis: Axis;
  readonly score: number;
}

/** What the raters said about one use case. */
export interface RaterSummary {
  /** Raters who gave at least one valid score. */
  readonly raters: number;
  /** Per axis: max − min of the valid scores. */
  readonly spread: Readonly<Record<Axis, number>>;
  /** Per axis: how many valid scores the aggregate used. */
  readonly counts: Readonly<Record<Axis, number>>;
  /** Per axis: the valid scores, for resampling in the stability analysis. */
  readonly scores: Readonly<Record<Axis, readonly number[]>>;
}

const AXIS_OF_SYNONYM: ReadonlyMap<string, Axis> = new Map(
  AXES.flatMap((axis) => FIELD_SYNONYMS[axis].map((synonym) => [synonym, axis] as const)),
);

/** The axis a header or an Axis cell names, by the axis synonyms of DESIGN §1. */
export function axisOfText(text: string): Axis | undefined {
  return AXIS_OF_SYNONYM.get(normaliseHeader(text));
}

/**
 * A wide-form rater column: an axis name followed by a rater, as `Business value (CFO)`,
 * `Business value [CFO]` or `Business value - CFO`. A rater's name holds a letter and no digit,
 * so a scale hint such as `Feasibility (1-5)` stays a plain axis column.
 */
export function raterColumnOf(header: string): { axis: Axis; rater: string } | undefined {
  const match =
    /^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header) ??
    /^(.*?)\s+[-–—:]\s+(.+?)\s*$/.exec(header);
  if (!match) return undefined;
  const [, axisText = "", rater = ""] = match;
  if (!/\p{L}/u.test(rater) || /\d/.test(rater)) return undefined;
  const axis = axisOfText(axisText);
  return axis ? { axis, rater } : undefined;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The aggregate of valid scores on one axis: median by default, or mean. */
export function aggregateScores(scores: readonly number[], method: RaterAggregate): number {
  if (method === "mean") return scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return median([...scores].sort((a, b) => a - b));
}

/**
 * Per axis, the aggregate of the ratings (undefined where no rater gave a valid score), and the
 * summary of who said what.
 */
export function summariseRatings(
  ratings: readonly Rating[],
  method: RaterAggregate,
): { scores: Partial<Record<Axis, number>>; summary: RaterSummary } {
  const byAxis: Record<Axis, number[]> = {
    value: [],
    feasibility: [],
    dataReadiness: [],
    regulatoryRisk: [],
  };
  for (const rating of ratings) byAxis[rating.axis].push(rating.score);
  const scores: Partial<Record<Axis, number>> = {};
  for (const axis of AXES)
    if (byAxis[axis].length > 0) scores[axis] = aggregateScores(byAxis[axis], method);
  const spreadOf = (axis: Axis): number =>
    byAxis[axis].length === 0 ? 0 : Math.max(...byAxis[axis]) - Math.min(...byAxis[axis]);
  return {
    scores,
    summary: {
      raters: new Set(ratings.map((rating) => rating.rater.toLowerCase())).size,
      spread: {
        value: spreadOf("value"),
        feasibility: spreadOf("feasibility"),
        dataReadiness: spreadOf("dataReadiness"),
        regulatoryRisk: spreadOf("regulatoryRisk"),
      },
      counts: {
        value: byAxis.value.length,
        feasibility: byAxis.feasibility.length,
        dataReadiness: byAxis.dataReadiness.length,
        regulatoryRisk: byAxis.regulatoryRisk.length,
      },
      scores: byAxis,
    },
  };
}

export function isContested(summary: RaterSummary): boolean {
  return AXES.some((axis) => summary.spread[axis] >= CONTESTED_SPREAD);
}

// ---------------------------------------------------------------------------------------------
// The long form: a Scores sheet.

type ScoresColumn = "rater" | "id" | "axis" | "score";

const SCORES_SYNONYMS: Readonly<Record<ScoresColumn, readonly string[]>> = {
  rater: ["rater", "scorer", "reviewer", "judge"],
  id: FIELD_SYNONYMS.id,
  axis: ["axis", "criterion", "criteria", "dimension"],
  score: ["score", "rating"],
};

const SCORES_COLUMNS: readonly ScoresColumn[] = ["rater", "id", "axis", "score"];

export interface ScoresSheetReading {
  /** Valid ratings by use-case id, lowercased. */
  readonly ratingsById: ReadonlyMap<string, readonly Rating[]>;
  /** Ratings that could not be used, each with its cell. */
  readonly problems: readonly Problem[];
  /** Lowercased ids the sheet names, each with its first mention: the id as written and where. */
  readonly idCells: ReadonlyMap<
    string,
    { readonly id: string; readonly cell: string; readonly row: number }
  >;
}

/**
 * Reads a long-form Scores sheet. Returns undefined when it has no header row with Rater, ID,
 * Axis and Score in its first 20 rows.
 */
export function readScoresSheet(
  sheet: SheetInput,
  decimal?: DecimalSeparator,
): ScoresSheetReading | undefined {
  let headerIndex = -1;
  const columnOf: Partial<Record<ScoresColumn, number>> = {};
  for (let index = 0; index < Math.min(20, sheet.values.length) && headerIndex < 0; index++) {
    const found: Partial<Record<ScoresColumn, number>> = {};
    (sheet.values[index] ?? []).forEach((cell, offset) => {
      const text = normaliseHeader(cellText(cell));
      const kind = SCORES_COLUMNS.find((candidate) => SCORES_SYNONYMS[candidate].includes(text));
      if (kind && found[kind] === undefined) found[kind] = offset;
    });
    if (SCORES_COLUMNS.every((kind) => found[kind] !== undefined)) {
      headerIndex = index;
      Object.assign(columnOf, found);
    }
  }
  if (headerIndex < 0) return undefined;

  const ratingsById = new Map<string, Rating[]>();
  const idCells = new Map<string, { id: string; cell: string; row: number }>();
  const problems: Problem[] = [];
  // Who rated what where, so a second rating of the same thing is reported, not silently used.
  const seen = new Map<string, number>();
  for (let index = headerIndex + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? [];
    const row = sheet.top + index;
    const at = (kind: ScoresColumn): string =>
      cellAddress(sheet.name, row, sheet.left + (columnOf[kind] as number));
    const cell = (kind: ScoresColumn) => cells[columnOf[kind] as number];
    if (SCORES_COLUMNS.every((kind) => isBlank(cell(kind)))) continue;

    const rater = cellText(cell("rater"));
    const id = cellText(cell("id"));
    const axisText = cellText(cell("axis"));
    const axis = axisOfText(axisText);
    const reading = parseScore(cell("score"), decimal);
    const problem = (kind: ScoresColumn, message: string): void => {
      problems.push({ cell: at(kind), message, row });
    };
    if (rater === "")
      problem("rater", "Rater: found a blank cell; every score needs the name of who gave it");
    if (id === "") problem("id", "ID: found a blank cell; expected the ID of a use case");
    if (!axis) {
      problem(
        "axis",
        `Axis: found ${axisText === "" ? "a blank cell" : `"${axisText}"`}; expected one of ${AXES.map((a) => FIELD_LABELS[a].toLowerCase()).join(", ")}`,
      );
    }
    if (!reading.ok) problem("score", `Score: ${reading.problem}`);
    if (rater === "" || id === "" || !axis || !reading.ok) continue;

    const key = id.toLowerCase();
    if (!idCells.has(key)) idCells.set(key, { id, cell: at("id"), row });
    const who = `${rater.toLowerCase()}\u0000${key}\u0000${axis}`;
    const earlier = seen.get(who);
    if (earlier !== undefined) {
      problem(
        "score",
        `Score: ${rater} already scored ${id} on ${FIELD_LABELS[axis].toLowerCase()} on row ${earlier}; this second score is ignored`,
      );
      continue;
    }
    seen.set(who, row);
    const list = ratingsById.get(key);
    const rating: Rating = { rater, axis, score: reading.value };
    if (list) list.push(rating);
    else ratingsById.set(key, [rating]);
  }
  return { ratingsById, problems, idCells };
}
