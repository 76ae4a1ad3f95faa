/**
 * What the Present window shows: the ranking as the pane has it, in a small plain form sent as
 * JSON from the pane to the dialog (`messageChild`); built by ./snapshotOf.ts, read back here.
 * Both sides share these types and this reader, so they cannot drift apart. Nothing here
 * imports the engine: the window's page stays small.
 */

/** The most rows sent: the room reads a long list on the pane; a projector holds about this. */
export const PRESENT_ROWS = 30;

export interface PresentRow {
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  /** As the pane shows it, in the workbook's culture: `81.3`. */
  readonly score: string;
  /** Share of the best possible score, 0 to 100, for the bar. */
  readonly bar: number;
  /** `2027-Q1`, or `off`. */
  readonly when: string;
  /** Places moved with the last change: positive up, negative down, 0 none. */
  readonly moved: number;
  readonly governance: boolean;
  readonly funded?: boolean;
}

export interface PresentSnapshot {
  readonly title: string;
  /** `Value 40% · Feasibility 25% · …`: the weights the ranking follows. */
  readonly weights: string;
  readonly rows: readonly PresentRow[];
  /** Use cases not sent (ranked below the last row). */
  readonly more: number;
}

/** The snapshot in a message, or undefined when the message is not one (never trusted as is). */
export function readPresentSnapshot(message: string): PresentSnapshot | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const candidate = parsed as Partial<PresentSnapshot>;
  if (
    typeof candidate.title !== "string" ||
    typeof candidate.weights !== "string" ||
    typeof candidate.more !== "number" ||
    !Array.isArray(candidate.rows)
  ) {
    return undefined;
  }
  const rows = candidate.rows.filter(
    (row: Partial<PresentRow>): row is PresentRow =>
      typeof row === "object" &&
      row !== null &&
      typeof row.rank === "number" &&
      typeof row.id === "string" &&
      typeof row.name === "string" &&
      typeof row.score === "string" &&
      typeof row.bar === "number" &&
      typeof row.when === "string" &&
      typeof row.moved === "number" &&
      typeof row.governance === "boolean",
  );
  return { title: candidate.title, weights: candidate.weights, more: candidate.more, rows };
}
