/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import {
  budgetCutSentence,
  DEFAULT_WEIGHTS,
  notFundedReasonText,
  portfolioComparisonSentence,
  type Weights,
} from "../../src/core";
import { ANNUAL_BUDGET_HOW_TO } from "../../src/taskpane/portfolioChoice";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import { FakeExcel } from "./fakeAdapter";
import {
  budget,
  budgetBox,
  engine,
  fundedIds,
  fundedRows,
  fundedTotal,
  money,
  notFundedRows,
  radio,
  showAllNotFunded,
  typeBudget,
  withoutHours,
} from "./portfolioPane";
import { renderPane, section } from "./renderPane";
import { aSheet, sampleRows } from "./sheets";

// Each test drives the whole pane, and in jsdom every re-render and role query of a DOM this
// size takes a few hundred milliseconds: more than Jest's 5 s for a test that writes.
jest.setTimeout(20_000);

describe("the annual budget", () => {
  it("shows what a budget of 600k buys: rank order against the best set, the 10% cut, and who is funded", async () => {
    await renderPane();
    const expected = engine(600_000).portfolio;
    expect(budget().queryByRole("table")).toBeNull();

    typeBudget("600k");

    expect(budget().getByText(portfolioComparisonSentence(expected))).toBeTruthy();
    expect(budget().getByText(budgetCutSentence(expected))).toBeTruthy();
    expect(fundedIds()).toEqual(expected.funded);
    expect(fundedIds().length).toBeGreaterThan(0);
    // The rows add up to the total shown, and the total to the engine's, within the budget.
    const shown = fundedRows().reduce((sum, row) => sum + Number(row.budget.replace(/,/g, "")), 0);
    expect(money(shown)).toBe(fundedTotal());
    expect(fundedTotal()).toBe(money(expected.totalBudget));
    expect(expected.totalBudget).toBeLessThanOrEqual(600_000);
    expect(budget().getByText(/^Total score /).textContent).toContain(`of ${money(600_000)} left.`);
    // Every scored use case is either funded or listed with its reason.
    showAllNotFunded();
    expect(notFundedRows()).toEqual(expected.notFunded);
    expect(fundedRows().length + notFundedRows().length).toBe(24);
  });

  it("reads the budget however a CFO types it", async () => {
    await renderPane();
    const expected = engine(1_200_000).portfolio.funded;

    for (const typed of ["1.2M", "1,200,000", "$1,200,000", "1200k", "USD 1.2m"]) {
      typeBudget(typed);
      expect([typed, budget().queryByText(ANNUAL_BUDGET_HOW_TO)]).toEqual([typed, null]);
      expect([typed, fundedIds()]).toEqual([typed, expected]);
    }
  });

  it("moves the portfolio the moment a weight moves, when the new ranking funds another set", async () => {
    // A budget at which putting all the weight on feasibility changes the best set, found by
    // the engine rather than hard-coded.
    const feasibilityOnly: Weights = {
      value: 0,
      feasibility: 100,
      dataReadiness: 0,
      regulatoryRisk: 0,
    };
    const annualBudget = [200_000, 300_000, 400_000, 500_000, 600_000, 800_000].find(
      (amount) =>
        engine(amount).portfolio.funded.join() !==
        engine(amount, {}, feasibilityOnly).portfolio.funded.join(),
    );
    if (annualBudget === undefined) throw new Error("no budget tried funds a different set");
    const { excel } = await renderPane();
    typeBudget(String(annualBudget));
    expect(fundedIds()).toEqual(engine(annualBudget).portfolio.funded);
    const callsBefore = excel.calls.length;

    const weights = within(section("Weights"));
    for (const [axis, value] of [
      ["Business value", "0"],
      ["Data readiness", "0"],
      ["Regulatory risk", "0"],
      ["Technical feasibility", "100"],
    ] as const) {
      fireEvent.change(weights.getByRole("slider", { name: axis }), { target: { value } });
    }

    const moved = engine(annualBudget, {}, feasibilityOnly).portfolio;
    expect(fundedIds()).toEqual(moved.funded);
    expect(fundedIds()).not.toEqual(engine(annualBudget).portfolio.funded);
    expect(budget().getByText(portfolioComparisonSentence(moved))).toBeTruthy();
    expect(excel.calls).toHaveLength(callsBefore);
  });

  it("funds down the ranking with Rank order, and the sentence says so", async () => {
    await renderPane();
    typeBudget("600k");

    fireEvent.click(radio("Rank order"));

    const expected = engine(600_000, { method: "rank" }).portfolio;
    expect(radio("Rank order").checked).toBe(true);
    expect(fundedIds()).toEqual(expected.funded);
    expect(budget().getByText(portfolioComparisonSentence(expected)).textContent).toMatch(
      /^Rank order funds \d+ use cases for [\d.,]+ points\.$/,
    );
  });

  it("says how to type a budget it cannot read, and shows no portfolio for it", async () => {
    await renderPane();
    typeBudget("600k");
    expect(fundedIds()).not.toEqual([]);

    typeBudget("about 600");

    expect(budgetBox().value).toBe("about 600");
    expect(budget().getByText(ANNUAL_BUDGET_HOW_TO)).toBeTruthy();
    expect(budgetBox().getAttribute("aria-invalid")).toBe("true");
    expect(budget().queryByRole("table")).toBeNull();
    expect(budget().queryByText(/^Rank order (already )?funds/)).toBeNull();
  });

  it("refuses a negative budget with its own reason", async () => {
    await renderPane();

    typeBudget("-600k");

    expect(budget().getByText("The annual budget cannot be negative.")).toBeTruthy();
    expect(budget().queryByText(ANNUAL_BUDGET_HOW_TO)).toBeNull();
    expect(budget().queryByRole("table")).toBeNull();
  });

  it("shows nothing of a portfolio, and writes none, when the box is emptied", async () => {
    const { excel } = await renderPane();
    typeBudget("600k");
    typeBudget("");

    expect(budget().getByText("Optional; empty means no portfolio.")).toBeTruthy();
    expect(budget().queryByRole("table")).toBeNull();
    expect(budget().queryByRole("radio")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    await screen.findByText(/^Wrote /);
    expect(excel.written[0]?.portfolio).toBeUndefined();
  });
});

describe("what the portfolio maximises", () => {
  it("offers total annual value only when the sheet has hours saved", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [withoutHours()] }) });
    typeBudget("600k");

    expect(radio("Total annual value").disabled).toBe(true);
    expect(radio("Total score").checked).toBe(true);
    expect(budget().getByText("Annual value needs an Hours saved per week column.")).toBeTruthy();
    expect(budget().getByText(/^Total score /).textContent).not.toContain("annual value");
  });

  it("maximises the annual value when asked, on a sheet with hours saved", async () => {
    await renderPane();
    typeBudget("600k");
    expect(radio("Total annual value").disabled).toBe(false);

    fireEvent.click(radio("Total annual value"));

    const expected = engine(600_000, { objective: "value" }).portfolio;
    expect(fundedIds()).toEqual(expected.funded);
    expect(budget().getByText(portfolioComparisonSentence(expected)).textContent).toContain(
      "an annual value of",
    );
    expect(budget().getByText(/^Total score /).textContent).toContain(
      `annual value ${money(expected.totalValue)}`,
    );
  });

  it("falls back on the total score when a remembered 'value' meets a sheet without hours", async () => {
    const store = createMemoryStore({
      headerOverrides: {},
      portfolio: { annualBudget: 600_000, objective: "value" },
    });
    await renderPane({ store, excel: new FakeExcel({ sheets: [withoutHours()] }) });

    const expected = engine(600_000, { objective: "score" }, DEFAULT_WEIGHTS, withoutHours());
    expect(radio("Total score").checked).toBe(true);
    expect(fundedIds()).toEqual(expected.portfolio.funded);
    expect(budget().getByText(portfolioComparisonSentence(expected.portfolio))).toBeTruthy();
  });
});

describe("the not funded list", () => {
  it("gives each its reason: no budget, or a dependency that cannot be funded", async () => {
    // Data warehouse clean-up (AI-12) has no budget: it cannot be costed, nor can the use
    // cases that need it.
    const rows = sampleRows().map((row) =>
      row[0] === "AI-12" ? Object.assign([...row], { 10: null }) : row,
    );
    const sheet = aSheet({ tableName: "UseCases", rows });
    await renderPane({ excel: new FakeExcel({ sheets: [sheet] }) });

    typeBudget("5M");
    showAllNotFunded();

    const reasons = Object.fromEntries(notFundedRows().map((row) => [row.id, row.reason]));
    expect(reasons["AI-12"]).toBe(notFundedReasonText({ kind: "budget unknown" }));
    expect(reasons["AI-04"]).toBe("dependency AI-12 cannot be funded");
    expect(fundedIds()).not.toContain("AI-04");
  });
});

describe("how stable the funded set is", () => {
  it("says, with a budget, how often each use case stays above the funding line", async () => {
    await renderPane();
    const ranking = within(section("Ranking"));
    await ranking.findAllByLabelText(/^Stable in the top 5/, {}, { timeout: 5_000 });
    expect(ranking.queryByLabelText(/above the funding line/)).toBeNull();

    typeBudget("600k");
    const sentences = await ranking.findAllByLabelText(
      /; above the funding line in \d+% of draws\.$/,
      {},
      { timeout: 5_000 },
    );
    expect(sentences).toHaveLength(ranking.getAllByTestId("preview-item").length);
    expect(ranking.getAllByText(/% funded$/).length).toBe(sentences.length);
  });
});
