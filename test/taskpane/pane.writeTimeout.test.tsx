/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeExcel } from "./fakeAdapter";
import { renderPane, section } from "./renderPane";
import { aSheet } from "./sheets";

const write = () => within(section("Write to the workbook"));

function writeButton(): HTMLButtonElement {
  return write().getByRole("button", {
    name: "Write ranked list and roadmap",
  }) as HTMLButtonElement;
}

function aWorkbook(): FakeExcel {
  return new FakeExcel({ sheets: [aSheet({ tableName: "UseCases" })] });
}

const methods = (excel: FakeExcel) => excel.calls.map((call) => call.method);

describe("a write Excel does not answer in time", () => {
  it("reads the workbook again before Write is offered again", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "timeout");
    const releaseList = excel.hold("listSources");

    fireEvent.click(writeButton());

    expect(await screen.findByText(/Excel did not answer within 30 seconds/)).toBeTruthy();
    await waitFor(() => expect(methods(excel).at(-1)).toBe("listSources"));
    expect(writeButton().disabled).toBe(true);
    expect(write().getByText(/^Reading the workbook again before another write/)).toBeTruthy();

    releaseList();

    await waitFor(() => expect(writeButton().disabled).toBe(false));
    // The workbook's culture is asked once, with the first list of sources.
    expect(methods(excel)).toEqual([
      "readCulture",
      "listSources",
      "readSource",
      "readSource",
      "writeResult",
      "listSources",
      "readSource",
    ]);
  });

  it("offers no Try again, which could write twice", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "timeout");

    fireEvent.click(writeButton());

    expect(await screen.findByText(/the write may still finish in Excel/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("says the last write may still complete once the workbook has been read again", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "timeout");

    fireEvent.click(writeButton());

    expect(await write().findByText("The last write may still complete")).toBeTruthy();
    expect(section("Write to the workbook").textContent).toContain(
      "The workbook has been read again, so a new write starts from what it holds now.",
    );
    expect(writeButton().disabled).toBe(false);
  });

  it("keeps Write off while reading again fails, and offers it once a read succeeds", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "timeout");
    excel.failNext("listSources", "busy");

    fireEvent.click(writeButton());

    expect(await screen.findByText("Excel is busy. Wait a moment, then try again.")).toBeTruthy();
    expect(writeButton().disabled).toBe(true);
    expect(
      write().getByText(/^Writing comes back once the workbook has been read again/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));

    await waitFor(() => expect(writeButton().disabled).toBe(false));
    expect(write().getByText("The last write may still complete")).toBeTruthy();
    expect(excel.written).toHaveLength(1);
  });

  it("drops the note when the next write starts", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("writeResult", "timeout");
    fireEvent.click(writeButton());
    await write().findByText("The last write may still complete");

    fireEvent.click(writeButton());

    await write().findByText(/^Wrote /);
    expect(write().queryByText("The last write may still complete")).toBeNull();
  });

  it("offers Try again at once when it was still reading the sheet, as nothing was written", async () => {
    const excel = aWorkbook();
    await renderPane({ excel });
    excel.failNext("readSource", "timeout");

    fireEvent.click(writeButton());

    expect(await screen.findByRole("button", { name: "Try again" })).toBeTruthy();
    expect(methods(excel)).not.toContain("writeResult");
    expect(writeButton().disabled).toBe(false);
  });
});
