/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { FakeExcel } from "./fakeAdapter";
import { budget, budgetBox, fundedTotal, typeBudget } from "./portfolioPane";
import { previewRows, renderPane, section } from "./renderPane";
import { aSheet, aUseCaseRow, sampleRows } from "./sheets";

// Each test drives the whole pane; in jsdom a re-render of a DOM this size takes a while.
jest.setTimeout(20_000);

function aWorkbookIn(culture: string | null, sheet = aSheet({ tableName: "UseCases" })): FakeExcel {
  return new FakeExcel({ sheets: [sheet], culture });
}

const roadmap = () => within(section("Roadmap"));
const budgetCap = () =>
  roadmap().getByRole("textbox", { name: "Budget cap per quarter" }) as HTMLInputElement;
const understood = (within_: ReturnType<typeof within>) =>
  within_.queryByTestId("understood-amount")?.textContent ?? null;

describe("amounts in a German workbook", () => {
  it("reads the annual budget 600.000 as six hundred thousand and shows it beside the box", async () => {
    await renderPane({ excel: aWorkbookIn("de-DE") });

    typeBudget("600.000");

    expect(understood(budget())).toBe("= 600.000");
    // The portfolio has money to spend: something is funded within 600.000.
    expect(fundedTotal()).not.toBe("0");
    expect(budget().getByText(/ of 600\.000 left\.$/)).toBeTruthy();
  });

  it("reads 1,2M as 1.200.000, not twelve million", async () => {
    await renderPane({ excel: aWorkbookIn("de-DE") });

    typeBudget("1,2M");

    expect(understood(budget())).toBe("= 1.200.000");
  });

  it("reads the quarterly cap by the workbook's culture too, and shows what it understood", async () => {
    await renderPane({ excel: aWorkbookIn("de-DE") });
    const uncapped = previewRows().map((row) => row.quarter);

    fireEvent.change(budgetCap(), { target: { value: "150.000" } });

    expect(understood(roadmap())).toBe("= 150.000");
    expect(previewRows().map((row) => row.quarter)).not.toEqual(uncapped);
  });

  it("shows scores in the workbook's culture", async () => {
    await renderPane({ excel: aWorkbookIn("de-DE") });

    expect(previewRows()[0]?.score).toMatch(/^\d+,\d$/);
  });

  it("reads budgets written as text in the sheet by the same culture, and says so", async () => {
    const rows = sampleRows().map((row, index) => (index === 0 ? [...row.slice(0, -1)] : row));
    const sheet = aSheet({
      tableName: "UseCases",
      rows: [
        ...rows,
        aUseCaseRow({
          ID: "AI-25",
          "Use case": "Tender response drafting",
          Owner: "Ruth Adeyemi",
          "Business value": "4,5",
          "Technical feasibility": 4,
          "Data readiness": 3,
          "Regulatory risk": 2,
          Budget: "€ 120.000",
        }),
      ],
    });
    const excel = aWorkbookIn("de-DE", sheet);
    await renderPane({ excel });

    expect(section("Source").textContent).toContain(
      `Numbers written as text are read with "," as the decimal separator (the workbook's culture, de-DE).`,
    );
    fireEvent.click(screen.getByRole("button", { name: /^Write/ }));
    await screen.findByText(/^Wrote /);
    const tender = excel.written[0]?.ranked.find((entry) => entry.useCase.id === "AI-25");
    expect(tender?.useCase.budget).toBe(120000);
    expect(tender?.useCase.scores.value).toBe(4.5);
  });

  it("types weights by the culture: 12,5 is twelve and a half, rounded to the slider's step", async () => {
    await renderPane({ excel: aWorkbookIn("de-DE") });
    const spin = screen.getByRole("spinbutton", { name: "Business value weight" });

    fireEvent.change(spin, { target: { value: "12,5" } });
    fireEvent.blur(spin);

    expect((spin as HTMLInputElement).value).toBe("13");
  });
});

describe("amounts when Excel cannot say the workbook's culture", () => {
  it("calls 600.000 ambiguous and gives both readings, never guessing", async () => {
    await renderPane({ excel: aWorkbookIn(null) });

    typeBudget("600.000");

    expect(understood(budget())).toBeNull();
    expect(budget().getByText(/^"600\.000" which reads as 600000 .* or as 600 /)).toBeTruthy();
    expect(budgetBox().getAttribute("aria-invalid")).toBe("true");
  });
});

describe("amounts in an English workbook", () => {
  it("shows = 600,000 beside 600k", async () => {
    await renderPane({ excel: aWorkbookIn("en-US") });

    typeBudget("600k");

    expect(understood(budget())).toBe("= 600,000");
  });
});
