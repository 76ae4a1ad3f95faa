import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookPackage } from "../../../src/cli/package/readPackage";
import { InputFileError } from "../../../src/cli/inputFileError";
import { excelStyleWorkbook } from "../workbookBytes";
import { useScratchFolder } from "../workbookFiles";
import { handMadeWorkbook } from "./packageFiles";

const scratch = useScratchFolder();

async function failureOf(name: string, bytes: Uint8Array): Promise<InputFileError> {
  const filePath = path.join(scratch(), name);
  writeFileSync(filePath, bytes);
  const failure: unknown = await readWorkbookPackage(filePath).then(
    () => new Error(`${name} was read without complaint`),
    (error: unknown) => error,
  );
  if (failure instanceof InputFileError) return failure;
  throw failure;
}

const ZIP_WITHOUT_WORKBOOK =
  /is not an Excel workbook \(\.xlsx\): it is a zip file without a readable workbook inside; save it from Excel as \.xlsx\.$/;

// The errors both readers share are in ../readWorkbook.errors.test.ts; these are the package's own.
describe("workbook packages that cannot be used", () => {
  it("says a workbook with a damaged sheet is not a workbook, in one line", async () => {
    const parts = unzipSync(new Uint8Array(excelStyleWorkbook()));
    parts["xl/worksheets/sheet1.xml"] = strToU8(`<worksheet><sheetData><row r="1"><c r="A1"`);
    const error = await failureOf("damaged.xlsx", zipSync(parts));
    expect(error.problem).toBe("not-a-workbook");
    expect(error.message).toMatch(ZIP_WITHOUT_WORKBOOK);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it("says a package whose sheets are all charts holds no readable workbook", async () => {
    const bytes = handMadeWorkbook({ sheets: [{ name: "Chart", body: "", chart: true }] });
    expect((await failureOf("charts-only.xlsm", bytes)).message).toMatch(ZIP_WITHOUT_WORKBOOK);
  });

  it("says a package with no workbook part is not a workbook", async () => {
    const parts = unzipSync(new Uint8Array(excelStyleWorkbook()));
    delete parts["xl/workbook.xml"];
    expect((await failureOf("no-workbook.xlsx", zipSync(parts))).message).toMatch(
      ZIP_WITHOUT_WORKBOOK,
    );
  });
});
