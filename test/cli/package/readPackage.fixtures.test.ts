import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbookPackage } from "../../../src/cli/package/readPackage";
import { readWorkbookFile } from "../../support/exceljsReader/readWorkbook";
import { FIXTURES } from "../workbookFiles";

const ROOT = path.join(__dirname, "..", "..", "..");
const workbooks = [
  ...readdirSync(FIXTURES)
    .filter((name) => /\.xlsx$/i.test(name))
    .map((name) => path.join(FIXTURES, name)),
  path.join(ROOT, "demo", "sample-use-cases.xlsx"),
].map((filePath) => [path.relative(ROOT, filePath), filePath]);

describe("the package reader on the fixture workbooks", () => {
  // exceljs needs seconds for the agency templates' whole-column drop-downs.
  it.each(workbooks)(
    "reads %s exactly as the exceljs reader does",
    async (_name, filePath) => {
      const [read, expected] = await Promise.all([
        readWorkbookPackage(filePath),
        readWorkbookFile(filePath),
      ]);
      expect(read.kind).toBe("xlsx");
      expect(read.input).toStrictEqual(expected.input);
    },
    60_000,
  );

  it("keeps the file's bytes as they were, for the writer", async () => {
    const filePath = path.join(FIXTURES, "raters.xlsx");
    const read = await readWorkbookPackage(filePath);
    if (read.kind !== "xlsx") throw new Error("expected a workbook");
    expect(Buffer.from(read.bytes).equals(readFileSync(filePath))).toBe(true);
  });

  it("gives the writer the sheets in tab order and the tables in use", async () => {
    const read = await readWorkbookPackage(path.join(FIXTURES, "sample-use-cases.xlsx"));
    if (read.kind !== "xlsx") throw new Error("expected a workbook");
    expect(read.shape).toStrictEqual({ sheets: [{ name: "Use cases" }], tableNames: ["UseCases"] });
  });

  it("lists an agency template's hidden sheets too", async () => {
    const read = await readWorkbookPackage(path.join(FIXTURES, "agency-epa-2025-inventory.xlsx"));
    if (read.kind !== "xlsx") throw new Error("expected a workbook");
    expect(read.shape.sheets.map((sheet) => sheet.name)).toEqual([
      "All Use Cases",
      "Sheet3",
      "Selections",
    ]);
  });
});
