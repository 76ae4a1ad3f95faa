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
  const rows: (string | number)[][] = [["Rater", "ID", "Axis", "Score"]];
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
    expect(within(section("Ranking")).getAllByTestId("preview-item")).toHaveLength(2);
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
    expect(within(section("Ranking")).getAllByTestId("preview-item")).toHaveLength(2);
  });

  it("combines raters by the mean when chosen", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases, ratings()] }) });
    const before = within(section("Ranking")).getAllByTestId("preview-item")[0]?.textContent;
    fireEvent.change(screen.getByRole("combobox", { name: "Raters combined by" }), {
      target: { value: "mean" },
    });
    expect(
      (screen.getByRole("combobox", { name: "Raters combined by" }) as HTMLSelectElement).value,
    ).toBe("mean");
    // Median and mean of two raters agree: the ranking is the same.
    expect(within(section("Ranking")).getAllByTestId("preview-item")[0]?.textContent).toBe(before);
  });
});

describe("weights from comparing the axes in pairs", () => {
  it("switches to six comparisons and back, re-ranking from the weights they imply", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Compare in pairs" }));
    const first = screen.getByRole("combobox", { name: "Business value vs technical feasibility" });
    expect((first as HTMLSelectElement).value).toBe("1");
    expect(screen.getByLabelText("Weights from the comparisons").textContent).toContain(
      "Value 25%",
    );

    // The published "choose a leader" judgements: value 4× feasibility, 3× data, 7× risk…
    const choose = (name: string, value: string): void => {
      fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });
    };
    choose("Business value vs technical feasibility", "5");
    choose("Business value vs data readiness", "3");
    choose("Business value vs regulatory risk", "7");
    choose("Technical feasibility vs data readiness", "1/3");
    choose("Technical feasibility vs regulatory risk", "3");
    choose("Data readiness vs regulatory risk", "5");
    expect(screen.getByLabelText("Weights from the comparisons").textContent).toMatch(/Value 5\d%/);
    expect(section("Weights").textContent).toMatch(/Consistency ratio 0\.\d+: consistent/);

    fireEvent.click(screen.getByRole("tab", { name: "Sliders" }));
    expect(screen.getByRole("spinbutton", { name: "Business value weight" })).toBeTruthy();
  });

  it("warns and names the pair most out of line when the comparisons contradict each other", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Compare in pairs" }));
    fireEvent.change(
      screen.getByRole("combobox", { name: "Business value vs technical feasibility" }),
      {
        target: { value: "9" },
      },
    );
    fireEvent.change(
      screen.getByRole("combobox", { name: "Technical feasibility vs data readiness" }),
      {
        target: { value: "9" },
      },
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Business value vs data readiness" }), {
      target: { value: "1/9" },
    });
    expect(section("Weights").textContent).toMatch(
      /The comparisons are inconsistent \(CR \d\.\d+ > 0\.10\)/,
    );
  });
});

describe("how stable the ranking is", () => {
  it("is worked out once the weights settle, for every row, and again after a move", async () => {
    await renderPane();
    const ranking = within(section("Ranking"));
    const sentences = await ranking.findAllByLabelText(
      /^(Stable in|Contested: in|Unlikely to make) the top 5/,
      {},
      { timeout: 5_000 },
    );
    expect(sentences).toHaveLength(ranking.getAllByTestId("preview-item").length);
    const first = ranking.getAllByTestId("preview-item")[0] as HTMLElement;
    expect(within(first).getByLabelText(/^Stable in the top 5 in \d+% of draws/)).toBeTruthy();
    expect(ranking.getByText("stability checked")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Value first" }));
    // Until the new weights have stood still, the old ranges are gone and the pane says so.
    expect(ranking.queryAllByLabelText(/^(Stable in|Contested: in|Unlikely to make)/)).toEqual([]);
    expect(ranking.getByLabelText("Checking how stable the ranking is")).toBeTruthy();
    await ranking.findAllByLabelText(/^Stable in the top 5/, {}, { timeout: 5_000 });
  });
});
