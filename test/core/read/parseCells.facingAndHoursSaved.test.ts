import { parseFacing, parseHoursSaved } from "../../../src/core/read/parseCells";
import type { RawCell } from "../../../src/core/model";
import { aRow, aSheet, scoreSheets } from "../builders";

describe("reading who a use case faces", () => {
  it.each<[RawCell, string | undefined]>([
    ["internal", "internal"],
    ["Customer", "customer"],
    ["  INTERNAL ", "internal"],
    [null, undefined],
  ])("reads %p as %p", (cell, facing) => {
    expect(parseFacing(cell)).toEqual({ ok: true, value: facing });
  });

  it("calls anything else a problem, saying what it expected", () => {
    expect(parseFacing("partners")).toEqual({
      ok: false,
      problem: 'found "partners"; expected internal or customer',
    });
  });
});

describe("reading hours saved per week", () => {
  it.each<[RawCell, number | undefined]>([
    [12, 12],
    [0, 0],
    ["7.5", 7.5],
    [null, undefined],
  ])("reads %p as %p", (cell, hours) => {
    expect(parseHoursSaved(cell)).toEqual({ ok: true, value: hours });
  });

  it.each<RawCell>([-1, "lots", { error: "#N/A" }, "1.2.3"])("calls %p a problem", (cell) => {
    expect(parseHoursSaved(cell).ok).toBe(false);
  });

  it("reads hours written as text as numbers written as text are", () => {
    expect(parseHoursSaved("7,5")).toEqual({ ok: true, value: 7.5 });
    expect(parseHoursSaved("1.500", ",")).toEqual({ ok: true, value: 1500 });
    expect(parseHoursSaved("1.500", ".")).toEqual({ ok: true, value: 1.5 });
    expect(parseHoursSaved("1.500")).toEqual({
      ok: false,
      problem: expect.stringMatching(/^found "1\.500", which reads as 1500 .* or as 1\.5 /),
    });
  });
});

describe("a row with a facing or hours problem", () => {
  it("is still scored, with the problem on its cell", () => {
    const result = scoreSheets([
      aSheet({
        name: "Candidates",
        values: [
          [
            "Use case",
            "Owner",
            "Value",
            "Feasibility",
            "Data",
            "Risk",
            "Audience",
            "Hours saved per week",
          ],
          [aRow().name as string, "Ana", 3, 3, 3, 3, "partners", "lots"],
        ],
      }),
    ]);

    expect(result.ranked).toHaveLength(1);
    expect(result.problems.map((problem) => problem.cell)).toEqual([
      "Candidates!G2",
      "Candidates!H2",
    ]);
  });
});
