/**
 * One row of the `Scoring log`: what a run is written as, and how an earlier row is read
 * back. A row holds plain text and numbers only, so that the same run writes the same bytes
 * from either front end and a row, once written, never needs to change.
 *
 * Besides what a person reads (who, when, which input, the weights, the top 5), a row keeps
 * what the next run needs to say what moved and why: the rank and the four axis scores of
 * each of the best-ranked use cases (`Ranks`), and the weights in a form that reads back
 * exactly as logged.
 */
import * as z from "zod";
import {
  AXES,
  type Axis,
  type AxisScores,
  WeightsSchema,
  type ScoringSettings,
  type Weights,
  type RawCell,
} from "../model";
import type { ScoringResult } from "../score";
import type { PortfolioComparison } from "../plan";

/** The log's columns, left to right from column A. */
export const LOG_COLUMNS = [
  "Time",
  "By",
  "Source",
  "Input SHA-256",
  "Weights",
  "Settings",
  "Scored",
  "Not scored",
  "Top 5",
  "What moved",
  "Ranks",
] as const;

export type LogColumn = (typeof LOG_COLUMNS)[number];

/** A value written to the log: text or a number, nothing a writer could reinterpret. */
export type LogValue = string | number;

/** A cell of an earlier log row as read back from the workbook (missing when past its end). */
export type LogCell = RawCell | undefined;

/**
 * At most this many use cases are kept in `Ranks`: enough for every scoring session the
 * product is meant for (20–60 candidates) and far beyond, while a log of a 100,000-row sheet
 * still has rows of a bounded size.
 */
export const MAX_LOGGED_RANKS = 200;

/** Excel holds at most 32,767 characters in a cell; long ids stop `Ranks` short of that. */
const MAX_RANKS_TEXT = 30_000;

/** How the weights and axis names are written: the words `--weights` takes. */
export const AXIS_LOG_NAMES: Readonly<Record<Axis, string>> = {
  value: "value",
  feasibility: "feasibility",
  dataReadiness: "data",
  regulatoryRisk: "risk",
};

export interface LoggedRank {
  readonly id: string;
  readonly rank: number;
  /** Rounded as logged (`loggedScore`). */
  readonly scores: AxisScores;
}

/** One run, as a log row holds it. */
export interface LoggedRun {
  /** ISO 8601 in UTC, to the second: `2027-01-15T09:30:00Z`. */
  readonly time: string;
  readonly by: string;
  /** The source sheet, and its table when read from one. */
  readonly source: string;
  /** `inputFingerprint` of the input: 64 lowercase hex digits. */
  readonly fingerprint: string;
  /** As set (not normalised), each to 6 significant digits (`loggedNumber`). */
  readonly weights: Weights;
  readonly settings: string;
  readonly scored: number;
  readonly notScored: number;
  /** The ids of the first five, `AI-07, AI-11, …`. */
  readonly top5: string;
  readonly whatMoved: string;
  /** The best-ranked use cases in rank order: all of them, or the first `MAX_LOGGED_RANKS`. */
  readonly ranks: readonly LoggedRank[];
  /** How many ranked use cases `ranks` leaves out (0 when it holds them all). */
  readonly ranksLeftOut: number;
}

export interface RunContext {
  readonly time: Date;
  /** Who ran it: typed once in the pane, `--by` (or the OS user name) on the command line. */
  readonly by: string;
  readonly fingerprint: string;
}

// ─── Writing ───────────────────────────────────────────────────────────────────────────

/** A weight as logged: 6 significant digits, so `25` stays `25` and pairwise weights stay short. */
export function loggedNumber(value: number): number {
  return Number(value.toPrecision(6));
}

/** An axis score as logged: a mean of several raters' scores is kept to 3 decimals. */
export function loggedScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

export function loggedWeights(weights: Weights): Weights {
  return {
    value: loggedNumber(weights.value),
    feasibility: loggedNumber(weights.feasibility),
    dataReadiness: loggedNumber(weights.dataReadiness),
    regulatoryRisk: loggedNumber(weights.regulatoryRisk),
  };
}

/** `value 25, feasibility 25, data 25, risk 25`. */
export function weightsText(weights: Weights): string {
  return AXES.map((axis) => `${AXIS_LOG_NAMES[axis]} ${loggedNumber(weights[axis])}`).join(", ");
}

/**
 * `start 2027-Q1, slots 3, cap none, median` (the horizon only when it is not 4 quarters), then
 * what else the run was given: `rate 90, weeks 48`, `annual budget 600000 optimal score`,
 * `roadmap from the funded set`. A CFO reading the log sees what each run was asked.
 */
export function settingsText(
  settings: ScoringSettings,
  portfolio?: Pick<PortfolioComparison, "annualBudget" | "method" | "objective" | "roadmapFrom">,
): string {
  const { start, horizon, slotsPerQuarter, quarterBudget } = settings.roadmap;
  return [
    `start ${start}`,
    ...(horizon === 4 ? [] : [`horizon ${horizon}`]),
    `slots ${slotsPerQuarter}`,
    `cap ${quarterBudget ?? "none"}`,
    settings.aggregate ?? "median",
    ...(settings.pairwise ? [`pairwise CR ${settings.pairwise.consistencyRatio.toFixed(3)}`] : []),
    ...(settings.value
      ? [`rate ${settings.value.hourlyRate}`, `weeks ${settings.value.weeksPerYear}`]
      : []),
    ...(portfolio
      ? [`annual budget ${portfolio.annualBudget} ${portfolio.method} ${portfolio.objective}`]
      : []),
    ...(portfolio?.roadmapFrom === "portfolio" ? ["roadmap from the funded set"] : []),
  ].join(", ");
}

/** The source sheet's name, with its table's when the use cases came from one. */
export function sourceText(result: ScoringResult): string {
  const { sheetName, tableName } = result.read;
  return tableName === undefined ? sheetName : `${sheetName} (table ${tableName})`;
}

/** ISO 8601 in UTC, to the second. */
export function logTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The run as the log keeps it, `whatMoved` given by the caller (it needs the previous run). */
export function loggedRunOf(result: ScoringResult, context: RunContext, whatMoved = ""): LoggedRun {
  const ranks: LoggedRank[] = [];
  for (const { useCase, rank } of result.ranked.slice(0, MAX_LOGGED_RANKS)) {
    const { value, feasibility, dataReadiness, regulatoryRisk } = useCase.scores;
    ranks.push({
      id: useCase.id,
      rank,
      scores: {
        value: loggedScore(value),
        feasibility: loggedScore(feasibility),
        dataReadiness: loggedScore(dataReadiness),
        regulatoryRisk: loggedScore(regulatoryRisk),
      },
    });
  }
  const stored = boundedRanks(ranks, result.ranked.length);
  return {
    time: logTime(context.time),
    by: context.by,
    source: sourceText(result),
    fingerprint: context.fingerprint,
    weights: loggedWeights(result.settings.weights),
    settings: settingsText(result.settings, result.portfolio),
    scored: result.ranked.length,
    notScored: result.read.notScored.length,
    top5: result.ranked
      .slice(0, 5)
      .map(({ useCase }) => useCase.id)
      .join(", "),
    whatMoved,
    ranks: stored,
    ranksLeftOut: result.ranked.length - stored.length,
  };
}

/** As many of `ranks` as fit in one cell with room for the "+N more" marker. */
function boundedRanks(ranks: readonly LoggedRank[], total: number): LoggedRank[] {
  const kept: LoggedRank[] = [];
  let length = 2 + `,"+${total} more"`.length;
  for (const entry of ranks) {
    length += JSON.stringify(rankEntry(entry)).length + 1;
    if (length > MAX_RANKS_TEXT) break;
    kept.push(entry);
  }
  return kept;
}

type RankEntry = [id: string, rank: number, ...scores: number[]];

function rankEntry({ id, rank, scores }: LoggedRank): RankEntry {
  return [id, rank, ...AXES.map((axis) => scores[axis])];
}

/**
 * `[["AI-07",1,5,4,4,2],["AI-11",2,4,5,3,1],"+48 more"]`: per use case its id, rank, value,
 * feasibility, data readiness and regulatory risk, in rank order; the last item says how many
 * were left out, when some were.
 */
export function ranksText(run: Pick<LoggedRun, "ranks" | "ranksLeftOut">): string {
  const items: (RankEntry | string)[] = run.ranks.map(rankEntry);
  if (run.ranksLeftOut > 0) items.push(`+${run.ranksLeftOut} more`);
  return JSON.stringify(items);
}

/** The row's values, one per `LOG_COLUMNS` entry. */
export function logRowOf(run: LoggedRun): LogValue[] {
  return [
    run.time,
    run.by,
    run.source,
    run.fingerprint,
    weightsText(run.weights),
    run.settings,
    run.scored,
    run.notScored,
    run.top5,
    run.whatMoved,
    ranksText(run),
  ];
}

// ─── Reading back ──────────────────────────────────────────────────────────────────────

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const WEIGHTS_TEXT = /^value (\S+), feasibility (\S+), data (\S+), risk (\S+)$/;
const LEFT_OUT = /^\+(\d+) more$/;

/** Text as written; a number a person typed in its place is read as its text. */
const text = z.union([z.string(), z.number().transform(String)]);
/** A cell the run may have left blank: Excel gives an empty text back as a blank cell. */
const optionalText = z.union([text, z.null(), z.undefined()]).transform((value) => value ?? "");
const count = z.number().int().min(0);
const score = z.number().min(1).max(5);

const RanksSchema = z
  .array(
    z.union([
      z.tuple([z.string(), z.number().int().min(1), score, score, score, score]),
      z.string().regex(LEFT_OUT),
    ]),
  )
  .refine(
    (items) => items.every((item, index) => typeof item !== "string" || index === items.length - 1),
    {
      message: "only the last item may say how many were left out",
    },
  )
  .transform((items) => {
    const ranks: LoggedRank[] = [];
    let ranksLeftOut = 0;
    for (const item of items) {
      if (typeof item === "string") {
        ranksLeftOut = Number(LEFT_OUT.exec(item)?.[1] ?? 0);
        continue;
      }
      const [id, rank, value, feasibility, dataReadiness, regulatoryRisk] = item;
      ranks.push({ id, rank, scores: { value, feasibility, dataReadiness, regulatoryRisk } });
    }
    return { ranks, ranksLeftOut };
  });

const jsonText = z.string().transform((value, context): unknown => {
  try {
    return JSON.parse(value);
  } catch {
    context.issues.push({ code: "custom", message: "not JSON", input: value });
    return z.NEVER;
  }
});

const weightsOfText = z.string().transform((value, context): unknown => {
  const match = WEIGHTS_TEXT.exec(value);
  if (!match) {
    context.issues.push({ code: "custom", message: "not a list of four weights", input: value });
    return z.NEVER;
  }
  const [value_, feasibility, dataReadiness, regulatoryRisk] = match.slice(1).map(Number);
  return { value: value_, feasibility, dataReadiness, regulatoryRisk };
});

const LoggedRowSchema = z.object({
  time: z
    .string()
    .regex(ISO_TIME)
    .refine((value) => !Number.isNaN(Date.parse(value))),
  by: optionalText,
  source: text.pipe(z.string().min(1)),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  weights: weightsOfText.pipe(WeightsSchema),
  settings: optionalText,
  scored: count,
  notScored: count,
  top5: optionalText,
  whatMoved: optionalText,
  ranks: jsonText.pipe(RanksSchema),
});

/**
 * An earlier log row read back, or `undefined` when it is not one this product wrote (a
 * header, a note, a row a person typed into). Such a row is skipped when comparing runs; it is
 * never rewritten.
 */
export function parseLoggedRun(row: readonly LogCell[]): LoggedRun | undefined {
  const parsed = LoggedRowSchema.safeParse({
    time: row[0],
    by: row[1],
    source: row[2],
    fingerprint: row[3],
    weights: row[4],
    settings: row[5],
    scored: row[6],
    notScored: row[7],
    top5: row[8],
    whatMoved: row[9],
    ranks: row[10],
  });
  if (!parsed.success) return undefined;
  const { ranks, ...rest } = parsed.data;
  return { ...rest, ranks: ranks.ranks, ranksLeftOut: ranks.ranksLeftOut };
}
