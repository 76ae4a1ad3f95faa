import * as fsPromises from "node:fs/promises";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbookPackage } from "../../src/cli/package/readPackage";
import { InputFileError, readWorkbookFile } from "../support/exceljsReader/readWorkbook";
import { zipArchive } from "./workbookBytes";
import { FIXTURES, useScratchFolder } from "./workbookFiles";

const scratch = useScratchFolder();

type ReadFile = (filePath: string) => Promise<{ kind: string }>;

// The exceljs reader and the package reader that replaces it fail alike, word for word.
const READERS: { name: string; read: ReadFile; loadIsolated: () => Promise<ReadFile> }[] = [
  {
    name: "exceljs reader",
    read: readWorkbookFile,
    loadIsolated: async () =>
      (await import("../support/exceljsReader/readWorkbook")).readWorkbookFile,
  },
  {
    name: "package reader",
    read: readWorkbookPackage,
    loadIsolated: async () =>
      (await import("../../src/cli/package/readPackage")).readWorkbookPackage,
  },
];

describe.each(READERS)("input files that cannot be used ($name)", ({ read, loadIsolated }) => {
  async function readFailure(filePath: string): Promise<InputFileError> {
    try {
      await read(filePath);
    } catch (error) {
      if (error instanceof InputFileError) return error;
      throw error;
    }
    throw new Error(`${filePath} was read without complaint`);
  }

  function expectOneLine(error: InputFileError): void {
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).not.toMatch(/\bat .*:\d+:\d+/);
  }

  it("says so when the file does not exist", async () => {
    const filePath = path.join(scratch(), "no-such-file.xlsx");
    const error = await readFailure(filePath);
    expect(error.problem).toBe("not-found");
    expect(error.message).toBe(`${filePath} does not exist: check the path.`);
    expectOneLine(error);
  });

  it("says so when the path is a folder", async () => {
    const folder = path.join(scratch(), "folder.xlsx");
    mkdirSync(folder, { recursive: true });
    const error = await readFailure(folder);
    expect(error.problem).toBe("not-a-file");
    expect(error.message).toBe(`${folder} is a folder, not a file.`);
  });

  it("says so when the file may not be read", async () => {
    // Tests may run as root, who reads any file: the denial is simulated.
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const filePath = path.join(FIXTURES, "bad-input.xlsx");
    await jest.isolateModulesAsync(async () => {
      jest.doMock("node:fs/promises", () => ({
        ...jest.requireActual<typeof fsPromises>("node:fs/promises"),
        readFile: () => Promise.reject(denied),
      }));
      const isolatedRead = await loadIsolated();
      await expect(isolatedRead(filePath)).rejects.toMatchObject({
        problem: "not-readable",
        message: `${filePath} cannot be read: permission denied; check that you may read it.`,
      });
    });
  });

  it("says a CSV renamed to .xlsx is not a workbook, and how to fix it", async () => {
    const filePath = path.join(scratch(), "renamed.xlsx");
    writeFileSync(filePath, "Use case,Value\nChatbot,4\n");
    const error = await readFailure(filePath);
    expect(error.problem).toBe("not-a-workbook");
    expect(error.message).toBe(
      `${filePath} is not an Excel workbook (.xlsx): it looks like a text file; ` +
        "if it is a CSV export, rename it to .csv.",
    );
  });

  it("says a zip of other files is not a workbook", async () => {
    const filePath = path.join(scratch(), "junk.xlsx");
    writeFileSync(filePath, zipArchive({ "notes.txt": "not a workbook", "data/x.bin": "\u0001" }));
    const error = await readFailure(filePath);
    expect(error.problem).toBe("not-a-workbook");
    expect(error.message).toMatch(/^.*junk\.xlsx is not an Excel workbook \(\.xlsx\): it is a zip/);
    expectOneLine(error);
  });

  it("says a damaged zip is not a workbook", async () => {
    const filePath = path.join(scratch(), "truncated.xlsx");
    const whole = await fsPromises.readFile(path.join(FIXTURES, "bad-input.xlsx"));
    writeFileSync(filePath, whole.subarray(0, whole.length / 2));
    const error = await readFailure(filePath);
    expect(error.problem).toBe("not-a-workbook");
    expectOneLine(error);
  });

  it("tells an old .xls renamed to .xlsx to be saved as .xlsx", async () => {
    const filePath = path.join(scratch(), "old.xlsx");
    const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    writeFileSync(filePath, Buffer.concat([Buffer.from(oleSignature), Buffer.alloc(512)]));
    const error = await readFailure(filePath);
    expect(error.message).toMatch(/old-format \.xls or a password-protected workbook/);
  });

  it.each([
    [
      "notes.txt",
      "is a .txt file, which cannot be read: give an Excel workbook (.xlsx, .xlsm) or a CSV file (.csv).",
    ],
    [
      "legacy.xls",
      "is a .xls file, which cannot be read: open it in Excel and save it as Excel Workbook (.xlsx).",
    ],
    [
      "README",
      "is a file without an extension, which cannot be read: give an Excel workbook (.xlsx, .xlsm) or a CSV file (.csv).",
    ],
  ])("refuses %s by its extension", async (name, ending) => {
    const filePath = path.join(scratch(), name);
    writeFileSync(filePath, "anything");
    const error = await readFailure(filePath);
    expect(error.problem).toBe("unsupported-type");
    expect(error.message).toBe(`${filePath} ${ending}`);
  });

  it("accepts extensions in any case", async () => {
    const filePath = path.join(scratch(), "SHOUTING.XLSX");
    copyFileSync(path.join(FIXTURES, "raters.xlsx"), filePath);
    await expect(read(filePath)).resolves.toMatchObject({ kind: "xlsx" });
  });
});
