/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import { FakeExcel } from "./fakeAdapter";
import { renderPane, section, waitForIdle } from "./renderPane";
import { aSheet, anUnscoredRow, sampleRows } from "./sheets";

const problems = () => within(section(/^Problems/));

/**
 * The sample after a messy session: a budget typed as words (AI-09, row 10) and a use case
 * nobody has scored for value yet (row 26).
 */
function aMessySheet() {
  const rows = sampleRows().map((row) =>
    row[0] === "AI-09" ? Object.assign([...row], { 10: "about a hundred" }) : row,
  );
  return aSheet({
    rows: [...rows, anUnscoredRow()],
  });
}

/** Ten a quarter puts Medical claims coding (AI-24, no owner, row 25) on the roadmap. */
const tenAQuarter = () =>
  createMemoryStore({ headerOverrides: {}, roadmap: { slotsPerQuarter: 10 } });

function problemCells(): string[] {
  return problems()
    .queryAllByRole("button")
    .map((link) => link.textContent ?? "");
}

describe("problems", () => {
  it("lists each problem by the cell to fix, with what was found there", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [aMessySheet()] }), store: tenAQuarter() });

    expect(section(/^Problems/).textContent).toContain("Problems (3)");
    expect(problemCells()).toEqual(["'Use cases'!K10", "'Use cases'!D25", "'Use cases'!G26"]);
    const list = problems().getByRole("list", { name: "Problems" });
    const shown = within(list)
      .getAllByRole("listitem")
      .map((item) => [...item.children].map((part) => part.textContent).join(": "));
    expect(shown).toMatchInlineSnapshot(`
      [
        "'Use cases'!K10: Budget: found "about a hundred"; expected an amount such as 120000, $120,000, 120k, 1.2M or EUR 50 000 (left blank when unknown); counted as unknown",
        "'Use cases'!D25: Owner: found a blank cell; every use case on the roadmap needs a named owner (shown as Unassigned)",
        "'Use cases'!G26: Business value: found "n/a"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
      ]
    `);
  });

  it("selects the exact cell in Excel when a problem is clicked", async () => {
    const excel = new FakeExcel({ sheets: [aMessySheet()] });
    await renderPane({ excel, store: tenAQuarter() });

    fireEvent.click(problems().getByRole("button", { name: "Select 'Use cases'!D25" }));

    expect(excel.selected).toEqual(["'Use cases'!D25"]);
  });

  it("says so when every row was read cleanly", async () => {
    await renderPane();

    expect(section(/^Problems/).textContent).toContain("Problems (0)");
    expect(problems().getByText("None: every row was read cleanly.")).toBeTruthy();
  });

  it("reports an owner missing only once that use case is on the roadmap", async () => {
    await renderPane({ excel: new FakeExcel({ sheets: [aMessySheet()] }) });

    expect(problemCells()).toEqual(["'Use cases'!K10", "'Use cases'!G26"]);
  });
});

describe("fixing a problem", () => {
  it("drops the problem once the cell is fixed in the sheet and the sheet is read again", async () => {
    const excel = new FakeExcel({ sheets: [aMessySheet()] });
    await renderPane({ excel });

    excel.setCell("Use cases", "G26", "3 - Medium");
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    await waitForIdle();

    expect(problemCells()).toEqual(["'Use cases'!K10"]);
    expect(within(section("Ranking")).getByText("25 scored")).toBeTruthy();
  });

  it("says what to do when Excel cannot select the cell", async () => {
    const excel = new FakeExcel({ sheets: [aMessySheet()] });
    await renderPane({ excel });
    excel.failNext("selectCell", "not-found");

    fireEvent.click(problems().getByRole("button", { name: "Select 'Use cases'!K10" }));

    expect(await screen.findByText(/no longer there; a co-author may have renamed/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });
});

describe("problems before anything is read", () => {
  it("claim nothing about rows when no sheet could be scored", async () => {
    const empty = aSheet({ name: "Notes", header: [], rows: [] });
    await renderPane({ excel: new FakeExcel({ sheets: [empty] }) });
    expect(within(section(/^Problems/)).getByText("Nothing read yet.")).toBeTruthy();
    expect(within(section(/^Problems/)).queryByText(/read cleanly/)).toBeNull();
    // With no header at all there is nothing to map: the pane says what to do instead.
    const source = section("Source").textContent ?? "";
    expect(source).not.toContain("Map the columns below");
    expect(source).toContain("It has no headers to map");
  });
});
