/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import * as core from "../../src/core";
import { renderPane, section } from "./renderPane";

// A dependency web bad enough to run the exact search past its limits takes a sheet of
// hundreds of rows and seconds to build; the engine's own tests cover that. Here the engine
// is made to give up at once, to see what the pane does then.
jest.mock("../../src/core", () => {
  const actual = jest.requireActual<typeof import("../../src/core")>("../../src/core");
  const search = jest.requireActual<typeof import("../../src/core/plan/portfolioProblem")>(
    "../../src/core/plan/portfolioProblem",
  );
  return {
    ...actual,
    withPortfolio: jest.fn(() => {
      throw new actual.PortfolioSearchLimitError(search.PORTFOLIO_SEARCH_NODE_LIMIT, "nodes");
    }),
  };
});

jest.setTimeout(20_000);

const budget = () => within(section("Annual budget"));

describe("when the best portfolio cannot be proven within the search limit", () => {
  it("says so beside the budget instead of showing a portfolio, and still writes the ranking", async () => {
    const { excel } = await renderPane();

    fireEvent.change(budget().getByRole("textbox", { name: "Annual budget" }), {
      target: { value: "600k" },
    });

    expect(core.withPortfolio).toHaveBeenCalled();
    expect(
      budget().getByText(/^The best portfolio could not be proven within the search limit/),
    ).toBeTruthy();
    expect(budget().queryByRole("table")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    await screen.findByText(/^Wrote 24 ranked use cases and a roadmap of 12\.$/);
    expect(excel.written[0]?.portfolio).toBeUndefined();
  });
});
