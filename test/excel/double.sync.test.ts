/**
 * What each sync carries and how it can fail: the counter and request log, Excel on the web's
 * 5 MB payload limit, the 5,000,000-cell read limit, a batch that fails half-way, and the
 * switches that make a sync hang or fail.
 */

import {
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  OPERATION_OVERHEAD_BYTES,
  failNextSync,
  hangNextSync,
  sheetSnapshot,
  syncCount,
} from "./double";
import { aWorkbook, officeErrorFrom, removeWorkbook, settledWithin } from "./double/testWorkbook";

afterEach(removeWorkbook);

describe("the sync log", () => {
  it("counts syncs that carry operations and records what each carried", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1:B1");
      range.values = [["a", "b"]];
      await context.sync();
      range.load("values");
      await context.sync();
      await context.sync(); // nothing queued: Office.js sends nothing
    });
    expect(syncCount(state)).toBe(2);
    expect(state.host.syncs.map((s) => s.labels)).toEqual([
      ["WorksheetCollection.getItem", "Worksheet.getRange", "Range.values"],
      ["Range.load"],
    ]);
    const first = state.host.syncs[0];
    expect(first?.operations).toBe(3);
    expect(first?.outcome).toBe("applied");
    // '["Input"]' + '["A1:B1"]' + '[["a","b"]]', plus the per-operation cost.
    expect(first?.payloadBytes).toBe(9 + 9 + 11 + 3 * OPERATION_OVERHEAD_BYTES);
  });

  it("passes sync's argument through, like Office.js", async () => {
    aWorkbook();
    const value = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      return context.sync("done");
    });
    expect(value).toBe("done");
  });
});

describe("payload limits", () => {
  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input", cells: [["kept"]] }] });
    const bigRow = Array.from({ length: 100 }, () => "x".repeat(1000));
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Input");
        sheet.getRange("A1").values = [["changed"]];
        context.workbook.worksheets.add("New");
        sheet.getRangeByIndexes(1, 0, 60, 100).values = Array.from({ length: 60 }, () => bigRow);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(state.sheets.map((s) => s.name)).toEqual(["Input"]);
    expect(sheetSnapshot(state, "Input").values).toEqual([["kept"]]);
    expect(state.host.syncs[0]?.payloadBytes).toBeGreaterThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(state.host.syncs[0]?.outcome).toBe("failed");
  });

  it("lets the limit be lowered for small tests, and drops the refused batch's queue", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] }, { payloadLimitBytes: 500 });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1");
      range.values = [["y".repeat(600)]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
      range.values = [["small"]];
      await context.sync();
    });
    expect(sheetSnapshot(state, "Input").values).toEqual([["small"]]);
  });

  it("fails a read over 5,000,000 cells with RangeExceedsLimit", async () => {
    aWorkbook({ sheets: [{ name: "Input" }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const whole = context.workbook.worksheets.getItem("Input").getRange();
        whole.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });

  it("still reads a range's address and size past the cell limit", async () => {
    aWorkbook({ sheets: [{ name: "Input" }] });
    const address = await Excel.run(async (context) => {
      const whole = context.workbook.worksheets.getItem("Input").getRange();
      whole.load("address, rowCount");
      await context.sync();
      return `${whole.address} ${whole.rowCount}`;
    });
    expect(address).toBe("Input!A1:XFD1048576 1048576");
  });

  it("fails a response over the limit with ResponsePayloadSizeLimitExceeded, after applying the writes", async () => {
    const state = aWorkbook(
      { sheets: [{ name: "Input", cells: [["z".repeat(300)]] }] },
      { responseLimitBytes: 200 },
    );
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Input");
        sheet.getRange("B1").values = [["written"]];
        sheet.getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(sheetSnapshot(state, "Input").values[0]?.[1]).toBe("written");
  });
});

describe("a batch that fails part-way", () => {
  it("keeps what ran before the failing operation and runs nothing after it", async () => {
    const state = aWorkbook({ sheets: [{ name: "Ranked", cells: [["old"]] }] });
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Ranked (new)").getRange("A1").values = [["new"]];
        context.workbook.worksheets.getItem("Missing").delete();
        context.workbook.worksheets.getItem("Ranked").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(state.sheets.map((s) => s.name)).toEqual(["Ranked", "Ranked (new)"]);
    expect(sheetSnapshot(state, "Ranked (new)").values).toEqual([["new"]]);
  });

  it("does not deliver loads of a failed batch", async () => {
    aWorkbook({ sheets: [{ name: "Input", cells: [["a"]] }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("A1");
      range.load("values");
      context.workbook.worksheets.getItem("Missing");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("fault switches", () => {
  it("makes the next sync never settle", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    hangNextSync(state);
    const outcome = await settledWithin(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Input").getRange("A1").values = [["x"]];
        await context.sync();
      }),
      50,
    );
    expect(outcome).toBe("pending");
    expect(state.host.syncs[0]?.outcome).toBe("hung");
    expect(sheetSnapshot(state, "Input").values).toEqual([]);
  });

  it("hangs only one sync", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    hangNextSync(state);
    void Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").load("name");
      await context.sync();
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("A1").values = [["after"]];
    });
    expect(sheetSnapshot(state, "Input").values).toEqual([["after"]]);
  });

  it("makes the next sync fail with a chosen code, applying nothing, then recovers", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    failNextSync(state, "InvalidOperationInCellEditMode");
    const error = await officeErrorFrom(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Input").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe(Excel.ErrorCodes.invalidOperationInCellEditMode);
    expect(sheetSnapshot(state, "Input").values).toEqual([]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("A1").values = [["y"]];
    });
    expect(sheetSnapshot(state, "Input").values).toEqual([["y"]]);
  });

  it("waits for a sync that carries operations before firing", async () => {
    const state = aWorkbook({ sheets: [{ name: "Input" }] });
    failNextSync(state, "ActivityLimitReached");
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Input").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ActivityLimitReached" });
    });
  });
});
