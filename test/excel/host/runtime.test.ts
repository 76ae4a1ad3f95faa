/**
 * What the adapter's tests stand on: Microsoft's Office.js runtime, with only the host ours.
 * Proxies, load rules and errors are the runtime's; the host answers from the double's model.
 */
import { createOfficeExcelAdapter, ExcelAdapterError } from "../../../src/excel";
import { createWorkbookState, failNextSync, refuseNextRequest, sheetSnapshot } from "../double";
import { installOfficeRuntime } from "./nodeRuntime";
import { utf8Length } from "./wire";

const seed = {
  sheets: [
    {
      name: "Input",
      cells: [
        ["Name", "Budget"],
        ["Chatbot", 1000],
      ],
    },
  ],
};

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function install(state = createWorkbookState(seed)) {
  const installed = installOfficeRuntime(globalThis, state);
  uninstall = installed.uninstall;
  return { state, host: installed.host };
}

describe("Microsoft's runtime over the double's workbook", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, as real Office.js does", async () => {
    install();
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Input");
      // The mistake this test makes on purpose, to see the runtime refuse it.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      return sheet.name;
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PropertyNotLoaded" });
    expect(error).toBeInstanceOf(OfficeExtension.Error);
  });

  it("reads what a load and a sync delivered, through the runtime's own proxies", async () => {
    install();
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1:B2");
      range.load("values,address");
      await context.sync();
      return [range.address, range.values];
    });
    expect(values).toEqual([
      "Input!A1:B2",
      [
        ["Name", "Budget"],
        ["Chatbot", 1000],
      ],
    ]);
  });

  it("keeps an object made by add usable across syncs, as Excel's ids let it", async () => {
    const { state } = install();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Made");
      await context.sync();
      sheet.getRange("A1").values = [["later"]];
      sheet.name = "Renamed";
      await context.sync();
    });
    expect(sheetSnapshot(state, "Renamed").values).toEqual([["later"]]);
  });

  it("measures each request in UTF-8 bytes of the JSON the runtime sent", async () => {
    const { host } = install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("C1").values = [['é中"\\']];
      await context.sync();
    });
    const [request] = host.requests;
    expect(request?.json).toContain('"é中\\"\\\\"');
    expect(request?.bytes).toBe(Buffer.byteLength(request?.json ?? "", "utf8"));
    expect(request?.bytes).toBe(utf8Length(request?.json ?? ""));
  });

  it("fails the statement Excel fails, naming it, with the ones before it applied", async () => {
    const { state } = install();
    failNextSync(state, "InvalidOperationInCellEditMode");
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("C1").values = [["x"]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("Office's own refusals, as the adapter reports them", () => {
  it.each([
    [5012, "InvalidOrTimedOutSession", "session-expired", /reload the add-in/i],
    [5016, "WriteNotSupportedWhenModalDialogOpen", "dialog-open", /dialog/i],
    [5102, "ActivityLimitReached", "busy", /busy/i],
  ])("Office code %i is %s: %s", async (officeCode, code, problem, wording) => {
    const { state } = install();
    refuseNextRequest(state, officeCode);
    const error = await createOfficeExcelAdapter({ syncTimeoutMs: 2_000 })
      .listSources()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code, problem });
    expect((error as Error).message).toMatch(wording);
  });
});
