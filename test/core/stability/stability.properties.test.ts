import fc from "fast-check";
import { AXES, type Axis, type AxisScores, type Weights } from "../../../src/core/model";
import { labelOf, type StabilityCandidate } from "../../../src/core/stability/stabilitySettings";
import {
  measureStability,
  StabilitySettingsSchema,
  type StabilityReport,
} from "../../../src/core/stability";

const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(1.5, 2.5, 3.5, 4.5, 3.9));
const scores: fc.Arbitrary<AxisScores> = fc.record({
  value: score,
  feasibility: score,
  dataReadiness: score,
  regulatoryRisk: score,
});
// Mostly no raters, sometimes a few per axis (including one, and none on some axes).
const raters = fc.option(
  fc.record({
    value: fc.array(score, { maxLength: 6 }),
    feasibility: fc.array(score, { maxLength: 6 }),
    dataReadiness: fc.array(score, { maxLength: 6 }),
    regulatoryRisk: fc.array(score, { maxLength: 6 }),
  }),
  { nil: undefined, freq: 2 },
);
// Rows are unique, as on a sheet, and in any order relative to the keys.
const candidates: fc.Arbitrary<StabilityCandidate[]> = fc
  .array(fc.record({ scores, raters }), { maxLength: 25 })
  .chain((shapes) =>
    fc
      .uniqueArray(fc.integer({ min: 2, max: 500 }), {
        minLength: shapes.length,
        maxLength: shapes.length,
      })
      .map((rows) =>
        shapes.map(({ scores, raters }, key) => {
          const row = rows[key] as number;
          return raters === undefined
            ? { key, row, scores }
            : { key, row, scores, raterScores: raters };
        }),
      ),
  );
const weights: fc.Arbitrary<Weights> = fc
  .record({
    value: fc.integer({ min: 0, max: 10 }),
    feasibility: fc.integer({ min: 0, max: 10 }),
    dataReadiness: fc.integer({ min: 0, max: 10 }),
    regulatoryRisk: fc.integer({ min: 0, max: 10 }),
  })
  .filter((each) => AXES.some((axis: Axis) => each[axis] > 0));
const settings = fc
  .record({
    top: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer(),
    concentration: fc.constantFrom(1, 20, 100, 1e6),
  })
  .map((each) => StabilitySettingsSchema.parse({ ...each, draws: 100 }));
const aggregate = fc.constantFrom("median" as const, "mean" as const);

describe("stability over any use cases", () => {
  it("keeps every share in 0..1, sums them to K, orders the percentiles, labels by threshold", () => {
    fc.assert(
      fc.property(candidates, weights, settings, aggregate, (field, chosen, run, method) => {
        const report = measureStability(field, chosen, run, method);
        const n = field.length;
        const top = Math.min(run.top, n);
        let sum = 0;
        for (const { pTop, p5, p95, label } of report.byKey.values()) {
          sum += pTop;
          expect(pTop).toBeGreaterThanOrEqual(0);
          expect(pTop).toBeLessThanOrEqual(1);
          expect(1 <= p5 && p5 <= p95 && p95 <= n).toBe(true);
          expect(label).toBe(labelOf(pTop));
          // In the top in every draw: every rank, so the 95th percentile, within the top.
          if (pTop === 1) expect(p95).toBeLessThanOrEqual(top);
          if (pTop === 0) expect(p5).toBeGreaterThan(top);
        }
        expect(report.byKey.size).toBe(n);
        expect(Math.abs(sum - top)).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same numbers for the same seed", () => {
    fc.assert(
      fc.property(candidates, weights, settings, aggregate, (field, chosen, run, method) => {
        const entries = (report: StabilityReport) => [...report.byKey];
        expect(entries(measureStability(field, chosen, run, method))).toEqual(
          entries(measureStability(field, chosen, run, method)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("ranks by the comparator sort exactly as by the radix sort", () => {
    // A use case far outside 1..5 forces the comparator sort and always ranks first, so
    // everyone else's numbers shift by exactly one place.
    const giant: StabilityCandidate = {
      key: -1,
      row: 1,
      scores: { value: 1e7, feasibility: 1e7, dataReadiness: 1e7, regulatoryRisk: -1e7 },
    };
    fc.assert(
      fc.property(candidates, weights, settings, aggregate, (field, chosen, run, method) => {
        const inRange = measureStability(field, chosen, run, method);
        const shifted = measureStability(
          [giant, ...field],
          chosen,
          { ...run, top: run.top + 1 },
          method,
        );
        for (const [key, each] of inRange.byKey) {
          expect(shifted.byKey.get(key)).toEqual({ ...each, p5: each.p5 + 1, p95: each.p95 + 1 });
        }
      }),
      { numRuns: 60 },
    );
  });
});
