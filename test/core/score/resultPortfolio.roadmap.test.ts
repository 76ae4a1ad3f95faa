import { keptOffReasonText, PortfolioSettingsSchema } from "../../../src/core/plan";
import { withPortfolio } from "../../../src/core/score";
import { aRow, scoreRows } from "../builders";

const settings = (annualBudget: number, roadmapFrom?: "ranking" | "portfolio") =>
  PortfolioSettingsSchema.parse({ annualBudget, ...(roadmapFrom && { roadmapFrom }) });

// A is best but dear; B and C are cheaper and, together, worth more than A within 200k.
// C needs D, which is funded with it. E has no owner.
const rows = [
  aRow({ id: "A", value: 5, feasibility: 5, budget: 200_000 }),
  aRow({ id: "B", value: 5, feasibility: 4, budget: 60_000 }),
  aRow({ id: "C", value: 5, feasibility: 3, budget: 60_000, dependsOn: "D" }),
  aRow({ id: "D", value: 2, feasibility: 2, budget: 20_000 }),
  aRow({ id: "E", value: 4, feasibility: 4, budget: 500_000, owner: null }),
];

describe("drafting the roadmap from the funded portfolio", () => {
  it("places exactly the funded use cases and keeps the rest off as not funded", () => {
    const scored = scoreRows(rows);
    const result = withPortfolio(scored, settings(200_000, "portfolio"));
    const funded = result.portfolio?.portfolios.chosen.funded.map((entry) => entry.useCase.id);
    expect(funded?.sort()).toEqual(["B", "C", "D"]);
    expect(result.roadmap.placed.map((placed) => placed.ranked.useCase.id).sort()).toEqual([
      "B",
      "C",
      "D",
    ]);
    expect(
      result.roadmap.keptOff.map((kept) => [
        kept.ranked.useCase.id,
        keptOffReasonText(kept.reason),
      ]),
    ).toEqual([
      ["A", "not funded"],
      ["E", "not funded"],
    ]);
    // D still comes before C: the dependency holds within the funded set.
    const startOf = (id: string) =>
      result.roadmap.placed.find((placed) => placed.ranked.useCase.id === id)?.start as number;
    expect(startOf("C")).toBeGreaterThan(startOf("D"));
  });

  it("asks for an owner only for use cases on the drafted roadmap", () => {
    const scored = scoreRows(rows);
    const ownerCells = (result: typeof scored) =>
      result.problems.filter((problem) => problem.field === "owner").map((p) => p.cell);
    expect(ownerCells(scored)).toHaveLength(1);
    const drafted = withPortfolio(scored, settings(200_000, "portfolio"));
    expect(ownerCells(drafted)).toEqual([]);
  });

  it("leaves the roadmap as ranked by default", () => {
    const scored = scoreRows(rows);
    const result = withPortfolio(scored, settings(200_000));
    expect(result.roadmap).toBe(scored.roadmap);
    expect(result.problems).toBe(scored.problems);
  });
});
