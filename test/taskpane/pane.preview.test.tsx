/** @jest-environment jsdom */
import "./setup";
import { fireEvent, within } from "@testing-library/react";
import type { SheetInput } from "../../src/core";
import { FakeExcel } from "./fakeAdapter";
import { previewRows, renderPane, section } from "./renderPane";
import { aSheet, anUnscoredRow, sampleRows } from "./sheets";

const preview = () => within(section("Preview"));

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

  it("shows the top 10, then all of them on request, then the top 10 again", async () => {
    await renderPane();

    expect(previewRows().map((row) => row.rank)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);

    fireEvent.click(preview().getByRole("button", { name: "Show all 24" }));
    expect(previewRows()).toHaveLength(24);
    expect(previewRows()[23]?.name).toBe("Medical claims coding");

    fireEvent.click(preview().getByRole("button", { name: "Show the top 10" }));
    expect(previewRows()).toHaveLength(10);
  });

  it("offers no 'Show all' when there are 10 or fewer", async () => {
    await renderPane({
      excel: new FakeExcel({ sheets: [aSheet({ rows: sampleRows().slice(0, 10) })] }),
    });

    expect(previewRows()).toHaveLength(10);
    expect(preview().queryByRole("button", { name: /Show/ })).toBeNull();
  });

  it("marks every use case with regulatory risk 4 or 5 for governance review", async () => {
    await renderPane();
    fireEvent.click(preview().getByRole("button", { name: "Show all 24" }));

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
    fireEvent.click(preview().getByRole("button", { name: "Show all 24" }));
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
