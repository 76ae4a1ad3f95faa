import {
  notFundedReasonText,
  PortfolioSearchLimitError,
  PortfolioSettingsSchema,
  type PortfolioInput,
} from "../../../src/core/plan";
import { optimalPortfolio, rankOrderPortfolio } from "../../../src/core/plan/portfolio";
import type { Portfolio } from "../../../src/core/plan/portfolioSettings";
import type { RankedUseCase } from "../../../src/core/rank";
import { aUseCase } from "../builders";

interface Candidate {
  readonly id: string;
  readonly score: number;
  readonly budget?: number;
  readonly dependsOn?: readonly string[];
  readonly value?: number;
}

/** Use cases ranked in the order given, rows counting up from 2. */
function ranked(...candidates: Candidate[]): RankedUseCase[] {
  return candidates.map(({ id, score, budget, dependsOn = [], value }, index) => ({
    useCase: aUseCase({
      id,
      row: index + 2,
      dependsOn,
      ...(budget !== undefined && { budget }),
      ...(value !== undefined && { hoursSaved: value }),
    }),
    rank: index + 1,
    score,
    flags: [],
  }));
}

function inputOf(
  list: readonly RankedUseCase[],
  settings: { annualBudget: number; objective?: "score" | "value" },
  notScored: PortfolioInput["notScored"] = [],
): PortfolioInput {
  // The annual value rides on hours saved here, to keep the builders plain.
  return {
    ranked: list,
    notScored,
    settings: PortfolioSettingsSchema.parse(settings),
    annualValueOf: (useCase) => useCase.hoursSaved,
  };
}

/** A portfolio as a person reads it: what is funded, and why the rest is not. */
function read(portfolio: Portfolio) {
  return {
    funded: portfolio.funded.map(({ useCase }) => useCase.id),
    notFunded: portfolio.notFunded.map(
      ({ ranked: entry, reason }) => `${entry.useCase.id}: ${notFundedReasonText(reason)}`,
    ),
  };
}

const both = (input: PortfolioInput) => ({
  optimal: read(optimalPortfolio(input)),
  rankOrder: read(rankOrderPortfolio(input)),
});

describe("which use cases can be funded at all", () => {
  it("never funds a use case whose budget is unknown, rather than treating it as free", () => {
    const list = ranked({ id: "A", score: 90 }, { id: "B", score: 50, budget: 10 });

    expect(both(inputOf(list, { annualBudget: 1000 }))).toEqual({
      optimal: { funded: ["B"], notFunded: ["A: budget unknown"] },
      rankOrder: { funded: ["B"], notFunded: ["A: budget unknown"] },
    });
  });

  it("never funds a use case that needs one not in the sheet", () => {
    const list = ranked({ id: "A", score: 90, budget: 10, dependsOn: ["UC-99"] });

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 1000 })))).toEqual({
      funded: [],
      notFunded: ["A: dependency UC-99 cannot be funded"],
    });
  });

  it("never funds a use case that needs a row that was not scored", () => {
    const list = ranked({ id: "A", score: 90, budget: 10, dependsOn: ["UC-7"] });
    const input = inputOf(list, { annualBudget: 1000 }, [{ row: 9, id: "UC-7" }]);

    expect(read(optimalPortfolio(input)).notFunded).toEqual([
      "A: dependency UC-7 cannot be funded",
    ]);
  });

  it("never funds a use case that needs one that cannot be funded, naming the first", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 10, dependsOn: ["C", "B"] },
      { id: "B", score: 80 },
      { id: "C", score: 70, budget: 10, dependsOn: ["B"] },
    );

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 1000 })))).toEqual({
      funded: [],
      notFunded: [
        "A: dependency C cannot be funded",
        "B: budget unknown",
        "C: dependency B cannot be funded",
      ],
    });
  });

  it("never funds use cases in a dependency cycle, nor what needs them", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 10, dependsOn: ["B"] },
      { id: "B", score: 80, budget: 10, dependsOn: ["A"] },
      { id: "C", score: 70, budget: 10, dependsOn: ["a"] },
      { id: "D", score: 60, budget: 10, dependsOn: ["D"] },
      { id: "E", score: 50, budget: 10 },
    );

    expect(both(inputOf(list, { annualBudget: 1000 })).optimal).toEqual({
      funded: ["E"],
      notFunded: [
        "A: in a dependency cycle",
        "B: in a dependency cycle",
        "C: dependency A cannot be funded",
        "D: in a dependency cycle",
      ],
    });
  });

  it("matches dependency ids trimmed and ignoring case, the first row with an id meant", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 10, dependsOn: [" data-platform "] },
      { id: "Data-Platform", score: 10, budget: 20 },
      { id: "data-platform", score: 5 },
    );

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 30 })))).toEqual({
      funded: ["A", "Data-Platform"],
      notFunded: ["data-platform: budget unknown"],
    });
  });

  it("treats a dependency on an id whose first row was not scored as unmet", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 10, dependsOn: ["P"] },
      { id: "P", score: 10, budget: 20 },
    );
    const input = inputOf(list, { annualBudget: 1000 }, [{ row: 1, id: "p" }]);

    expect(read(optimalPortfolio(input))).toEqual({
      funded: ["P"],
      notFunded: ["A: dependency P cannot be funded"],
    });
  });
});

describe("what funding a use case takes", () => {
  it("funds what a chosen use case needs, even when it ranks lower", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 50, dependsOn: ["C"] },
      { id: "B", score: 60, budget: 50 },
      { id: "C", score: 10, budget: 50 },
    );

    expect(both(inputOf(list, { annualBudget: 100 }))).toEqual({
      optimal: { funded: ["A", "C"], notFunded: ["B: over budget"] },
      rankOrder: { funded: ["A", "C"], notFunded: ["B: over budget"] },
    });
  });

  it("counts a dependency that several use cases share once", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 100, dependsOn: ["C"] },
      { id: "B", score: 80, budget: 100, dependsOn: ["C"] },
      { id: "C", score: 10, budget: 100 },
    );
    const input = inputOf(list, { annualBudget: 300 });

    expect(optimalPortfolio(input)).toMatchObject({ totalBudget: 300, totalScore: 180 });
    expect(rankOrderPortfolio(input)).toMatchObject({ totalBudget: 300, totalScore: 180 });
  });

  it("skips, in rank order, a use case whose unfunded dependencies do not fit", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 30, dependsOn: ["C"] },
      { id: "B", score: 80, budget: 60 },
      { id: "C", score: 10, budget: 80 },
    );

    expect(read(rankOrderPortfolio(inputOf(list, { annualBudget: 100 })))).toEqual({
      funded: ["B"],
      notFunded: ["A: over budget", "C: over budget"],
    });
  });

  it("with a budget of 0 funds only what costs nothing, with all it needs", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 10 },
      { id: "B", score: 80, budget: 0, dependsOn: ["A"] },
      { id: "C", score: 70, budget: 0 },
      { id: "D", score: 60, budget: 0, dependsOn: ["C"] },
    );

    expect(both(inputOf(list, { annualBudget: 0 }))).toEqual({
      optimal: { funded: ["C", "D"], notFunded: ["A: over budget", "B: over budget"] },
      rankOrder: { funded: ["C", "D"], notFunded: ["A: over budget", "B: over budget"] },
    });
  });

  it("counts money to the cent, so sums such as 0.1 + 0.2 fit a budget of 0.3", () => {
    const list = ranked({ id: "A", score: 90, budget: 0.1 }, { id: "B", score: 80, budget: 0.2 });

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 0.3 }))).funded).toEqual(["A", "B"]);
  });

  it("never spends more than the annual budget, even by a fraction of a cent", () => {
    const list = ranked({ id: "A", score: 90, budget: 100.004 });

    expect(both(inputOf(list, { annualBudget: 100 }))).toEqual({
      optimal: { funded: [], notFunded: ["A: over budget"] },
      rankOrder: { funded: [], notFunded: ["A: over budget"] },
    });
  });
});

describe("what the best portfolio maximises", () => {
  it("maximises annual value when asked, counting an unknown value as 0", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 50 },
      { id: "B", score: 20, budget: 50, value: 1000 },
      { id: "C", score: 10, budget: 50, value: 600 },
    );
    const portfolio = optimalPortfolio(inputOf(list, { annualBudget: 100, objective: "value" }));

    expect(read(portfolio).funded).toEqual(["B", "C"]);
    expect(portfolio).toMatchObject({ objective: "value", totalValue: 1600, totalScore: 30 });
  });

  it("between sets with the same total, funds the one that costs less", () => {
    const list = ranked({ id: "A", score: 50, budget: 60 }, { id: "B", score: 50, budget: 40 });

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 60 }))).funded).toEqual(["B"]);
  });

  it("between sets with the same total and cost, funds the one with the better-ranked member", () => {
    const list = ranked(
      { id: "C", score: 50, budget: 40 },
      { id: "A", score: 30, budget: 20 },
      { id: "B", score: 20, budget: 20 },
    );
    const twins = ranked({ id: "X", score: 50, budget: 40 }, { id: "Y", score: 50, budget: 40 });

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 40 }))).funded).toEqual(["C"]);
    expect(read(optimalPortfolio(inputOf(twins, { annualBudget: 40 }))).funded).toEqual(["X"]);
  });

  it("funds a use case that costs nothing whenever it can be funded", () => {
    const list = ranked(
      { id: "A", score: 90, budget: 100 },
      { id: "B", score: 1, budget: 0 },
      { id: "C", score: 0, budget: 0 },
    );

    expect(read(optimalPortfolio(inputOf(list, { annualBudget: 100 }))).funded).toEqual([
      "A",
      "B",
      "C",
    ]);
  });

  it("stops with a clear error, never a guess, when the search would run too long", () => {
    const list = ranked(
      ...Array.from({ length: 30 }, (_, index) => ({
        id: `UC-${index + 1}`,
        score: 40 + ((index * 7) % 13),
        budget: 10 + ((index * 11) % 17),
      })),
    );
    const input = { ...inputOf(list, { annualBudget: 150 }), nodeLimit: 3 };

    expect(() => optimalPortfolio(input)).toThrow(PortfolioSearchLimitError);
    expect(() => rankOrderPortfolio(input)).not.toThrow();
  });
});
