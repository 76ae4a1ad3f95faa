import { AXES, type Axis, type AxisScores, type Weights } from "../../../src/core/model";
import { rankUseCases } from "../../../src/core/rank";
import {
  DEFAULT_STABILITY_SETTINGS,
  describeStability,
  measureStability,
  StabilitySettingsSchema,
  type Stability,
  type StabilitySettings,
} from "../../../src/core/stability";
import {
  labelOf,
  StabilityInputError,
  type StabilityCandidate,
} from "../../../src/core/stability/stabilitySettings";
import { aUseCase } from "../builders";

const EQUAL: Weights = { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 };
const UNEVEN: Weights = { value: 40, feasibility: 30, dataReadiness: 20, regulatoryRisk: 10 };
const MIDDLING: AxisScores = { value: 3, feasibility: 3, dataReadiness: 3, regulatoryRisk: 3 };
const DOMINANT: AxisScores = { value: 5, feasibility: 5, dataReadiness: 5, regulatoryRisk: 1 };
const HOPELESS: AxisScores = { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 5 };

/** A candidate whose key is also its row; raters are given per axis, the rest left empty. */
function aCandidate(
  row: number,
  scores: Partial<AxisScores> = {},
  raters?: Partial<Record<Axis, number[]>>,
): StabilityCandidate {
  const candidate = { key: row, row, scores: { ...MIDDLING, ...scores } };
  if (!raters) return candidate;
  const raterScores = Object.fromEntries(AXES.map((axis) => [axis, raters[axis] ?? []]));
  return { ...candidate, raterScores: raterScores as Record<Axis, number[]> };
}

/** `count` candidates with pseudo-random whole scores, rows from `firstRow`. */
function aField(count: number, firstRow = 2, seed = 42): StabilityCandidate[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 1 + Math.floor((state / 2147483648) * 5);
  };
  return Array.from({ length: count }, (_, index) =>
    aCandidate(firstRow + index, {
      value: next(),
      feasibility: next(),
      dataReadiness: next(),
      regulatoryRisk: next(),
    }),
  );
}

function settings(overrides: Partial<StabilitySettings> = {}): StabilitySettings {
  return StabilitySettingsSchema.parse(overrides);
}

function stabilityOf(report: ReturnType<typeof measureStability>, key: number): Stability {
  const found = report.byKey.get(key);
  if (!found) throw new Error(`no result for key ${key}`);
  return found;
}

const sumOfPTop = (report: ReturnType<typeof measureStability>): number =>
  [...report.byKey.values()].reduce((sum, each) => sum + each.pTop, 0);

describe("stability settings", () => {
  it("default to 2,000 draws, the top 5, seed 1 and concentration 100", () => {
    expect(DEFAULT_STABILITY_SETTINGS).toEqual({
      draws: 2000,
      top: 5,
      seed: 1,
      concentration: 100,
    });
  });

  it.each([
    [{ draws: 50 }, "use at least 100 draws: fewer make the percentages too rough"],
    [{ draws: 100.5 }, "the number of draws must be a whole number"],
    [{ top: 0 }, "the top must be at least 1"],
    [{ seed: 1.5 }, "the seed must be a whole number"],
    [{ concentration: 0 }, "the concentration must be above 0"],
  ])("reject %p with a message a person can act on", (input, message) => {
    const result = StabilitySettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("measuring how stable the ranking is", () => {
  it("gives identical numbers for the same seed", () => {
    const field = aField(30);
    const first = measureStability(field, UNEVEN, settings({ seed: 9 }));
    const second = measureStability(field, UNEVEN, settings({ seed: 9 }));
    expect([...second.byKey]).toEqual([...first.byKey]);
  });

  it("gives different but close numbers for another seed", () => {
    const field = aField(30);
    const first = measureStability(field, EQUAL, settings({ seed: 1 }));
    const second = measureStability(field, EQUAL, settings({ seed: 2 }));
    const differences = field.map(
      ({ key }) => stabilityOf(second, key).pTop - stabilityOf(first, key).pTop,
    );
    expect(differences.some((difference) => difference !== 0)).toBe(true);
    // 2,000 draws: the standard error of a share is at most 0.011.
    for (const difference of differences) expect(Math.abs(difference)).toBeLessThan(0.06);
  });

  it("echoes the settings it ran with", () => {
    const run = { draws: 300, top: 3, seed: -4, concentration: 50 };
    expect(measureStability(aField(5), EQUAL, settings(run)).run).toEqual(run);
  });

  it("shares out exactly K top places: the pTop values sum to K", () => {
    for (const top of [1, 5, 17]) {
      const report = measureStability(aField(40), EQUAL, settings({ top }));
      expect(Math.abs(sumOfPTop(report) - top)).toBeLessThan(1e-12);
    }
  });

  it("calls a use case that beats everything on every axis stable at rank 1", () => {
    const report = measureStability([...aField(20, 3), aCandidate(2, DOMINANT)], EQUAL);
    expect(stabilityOf(report, 2)).toEqual({ pTop: 1, p5: 1, p95: 1, label: "stable" });
  });

  it("calls a use case that loses on every axis unlikely", () => {
    const field = [...aField(20), aCandidate(100, HOPELESS)];
    const report = measureStability(field, EQUAL);
    expect(stabilityOf(report, 100)).toMatchObject({ pTop: 0, label: "unlikely" });
    expect(stabilityOf(report, 100).p5).toBeGreaterThan(15);
  });

  it("gives a use case with 5 top places and fewer use cases than that every place", () => {
    const report = measureStability(aField(3), EQUAL, settings({ top: 5 }));
    for (const each of report.byKey.values()) expect(each).toMatchObject({ pTop: 1 });
    expect(sumOfPTop(report)).toBe(3);
  });

  it("returns nothing for no use cases", () => {
    expect(measureStability([], EQUAL).byKey.size).toBe(0);
  });
});

describe("identical use cases", () => {
  it("never swap: the earlier row takes the better rank in every draw, as in the ranking", () => {
    const twins = [aCandidate(7, DOMINANT), aCandidate(4, DOMINANT)];
    const report = measureStability([...aField(10, 10), ...twins], EQUAL, settings({ top: 1 }));
    expect(stabilityOf(report, 4)).toEqual({ pTop: 1, p5: 1, p95: 1, label: "stable" });
    expect(stabilityOf(report, 7)).toEqual({ pTop: 0, p5: 2, p95: 2, label: "unlikely" });
  });

  it("with the same disagreeing raters share the place, ties still going to the earlier row", () => {
    // Bootstrap medians of 3 raters {1, 3, 5} fall on 1, 3, 5 with chances 7/27, 13/27, 7/27:
    // both twins draw the same median 267/729 of the time, and then row 2 wins, so row 2
    // leads with 1 − (1 − 267/729) / 2 = 0.683.
    const raters = { value: [1, 3, 5] };
    const twin = { ...DOMINANT, value: 3 };
    const field = [
      aCandidate(2, twin, raters),
      aCandidate(3, twin, raters),
      aCandidate(4, HOPELESS),
    ];
    const report = measureStability(field, EQUAL, settings({ top: 1 }));
    expect(stabilityOf(report, 2).pTop).toBeCloseTo(0.683, 1);
    expect(stabilityOf(report, 2).pTop + stabilityOf(report, 3).pTop).toBe(1);
    expect(stabilityOf(report, 2).label).toBe("contested");
  });
});

describe("the weights drawn", () => {
  /** The plain ranking's rank for each row. */
  function plainRanks(field: readonly StabilityCandidate[], weights: Weights): Map<number, number> {
    const useCases = field.map(({ row, scores }) => aUseCase({ row, ...scores }));
    return new Map(rankUseCases(useCases, weights).map(({ useCase, rank }) => [useCase.row, rank]));
  }

  it("match the plain ranking, tie-breaks included, with all weight on one axis", () => {
    const field = aField(60);
    const weights = { value: 1, feasibility: 0, dataReadiness: 0, regulatoryRisk: 0 };
    const report = measureStability(field, weights, settings({ top: 10, draws: 100 }));
    for (const [row, rank] of plainRanks(field, weights)) {
      expect(stabilityOf(report, row)).toMatchObject({
        p5: rank,
        p95: rank,
        pTop: rank <= 10 ? 1 : 0,
      });
    }
  });

  it("stay at the chosen ones when the concentration is huge", () => {
    // 40v + 30f + 20d + 10(6 − r) = 260, 340, 350, 290, 280: no tie for a tie-break to settle.
    const field = [
      aCandidate(2, { value: 5, feasibility: 1, dataReadiness: 1, regulatoryRisk: 5 }),
      aCandidate(3, { value: 1, feasibility: 5, dataReadiness: 5, regulatoryRisk: 1 }),
      aCandidate(4, { value: 4, feasibility: 4, dataReadiness: 2, regulatoryRisk: 3 }),
      aCandidate(5, { value: 2, feasibility: 3, dataReadiness: 4, regulatoryRisk: 2 }),
      aCandidate(6, { value: 3, feasibility: 2, dataReadiness: 4, regulatoryRisk: 4 }),
    ];
    const report = measureStability(field, UNEVEN, settings({ top: 2, concentration: 1e9 }));
    for (const [row, rank] of plainRanks(field, UNEVEN)) {
      expect(stabilityOf(report, row)).toMatchObject({
        p5: rank,
        p95: rank,
        pTop: rank <= 2 ? 1 : 0,
      });
    }
  });

  it("leave an axis weighted 0 out, so it only ever breaks ties", () => {
    const weights = { value: 50, feasibility: 50, dataReadiness: 0, regulatoryRisk: 0 };
    const ready = aCandidate(3, { dataReadiness: 5 });
    const unready = aCandidate(2, { dataReadiness: 1 });
    const report = measureStability([unready, ready], weights, settings({ top: 1 }));
    expect(stabilityOf(report, 3)).toMatchObject({ pTop: 1, p5: 1, p95: 1 });
    expect(stabilityOf(report, 2)).toMatchObject({ pTop: 0, p5: 2, p95: 2 });
  });

  it("move a near-tie back and forth: two close use cases are both contested for one place", () => {
    const field = [
      aCandidate(2, { value: 5, feasibility: 3 }),
      aCandidate(3, { value: 3, feasibility: 5 }),
      aCandidate(4, HOPELESS),
    ];
    const report = measureStability(field, EQUAL, settings({ top: 1 }));
    expect(stabilityOf(report, 2).label).toBe("contested");
    expect(stabilityOf(report, 3).label).toBe("contested");
    expect(stabilityOf(report, 2).pTop).toBeCloseTo(0.5, 1);
  });
});

describe("resampling raters", () => {
  const field = aField(20, 3);
  const width = (raters: number[], aggregate: "median" | "mean" = "median"): number => {
    const candidate = aCandidate(2, { value: 3 }, { value: raters });
    const { p5, p95 } = stabilityOf(
      measureStability([...field, candidate], EQUAL, DEFAULT_STABILITY_SETTINGS, aggregate),
      2,
    );
    return p95 - p5;
  };

  it("widens the ranks of a use case its raters disagree on", () => {
    expect(width([1, 1, 3, 5, 5])).toBeGreaterThan(width([3, 3, 3, 3, 3]) + 3);
  });

  it("does the same with the mean", () => {
    expect(width([1, 1, 3, 5, 5], "mean")).toBeGreaterThan(width([3, 3, 3, 3, 3], "mean") + 3);
  });

  it("does the same with more raters than the median table covers", () => {
    const many = Array.from({ length: 70 }, (_, index) => 1 + (index % 5));
    expect(width(many.map((score) => (score < 3 ? 1 : score > 3 ? 5 : 3)))).toBeGreaterThan(
      width(many.map(() => 3)),
    );
  });

  it("treats unanimous raters as a fixed score", () => {
    const fixed = measureStability([...field, aCandidate(2)], EQUAL);
    const unanimous = measureStability(
      [...field, aCandidate(2, {}, { value: [3, 3, 3], feasibility: [3] })],
      EQUAL,
    );
    expect([...unanimous.byKey]).toEqual([...fixed.byKey]);
  });
});

describe("scores far outside 1 to 5", () => {
  it("rank the same by the comparator sort as in range by the radix sort", () => {
    const field = [...aField(25, 3), aCandidate(30, { value: 4 }, { value: [1, 2, 5, 5] })];
    const giant = aCandidate(1, { value: 1e7, feasibility: 1e7, dataReadiness: 1e7 });
    const inRange = measureStability(field, EQUAL, settings({ top: 4 }));
    const withGiant = measureStability([giant, ...field], EQUAL, settings({ top: 5 }));
    expect(stabilityOf(withGiant, 1)).toMatchObject({ pTop: 1, p5: 1, p95: 1 });
    for (const { key } of field) {
      const expected = stabilityOf(inRange, key);
      expect(stabilityOf(withGiant, key)).toEqual({
        ...expected,
        p5: expected.p5 + 1,
        p95: expected.p95 + 1,
      });
    }
  });
});

describe("input it cannot use", () => {
  it("refuses two use cases with the same key", () => {
    const twins = [aCandidate(2), { ...aCandidate(3), key: 2 }];
    expect(() => measureStability(twins, EQUAL)).toThrow(
      new StabilityInputError("two use cases share the key 2"),
    );
  });

  it("refuses a run too large to hold, saying how many draws fit", () => {
    const many = Array.from({ length: 20_000 }, (_, index) => aCandidate(index + 2));
    expect(() => measureStability(many, EQUAL, settings({ draws: 100_000 }))).toThrow(
      "100000 draws over 20000 use cases need too much memory; use at most 6710 draws",
    );
  });
});

describe("labels and sentences", () => {
  it.each([
    [1, "stable"],
    [0.9, "stable"],
    [0.8995, "contested"],
    [0.5, "contested"],
    [0.1005, "contested"],
    [0.1, "unlikely"],
    [0, "unlikely"],
  ])("labels pTop %p %p", (pTop, label) => {
    expect(labelOf(pTop)).toBe(label);
  });

  it.each([
    [
      { pTop: 0.97, p5: 1, p95: 3 },
      "Stable in the top 5 in 97% of draws; rank 1–3 in 90% of draws.",
    ],
    [{ pTop: 1, p5: 1, p95: 1 }, "Stable in the top 5 in 100% of draws; rank 1 in 90% of draws."],
    [
      { pTop: 0.48, p5: 3, p95: 8 },
      "Contested: in the top 5 in 48% of draws; rank 3–8 in 90% of draws.",
    ],
    [
      { pTop: 0.001, p5: 9, p95: 14 },
      "Unlikely to make the top 5 (in 1% of draws); rank 9–14 in 90% of draws.",
    ],
    [
      { pTop: 0, p5: 12, p95: 20 },
      "Unlikely to make the top 5 (in 0% of draws); rank 12–20 in 90% of draws.",
    ],
  ])("describes %p for the pane", (numbers, sentence) => {
    expect(describeStability({ ...numbers, label: labelOf(numbers.pTop) }, 5)).toBe(sentence);
  });
});
