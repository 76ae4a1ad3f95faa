/**
 * The exact search on its own, against every subset: denser dependencies and rougher numbers
 * than use cases usually have, so that each of its bounds is put to the test.
 */
import fc from "fast-check";
import { PortfolioSearchLimitError } from "../../../src/core/plan";
import type { PortfolioProblem } from "../../../src/core/plan/portfolioProblem";
import { searchBestPortfolio } from "../../../src/core/plan/portfolioSearch";

const problem: fc.Arbitrary<PortfolioProblem> = fc
  .integer({ min: 0, max: 14 })
  .chain((count) =>
    fc.record({
      cost: fc.array(
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 6 })),
        { minLength: count, maxLength: count },
      ),
      gain: fc.array(
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(5, 10)),
        { minLength: count, maxLength: count },
      ),
      // Each use case may need any others that come after it in a shuffled order: no cycle.
      needs: fc.array(fc.uniqueArray(fc.nat(Math.max(count - 1, 0)), { maxLength: 3 }), {
        minLength: count,
        maxLength: count,
      }),
      order: fc.array(fc.integer(), { minLength: count, maxLength: count }),
      // One in eight may not be chosen at all.
      candidate: fc.array(
        fc.nat(7).map((draw) => draw !== 0),
        { minLength: count, maxLength: count },
      ),
      capacity: fc.integer({ min: 0, max: 200 }),
    }),
  )
  .map((shape) => {
    const { order, ...rest } = shape;
    const comesAfter = (item: number, other: number): boolean =>
      (order[other] as number) > (order[item] as number) ||
      (order[other] === order[item] && other > item);
    const needs = shape.needs.map((list, item) => list.filter((need) => comesAfter(item, need)));
    // A use case that needs one that may not be chosen may not be chosen either.
    const candidate = [...shape.candidate];
    const byOrder = needs.map((_, item) => item).sort((a, b) => (comesAfter(a, b) ? 1 : -1));
    for (const item of byOrder) {
      if (needs[item]?.some((need) => !candidate[need])) candidate[item] = false;
    }
    return { ...rest, needs, candidate };
  });

/** The best selection by trying every subset, as a bit mask over the use cases. */
function bruteForce({ cost, gain, needs, candidate, capacity }: PortfolioProblem): number {
  const count = cost.length;
  const needMask = needs.map((list) => list.reduce((mask, need) => mask | (1 << need), 0));
  let best = 0;
  let bestGain = 0;
  let bestCost = 0;
  for (let mask = 1; mask < 1 << count; mask++) {
    let totalGain = 0;
    let totalCost = 0;
    let feasible = true;
    for (let item = 0; item < count && feasible; item++) {
      if (!(mask & (1 << item))) continue;
      const required = needMask[item] as number;
      feasible = (candidate[item] as boolean) && (mask & required) === required;
      totalGain += gain[item] as number;
      totalCost += cost[item] as number;
    }
    if (!feasible || totalCost > capacity) continue;
    const differing = mask ^ best;
    const better =
      totalGain !== bestGain
        ? totalGain > bestGain
        : totalCost !== bestCost
          ? totalCost < bestCost
          : (mask & differing & -differing) !== 0;
    if (better) [best, bestGain, bestCost] = [mask, totalGain, totalCost];
  }
  return best;
}

const maskOf = (chosen: Uint8Array): number =>
  chosen.reduce((mask, isChosen, item) => (isChosen ? mask | (1 << item) : mask), 0);

describe("the exact portfolio search", () => {
  it("finds the brute-force best selection from any start, with or without the dependency bound", () => {
    fc.assert(
      fc.property(problem, (each) => {
        const expected = bruteForce(each);
        expect(maskOf(searchBestPortfolio(each).chosen)).toBe(expected);
        const empty = Uint8Array.from(each.cost, () => 0);
        expect(maskOf(searchBestPortfolio({ ...each, start: empty }).chosen)).toBe(expected);
        const answer = Uint8Array.from(each.cost, (_, item) => (expected >> item) & 1);
        expect(maskOf(searchBestPortfolio({ ...each, start: answer }).chosen)).toBe(expected);
        // As for thousands of linked use cases, without the bound that looks at dependencies.
        const plain = searchBestPortfolio({ ...each, dependencyBoundLimit: 0 });
        expect(maskOf(plain.chosen)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("stops with a clear error at the node limit instead of answering approximately", () => {
    const many = {
      cost: Array.from({ length: 30 }, (_, item) => 10 + ((item * 7) % 13)),
      gain: Array.from({ length: 30 }, (_, item) => 20 + ((item * 11) % 17)),
      needs: Array.from({ length: 30 }, () => []),
      candidate: Array.from({ length: 30 }, () => true),
      capacity: 150,
    };

    expect(() => searchBestPortfolio({ ...many, nodeLimit: 5 })).toThrow(PortfolioSearchLimitError);
    expect(() => searchBestPortfolio({ ...many, nodeLimit: 5 })).toThrow(
      "The best portfolio could not be proven within the search limit (5 nodes). Use the rank " +
        "order method, or narrow the candidates (fewer use cases or a smaller budget).",
    );
    expect(searchBestPortfolio(many).nodes).toBeGreaterThan(5);
  });

  it("settles many use cases of equal score and cost by rank, without trying every equal mix", () => {
    // 40 alike, room for 20: C(40, 20) selections tie on gain and cost.
    const alike = {
      cost: Array.from({ length: 40 }, () => 1000),
      gain: Array.from({ length: 40 }, () => 50),
      needs: Array.from({ length: 40 }, () => []),
      candidate: Array.from({ length: 40 }, () => true),
      capacity: 20_000,
    };
    const { chosen, nodes } = searchBestPortfolio(alike);
    // The best-ranked twenty: the rank rule prefers a selection holding a better-ranked one.
    expect(Array.from(chosen, (inIt, item) => (inIt ? item : -1)).filter((i) => i >= 0)).toEqual(
      Array.from({ length: 20 }, (_, item) => item),
    );
    expect(nodes).toBeLessThan(1000);
  });
});
