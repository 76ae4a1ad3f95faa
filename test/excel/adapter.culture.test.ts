/**
 * The workbook's number culture, as the adapter asks it of Excel through Microsoft's runtime:
 * `Application.cultureInfo.numberFormat` (ExcelApi 1.11), in one sync.
 */
import { createWorkbookState, syncCount } from "./double";
import { adapterOver, removeDouble } from "./excelHarness";

afterEach(() => removeDouble());

const aSheet = { name: "Use cases", cells: [["Use case"]] };

describe("the workbook's culture", () => {
  it("is Excel's own: its locale and its separators", async () => {
    const state = createWorkbookState({
      sheets: [aSheet],
      culture: { name: "de-DE", numberDecimalSeparator: ",", numberGroupSeparator: "." },
    });

    expect(await adapterOver(state).readCulture()).toEqual({
      locale: "de-DE",
      decimalSeparator: ",",
      groupSeparator: ".",
    });
    expect(syncCount(state)).toBe(1);
  });

  it("follows separators a person set apart from the locale", async () => {
    const state = createWorkbookState({
      sheets: [aSheet],
      culture: { name: "en-GB", numberDecimalSeparator: ",", numberGroupSeparator: " " },
    });

    expect(await adapterOver(state).readCulture()).toEqual({
      locale: "en-GB",
      decimalSeparator: ",",
      groupSeparator: " ",
    });
  });

  it("is en-US for a workbook seeded without one", async () => {
    const state = createWorkbookState({ sheets: [aSheet] });

    expect((await adapterOver(state).readCulture())?.decimalSeparator).toBe(".");
  });
});
