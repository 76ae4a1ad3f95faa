import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";
import { PackageParts } from "../../../src/cli/package/packageParts";
import { writePackageFile } from "../../../src/cli/package/writePackage";

const CONTENT_TYPES = "[Content_Types].xml";

function someParts(): PackageParts {
  return new PackageParts(
    new Map<string, Uint8Array>([
      ["_rels/.rels", strToU8("<Relationships/>")],
      [CONTENT_TYPES, strToU8("<Types/>")],
      ["xl/workbook.xml", strToU8("<workbook/>")],
    ]),
  );
}

/** Each entry's name and compression method (0 stored, 8 deflated), in the file's order. */
function entriesOf(file: Uint8Array): { name: string; method: number }[] {
  const view = Buffer.from(file);
  const entries: { name: string; method: number }[] = [];
  for (let at = 0; view.readUInt32LE(at) === 0x04034b50;) {
    const method = view.readUInt16LE(at + 8);
    const compressed = view.readUInt32LE(at + 18);
    const nameLength = view.readUInt16LE(at + 26);
    const extraLength = view.readUInt16LE(at + 28);
    entries.push({ name: view.toString("utf8", at + 30, at + 30 + nameLength), method });
    at += 30 + nameLength + extraLength + compressed;
  }
  return entries;
}

describe("writing the package", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), "write-package-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("writes a part made later with its bytes once made, after the parts that were ready", async () => {
    const parts = someParts();
    let finish: (bytes: Uint8Array) => void = () => undefined;
    parts.setBytesLater("xl/media/image1.png", new Promise((resolve) => (finish = resolve)));
    parts.setText("xl/worksheets/sheet1.xml", "<worksheet/>");
    expect(() => parts.entries()).toThrow(/still being made/);
    expect(() => parts.bytes("xl/media/image1.png")).toThrow(/still being made/);

    const file = path.join(folder, "out.xlsx");
    const written = writePackageFile(parts, file);
    setTimeout(() => finish(Uint8Array.of(0x89, 0x50, 0x4e, 0x47)), 20);
    await written;

    const bytes = readFileSync(file);
    expect(entriesOf(bytes).map((entry) => entry.name)).toEqual([
      CONTENT_TYPES,
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/media/image1.png",
    ]);
    const unzipped = unzipSync(bytes);
    expect([...(unzipped["xl/media/image1.png"] ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(strFromU8(unzipped["xl/workbook.xml"] ?? new Uint8Array())).toBe("<workbook/>");
  });

  it("stores pictures as they are, and deflates the XML", async () => {
    const parts = someParts();
    parts.setBytes("xl/media/image1.png", new Uint8Array(4096).fill(7));
    const file = path.join(folder, "out.xlsx");
    await writePackageFile(parts, file);
    const methods = Object.fromEntries(
      entriesOf(readFileSync(file)).map((entry) => [entry.name, entry.method]),
    );
    expect(methods["xl/media/image1.png"]).toBe(0);
    expect(methods["xl/workbook.xml"]).toBe(8);
  });

  it("fails with the part's own error when a part cannot be made", async () => {
    const parts = someParts();
    parts.setBytesLater("xl/media/image1.png", Promise.reject(new Error("no fonts")));
    await expect(writePackageFile(parts, path.join(folder, "out.xlsx"))).rejects.toThrow(
      "no fonts",
    );
  });

  it("leaves out a part removed before it was made", async () => {
    const parts = someParts();
    parts.setBytesLater("xl/media/image9.png", Promise.resolve(Uint8Array.of(1)));
    parts.remove("xl/media/image9.png");
    const file = path.join(folder, "out.xlsx");
    await writePackageFile(parts, file);
    expect(Object.keys(unzipSync(readFileSync(file)))).not.toContain("xl/media/image9.png");
  });

  it("keeps the parts of a package it was given in their order", async () => {
    const source = zipSync({
      [CONTENT_TYPES]: strToU8("<Types/>"),
      "xl/z.xml": strToU8("<z/>"),
      "xl/a.xml": strToU8("<a/>"),
    });
    const parts = new PackageParts(new Map(Object.entries(unzipSync(source))));
    const file = path.join(folder, "out.xlsx");
    await writePackageFile(parts, file);
    expect(entriesOf(readFileSync(file)).map((entry) => entry.name)).toEqual([
      CONTENT_TYPES,
      "xl/z.xml",
      "xl/a.xml",
    ]);
  });
});
