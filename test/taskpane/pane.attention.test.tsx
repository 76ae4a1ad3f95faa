/**
 * @jest-environment jsdom
 */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import { luminance } from "../../src/taskpane/theme";
import { FakeExcel } from "./fakeAdapter";
import { renderPane, section, waitForIdle } from "./renderPane";
import { aSheet, sampleHeader } from "./sheets";

describe("where the person's attention goes", () => {
  it("moves focus to an error, wherever the button pressed was", async () => {
    const { excel } = await renderPane();
    excel.failNext("writeResult", "protected");
    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    const alert = await screen.findByText(/protected/);
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it("drops the 'Wrote …' summary once a weight moves, since the workbook no longer matches", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    await screen.findByRole("button", { name: "Open Ranked" });
    await waitForIdle();
    fireEvent.click(screen.getByRole("button", { name: "Value first" }));
    expect(screen.queryByRole("button", { name: "Open Ranked" })).toBeNull();
    expect(section(/Write/).textContent).not.toContain("Wrote");
  });

  it("keeps the column mapping open after the last missing column is mapped", async () => {
    const gainSheet = aSheet({
      header: sampleHeader().map((header) => (header === "Business value" ? "Gain" : header)),
    });
    const { container } = await renderPane({ excel: new FakeExcel({ sheets: [gainSheet] }) });
    expect(container.querySelector("details")?.open).toBe(true);
    fireEvent.change(screen.getByRole("combobox", { name: "Field for column Gain" }), {
      target: { value: "value" },
    });
    expect(section("Source").textContent).toContain("24 use cases below it");
    expect(container.querySelector("details")?.open).toBe(true);
  });
});

describe("a use case off the roadmap", () => {
  it("says why in words on its row, in full on hover and to a screen reader", async () => {
    await renderPane();
    const off = screen.getAllByText(/^off: /)[0];
    expect(off?.getAttribute("title")).toMatch(/Cannot finish within the roadmap's quarters/);
    expect(off?.getAttribute("aria-label")).toMatch(/^off the roadmap: /);
    expect(off?.textContent).toBe("off: past the last quarter");
  });
});

describe("Office theme colours", () => {
  it("reads three-digit colours as Office may send them", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#fff")).toBe(1);
    expect(luminance("#1e1e1e")).toBeLessThan(0.5);
  });
});

describe("the Scoring log", () => {
  it("logs each write under the name typed once, and shows what moved since the last run", async () => {
    const { excel } = await renderPane();
    fireEvent.change(screen.getByRole("textbox", { name: "Your name, for the Scoring log" }), {
      target: { value: "Dana Whitfield" },
    });
    excel.nextMoves = [
      {
        id: "AI-07",
        from: 3,
        to: 1,
        because: "the business value weight went from 25 to 40",
        summary: "value weight 25→40",
      },
    ];
    fireEvent.click(screen.getByRole("button", { name: "Write ranked list and roadmap" }));
    await screen.findByRole("button", { name: "Open Ranked" });
    expect(excel.logged[0]?.by).toBe("Dana Whitfield");
    expect(excel.logged[0]?.sources.map((sheet) => sheet.name)).toEqual(["Use cases"]);
    const moved = screen.getByRole("list", { name: "What moved since the last run" });
    expect(moved.textContent).toBe("AI-07 3 → 1: the business value weight went from 25 to 40");
  });

  it("remembers the name for the next session", async () => {
    const store = createMemoryStore();
    await store.saveUserName("Marcus Chen");
    await renderPane({ store });
    expect(
      (screen.getByRole("textbox", { name: "Your name, for the Scoring log" }) as HTMLInputElement)
        .value,
    ).toBe("Marcus Chen");
  });
});
