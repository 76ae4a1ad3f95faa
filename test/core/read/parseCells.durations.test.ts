import { parseDuration } from "../../../src/core/read/parseCells";
import type { RawCell } from "../../../src/core/model";
import { aRow, scoreRows } from "../builders";

describe("reading a duration in quarters", () => {
  it.each<RawCell>([null, "", "  "])("counts a blank duration (%p) as one quarter", (cell) => {
    expect(parseDuration(cell)).toEqual({ ok: true, value: 1 });
  });

  it.each<[RawCell, number]>([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    ["2", 2],
    [" 3 ", 3],
  ])("uses %p as %p quarters", (cell, quarters) => {
    expect(parseDuration(cell)).toEqual({ ok: true, value: quarters });
  });

  it.each<RawCell>([0, 5, 1.5, "two", "1.5", -1, "2 quarters", true, { error: "#REF!" }])(
    "calls %p a problem and counts it as one quarter",
    (cell) => {
      const reading = parseDuration(cell);

      expect(reading.ok).toBe(false);
      expect(reading.ok ? undefined : reading.problem).toMatch(
        /^found .*; expected a whole number of quarters from 1 to 4; counted as 1$/,
      );
    },
  );

  it("says what it found", () => {
    expect(parseDuration("two")).toEqual({
      ok: false,
      problem: 'found "two"; expected a whole number of quarters from 1 to 4; counted as 1',
    });
  });
});

describe("a row with a duration problem", () => {
  const result = scoreRows([
    aRow({ id: "UC-1", duration: 5 }),
    aRow({ id: "UC-2", duration: "two" }),
  ]);

  it("is still scored and runs for one quarter", () => {
    expect(result.ranked.map(({ useCase }) => [useCase.id, useCase.duration])).toEqual([
      ["UC-1", 1],
      ["UC-2", 1],
    ]);
    expect(result.roadmap.placed.map(({ start, end }) => end - start + 1)).toEqual([1, 1]);
  });

  it("reports the duration on its cell", () => {
    expect(result.problems.map((problem) => `${problem.cell}: ${problem.message}`)).toEqual([
      "Candidates!I2: Duration: found 5; expected a whole number of quarters from 1 to 4; counted as 1",
      'Candidates!I3: Duration: found "two"; expected a whole number of quarters from 1 to 4; counted as 1',
    ]);
  });
});
