/**
 * @jest-environment jsdom
 */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import type { SheetInput } from "../../src/core";
import { FakeExcel } from "./fakeAdapter";
import { renderPane, section, waitForIdle } from "./renderPane";

const useCases: SheetInput = {
  name: "Use cases",
  top: 1,
  left: 1,
  values: [
    ["ID", "Use case", "Owner"],
    ["A", "Chatbot", "Ana"],
    ["B", "Forecast", "Bo"],
  ],
};

function ratings(name = "Scores"): SheetInput {
  const rows: SheetInput["values"] = [["Rater", "ID", "Axis", "Score"]];
  for (const [rater, risk] of [
    ["CEO", 2],
    ["General Counsel", 5],
  ] as const) {
    rows.push(
      [rater, "A", "Business value", 4],
      [rater, "A", "Feasibility", 4],
      [rater, "A", "Data", 4],
    );
    rows.push([rater, "A", "Risk", risk]);
    rows.push(
      [rater, "B", "Business value", 3],
      [rater, "B", "Feasibility", 3],
      [rater, "B", "Data", 3],
    );
    rows.push([rater, "B", "Risk", 3]);
  }
  return { name, top: 1, left: 1, values: rows };
}

function scoresPicker(): HTMLSelectElement {
  return screen.getByRole("combobox", { name: /Scores from/ }) as HTMLSelectElement;
}

describe("a session with several raters", () => {
  it("reads the Scores sheet with the use cases and scores every one of them", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases, ratings()] }) });
    expect(scoresPicker().value).toBe("Scores");
    expect(within(section("Preview")).getAllByTestId("preview-item")).toHaveLength(2);
  });

  it("lists the use cases the raters disagree on first, under To discuss", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases, ratings()] }) });
    const discuss = screen.getByRole("list", { name: /To discuss \(1\)/ });
    expect(discuss.textContent).toContain("Chatbot: regulatory risk 2 to 5");
  });

  it("takes the ratings from another sheet when chosen, or from none", async () => {
    const excel = new FakeExcel({ sheets: [useCases, ratings("Votes")] });
    await renderPane({ excel });
    expect(scoresPicker().value).toBe("");
    expect(section("Source").textContent).toContain("missing");

    fireEvent.change(scoresPicker(), { target: { value: "Votes" } });
    await waitForIdle();
    expect(excel.reads.map((read) => read.sheetName)).toContain("Votes");
    expect(within(section("Preview")).getAllByTestId("preview-item")).toHaveLength(2);
  });

  it("combines raters by the mean when chosen", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases, ratings()] }) });
    const before = within(section("Preview")).getAllByTestId("preview-item")[0]?.textContent;
    fireEvent.change(screen.getByRole("combobox", { name: "Raters combined by" }), {
      target: { value: "mean" },
    });
    expect(
      (screen.getByRole("combobox", { name: "Raters combined by" }) as HTMLSelectElement).value,
    ).toBe("mean");
    // Median and mean of two raters agree: the ranking is the same.
    expect(within(section("Preview")).getAllByTestId("preview-item")[0]?.textContent).toBe(before);
  });
});
