import fc from "fast-check";
import { PortfolioSettingsSchema } from "../../../src/core/plan";
import { withPortfolio, withStability } from "../../../src/core/score";
import { describeStability, StabilitySettingsSchema } from "../../../src/core/stability";
import { aRow, scoreRows } from "../builders";

const budget = (annualBudget: number) => PortfolioSettingsSchema.parse({ annualBudget });
const draws = (overrides: { concentration?: number; seed?: number } = {}) =>
  StabilitySettingsSchema.parse({ draws: 400, ...overrides });

// Five candidates of mixed merit and cost; C needs E.
const rows = [
  aRow({ id: "A", value: 5, feasibility: 4, dataReadiness: 2, budget: 100_000 }),
  aRow({ id: "B", value: 4, feasibility: 5, dataReadiness: 3, budget: 150_000 }),
  aRow({ id: "C", value: 4, feasibility: 3, dataReadiness: 5, budget: 80_000, dependsOn: "E" }),
  aRow({ id: "D", value: 2, feasibility: 4, dataReadiness: 4, budget: 900_000 }),
  aRow({ id: "E", value: 3, feasibility: 2, dataReadiness: 2, budget: 40_000 }),
  aRow({ id: "F", value: 5, feasibility: 5, dataReadiness: 5 }), // budget unknown
];

const pFundedById = (result: ReturnType<typeof scoreRows>) =>
  new Map(
    result.ranked.map(({ useCase }) => [
      useCase.id,
      result.stability?.byKey.get(useCase.row)?.pFunded,
    ]),
  );

describe("the probability of staying above the funding line", () => {
  it("is 1 for the rank-order set and 0 for the rest when the weights barely move", () => {
    const scored = scoreRows(rows);
    const settings = budget(300_000);
    const rankOrder = withPortfolio(scored, { ...settings, method: "rank" }).portfolio;
    const stable = withStability(scored, draws({ concentration: 1e9 }), settings);
    const funded = new Set(rankOrder?.funded);
    expect(funded.size).toBeGreaterThan(0);
    for (const [id, pFunded] of pFundedById(stable)) {
      expect([id, pFunded]).toEqual([id, funded.has(id) ? 1 : 0]);
    }
    expect(stable.stability?.run.annualBudget).toBe(300_000);
  });

  it("never funds what cannot be funded, and funds everything fundable when money is no object", () => {
    const scored = scoreRows(rows);
    const lavish = pFundedById(withStability(scored, draws(), budget(10_000_000)));
    expect(lavish.get("F")).toBe(0); // budget unknown
    for (const id of ["A", "B", "C", "D", "E"]) expect(lavish.get(id)).toBe(1);
    const tight = pFundedById(withStability(scored, draws(), budget(500_000)));
    expect(tight.get("D")).toBe(0); // costs more than the whole budget
    // C is funded only with E: E stays above the line at least as often as C.
    expect(tight.get("E")).toBeGreaterThanOrEqual(tight.get("C") as number);
  });

  it("is a share of the draws, in every draw within the budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_300_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (annualBudget, seed) => {
          const scored = scoreRows(rows);
          const stable = withStability(
            scored,
            draws({ seed, concentration: 5 }),
            budget(annualBudget),
          );
          const shares = [...pFundedById(stable).values()] as number[];
          for (const share of shares) {
            expect(share * 400).toBeCloseTo(Math.round(share * 400), 9);
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          // Expected spend over the draws cannot pass the budget, since no single draw does.
          const costOf = new Map(
            scored.ranked.map(({ useCase }) => [useCase.id, useCase.budget ?? 0]),
          );
          const expectedSpend = [...pFundedById(stable)].reduce(
            (sum, [id, share]) => sum + (share as number) * (costOf.get(id) as number),
            0,
          );
          expect(expectedSpend).toBeLessThanOrEqual(annualBudget + 1e-6);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("is left out without a budget, and said in the pane's sentence with one", () => {
    const scored = scoreRows(rows);
    const plain = withStability(scored, draws());
    expect([...pFundedById(plain).values()].every((share) => share === undefined)).toBe(true);
    const stable = withStability(scored, draws({ concentration: 1e9 }), budget(300_000));
    const first = stable.stability?.byKey.get(stable.ranked[0]?.useCase.row as number);
    expect(describeStability(first!, 5)).toMatch(
      /; above the funding line in (0|100)% of draws\.$/,
    );
  });
});
