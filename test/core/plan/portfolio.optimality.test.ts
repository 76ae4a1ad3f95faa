/**
 * The best portfolio against brute force: every subset of a small list of use cases, checked
 * against the rules written out here again, independently of the code under test.
 */
import fc from "fast-check";
import { optimalPortfolio, rankOrderPortfolio } from "../../../src/core/plan/portfolio";
import type { Portfolio } from "../../../src/core/plan/portfolioSettings";
import {
  PortfolioSettingsSchema,
  notFundedReasonText,
  type PortfolioInput,
} from "../../../src/core/plan";
import type { RankedUseCase } from "../../../src/core/rank";
import { aUseCase } from "../builders";

const IDS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "a", "b"];
const UNKNOWN_IDS = ["Z", "missing"];

interface Scenario {
  readonly input: PortfolioInput;
  readonly values: ReadonlyMap<string, number>;
}

const useCaseShape = fc.record({
  id: fc.constantFrom(...IDS),
  dependsOn: fc.oneof(
    { weight: 5, arbitrary: fc.constant<string[]>([]) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...IDS)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...IDS, ...UNKNOWN_IDS), { maxLength: 3 }) },
  ),
  budget: fc.option(
    fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.nat(100) }),
    { nil: undefined, freq: 8 },
  ),
  // Quarter points, so that sums are exact and ties happen.
  score: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 400 }).map((q) => q / 4),
  ),
  value: fc.option(fc.nat(1000), { nil: undefined, freq: 4 }),
});

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    shapes: fc.array(useCaseShape, { maxLength: 12 }),
    notScoredIds: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
    rowOrder: fc.array(fc.integer(), { minLength: 14, maxLength: 14 }),
    annualBudget: fc.oneof(fc.constant(0), fc.nat(400)),
    objective: fc.constantFrom("score" as const, "value" as const),
  })
  .map(({ shapes, notScoredIds, rowOrder, annualBudget, objective }) => {
    // Rows shuffled between scored and not scored, so "the first row with an id" is tested.
    const rows = rowOrder
      .map((key, index) => ({ key, row: index + 2 }))
      .sort((a, b) => a.key - b.key || a.row - b.row)
      .map(({ row }) => row);
    const sorted = [...shapes].sort((a, b) => b.score - a.score);
    const values = new Map<string, number>();
    const ranked: RankedUseCase[] = sorted.map((shape, index) => {
      const row = rows[index] as number;
      const { score, value, budget, ...rest } = shape;
      if (value !== undefined) values.set(`${row}`, value);
      const useCase = aUseCase({ ...rest, row, ...(budget !== undefined && { budget }) });
      return { useCase, rank: index + 1, score, flags: [] };
    });
    const notScored = notScoredIds.map((id, index) => ({
      id,
      row: rows[sorted.length + index] as number,
    }));
    const input: PortfolioInput = {
      ranked,
      notScored,
      settings: PortfolioSettingsSchema.parse({ annualBudget, objective }),
      annualValueOf: (useCase) => values.get(`${useCase.row}`),
    };
    return { input, values };
  });

/** The rules of the portfolio, written out plainly. */
function rulesOf({ input, values }: Scenario) {
  const { ranked, notScored, settings } = input;
  const count = ranked.length;
  const firstRow = new Map<string, { row: number; index: number }>();
  const note = (id: string, row: number, index: number): void => {
    const key = id.trim().toLowerCase();
    const seen = firstRow.get(key);
    if (!seen || row < seen.row) firstRow.set(key, { row, index });
  };
  ranked.forEach(({ useCase }, index) => note(useCase.id, useCase.row, index));
  notScored.forEach(({ id, row }) => note(id, row, -1));
  const dependencies = ranked.map(({ useCase }) =>
    useCase.dependsOn.map((id) => ({ id, index: firstRow.get(id.trim().toLowerCase())?.index })),
  );

  // Reachability by repeated relaxation: in a cycle when a use case reaches itself.
  const reaches = ranked.map((_, from) => {
    const seen = new Set<number>();
    const todo = [from];
    while (todo.length > 0) {
      const at = todo.pop() as number;
      for (const { index } of dependencies[at] ?? []) {
        if (index === undefined || index < 0 || seen.has(index)) continue;
        seen.add(index);
        todo.push(index);
      }
    }
    return seen;
  });
  const inCycle = (index: number): boolean => (reaches[index] as Set<number>).has(index);

  const expectedReason = (index: number): string | undefined => {
    if (inCycle(index)) return "in a dependency cycle";
    if ((ranked[index] as RankedUseCase).useCase.budget === undefined) return "budget unknown";
    for (const { id, index: dependency } of dependencies[index] ?? []) {
      if (dependency === undefined || dependency < 0 || expectedReason(dependency) !== undefined) {
        const shown = dependency !== undefined && dependency >= 0 ? idOf(dependency) : id;
        return `dependency ${shown} cannot be funded`;
      }
    }
    return undefined;
  };
  const idOf = (index: number): string => (ranked[index] as RankedUseCase).useCase.id;
  const fundable = ranked.map((_, index) => expectedReason(index) === undefined);

  const budgetOf = (index: number): number => (ranked[index] as RankedUseCase).useCase.budget ?? 0;
  const objectiveOf = (index: number): number => {
    const entry = ranked[index] as RankedUseCase;
    return settings.objective === "score" ? entry.score : (values.get(`${entry.useCase.row}`) ?? 0);
  };

  const isFeasible = (members: readonly number[]): boolean => {
    const chosen = new Set(members);
    let spend = 0;
    for (const index of members) {
      if (!fundable[index]) return false;
      for (const { index: dependency } of dependencies[index] ?? []) {
        if (dependency === undefined || !chosen.has(dependency)) return false;
      }
      spend += budgetOf(index);
    }
    return spend <= settings.annualBudget;
  };

  /** Negative when `a` is the better set: more objective, then less money, then by rank. */
  const compare = (a: readonly number[], b: readonly number[]): number => {
    const sum = (set: readonly number[], of: (i: number) => number): number =>
      set.reduce((total, index) => total + of(index), 0);
    const byObjective = sum(b, objectiveOf) - sum(a, objectiveOf);
    if (byObjective !== 0) return byObjective;
    const byBudget = sum(a, budgetOf) - sum(b, budgetOf);
    if (byBudget !== 0) return byBudget;
    const inA = new Set(a);
    const inB = new Set(b);
    for (let index = 0; index < count; index++) {
      if (inA.has(index) !== inB.has(index)) return inA.has(index) ? -1 : 1;
    }
    return 0;
  };

  const bruteForceBest = (): number[] => {
    let best: number[] = [];
    for (let mask = 1; mask < 1 << count; mask++) {
      const members = ranked.map((_, index) => index).filter((index) => mask & (1 << index));
      if (isFeasible(members) && compare(members, best) < 0) best = members;
    }
    return best;
  };

  const rankOrderByHand = (): number[] => {
    const funded = new Set<number>();
    let left = settings.annualBudget;
    ranked.forEach((_, index) => {
      if (!fundable[index] || funded.has(index)) return;
      const closure = new Set([index]);
      const todo = [index];
      while (todo.length > 0) {
        for (const { index: dependency } of dependencies[todo.pop() as number] ?? []) {
          if (dependency === undefined || funded.has(dependency) || closure.has(dependency))
            continue;
          closure.add(dependency);
          todo.push(dependency);
        }
      }
      const spend = [...closure].reduce((total, member) => total + budgetOf(member), 0);
      if (spend > left) return;
      closure.forEach((member) => funded.add(member));
      left -= spend;
    });
    return [...funded].sort((a, b) => a - b);
  };

  return { expectedReason, isFeasible, compare, bruteForceBest, rankOrderByHand };
}

const indicesOf = (input: PortfolioInput, portfolio: Portfolio): number[] =>
  portfolio.funded.map((entry) => input.ranked.indexOf(entry));

describe("the best portfolio against every subset", () => {
  it("is the brute-force best: most objective, then least money, then best-ranked member", () => {
    fc.assert(
      fc.property(scenario, (each) => {
        const rules = rulesOf(each);
        const optimal = indicesOf(each.input, optimalPortfolio(each.input));
        expect(rules.isFeasible(optimal)).toBe(true);
        expect(optimal).toEqual(rules.bruteForceBest());
      }),
      { numRuns: 300 },
    );
  });

  it("is the brute-force best when many use cases tie on score and cost", () => {
    // Coarse scores and two budgets: most subsets tie, and only the rank rule tells them apart.
    const tied = scenario.map(({ input, values }): Scenario => {
      const ranked = input.ranked.map((entry) => ({
        ...entry,
        score: Math.round(entry.score / 50) * 50,
        useCase: {
          ...entry.useCase,
          ...(entry.useCase.budget !== undefined && {
            budget: entry.useCase.budget > 50 ? 20 : 10,
          }),
        },
      }));
      return { input: { ...input, ranked }, values };
    });
    fc.assert(
      fc.property(tied, (each) => {
        const optimal = indicesOf(each.input, optimalPortfolio(each.input));
        expect(optimal).toEqual(rulesOf(each).bruteForceBest());
      }),
      { numRuns: 300 },
    );
  });

  it("funds down the ranking in rank order, within budget and with what each needs", () => {
    fc.assert(
      fc.property(scenario, (each) => {
        const rules = rulesOf(each);
        const rankOrder = indicesOf(each.input, rankOrderPortfolio(each.input));
        expect(rules.isFeasible(rankOrder)).toBe(true);
        expect(rankOrder).toEqual(rules.rankOrderByHand());
      }),
      { numRuns: 300 },
    );
  });

  it("never lets rank order beat the best portfolio", () => {
    fc.assert(
      fc.property(scenario, (each) => {
        const rules = rulesOf(each);
        const optimal = optimalPortfolio(each.input);
        const rankOrder = rankOrderPortfolio(each.input);
        const objective = each.input.settings.objective === "score" ? "totalScore" : "totalValue";
        expect(optimal[objective]).toBeGreaterThanOrEqual(rankOrder[objective]);
        expect(
          rules.compare(indicesOf(each.input, optimal), indicesOf(each.input, rankOrder)),
        ).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("gives every use case left out the reason the rules give, in rank order", () => {
    fc.assert(
      fc.property(scenario, (each) => {
        const rules = rulesOf(each);
        for (const portfolio of [optimalPortfolio(each.input), rankOrderPortfolio(each.input)]) {
          const reasons = portfolio.notFunded.map(({ ranked, reason }) => [
            each.input.ranked.indexOf(ranked),
            notFundedReasonText(reason),
          ]);
          const expected = each.input.ranked
            .map((entry, index) => [index, entry] as const)
            .filter(([, entry]) => !portfolio.funded.includes(entry))
            .map(([index]) => [index, rules.expectedReason(index) ?? "over budget"]);
          expect(reasons).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
