/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import {
  readPresentSnapshot,
  type PresentSnapshot,
} from "../../src/taskpane/present/presentSnapshot";
import { renderPresentView } from "../../src/taskpane/present/presentView";
import type { PresenterHost, PresentWindow } from "../../src/taskpane/presenter";
import { FakeExcel } from "./fakeAdapter";
import { previewNames, renderPane, section } from "./renderPane";
import { aSheet, sampleRows } from "./sheets";

/** A host whose window records what it is shown; the test says when it is ready or closed. */
function fakePresenter(available = true) {
  const shown: PresentSnapshot[] = [];
  let handlers: { onReady(): void; onClosed(): void } | undefined;
  let opened = 0;
  const host: PresenterHost = {
    available,
    open: (given) => {
      opened += 1;
      handlers = given;
      const window: PresentWindow = { show: (snapshot) => shown.push(snapshot), close: () => {} };
      return Promise.resolve(window);
    },
  };
  return {
    host,
    shown,
    opened: () => opened,
    ready: () => act(() => handlers?.onReady()),
    closed: () => act(() => handlers?.onClosed()),
  };
}

describe("the Present window", () => {
  it("opens from the ranking, shows the ranking as it stands, and follows every weight move", async () => {
    const presenter = fakePresenter();
    await renderPane({ presenter: presenter.host });
    const ranking = within(section("Ranking"));

    await act(async () => {
      fireEvent.click(ranking.getByRole("button", { name: "Present" }));
    });
    expect(presenter.opened()).toBe(1);
    expect(ranking.getByRole("button", { name: "Presenting" })).toHaveProperty("disabled", true);
    presenter.ready();
    const first = presenter.shown.at(-1);
    expect(first?.rows.map((row) => row.name)).toEqual(previewNames());
    expect(first?.weights).toBe("Value 25% · Feasibility 25% · Data 25% · Risk 25%");

    fireEvent.click(screen.getByRole("button", { name: "Value first" }));
    const after = presenter.shown.at(-1);
    expect(after).not.toBe(first);
    expect(after?.rows.map((row) => row.name)).toEqual(previewNames());
    expect(after?.weights).toBe("Value 40% · Feasibility 25% · Data 20% · Risk 15%");
    expect(after?.rows.some((row) => row.moved !== 0)).toBe(true);

    presenter.closed();
    expect(ranking.getByRole("button", { name: "Present" })).toHaveProperty("disabled", false);
    const sent = presenter.shown.length;
    fireEvent.click(screen.getByRole("button", { name: "Balanced" }));
    expect(presenter.shown).toHaveLength(sent);
  });

  it("is not offered where Excel cannot open it", async () => {
    await renderPane({ presenter: fakePresenter(false).host });
    expect(within(section("Ranking")).queryByRole("button", { name: "Present" })).toBeNull();
  });

  it("sends at most 30 rows, and says how many more there are", async () => {
    const presenter = fakePresenter();
    const rows = [...sampleRows(), ...sampleRows(), ...sampleRows()].map((row, index) =>
      Object.assign([...row], { 0: `UC-${index + 1}` }),
    );
    await renderPane({
      excel: new FakeExcel({ sheets: [aSheet({ rows })] }),
      presenter: presenter.host,
    });
    await act(async () => {
      fireEvent.click(within(section("Ranking")).getByRole("button", { name: "Present" }));
    });
    presenter.ready();
    expect(presenter.shown.at(-1)?.rows).toHaveLength(30);
    expect(presenter.shown.at(-1)?.more).toBe(rows.length - 30);
  });
});

describe("the Present window's page", () => {
  const snapshot: PresentSnapshot = {
    title: "Ranking of 3 use cases from Use cases",
    weights: "Value 40% · Feasibility 25% · Data 20% · Risk 15%",
    rows: [
      {
        rank: 1,
        id: "AI-07",
        name: "Warehouse <b>pick</b>",
        score: "81.3",
        bar: 81.25,
        when: "2027-Q1",
        moved: 2,
        governance: false,
      },
      {
        rank: 2,
        id: "AI-01",
        name: "Invoices",
        score: "75.0",
        bar: 75,
        when: "off",
        moved: -1,
        governance: true,
        funded: false,
      },
    ],
    more: 1,
  };

  it("draws each row in words, markup in a name shown as text, and the moves with their arrows", () => {
    const root = document.createElement("main");
    renderPresentView(root, snapshot);
    const rows = [...root.querySelectorAll("[data-testid=present-row]")];
    expect(rows.map((row) => row.textContent)).toEqual([
      "1▲2AI-07 Warehouse <b>pick</b>2027-Q181.3",
      "2▼1AI-01 Invoicesgovernancenot fundedoff75.0",
    ]);
    expect(root.querySelector("b")).toBeNull();
    expect(root.querySelector("[aria-label='moved up 2']")).not.toBeNull();
    expect(root.textContent).toContain("and 1 more, ranked lower");
  });

  it("reads a message back as the snapshot the pane sent, and refuses anything else", () => {
    expect(readPresentSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(readPresentSnapshot("ready")).toBeUndefined();
    expect(readPresentSnapshot('{"title": 3}')).toBeUndefined();
    const oneBadRow = { ...snapshot, rows: [...snapshot.rows, { rank: "x" }] };
    expect(readPresentSnapshot(JSON.stringify(oneBadRow))?.rows).toHaveLength(2);
  });
});
