/**
 * @jest-environment jsdom
 */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { luminance } from "../../src/taskpane/theme";
import { FakeExcel } from "./fakeAdapter";
import { renderPane, section, waitForIdle } from "./renderPane";
import { aSheet, SAMPLE_HEADER } from "./sheets";

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
      header: SAMPLE_HEADER.map((header) => (header === "Business value" ? "Gain" : header)),
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
  it("says why, on hover and to a screen reader", async () => {
    await renderPane();
    const off = screen.getAllByText("off")[0];
    expect(off?.getAttribute("title")).toMatch(/Cannot finish within the roadmap's quarters/);
    expect(off?.getAttribute("aria-label")).toMatch(/^off the roadmap: /);
  });
});

describe("Office theme colours", () => {
  it("reads three-digit colours as Office may send them", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#fff")).toBe(1);
    expect(luminance("#1e1e1e")).toBeLessThan(0.5);
  });
});
