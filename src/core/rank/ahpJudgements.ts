/**
 * AHP judgements (ahp.ts): reading one on Saaty's 1–9 scale, and the six pairs of axes they compare.
 */
import { AXIS_LABELS, type Axis } from "../model";
import type { CellReading } from "../read";

// ─── Judgements ──────────────────────────────────────────────────────────────────────────

export const JUDGEMENT_EXPECTATION =
  "expected a comparison on Saaty's scale: a whole number from 1 to 9 (such as 3), its reciprocal (such as 1/5), or a decimal between 1/9 and 9 (such as 2.5)";

const SMALLEST_JUDGEMENT = 1 / 9;
const LARGEST_JUDGEMENT = 9;

const PLAIN_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const FRACTION = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/;

/**
 * One pairwise judgement: how many times more important the first of a pair is than the
 * second. Accepts `3`, `1/5`, `0.2`, `2.5` and any fraction such as `3/4`, as long as it lies
 * between 1/9 and 9, the ends of Saaty's scale.
 */
export function parseJudgement(text: string | number): CellReading<number> {
  const number = judgementNumber(text);
  if (number === undefined) {
    return { ok: false, problem: `found ${describeFound(text)}; ${JUDGEMENT_EXPECTATION}` };
  }
  if (!(number >= SMALLEST_JUDGEMENT && number <= LARGEST_JUDGEMENT)) {
    return {
      ok: false,
      problem: `found ${describeFound(text)}, outside 1/9 to 9; ${JUDGEMENT_EXPECTATION}`,
    };
  }
  return { ok: true, value: number };
}

/** How a found value is quoted back: an empty item in a list is "nothing", not a blank cell. */
function describeFound(text: string | number): string {
  if (typeof text === "number") return String(text);
  return text.trim() === "" ? "nothing" : `"${text.trim()}"`;
}

function judgementNumber(text: string | number): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  const fraction = FRACTION.exec(trimmed);
  if (fraction?.[1] === undefined || fraction[2] === undefined) return undefined;
  // "1/0" gives Infinity, which the range check then refuses with the range in the message.
  return Number(fraction[1]) / Number(fraction[2]);
}

// ─── The six axis pairs ──────────────────────────────────────────────────────────────────

export interface AxisPair {
  /** The judgement says how many times more important `axes[0]` is than `axes[1]`. */
  readonly axes: readonly [Axis, Axis];
  /** How the pair is named in messages: "business value vs technical feasibility". */
  readonly label: string;
}

const pair = (first: Axis, second: Axis): AxisPair => ({
  axes: [first, second],
  label: `${AXIS_LABELS[first].toLowerCase()} vs ${AXIS_LABELS[second].toLowerCase()}`,
});

/**
 * The order in which the six judgements are given (the issue's order, and `--ahp`'s). It is
 * the upper triangle of the comparison matrix read row by row, rows in `AXES` order, which is
 * what `pairwiseMatrix` relies on.
 */
export const AXIS_PAIRS: readonly AxisPair[] = [
  pair("value", "feasibility"),
  pair("value", "dataReadiness"),
  pair("value", "regulatoryRisk"),
  pair("feasibility", "dataReadiness"),
  pair("feasibility", "regulatoryRisk"),
  pair("dataReadiness", "regulatoryRisk"),
];
