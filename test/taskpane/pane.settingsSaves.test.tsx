/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, within } from "@testing-library/react";
import { createDocumentStore, SETTING_KEYS, SETTLE_MS } from "../../src/taskpane/settingsStore";
import { SharedWorkbook } from "./documentSettings";
import { hidePane, renderPane, section } from "./renderPane";

/** A pane on a workbook whose document settings are counted. */
async function aPaneOnAWorkbook() {
  const workbook = new SharedWorkbook();
  const fake = workbook.open();
  await renderPane({ store: createDocumentStore(fake.settings) });
  return { workbook, fake };
}

function valueSlider(): HTMLInputElement {
  return within(section("Weights")).getByRole("slider", {
    name: "Business value",
  }) as HTMLInputElement;
}

/** The Business value slider dragged from 26 to 45, a tick every 50 ms. */
async function dragValueSlider(): Promise<void> {
  for (let value = 26; value <= 45; value++) {
    fireEvent.change(valueSlider(), { target: { value: String(value) } });
    await act(() => jest.advanceTimersByTimeAsync(50));
  }
}

// Twenty re-rankings of the whole pane take a few seconds on a busy machine.
jest.setTimeout(30_000);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("the pane's settings in the workbook", () => {
  it("are saved once for a slider dragged across twenty values, after it is let go", async () => {
    const { workbook, fake } = await aPaneOnAWorkbook();

    await dragValueSlider();
    expect(fake.saves).toBe(0);
    await act(() => jest.advanceTimersByTimeAsync(SETTLE_MS));

    expect(fake.saves).toBe(1);
    expect(workbook.stored[SETTING_KEYS.weights]).toEqual({
      value: 45,
      feasibility: 25,
      dataReadiness: 25,
      regulatoryRisk: 25,
    });
  });

  it("are saved at once before the pane writes to the workbook", async () => {
    const { fake } = await aPaneOnAWorkbook();
    fireEvent.change(valueSlider(), { target: { value: "40" } });

    fireEvent.click(
      within(section("Write to the workbook")).getByRole("button", {
        name: "Write ranked list and roadmap",
      }),
    );
    await act(() => jest.advanceTimersByTimeAsync(0));

    expect(fake.saves).toBe(1);
    expect(fake.setNames).toEqual([SETTING_KEYS.weights]);
  });

  it("are saved at once when the pane is hidden", async () => {
    const { fake } = await aPaneOnAWorkbook();
    fireEvent.change(valueSlider(), { target: { value: "40" } });

    hidePane();
    await act(() => jest.advanceTimersByTimeAsync(0));

    expect(fake.saves).toBe(1);
  });
});
