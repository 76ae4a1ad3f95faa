/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeExcel } from "./fakeAdapter";
import { previewNames, renderPane, section } from "./renderPane";
import { aSheet } from "./sheets";

const write = () => within(section("Write to the workbook"));

function writeButton(): HTMLButtonElement {
  return write().getByRole("button", {
    name: "Write ranked list and roadmap",
  }) as HTMLButtonElement;
}

async function written(): Promise<void> {
  await write().findByText(/^Wrote /);
}

function aWorkbook(): FakeExcel {
  return new FakeExcel({ sheets: [aSheet({ tableName: "UseCases" })] });
}

describe("writing to the workbook", () => {
  it("reads the source again first, and writes what the sheet holds now", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    expect(previewNames()[0]).toBe("Invoice data capture");

    // A co-author raises Support ticket triage's business value from 4 to 5 meanwhile.
    excel.setCell("Use cases", "G3", 5);
    fireEvent.click(writeButton());
    await written();

    expect(excel.reads).toEqual([
      { sheetName: "Use cases", tableName: "UseCases" },
      { sheetName: "Use cases", tableName: "UseCases" },
    ]);
    expect(excel.calls.map((call) => call.method)).toEqual([
      "readCulture",
      "listSources",
      "readSource",
      "readSource",
      "writeResult",
      "listSources",
    ]);
    expect(excel.written).toHaveLength(1);
    expect(excel.written[0]?.ranked[0]?.useCase.name).toBe("Support ticket triage");
    expect(excel.written[0]?.ranked[0]?.score).toBe(87.5);
    expect(previewNames()[0]).toBe("Support ticket triage");
  });

  it("writes with the weights and roadmap settings on screen", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    fireEvent.click(screen.getByRole("button", { name: "Risk averse" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Budget cap per quarter" }), {
      target: { value: "150k" },
    });

    fireEvent.click(writeButton());
    await written();

    expect(excel.written[0]?.settings.weights).toEqual({
      value: 20,
      feasibility: 20,
      dataReadiness: 20,
      regulatoryRisk: 40,
    });
    expect(excel.written[0]?.settings.roadmap).toEqual({
      start: "2027-Q1",
      horizon: 4,
      slotsPerQuarter: 3,
      quarterBudget: 150000,
    });
  });

  it("shows each step while it works, and the button waits until it is done", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    const releaseRead = excel.hold("readSource");
    const releaseWrite = excel.hold("writeResult");

    fireEvent.click(writeButton());

    expect(
      await write().findByText("Reading the sheet again (co-authors may have changed it)…"),
    ).toBeTruthy();
    expect(write().getByRole("progressbar", { name: "Writing progress" })).toBeTruthy();
    expect(screen.getByLabelText("Working")).toBeTruthy();
    expect(writeButton().disabled).toBe(true);

    releaseRead();
    expect(await write().findByText("Writing Ranked and Roadmap…")).toBeTruthy();
    expect(writeButton().disabled).toBe(true);

    releaseWrite();
    await written();
    expect(write().queryByRole("progressbar")).toBeNull();
    expect(writeButton().disabled).toBe(false);
  });

  it("sums up what it wrote and opens either sheet on request", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });

    fireEvent.click(writeButton());
    await written();

    expect(write().getByRole("status").textContent).toContain(
      "Wrote 24 ranked use cases and a roadmap of 12.",
    );
    fireEvent.click(write().getByRole("button", { name: "Open Roadmap" }));
    fireEvent.click(write().getByRole("button", { name: "Open Ranked" }));
    await waitFor(() => expect(excel.activated).toEqual(["Roadmap", "Ranked"]));
  });

  it("lists the sheets it wrote as scorer output, and keeps reading the same source", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });

    fireEvent.click(writeButton());
    await written();

    const picker = screen.getByRole("combobox", { name: "Sheet or table" }) as HTMLSelectElement;
    await waitFor(() =>
      expect([...picker.options].map((option) => option.textContent)).toEqual([
        "Use cases — table UseCases",
        "Use cases",
        "Ranked (scorer output)",
        "Roadmap (scorer output)",
        "Summary (scorer output)",
      ]),
    );
    expect(picker.selectedOptions[0]?.textContent).toBe("Use cases — table UseCases");
  });

  it("writes nothing when a co-author has since broken the header row, and says why", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });

    excel.setCell("Use cases", "J1", "Risk appetite");
    fireEvent.click(writeButton());

    expect(await screen.findByText("This sheet cannot be scored")).toBeTruthy();
    expect(excel.written).toEqual([]);
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(section("Source").textContent).toContain("missing regulatory risk");
  });

  it("is not offered while the sheet cannot be scored", async () => {
    const notes = aSheet({ name: "Notes", header: ["Workshop notes"], rows: [] });
    await renderPane({ excel: new FakeExcel({ sheets: [notes] }) });

    expect(writeButton().disabled).toBe(true);
  });
});

describe("when Excel refuses", () => {
  it("shows Excel's reason, with no Try again when trying again cannot help, and Dismiss", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "protected");

    fireEvent.click(writeButton());

    expect(await screen.findByText("Excel could not do that")).toBeTruthy();
    expect(
      screen.getByText(/Ranked is protected, so it cannot be replaced\. Unprotect it/),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(write().queryByText(/^Wrote /)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Excel could not do that")).toBeNull();
    expect(writeButton().disabled).toBe(false);
  });

  it("offers Try again when Excel was only busy, and writing then succeeds", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "busy");

    fireEvent.click(writeButton());
    expect(await screen.findByText("Excel is busy. Wait a moment, then try again.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await written();

    expect(screen.queryByText("Excel is busy. Wait a moment, then try again.")).toBeNull();
    expect(excel.calls.filter((call) => call.method === "writeResult")).toHaveLength(2);
    expect(excel.written).toHaveLength(2);
  });

  it("offers Try again when a cell was being edited while it read the sheet again", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("readSource", "cell-edit-mode");

    fireEvent.click(writeButton());
    expect(await screen.findByText(/Excel is editing a cell.*Press Enter or Esc/)).toBeTruthy();
    expect(excel.calls.some((call) => call.method === "writeResult")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await written();
  });

  it("asks to close the dialog in Excel when one is open, and writes when tried again", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "dialog-open");

    fireEvent.click(writeButton());
    expect(await screen.findByText(/Close the dialog in Excel, then write again\./)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await written();
    expect(excel.written).toHaveLength(2);
  });

  it("asks to reload the add-in when the session has expired, with no Try again", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "session-expired");

    fireEvent.click(writeButton());

    expect(await screen.findByText(/Reload the add-in/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("offers Try again when the workbook could not be read at all on opening", async () => {
    const excel = aWorkbook();
    excel.failNext("listSources", "timeout");
    await renderPane({ excel });

    expect(screen.getByText(/Excel did not answer within 30 seconds/)).toBeTruthy();
    expect(previewNames()).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));

    await waitFor(() => expect(previewNames()[0]).toBe("Invoice data capture"));
    expect(screen.queryByText(/Excel did not answer/)).toBeNull();
  });

  it("still shows what it wrote when only refreshing the list of sheets afterwards fails", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("listSources", "busy");

    fireEvent.click(writeButton());
    await written();

    expect(excel.written).toHaveLength(1);
    expect(write().getByRole("button", { name: "Open Ranked" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });
});
