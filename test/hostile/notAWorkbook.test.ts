/**
 * Files named .xlsx that are not workbooks: the command line exits 1 with one line that names
 * the file and says what it is, never a stack trace, and writes nothing.
 * (test/cli/readWorkbook.errors.test.ts checks the reader's messages one by one.)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";
import { runCli } from "../cli/cliHarness";
import { zipArchive } from "../cli/workbookBytes";
import { FIXTURES } from "../cli/workbookFiles";
import { useScratchFolder } from "./hostileHarness";

const scratch = useScratchFolder();

/** Deterministic noise: bytes no tool would mistake for anything. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = seed >>> 16;
  }
  return bytes;
}

const NOT_WORKBOOKS: readonly [string, () => Buffer, RegExp][] = [
  [
    "a zip of junk files",
    () => zipArchive({ "junk.bin": noise(300).toString("latin1"), "readme.txt": "hello" }),
    /it is a zip file without a readable workbook inside/,
  ],
  [
    "a zip whose workbook parts are junk",
    () =>
      zipArchive({
        "[Content_Types].xml": "<Types><Default Extension=",
        "xl/workbook.xml": "not xml at all",
        "xl/worksheets/sheet1.xml": noise(200).toString("latin1"),
      }),
    /it is a zip file without a readable workbook inside/,
  ],
  [
    "a renamed CSV",
    () => Buffer.from("ID,Use case,Business value\nUC-1,Chatbot,4\n"),
    /it looks like a text file; if it is a CSV export, rename it to \.csv/,
  ],
  ["an empty file", () => Buffer.alloc(0), /the file is empty \(0 bytes\)/],
  ["random bytes", () => noise(4096), /save it from Excel as Excel Workbook \(\.xlsx\)/],
  [
    "a workbook cut in half",
    () => {
      const whole = readFileSync(path.join(FIXTURES, "sample-use-cases.xlsx"));
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    /is not an Excel workbook/,
  ],
  [
    "deflated noise with a zip signature",
    () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), deflateRawSync(noise(2000))]),
    /it is a zip file without a readable workbook inside/,
  ],
];

describe("an .xlsx that is not a workbook", () => {
  it.each(NOT_WORKBOOKS)(
    "exits 1 with one clear line for %s, and writes nothing",
    async (what, bytes, detail) => {
      const input = path.join(scratch(), `${what.replace(/\W+/g, "-")}.xlsx`);
      writeFileSync(input, bytes());
      const output = input.replace(/\.xlsx$/, "-scored.xlsx");

      const run = await runCli(["score", input]);

      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.endsWith("\n")).toBe(true);
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${input} is not an Excel workbook (.xlsx): `);
      expect(lines[0]).toMatch(detail);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|unexpected error/);
      expect(existsSync(output)).toBe(false);
    },
  );
});
