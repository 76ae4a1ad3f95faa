/** Renders the whole pane against a fake workbook and waits for its first read. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PresenterHost } from "../../src/taskpane/presenter";
import { createMemoryStore, type SettingsStore } from "../../src/taskpane/settingsStore";
import { FakeExcel } from "./fakeAdapter";
import { aSheet } from "./sheets";

/** A fixed day, so the roadmap starts in 2027-Q1 in every run. */
export const TODAY = new Date("2026-11-23");

export interface PaneOptions {
  readonly excel?: FakeExcel;
  readonly store?: SettingsStore;
  readonly dark?: boolean;
  readonly presenter?: PresenterHost;
}

export async function renderPane(options: PaneOptions = {}) {
  const excel = options.excel ?? new FakeExcel({ sheets: [aSheet({ tableName: "UseCases" })] });
  const store = options.store ?? createMemoryStore();
  const view = render(
    <App
      adapter={excel}
      store={store}
      dark={options.dark ?? false}
      today={TODAY}
      {...(options.presenter && { presenter: options.presenter })}
    />,
  );
  await waitForIdle();
  return { excel, store, ...view };
}

/** Until the pane's spinner is gone: nothing is being read or written. */
export async function waitForIdle(): Promise<void> {
  await waitFor(() => expect(screen.queryByLabelText("Working")).toBeNull());
}

/**
 * The pane is hidden, as when the person switches away: settings waiting for the controls to
 * settle are saved at once, so a test can read the store without waiting.
 */
export function hidePane(): void {
  fireEvent(window, new Event("pagehide"));
}

export function section(name: string | RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

export interface PreviewRow {
  readonly rank: string;
  readonly name: string;
  /** `2027-Q1`, or `off` when kept off the roadmap. */
  readonly quarter: string;
  readonly score: string;
  readonly governance: boolean;
}

/** The ranking as shown, best first. */
export function previewRows(): PreviewRow[] {
  return within(section("Ranking"))
    .queryAllByTestId("preview-item")
    .map((item) => {
      const texts = [...item.querySelectorAll("span")].map((span) => span.textContent ?? "");
      return {
        rank: texts[0] ?? "",
        name: item.querySelector("[title]")?.textContent ?? "",
        quarter:
          texts
            .find((text) => /^(\d{4}-Q[1-4]|off: .*)$/.test(text))
            ?.replace(/^off: .*$/, "off") ?? "",
        score: item.querySelector("[aria-label^='score ']")?.textContent ?? "",
        governance: within(item).queryByText("governance") !== null,
      };
    });
}

export function previewNames(): string[] {
  return previewRows().map((row) => row.name);
}

export function previewQuarters(): string[] {
  return previewRows().map((row) => row.quarter);
}
