import { logEntryOf } from "../../../src/core/log/scoringLog";
import { describeMove, type RankMove } from "../../../src/core/log";
import { describeWhatMoved, whatMoved } from "../../../src/core/log/scoringLogMoves";
import { parseLoggedRun, type LoggedRun } from "../../../src/core/log/scoringLogRun";
import type { ScoringResult } from "../../../src/core/score";
import type { Weights } from "../../../src/core/model";
import fc from "fast-check";
import { aRow, scoreRows, scoringSettings, type RowCells } from "../builders";

const CONTEXT = { time: new Date("2027-01-15T09:30:00Z"), by: "Ana", fingerprint: "0".repeat(64) };

/** A run as the next one finds it: written to the log and read back. */
function logged(result: ScoringResult): LoggedRun {
  const run = parseLoggedRun(logEntryOf(result, CONTEXT));
  if (!run) throw new Error("the log row did not read back");
  return run;
}

function scored(rows: readonly RowCells[], weights?: Weights): ScoringResult {
  return scoreRows(rows, { settings: scoringSettings(weights ? { weights } : {}) });
}

const sentences = (moves: readonly RankMove[]): string[] => moves.map(describeMove);

// With equal weights: AI-01 (score 50), AI-02 (43.75), AI-03 (25).
const AI_01 = aRow({ id: "AI-01", value: 5, feasibility: 1 });
const AI_02 = aRow({ id: "AI-02", value: 1, feasibility: 4 });
const AI_03 = aRow({ id: "AI-03", value: 2, feasibility: 2, dataReadiness: 2, regulatoryRisk: 4 });
const before = logged(scored([AI_01, AI_02, AI_03]));

describe("what moved since the last run", () => {
  it("names the weights that changed when a use case moved because of them", () => {
    const now = scored([AI_01, AI_02, AI_03], {
      value: 15,
      feasibility: 35,
      dataReadiness: 25,
      regulatoryRisk: 25,
    });
    const moves = whatMoved(before, now);

    expect(sentences(moves)).toMatchInlineSnapshot(`
      [
        "AI-02 2 → 1: the business value weight went from 25 to 15 and the technical feasibility weight from 25 to 35",
        "AI-01 1 → 2: the business value weight went from 25 to 15 and the technical feasibility weight from 25 to 35",
      ]
    `);
    expect(describeWhatMoved(moves, 5)).toMatchInlineSnapshot(
      `"AI-02 2→1 (value weight 25→15, feasibility weight 25→35); AI-01 1→2 (value weight 25→15, feasibility weight 25→35)"`,
    );
  });

  it("names the axis that changed on the use case that moved, and on the ones it passed", () => {
    const now = scored([AI_01, AI_02, { ...AI_03, regulatoryRisk: 1, value: 4 }]);
    const moves = whatMoved(before, now);

    expect(sentences(moves)).toMatchInlineSnapshot(`
      [
        "AI-03 3 → 1: its business value went from 2 to 4 and regulatory risk from 4 to 1",
        "AI-01 1 → 2: AI-03 rose above it: AI-03's business value went from 2 to 4 and regulatory risk from 4 to 1",
        "AI-02 2 → 3: AI-03 rose above it: AI-03's business value went from 2 to 4 and regulatory risk from 4 to 1",
      ]
    `);
    expect(describeWhatMoved(moves, 5)).toMatchInlineSnapshot(
      `"AI-03 3→1 (value 2→4, risk 4→1); AI-01 1→2 (AI-03 rose: value 2→4, risk 4→1); AI-02 2→3 (AI-03 rose: value 2→4, risk 4→1)"`,
    );
  });

  it("names the one that fell below a use case when that is why it rose", () => {
    const now = scored([{ ...AI_01, value: 1 }, AI_02, AI_03]);

    expect(sentences(whatMoved(before, now))[0]).toBe(
      "AI-02 2 → 1: AI-01 fell below it: AI-01's business value went from 5 to 1",
    );
  });

  it("gives both its own change and the weights' when both changed", () => {
    const now = scored([AI_01, AI_02, { ...AI_03, value: 5, feasibility: 5 }], {
      value: 30,
      feasibility: 30,
      dataReadiness: 20,
      regulatoryRisk: 20,
    });

    expect(describeWhatMoved(whatMoved(before, now), 1)).toBe(
      "AI-03 3→1 (value 2→5, feasibility 2→5; value weight 25→30, feasibility weight 25→30, data weight 25→20, risk weight 25→20); 2 more",
    );
  });

  it("lists a new use case, and says the ones below moved because it ranks above them", () => {
    const now = scored([AI_01, AI_02, AI_03, aRow({ id: "AI-09", value: 5, feasibility: 5 })]);
    const moves = whatMoved(before, now);

    expect(sentences(moves)).toMatchInlineSnapshot(`
      [
        "AI-09 new → 1: it is new to the ranking",
        "AI-01 1 → 2: AI-09, new, ranks above it",
        "AI-02 2 → 3: AI-09, new, ranks above it",
        "AI-03 3 → 4: AI-09, new, ranks above it",
      ]
    `);
  });

  it("lists a use case no longer on the sheet, and one no longer scored", () => {
    const gone = whatMoved(before, scored([AI_02, AI_03]));
    const notScored = whatMoved(before, scored([{ ...AI_01, value: "n/a" }, AI_02, AI_03]));

    expect(sentences(gone)).toMatchInlineSnapshot(`
      [
        "AI-02 2 → 1: AI-01, ranked above it last time, is gone",
        "AI-01 1 → out: it is no longer on the sheet",
        "AI-03 3 → 2: AI-01, ranked above it last time, is gone",
      ]
    `);
    expect(describeWhatMoved(notScored, 5)).toMatchInlineSnapshot(
      `"AI-02 2→1 (AI-01 gone); AI-01 1→out (not scored); AI-03 3→2 (AI-01 gone)"`,
    );
  });

  it("lists nothing when nothing changed rank", () => {
    const moves = whatMoved(before, scored([AI_01, AI_02, { ...AI_03, owner: "Someone else" }]));

    expect(moves).toEqual([]);
    expect(describeWhatMoved(moves, 5)).toBe("No rank changed");
  });

  it("lists nothing when the weights were scaled but not changed (1, 1, 1, 1 is 25 each)", () => {
    const moves = whatMoved(
      before,
      scored([AI_01, AI_02, AI_03], {
        value: 1,
        feasibility: 1,
        dataReadiness: 1,
        regulatoryRisk: 1,
      }),
    );

    expect(moves).toEqual([]);
  });

  it("gives the weights as shares when the two runs' weights add up differently", () => {
    const now = scored([AI_01, AI_02, AI_03], {
      value: 1,
      feasibility: 3,
      dataReadiness: 2,
      regulatoryRisk: 2,
    });

    expect(sentences(whatMoved(before, now))[0]).toBe(
      "AI-02 2 → 1: the business value weight went from 25% to 12.5% and the technical feasibility weight from 25% to 37.5%",
    );
  });

  it("matches use cases by id ignoring case", () => {
    const now = scored([{ ...AI_01, id: "ai-01" }, AI_02, AI_03]);

    expect(whatMoved(before, now)).toEqual([]);
  });

  it("names at most a number of moves in one cell, then how many more", () => {
    const rows = ["A", "B", "C", "D", "E", "F"].map((id, index) =>
      aRow({ id, value: 5 - index * 0.5 }),
    );
    const reversed = rows.map((row, index) => ({ ...row, value: 2 + index * 0.5 }));
    const moves = whatMoved(logged(scored(rows)), scored(reversed));

    expect(describeWhatMoved(moves, 2)).toBe("F 6→1 (value 2.5→4.5); A 1→6 (value 5→2); 4 more");
  });

  it("says a newcomer may have been below the 200 kept last time, rather than new", () => {
    const rows = Array.from({ length: 201 }, (_, index) => aRow({ id: `UC-${index + 1}` }));
    const previous = logged(scored(rows));
    const last = rows.length - 1;
    const moves = whatMoved(
      previous,
      scored(rows.map((row, index) => (index === last ? { ...row, value: 5 } : row))),
    );

    expect(moves[0]).toEqual({
      id: "UC-201",
      from: null,
      to: 1,
      because: "it was not among the 200 best-ranked kept in the log last time",
      summary: "UC-201 new→1 (was below 200)",
    });
    expect(moves).toHaveLength(201);
  });

  it("accounts for every use case that changed rank, came or went, once", () => {
    const ids = ["A", "B", "C", "D", "E", "F", "G"];
    const score = fc.integer({ min: 1, max: 5 });
    const rowsOf = fc
      .subarray(ids)
      .chain((chosen) =>
        fc.tuple(...chosen.map((id) => fc.tuple(fc.constant(id), score, score, score, score))),
      )
      .map((rows) =>
        rows.map(([id, value, feasibility, dataReadiness, regulatoryRisk]) =>
          aRow({ id, value, feasibility, dataReadiness, regulatoryRisk }),
        ),
      );
    const weight = fc.integer({ min: 0, max: 50 });
    const weights = fc
      .tuple(weight, weight, weight, weight)
      .filter((each) => each.some((value) => value > 0))
      .map(([value, feasibility, dataReadiness, regulatoryRisk]) => ({
        value,
        feasibility,
        dataReadiness,
        regulatoryRisk,
      }));
    fc.assert(
      fc.property(
        rowsOf,
        rowsOf,
        weights,
        weights,
        (rowsBefore, rowsNow, weightsBefore, weightsNow) => {
          const earlier = scored(rowsBefore, weightsBefore);
          const now = scored(rowsNow, weightsNow);
          const rankOf = (result: ScoringResult) =>
            new Map(result.ranked.map(({ useCase, rank }) => [useCase.id, rank]));
          const [from, to] = [rankOf(earlier), rankOf(now)];
          const expected = ids
            .filter((id) => from.get(id) !== to.get(id))
            .map((id) => ({ id, from: from.get(id) ?? null, to: to.get(id) ?? null }));

          const moves = whatMoved(logged(earlier), now);

          expect(
            moves
              .map(({ id, from, to }) => ({ id, from, to }))
              .sort((a, b) => a.id.localeCompare(b.id)),
          ).toEqual(expected);
          expect(
            moves.every((move) => move.because !== "" && move.summary.startsWith(move.id)),
          ).toBe(true);
        },
      ),
    );
  });
});
