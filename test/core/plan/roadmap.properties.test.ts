import fc from "fast-check";
import {
  parseQuarter,
  RoadmapSettingsSchema,
  type RoadmapSettings,
  type Weights,
} from "../../../src/core/model";
import { rankUseCases, type RankedUseCase } from "../../../src/core/rank";
import type { UseCase } from "../../../src/core/read";
import {
  keptOffReasonText,
  placeOnRoadmap,
  type PlacedUseCase,
  type Roadmap,
} from "../../../src/core/plan";
import { aUseCase } from "../builders";

const IDS = ["A", "B", "C", "D", "E", "F", "G", "a", "b", "Data-Platform", "data-platform"];
const UNKNOWN_IDS = ["Z", "missing"];
const BUDGET_ALLOWANCE = 1e-6;

interface Scenario {
  readonly useCases: UseCase[];
  readonly notScored: { row: number; id: string }[];
  readonly weights: Weights;
  readonly settings: RoadmapSettings;
}

const axis = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(3.9, 4, 4.5, 1.5));

const useCaseShape = fc.record({
  id: fc.constantFrom(...IDS),
  // Mostly none or one, now and then several, so capacity decides as often as dependencies.
  dependsOn: fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...IDS)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...IDS, ...UNKNOWN_IDS), { maxLength: 3 }) },
  ),
  duration: fc.integer({ min: 1, max: 4 }),
  budget: fc.option(
    fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(100 / 3, 0.1, 333.3)),
    { nil: undefined },
  ),
  value: axis,
  feasibility: axis,
  dataReadiness: axis,
  regulatoryRisk: axis,
});

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    shapes: fc.array(useCaseShape, { maxLength: 14 }),
    notScoredIds: fc.array(fc.constantFrom(...IDS), { maxLength: 3 }),
    rowOrder: fc.array(fc.integer(), { minLength: 20, maxLength: 20 }),
    weights: fc.record({
      value: fc.integer({ min: 0, max: 10 }),
      feasibility: fc.integer({ min: 0, max: 10 }),
      dataReadiness: fc.integer({ min: 0, max: 10 }),
      regulatoryRisk: fc.integer({ min: 1, max: 10 }),
    }),
    settings: fc.record({
      start: fc
        .tuple(fc.integer({ min: 2025, max: 2035 }), fc.integer({ min: 1, max: 4 }))
        .map(([year, q]) => `${year}-Q${q}`),
      horizon: fc.integer({ min: 1, max: 8 }),
      slotsPerQuarter: fc.integer({ min: 1, max: 4 }),
      quarterBudget: fc.option(fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.constant(100)), {
        nil: undefined,
      }),
    }),
  })
  .map(({ shapes, notScoredIds, rowOrder, weights, settings }) => {
    // Distinct sheet rows, shuffled so sheet order and rank order differ.
    const rows = rowOrder
      .map((key, index) => ({ key, row: index + 2 }))
      .sort((x, y) => x.key - y.key)
      .map(({ row }) => row);
    const useCases = shapes.map(({ budget, ...shape }, index) =>
      aUseCase({ ...shape, row: rows[index] as number, ...(budget !== undefined && { budget }) }),
    );
    const notScored = notScoredIds.map((id, index) => ({
      id,
      row: rows[shapes.length + index] as number,
    }));
    return { useCases, notScored, weights, settings: RoadmapSettingsSchema.parse(settings) };
  });

/** What the contract says each dependency id refers to: the first row with that id, ignoring case. */
function resolver({
  useCases,
  notScored,
}: Scenario): (id: string) => UseCase | "not scored" | undefined {
  const rows: { row: number; id: string; useCase?: UseCase }[] = [
    ...useCases.map((useCase) => ({ row: useCase.row, id: useCase.id, useCase })),
    ...notScored,
  ].sort((x, y) => x.row - y.row);
  return (id) => {
    const found = rows.find((row) => row.id.trim().toLowerCase() === id.trim().toLowerCase());
    if (found === undefined) return undefined;
    return found.useCase ?? "not scored";
  };
}

/** Use cases from which following dependencies leads back to themselves. */
function inSomeCycle(
  useCases: readonly UseCase[],
  resolve: ReturnType<typeof resolver>,
): Set<UseCase> {
  const next = (useCase: UseCase): UseCase[] =>
    useCase.dependsOn.map(resolve).filter((found): found is UseCase => typeof found === "object");
  const cyclic = new Set<UseCase>();
  for (const origin of useCases) {
    const seen = new Set<UseCase>();
    const stack = next(origin);
    while (stack.length > 0) {
      const current = stack.pop() as UseCase;
      if (current === origin) {
        cyclic.add(origin);
        break;
      }
      if (seen.has(current)) continue;
      seen.add(current);
      stack.push(...next(current));
    }
  }
  return cyclic;
}

interface Loads {
  count: number[];
  budget: number[];
}

function loadsOf(roadmap: Roadmap, settings: RoadmapSettings, except?: PlacedUseCase): Loads {
  const first = parseQuarter(settings.start);
  const count = Array<number>(settings.horizon).fill(0);
  const budget = Array<number>(settings.horizon).fill(0);
  for (const placed of roadmap.placed) {
    if (placed === except) continue;
    for (let quarter = placed.start; quarter <= placed.end; quarter++) {
      count[quarter - first] = (count[quarter - first] as number) + 1;
      budget[quarter - first] =
        (budget[quarter - first] as number) + (placed.budgetPerQuarter ?? 0);
    }
  }
  return { count, budget };
}

/** True when a run of `duration` from `start` crosses a quarter with no room for `share` more. */
function blocked(
  loads: Loads,
  settings: RoadmapSettings,
  start: number,
  duration: number,
  share: number,
): boolean {
  const first = parseQuarter(settings.start);
  for (let quarter = start; quarter < start + duration; quarter++) {
    const q = quarter - first;
    if ((loads.count[q] as number) >= settings.slotsPerQuarter) return true;
    if (
      settings.quarterBudget !== undefined &&
      (loads.budget[q] as number) + share > settings.quarterBudget + BUDGET_ALLOWANCE
    ) {
      return true;
    }
  }
  return false;
}

function slotsFull(
  loads: Loads,
  settings: RoadmapSettings,
  start: number,
  duration: number,
): boolean {
  const first = parseQuarter(settings.start);
  for (let quarter = start; quarter < start + duration; quarter++) {
    if ((loads.count[quarter - first] as number) >= settings.slotsPerQuarter) return true;
  }
  return false;
}

function plan(scenario: Scenario): { ranked: RankedUseCase[]; roadmap: Roadmap } {
  const ranked = rankUseCases(scenario.useCases, scenario.weights);
  return {
    ranked,
    roadmap: placeOnRoadmap({ ranked, notScored: scenario.notScored, settings: scenario.settings }),
  };
}

describe("any roadmap the engine drafts", () => {
  it("places each scored use case once or keeps it off once, with one of the contract's reasons", () => {
    fc.assert(
      fc.property(scenario, (given) => {
        const { ranked, roadmap } = plan(given);
        const outcomes = [
          ...roadmap.placed.map((placed) => placed.ranked),
          ...roadmap.keptOff.map((kept) => kept.ranked),
        ];

        expect(outcomes.map((entry) => entry.rank).sort((x, y) => x - y)).toEqual(
          ranked.map((entry) => entry.rank),
        );
        for (const { reason } of roadmap.keptOff) {
          expect(keptOffReasonText(reason)).toMatch(/^(cycle|dependency .+|horizon|slots|budget)$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never runs more use cases in a quarter than it has slots, nor spends over the cap", () => {
    fc.assert(
      fc.property(scenario, (given) => {
        const { roadmap } = plan(given);
        const loads = loadsOf(roadmap, given.settings);

        for (const count of loads.count)
          expect(count).toBeLessThanOrEqual(given.settings.slotsPerQuarter);
        if (given.settings.quarterBudget !== undefined) {
          for (const spent of loads.budget)
            expect(spent).toBeLessThanOrEqual(given.settings.quarterBudget + BUDGET_ALLOWANCE);
        }
        expect(roadmap.quarters.map((quarter) => quarter.count)).toEqual(loads.count);
        roadmap.quarters.forEach((quarter, q) =>
          expect(quarter.budget).toBeCloseTo(loads.budget[q] as number, 6),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("fits every placed use case inside the horizon, after its dependencies finish and past the governance gate", () => {
    fc.assert(
      fc.property(scenario, (given) => {
        const { roadmap } = plan(given);
        const resolve = resolver(given);
        const first = parseQuarter(given.settings.start);
        const endOf = new Map(roadmap.placed.map((placed) => [placed.ranked.useCase, placed.end]));

        for (const placed of roadmap.placed) {
          const { useCase, flags } = placed.ranked;
          expect(placed.start).toBeGreaterThanOrEqual(first);
          expect(placed.end).toBe(placed.start + useCase.duration - 1);
          expect(placed.end).toBeLessThanOrEqual(first + given.settings.horizon - 1);
          if (flags.includes("governance-review")) expect(placed.start).toBeGreaterThan(first);
          for (const id of useCase.dependsOn) {
            const dependency = resolve(id);
            expect(typeof dependency).toBe("object");
            expect(endOf.get(dependency as UseCase)).toBeLessThan(placed.start);
          }
          if (useCase.budget !== undefined) {
            expect(placed.budgetPerQuarter).toBeCloseTo(useCase.budget / useCase.duration, 9);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("places each use case in the earliest quarter it fits, and keeps one off only for the reason that stopped it", () => {
    fc.assert(
      fc.property(scenario, (given) => {
        const { roadmap } = plan(given);
        const resolve = resolver(given);
        const cyclic = inSomeCycle(given.useCases, resolve);
        const first = parseQuarter(given.settings.start);
        const placedOf = new Map(roadmap.placed.map((placed) => [placed.ranked.useCase, placed]));
        const finalLoads = loadsOf(roadmap, given.settings);

        const earliestStart = (useCase: UseCase, governance: boolean): number =>
          Math.max(
            first,
            governance ? first + 1 : first,
            ...useCase.dependsOn.map(
              (id) => (placedOf.get(resolve(id) as UseCase)?.end ?? -Infinity) + 1,
            ),
          );

        for (const placed of roadmap.placed) {
          const { useCase, flags } = placed.ranked;
          expect(cyclic.has(useCase)).toBe(false);
          const share = placed.budgetPerQuarter ?? 0;
          const others = loadsOf(roadmap, given.settings, placed);
          for (
            let start = earliestStart(useCase, flags.includes("governance-review"));
            start < placed.start;
            start++
          ) {
            expect(blocked(others, given.settings, start, useCase.duration, share)).toBe(true);
          }
        }

        for (const { ranked: entry, reason } of roadmap.keptOff) {
          const { useCase, flags } = entry;
          expect(reason.kind === "cycle").toBe(cyclic.has(useCase));
          if (reason.kind === "cycle") continue;

          const firstMissing = useCase.dependsOn.find(
            (id) => !placedOf.has(resolve(id) as UseCase),
          );
          if (firstMissing !== undefined) {
            const found = resolve(firstMissing);
            expect(reason).toEqual({
              kind: "dependency",
              id: typeof found === "object" ? found.id : firstMissing,
            });
            continue;
          }
          expect(reason.kind).not.toBe("dependency");

          const earliest = earliestStart(useCase, flags.includes("governance-review"));
          const lastStart = first + given.settings.horizon - useCase.duration;
          if (reason.kind === "horizon") {
            expect(earliest).toBeGreaterThan(lastStart);
            continue;
          }
          expect(earliest).toBeLessThanOrEqual(lastStart);
          const share = useCase.budget === undefined ? 0 : useCase.budget / useCase.duration;
          for (let start = earliest; start <= lastStart; start++) {
            if (reason.kind === "slots")
              expect(slotsFull(finalLoads, given.settings, start, useCase.duration)).toBe(true);
            else
              expect(blocked(finalLoads, given.settings, start, useCase.duration, share)).toBe(
                true,
              );
          }
          if (reason.kind === "budget") expect(given.settings.quarterBudget).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("lists placed use cases by start then rank, and kept-off ones by rank", () => {
    fc.assert(
      fc.property(scenario, (given) => {
        const { roadmap } = plan(given);
        const placedKeys = roadmap.placed.map(
          (placed) => [placed.start, placed.ranked.rank] as const,
        );
        const keptRanks = roadmap.keptOff.map((kept) => kept.ranked.rank);

        expect(placedKeys).toEqual([...placedKeys].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
        expect(keptRanks).toEqual([...keptRanks].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });
});
