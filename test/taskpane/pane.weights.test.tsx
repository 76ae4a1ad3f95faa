/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AXIS_LABELS, AXES } from "../../src/core";
import { createMemoryStore } from "../../src/taskpane/settingsStore";
import { hidePane, previewNames, renderPane, section } from "./renderPane";

const weights = () => within(section("Weights"));

function slider(label: string): HTMLInputElement {
  return weights().getByRole("slider", { name: label }) as HTMLInputElement;
}

function spinButton(label: string): HTMLInputElement {
  return weights().getByRole("spinbutton", { name: `${label} weight` }) as HTMLInputElement;
}

/** Each axis's share of the score as shown, in axis order. */
function shares(): string[] {
  return AXES.map(
    (axis) => weights().getByLabelText(`${AXIS_LABELS[axis]} share of the score`).textContent ?? "",
  );
}

function typeWeight(label: string, text: string): void {
  const input = spinButton(label);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: "Enter" });
}

describe("weights", () => {
  it("start equal, each a quarter of the score", async () => {
    await renderPane();

    expect(shares()).toEqual(["25%", "25%", "25%", "25%"]);
    expect(previewNames().slice(0, 2)).toEqual(["Invoice data capture", "Support ticket triage"]);
  });

  it("re-rank the preview the moment a slider moves, without going back to the workbook", async () => {
    const { excel } = await renderPane();
    const callsAfterReading = excel.calls.length;

    fireEvent.change(slider("Technical feasibility"), { target: { value: "100" } });

    expect(shares()).toEqual(["14%", "57%", "14%", "14%"]);
    expect(slider("Technical feasibility").value).toBe("100");
    expect(spinButton("Technical feasibility").value).toBe("100");
    // Both feasibility 5: triage beats knowledge base search on value.
    expect(previewNames().slice(0, 2)).toEqual(["Support ticket triage", "Knowledge base search"]);
    expect(excel.calls).toHaveLength(callsAfterReading);
  });

  it("re-rank the preview when a weight is typed into its box", async () => {
    const { excel } = await renderPane();
    const callsAfterReading = excel.calls.length;

    typeWeight("Business value", "0");

    expect(shares()).toEqual(["0%", "33%", "33%", "33%"]);
    expect(slider("Business value").value).toBe("0");
    // 2, 5, 5, 2: the weakest value, now the best of the rest.
    expect(previewNames()[0]).toBe("HR policy assistant");
    expect(excel.calls).toHaveLength(callsAfterReading);
  });

  it("ignore text typed into a weight box that is not a number", async () => {
    await renderPane();

    typeWeight("Data readiness", "lots");

    expect(shares()).toEqual(["25%", "25%", "25%", "25%"]);
    expect(spinButton("Data readiness").value).toBe("25");
  });

  it("apply a preset, and Reset brings back equal weights and the original order", async () => {
    await renderPane();
    const original = previewNames();

    fireEvent.click(weights().getByRole("button", { name: "Value first" }));
    expect(shares()).toEqual(["40%", "25%", "20%", "15%"]);

    fireEvent.click(weights().getByRole("button", { name: "Risk averse" }));
    expect(shares()).toEqual(["20%", "20%", "20%", "40%"]);

    fireEvent.click(weights().getByRole("button", { name: "Reset" }));
    expect(shares()).toEqual(["25%", "25%", "25%", "25%"]);
    expect(previewNames()).toEqual(original);
  });

  it("mark how many places each use case moved with a change", async () => {
    await renderPane();
    const before = previewNames();
    fireEvent.click(weights().getByRole("button", { name: "Value first" }));
    const after = previewNames();
    expect(after).not.toEqual(before);

    const marks = within(section("Ranking"))
      .getAllByTestId("preview-item")
      .map((item, index) => {
        const name = after[index] as string;
        const moved = before.indexOf(name) - index;
        const mark = within(item).queryByLabelText(/^moved (up|down) \d+$/);
        return { moved, mark: mark?.getAttribute("aria-label"), text: mark?.textContent };
      });
    for (const { moved, mark, text } of marks) {
      if (moved === 0) expect(mark).toBeUndefined();
      else {
        expect(mark).toBe(`moved ${moved > 0 ? "up" : "down"} ${Math.abs(moved)}`);
        expect(text).toBe(`${moved > 0 ? "▲" : "▼"}${Math.abs(moved)}`);
      }
    }
    expect(marks.some(({ moved }) => moved !== 0)).toBe(true);
  });

  it("never let the last weight above zero go to zero", async () => {
    await renderPane();

    fireEvent.change(slider("Business value"), { target: { value: "0" } });
    fireEvent.change(slider("Technical feasibility"), { target: { value: "0" } });
    fireEvent.change(slider("Data readiness"), { target: { value: "0" } });
    expect(shares()).toEqual(["0%", "0%", "0%", "100%"]);

    fireEvent.change(slider("Regulatory risk"), { target: { value: "0" } });
    typeWeight("Regulatory risk", "0");

    expect(shares()).toEqual(["0%", "0%", "0%", "100%"]);
    expect(slider("Regulatory risk").value).toBe("25");
    expect(spinButton("Regulatory risk").value).toBe("25");
    expect(previewNames()).toHaveLength(24);
  });

  it("are remembered in the workbook's settings", async () => {
    const store = createMemoryStore();
    await renderPane({ store });
    fireEvent.click(weights().getByRole("button", { name: "Value first" }));
    hidePane();
    expect(store.load().weights).toEqual({
      value: 40,
      feasibility: 25,
      dataReadiness: 20,
      regulatoryRisk: 15,
    });
  });

  it("open as the workbook last saved them", async () => {
    const store = createMemoryStore({
      headerOverrides: {},
      weights: { value: 0, feasibility: 1, dataReadiness: 1, regulatoryRisk: 2 },
    });
    await renderPane({ store });

    expect(shares()).toEqual(["0%", "25%", "25%", "50%"]);
  });
});

describe("weights from the keyboard", () => {
  it("step a weight box up and down with the arrow keys, and jump to 0 or 100 with Home and End", async () => {
    await renderPane();
    const value = spinButton("Business value");

    fireEvent.keyDown(value, { key: "ArrowUp" });
    fireEvent.keyDown(value, { key: "ArrowUp" });
    expect(value.value).toBe("27");
    expect(slider("Business value").value).toBe("27");

    fireEvent.keyDown(value, { key: "ArrowDown" });
    expect(value.value).toBe("26");

    fireEvent.keyDown(value, { key: "End" });
    expect(shares()).toEqual(["57%", "14%", "14%", "14%"]);

    fireEvent.keyDown(value, { key: "Home" });
    expect(shares()).toEqual(["0%", "33%", "33%", "33%"]);
    expect(previewNames()[0]).toBe("HR policy assistant");
  });

  // The slider is a native <input type="range">: the browser, not React, moves it on
  // ArrowRight/ArrowLeft, and jsdom does not. What the pane controls is that every slider can
  // be reached by Tab, is named for its axis, and states its range.
  it("reaches each slider by Tab, named for its axis and stating its range", async () => {
    await renderPane();

    for (const axis of AXES) {
      const control = slider(AXIS_LABELS[axis]);
      expect(control.type).toBe("range");
      expect(control.tabIndex).toBe(0);
      expect(control.disabled).toBe(false);
      expect([control.min, control.max, control.step]).toEqual(["0", "100", "1"]);
      control.focus();
      expect(document.activeElement).toBe(control);
    }
  });

  it("names every control by what it sets", async () => {
    await renderPane();

    for (const axis of AXES) {
      const label = AXIS_LABELS[axis];
      expect(weights().getByRole("slider", { name: label })).toBeTruthy();
      expect(weights().getByRole("spinbutton", { name: `${label} weight` })).toBeTruthy();
    }
    const presets = weights().getByRole("group", { name: "Weight presets" });
    expect(
      within(presets)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Balanced", "Value first", "Risk averse", "Reset"]);
    expect(screen.getAllByRole("slider")).toHaveLength(4);
  });
});

describe("what a screen reader hears as the weights move", () => {
  it("is the new top five once the weights have settled, not each step", async () => {
    await renderPane();
    const announcement = () => screen.getByTestId("ranking-announcement").textContent ?? "";
    await waitFor(() => expect(announcement()).toMatch(/^Top 5: 1\. /), { timeout: 3_000 });
    const before = announcement();

    fireEvent.click(weights().getByRole("button", { name: "Value first" }));
    // Not at once: the region would otherwise be read out at every step of a drag.
    expect(announcement()).toBe(before);
    const after = previewNames().slice(0, 5);
    await waitFor(
      () =>
        expect(announcement()).toBe(
          `Top 5: ${after.map((name, index) => `${index + 1}. ${name}`).join(", ")}.`,
        ),
      { timeout: 3_000 },
    );
    expect(announcement()).not.toBe(before);
  });
});

describe("the two ways to set the weights", () => {
  it("are tabs, each showing its panel named after it", async () => {
    await renderPane();
    expect(weights().getByRole("tabpanel", { name: "Sliders" })).toBeTruthy();
    fireEvent.click(weights().getByRole("tab", { name: "Compare in pairs" }));
    expect(weights().getByRole("tabpanel", { name: "Compare in pairs" })).toBeTruthy();
    expect(weights().queryByRole("tabpanel", { name: "Sliders" })).toBeNull();
  });
});
