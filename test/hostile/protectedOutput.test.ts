/**
 * An output sheet protected since the last write, in the add-in: the write stops with an error
 * that names the sheet and says how to fix it, and the whole previous result — every output
 * sheet, the marker names, the sheet order — is exactly as it was, with nothing half-built left
 * behind. Once unprotected, writing works again. (test/excel/adapter.behaviour.test.ts checks
 * a protected Ranked; here each output sheet in turn, and everything else besides.)
 */
import { ExcelAdapterError } from "../../src/excel";
import { definedNames, sheetNames, sheetSnapshot, type WorkbookState } from "../excel/double";
import { removeDouble } from "../excel/excelHarness";
import { addInOver, candidates, scoreAndWrite, USE_CASE_COLUMNS, type Row } from "./hostileHarness";

const CANDIDATES: Row[] = [
  [...USE_CASE_COLUMNS, "Budget"],
  ["UC-1", "Chatbot", "Ana", 5, 4, 4, 2, 1000],
  ["UC-2", "Forecast", "Ben", 4, 4, 3, 1, 2000],
  ["UC-3", "Triage", null, 3, 5, 2, 4, 3000],
];

function everything(state: WorkbookState): unknown {
  return {
    sheets: sheetNames(state).map((name) => sheetSnapshot(state, name)),
    names: definedNames(state),
  };
}

afterEach(removeDouble);

describe("a protected output sheet in the add-in", () => {
  it.each(["Ranked", "Roadmap", "Summary"])(
    "stops the write when %s is protected, with a clear error, leaving the previous result intact",
    async (protectedName) => {
      const { state, adapter } = addInOver(candidates(CANDIDATES));
      await scoreAndWrite(adapter);
      const sheet = state.sheets.find((candidate) => candidate.name === protectedName);
      if (!sheet) throw new Error(`the first write made no ${protectedName}`);
      sheet.protected = true;
      const before = everything(state);
      const names = sheetNames(state);

      const error = await scoreAndWrite(adapter).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ExcelAdapterError);
      expect((error as ExcelAdapterError).problem).toBe("protected");
      expect((error as ExcelAdapterError).message).toBe(
        `${protectedName} is protected, so it cannot be replaced. Unprotect it (Review > Unprotect Sheet), then write again; your previous result is unchanged.`,
      );
      expect(everything(state)).toEqual(before);

      sheet.protected = false;
      await scoreAndWrite(adapter);
      expect(sheetNames(state)).toEqual(names);
    },
  );
});
