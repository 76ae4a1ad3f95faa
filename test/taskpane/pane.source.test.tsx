/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { SheetInput } from "../../src/core";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import { FakeExcel } from "./fakeAdapter";
import { hidePane, previewNames, renderPane, section, waitForIdle } from "./renderPane";
import { aSheet, sampleHeader } from "./sheets";

const notes = aSheet({
  name: "Notes",
  header: ["Workshop notes"],
  rows: [["Bring the Q3 numbers"]],
});
const useCases = (): SheetInput => aSheet({ tableName: "UseCases" });
const ranked = (): SheetInput => ({
  ...aSheet({ name: "Ranked", rows: [] }),
  ownRole: "ranked",
});

/** The sample with its "Business value" column headed "Gain", which no synonym covers. */
const gainSheet = (): SheetInput =>
  aSheet({
    header: sampleHeader().map((header) => (header === "Business value" ? "Gain" : header)),
  });

function sourcePicker(): HTMLSelectElement {
  return screen.getByRole("combobox", { name: "Sheet or table" }) as HTMLSelectElement;
}

function optionLabels(): string[] {
  return within(sourcePicker())
    .getAllByRole("option")
    .map((option) => option.textContent ?? "");
}

function choose(label: string): void {
  const option = within(sourcePicker()).getByRole("option", { name: label }) as HTMLOptionElement;
  fireEvent.change(sourcePicker(), { target: { value: option.value } });
}

function chosenLabel(): string {
  return sourcePicker().selectedOptions[0]?.textContent ?? "";
}

describe("choosing the source", () => {
  it("lists every sheet, each table as 'Sheet — table X', and marks the scorer's own output sheets", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [notes, useCases(), ranked()] }) });

    expect(optionLabels()).toEqual([
      "Notes",
      "Use cases — table UseCases",
      "Use cases",
      "Ranked (scorer output)",
    ]);
  });

  it("starts on the active sheet's table", async () => {
    const excel = new FakeExcel({
      sheets: [notes, useCases(), ranked()],
      activeSheet: "Use cases",
    });
    await renderPane({ excel });

    expect(chosenLabel()).toBe("Use cases — table UseCases");
    expect(excel.reads).toEqual([{ sheetName: "Use cases", tableName: "UseCases" }]);
  });

  it("starts on the first sheet instead when the active sheet is the scorer's own output", async () => {
    const excel = new FakeExcel({ sheets: [useCases(), notes, ranked()], activeSheet: "Ranked" });
    await renderPane({ excel });

    expect(chosenLabel()).toBe("Use cases — table UseCases");
    expect(excel.reads).toEqual([{ sheetName: "Use cases", tableName: "UseCases" }]);
  });

  it("reads the sheet again when another source is chosen", async () => {
    const excel = new FakeExcel({ sheets: [notes, useCases()], activeSheet: "Notes" });
    await renderPane({ excel });
    expect(previewNames()).toEqual([]);

    choose("Use cases — table UseCases");
    await waitForIdle();

    expect(excel.reads).toEqual([
      { sheetName: "Notes" },
      { sheetName: "Use cases", tableName: "UseCases" },
    ]);
    expect(previewNames()[0]).toBe("Invoice data capture");
  });

  it("reads the same source again on Reload, picking up edits made in the sheet", async () => {
    const excel = new FakeExcel({ sheets: [useCases()] });
    await renderPane({ excel });

    excel.setCell("Use cases", "B2", "Invoice capture v2");
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    await waitForIdle();

    expect(excel.reads).toEqual([
      { sheetName: "Use cases", tableName: "UseCases" },
      { sheetName: "Use cases", tableName: "UseCases" },
    ]);
    expect(previewNames()[0]).toBe("Invoice capture v2");
  });

  it("says which row holds the header and how many use cases are below it", async () => {
    const titled = aSheet({ above: [["FY27 AI use case inventory"], []] });
    await renderPane({ excel: new FakeExcel({ sheets: [titled] }) });

    expect(section("Source").textContent).toContain("Header on row 3; 24 use cases below it.");
  });
});

describe("rows hidden in the source", () => {
  it.each([
    ["3 rows hidden by a filter are included.", { count: 3, byFilter: true }],
    ["1 row hidden by a filter is included.", { count: 1, byFilter: true }],
    ["3 hidden rows are included.", { count: 3, byFilter: false }],
    ["1 hidden row is included.", { count: 1, byFilter: false }],
  ])("says '%s' under the header, and scores every row", async (said, hiddenRows) => {
    const filtered: SheetInput = { ...useCases(), hiddenRows };
    await renderPane({ excel: new FakeExcel({ sheets: [filtered] }) });

    expect(within(section("Source")).getByText(said)).toBeTruthy();
    expect(section("Ranking").textContent).toContain("24 scored");
  });

  it("says nothing of hidden rows when none are", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases()] }) });

    expect(section("Source").textContent).not.toMatch(/hidden/);
  });
});

describe("a sheet without a usable header row", () => {
  it("warns which columns are missing and opens the column mapping", async () => {
    const { container } = await renderPane({ excel: new FakeExcel({ sheets: [gainSheet()] }) });

    const source = section("Source");
    expect(source.textContent).toContain("missing business value");
    expect(source.textContent).toContain("Map the columns below, or choose another sheet.");
    expect(container.querySelector("details")?.open).toBe(true);
    expect(screen.getByRole("combobox", { name: "Field for column Gain" })).toBeTruthy();
    expect(previewNames()).toEqual([]);
  });

  it("scores the rows as soon as the missing column is mapped, without reading the sheet again", async () => {
    const excel = new FakeExcel({ sheets: [gainSheet()] });
    await renderPane({ excel });

    fireEvent.change(screen.getByRole("combobox", { name: "Field for column Gain" }), {
      target: { value: "value" },
    });

    expect(section("Source").textContent).not.toContain("Map the columns below");
    expect(section("Source").textContent).toContain("Header on row 1; 24 use cases below it.");
    expect(within(section("Ranking")).getByText("24 scored")).toBeTruthy();
    expect(previewNames()[0]).toBe("Invoice data capture");
    expect(excel.reads).toHaveLength(1);
  });

  it("remembers the mapping in the workbook's settings, for that sheet only", async () => {
    const store = createMemoryStore();
    const backlog = { ...gainSheet(), name: "Backlog" };
    await renderPane({ excel: new FakeExcel({ sheets: [gainSheet(), backlog] }), store });

    fireEvent.change(screen.getByRole("combobox", { name: "Field for column Gain" }), {
      target: { value: "value" },
    });
    hidePane();
    expect(store.load().headerOverrides).toEqual({ "Use cases": { gain: "value" } });

    choose("Backlog");
    await waitForIdle();
    expect(section("Source").textContent).toContain("missing business value");
  });

  it("opens the next session on that sheet with the mapping already applied", async () => {
    const store = createMemoryStore({ headerOverrides: { "Use cases": { gain: "value" } } });
    await renderPane({ excel: new FakeExcel({ sheets: [gainSheet()] }), store });

    expect(within(section("Ranking")).getByText("24 scored")).toBeTruthy();
    const gain = screen.getByRole("combobox", { name: "Field for column Gain" });
    expect((gain as HTMLSelectElement).value).toBe("value");
  });

  it("lets a column the synonyms matched be carried along instead, which makes the sheet unusable again", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [useCases()] }) });

    fireEvent.change(screen.getByRole("combobox", { name: "Field for column Regulatory risk" }), {
      target: { value: "ignore" },
    });

    await waitFor(() => expect(section("Source").textContent).toContain("missing regulatory risk"));
    expect(previewNames()).toEqual([]);
  });
});
