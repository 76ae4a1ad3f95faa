/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { formatQuarter } from "../../src/core";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import {
  budgetBox,
  engine,
  fundedIds,
  radio,
  roadmapFromFunded,
  typeBudget,
} from "./portfolioPane";
import { hidePane, previewQuarters, previewRows, renderPane, section } from "./renderPane";

// Each test drives the whole pane, and in jsdom every re-render and role query of a DOM this
// size takes a few hundred milliseconds: more than Jest's 5 s for a test that writes.
jest.setTimeout(20_000);

describe("the roadmap drafted from the funded set", () => {
  it("keeps every use case the budget does not fund off the roadmap, and says why", async () => {
    // A budget that funds some of the use cases the plain roadmap would place.
    const annualBudget = [300_000, 400_000, 500_000].find((amount) => {
      const { portfolio, roadmap } = engine(amount);
      return roadmap.placed.some(({ ranked }) => !portfolio.funded.includes(ranked.useCase.id));
    });
    if (annualBudget === undefined) throw new Error("every budget tried funds the whole roadmap");
    await renderPane();
    typeBudget(String(annualBudget));
    const fromRanking = previewQuarters();
    expect(roadmapFromFunded().checked).toBe(false);

    fireEvent.click(roadmapFromFunded());

    const expected = engine(annualBudget, { roadmapFrom: "portfolio" });
    const startOf = new Map(
      expected.roadmap.placed.map(({ ranked, start }) => [ranked.useCase.id, formatQuarter(start)]),
    );
    const quarters = previewQuarters();
    expect(quarters).not.toEqual(fromRanking);
    expect(quarters).toEqual(
      expected.ranked.map(({ useCase }) => startOf.get(useCase.id) ?? "off"),
    );
    const notFunded = expected.ranked
      .slice(0, 10)
      .find(({ useCase }) => !expected.portfolio.funded.includes(useCase.id));
    if (!notFunded) throw new Error("the top 10 are all funded at this budget");
    const row = previewRows().find((shown) => shown.name === notFunded.useCase.name);
    expect(row?.quarter).toBe("off");
    expect(
      within(section("Ranking")).getAllByLabelText(/^off the roadmap: Not in the portfolio/).length,
    ).toBeGreaterThan(0);
  });

  it("goes back to the ranking's roadmap when unticked", async () => {
    await renderPane();
    const fromRanking = previewQuarters();
    typeBudget("300k");
    fireEvent.click(roadmapFromFunded());
    expect(previewQuarters()).not.toEqual(fromRanking);

    fireEvent.click(roadmapFromFunded());

    expect(previewQuarters()).toEqual(fromRanking);
  });
});

describe("writing with a budget", () => {
  it("passes the portfolio on with the result, so the Summary sheet carries it", async () => {
    const { excel } = await renderPane();
    typeBudget("600k");
    fireEvent.click(roadmapFromFunded());

    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    await screen.findByText(/^Wrote /);

    const expected = engine(600_000, { roadmapFrom: "portfolio" });
    const written = excel.written[0];
    expect(written?.portfolio?.annualBudget).toBe(600_000);
    expect(written?.portfolio?.funded).toEqual(expected.portfolio.funded);
    expect(written?.portfolio?.notFunded).toEqual(expected.portfolio.notFunded);
    expect(written?.roadmap.placed.map(({ ranked }) => ranked.useCase.id)).toEqual(
      expected.roadmap.placed.map(({ ranked }) => ranked.useCase.id),
    );
    expect(
      written?.roadmap.keptOff.filter(({ reason }) => reason.kind === "not funded").length,
    ).toBeGreaterThan(0);
    expect(section(/Write/).textContent).toContain(
      `a portfolio of ${expected.portfolio.funded.length} within 600,000.`,
    );
  });
});

describe("the portfolio settings", () => {
  it("are remembered in the workbook and open as they were left", async () => {
    const store = createMemoryStore();
    const first = await renderPane({ store });
    typeBudget("1.2M");
    fireEvent.click(radio("Rank order"));
    fireEvent.click(radio("Total annual value"));
    fireEvent.click(roadmapFromFunded());
    // A typo on the way does not wipe what was remembered.
    typeBudget("1.2MM");
    hidePane();
    expect(store.load().portfolio).toEqual({
      annualBudget: 1_200_000,
      objective: "value",
      method: "rank",
      roadmapFrom: "portfolio",
    });
    first.unmount();

    await renderPane({ store });

    expect(budgetBox().value).toBe("1,200,000");
    expect(radio("Rank order").checked).toBe(true);
    expect(radio("Total annual value").checked).toBe(true);
    expect(roadmapFromFunded().checked).toBe(true);
    const expected = engine(1_200_000, {
      objective: "value",
      method: "rank",
      roadmapFrom: "portfolio",
    });
    expect(fundedIds()).toEqual(expected.portfolio.funded);
  });

  it("forget the budget, but not the rest, when the box is emptied", async () => {
    const store = createMemoryStore();
    await renderPane({ store });
    typeBudget("600k");
    fireEvent.click(radio("Rank order"));

    typeBudget("");
    hidePane();

    expect(store.load().portfolio).toEqual({
      objective: "score",
      method: "rank",
      roadmapFrom: "ranking",
    });
  });
});
