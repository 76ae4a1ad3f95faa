/** @jest-environment jsdom */
import "./setup";
import { within } from "@testing-library/react";
import type { SheetInput } from "../../src/core";
import { FakeExcel } from "./fakeAdapter";
import { previewRows, renderPane, section } from "./renderPane";
import { aSheet, anUnscoredRow, sampleRows } from "./sheets";

const preview = () => within(section("Ranking"));

/** The sample plus a row whose business value no one has agreed on yet. */
function withAnUnscoredRow(): SheetInput {
  return aSheet({ rows: [...sampleRows(), anUnscoredRow()] });
}

describe("the preview", () => {
  it("counts the scored, the not scored and the use cases on the roadmap", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [withAnUnscoredRow()] }) });

    expect(preview().getByText("24 scored")).toBeTruthy();
    expect(preview().getByText("1 not scored")).toBeTruthy();
    expect(preview().getByText("12 on the roadmap")).toBeTruthy();
  });

  it("shows the whole ranking, best first, each row with its ID, in a list that scrolls by itself", async () => {
    await renderPane();

    const rows = previewRows();
    expect(rows.map((row) => row.rank)).toEqual(
      Array.from({ length: 24 }, (_, index) => String(index + 1)),
    );
    expect(rows[23]?.name).toBe("Medical claims coding");
    const first = preview().getAllByTestId("preview-item")[0] as HTMLElement;
    expect(within(first).getByText("AI-01")).toBeTruthy();
    expect(preview().getByLabelText("Ranking, scrolls")).toBeTruthy();
  });

  it("says why a use case is off the roadmap in words on the row, not only on hover", async () => {
    await renderPane();
    const offRow = preview()
      .getAllByTestId("preview-item")
      .find((item) => /Demand forecast uplift/.test(item.textContent ?? "")) as HTMLElement;
    expect(within(offRow).getByText(/^off: /).textContent).toMatch(
      /^off: (quarters full|over the quarter cap|past the last quarter|needs .+|dependency loop)$/,
    );
  });

  it("marks use cases with the same score as tied", async () => {
    await renderPane();
    // Invoice data capture and another use case both score 81.25 in the sample.
    const tied = preview()
      .getAllByTestId("preview-item")
      .filter((item) => within(item).queryByText("tied") !== null);
    expect(tied.length).toBeGreaterThanOrEqual(2);
    for (const item of tied) expect(within(item).getByLabelText(/^score /)).toBeTruthy();
    const scores = tied.map((item) => within(item).getByLabelText(/^score /).textContent);
    expect(new Set(scores).size).toBeLessThan(scores.length);
  });

  it("marks every use case with regulatory risk 4 or 5 for governance review", async () => {
    await renderPane();

    expect(
      previewRows()
        .filter((row) => row.governance)
        .map((row) => row.name),
    ).toEqual([
      "Contract clause review",
      "Fraud signal review",
      "Recruiting screen assist",
      "Personalised pricing",
      "Credit risk pre-screen",
      "Medical claims coding",
    ]);
  });

  it("shows each score to one decimal, rounding halves up", async () => {
    await renderPane();
    const scoreOf = (name: string) => previewRows().find((row) => row.name === name)?.score;

    // 5, 4, 4, 2 → 81.25; 3, 3, 2, 1 → 56.25; 2, 4, 4, 2 → 62.5.
    expect(scoreOf("Invoice data capture")).toBe("81.3");
    expect(scoreOf("Energy use optimiser")).toBe("56.3");
    expect(scoreOf("Board pack drafting")).toBe("62.5");
    expect(preview().getAllByLabelText("score 81.3")).toHaveLength(2);
  });

  it("shows the quarter each use case starts in, or 'off' when it is kept off the roadmap", async () => {
    await renderPane();

    const demand = previewRows().find((row) => row.name === "Demand forecast uplift");
    const invoice = previewRows().find((row) => row.name === "Invoice data capture");
    expect(demand?.quarter).toBe("off");
    expect(invoice?.quarter).toBe("2027-Q1");
  });

  it("asks for a sheet with use cases while there is nothing to rank", async () => {
    const notes = aSheet({ name: "Notes", header: ["Workshop notes"], rows: [] });
    await renderPane({ excel: new FakeExcel({ sheets: [notes] }) });

    expect(preview().getByText("Choose a sheet with use cases to see the ranking.")).toBeTruthy();
    expect(previewRows()).toEqual([]);
  });
});
