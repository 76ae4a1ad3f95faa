import fc from "fast-check";
import {
  describeScoringLogSheet,
  lastLoggedRun,
  LOG_LAYOUT,
  logEntryOf,
  logRowsOf,
  previousRunOf,
  type ScoringLogAppend,
} from "../../../src/core/log/scoringLog";
import { LOG_COLUMNS, type LogCell, type LogValue } from "../../../src/core/log/scoringLogRun";
import type { CellDescription } from "../../../src/core/model";
import { aRow, aSheet, scoreRows } from "../builders";

const CONTEXT = { time: new Date("2027-01-15T09:30:00Z"), by: "Ana", fingerprint: "a".repeat(64) };
const result = scoreRows([aRow({ id: "AI-01", value: 5 }), aRow({ id: "AI-02" })]);

/** The value a writer puts in a cell, as it reads back. */
function valueOf(cell: CellDescription | undefined): LogCell {
  if (cell === undefined) return null;
  return cell.text ?? cell.number ?? null;
}

/** What the sheet holds after the writer has done what `append` says. */
function applied(existing: LogCell[][] | undefined, append: ScoringLogAppend): LogCell[][] {
  const rows = append.newSheet
    ? append.newSheet.rows.map((row) => row.map(valueOf))
    : (existing ?? []).map((row) => [...row]);
  rows[append.appendAt - 1] = append.cells.map(valueOf);
  return Array.from(rows, (row) => row ?? []);
}

/** One run after another, each appended to what the previous left. */
function logRuns(count: number, start?: LogCell[][]): LogCell[][] | undefined {
  let sheet = start;
  for (let run = 0; run < count; run++) {
    const previous = previousRunOf(sheet, result);
    const row = logEntryOf(result, { ...CONTEXT, ...(previous && { previous }) });
    sheet = applied(sheet, describeScoringLogSheet(sheet, row, "Scoring log"));
  }
  return sheet;
}

describe("the Scoring log sheet", () => {
  it("starts a new log with a title, a note and the headers, and the first run below them", () => {
    const append = describeScoringLogSheet(undefined, logEntryOf(result, CONTEXT), "Scoring log");

    expect(append.appendAt).toBe(LOG_LAYOUT.firstRunRow);
    expect(append.newSheet?.rows.map((row) => row.map((cell) => cell?.text).join(" | "))).toEqual([
      "Scoring log",
      expect.stringContaining("earlier rows are never changed"),
      LOG_COLUMNS.join(" | "),
      expect.stringMatching(/^2027-01-15T09:30:00Z \| Ana \| Candidates \| a{64} \| value 25/),
    ]);
    expect(append.newSheet).toMatchObject({
      name: "Scoring log",
      freeze: { rows: 3, columns: 1 },
      tables: [],
    });
    expect(append.newSheet?.columns).toHaveLength(LOG_COLUMNS.length);
  });

  it("writes the counts as numbers, texts as text, and leaves an empty text blank", () => {
    const row = logEntryOf(scoreRows([]), { ...CONTEXT, by: "" });
    const { cells } = describeScoringLogSheet(undefined, row, "Scoring log");

    expect(cells[LOG_COLUMNS.indexOf("By")]).toBeUndefined();
    expect(cells[LOG_COLUMNS.indexOf("Scored")]).toEqual({ number: 0 });
    expect(cells[LOG_COLUMNS.indexOf("Source")]).toEqual({ text: "Candidates" });
  });

  it("treats a log sheet with nothing on it as a new one", () => {
    const append = describeScoringLogSheet([[], [null, ""]], logEntryOf(result, CONTEXT), "Log");

    expect(append.newSheet?.name).toBe("Log");
    expect(append.appendAt).toBe(LOG_LAYOUT.firstRunRow);
  });

  it("grows by exactly one row per run and leaves every earlier row as it was", () => {
    const afterOne = logRuns(1) ?? [];
    const afterThree = logRuns(2, afterOne) ?? [];

    expect(afterThree).toHaveLength(afterOne.length + 2);
    expect(JSON.stringify(afterThree.slice(0, afterOne.length))).toBe(JSON.stringify(afterOne));
    expect(afterThree.at(-1)?.[LOG_COLUMNS.indexOf("What moved")]).toBe("No rank changed");
  });

  it("appends below a row a person typed, never over it, and compares with the last real run", () => {
    const sheet = logRuns(1) ?? [];
    sheet.push([], ["Reviewed with the CFO", null, "see the minutes"]);
    const typed = JSON.stringify(sheet);

    const append = describeScoringLogSheet(sheet, logEntryOf(result, CONTEXT), "Scoring log");

    expect(append.newSheet).toBeUndefined();
    expect(append.appendAt).toBe(sheet.length + 1);
    expect(lastLoggedRun(sheet)?.time).toBe("2027-01-15T09:30:00Z");
    expect(JSON.stringify(sheet)).toBe(typed);
  });

  it("compares with the last run of the same source sheet", () => {
    const other = scoreRows([aRow({ id: "X-1" })], { name: "Pipeline" });
    const sheet = logRuns(1) ?? [];
    const append = describeScoringLogSheet(sheet, logEntryOf(other, CONTEXT), "Scoring log");
    const both = applied(sheet, append);

    expect(previousRunOf(both, result)?.source).toBe("Candidates");
    expect(previousRunOf(both, other)?.source).toBe("Pipeline");
    expect(previousRunOf(undefined, result)).toBeUndefined();
  });

  it("reads a log sheet from A1 whatever rectangle the reader gave", () => {
    const rows = logRowsOf(
      aSheet({
        top: 3,
        left: 2,
        values: [
          ["Time", "By"],
          [null, "x"],
        ],
      }),
    );

    expect(rows).toEqual([[], [], [null, "Time", "By"], [null, null, "x"]]);
  });

  it("never changes a cell above the row it appends, whatever is on the sheet", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.boolean(),
      fc.constant({ error: "#REF!" }),
    );
    const newRow = fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), {
      minLength: 1,
      maxLength: LOG_COLUMNS.length,
    });
    fc.assert(
      fc.property(
        fc.option(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }), {
          nil: undefined,
        }),
        newRow,
        (existing: LogCell[][] | undefined, row: LogValue[]) => {
          const append = describeScoringLogSheet(existing, row, "Scoring log");
          const nonBlank = (existing ?? []).flatMap((cells, index) =>
            cells.some((value) => value !== null && value !== undefined && value !== "")
              ? [index + 1]
              : [],
          );
          const lastUsed = Math.max(0, ...nonBlank);

          expect(append.appendAt).toBeGreaterThan(lastUsed);
          if (lastUsed > 0) {
            expect(append.newSheet).toBeUndefined();
            expect(append.appendAt).toBe(lastUsed + 1);
          } else {
            expect(append.appendAt).toBe(LOG_LAYOUT.firstRunRow);
          }
          expect(append.cells.map(valueOf)).toEqual(
            row.map((value) => (value === "" ? null : value)),
          );
        },
      ),
    );
  });
});
