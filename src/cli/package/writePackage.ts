/**
 * The package's parts as a zip file, deflated by Node's zlib (through yazl) rather than in
 * JavaScript. Parts keep their order; the content types come first, as Office writes them.
 */
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import type { PackageParts } from "./packageParts";

// Large generated sheets are deflated lightly: the default level costs seconds for a few percent.
const LIGHT_COMPRESSION_FROM_BYTES = 1_000_000;
// A fixed time for every entry: the same input and result give the same file.
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export async function writePackageFile(parts: PackageParts, filePath: string): Promise<void> {
  const zip = new ZipFile();
  const entries = parts.entries();
  const ordered = [
    ...entries.filter(([path]) => path === "[Content_Types].xml"),
    ...entries.filter(([path]) => path !== "[Content_Types].xml"),
  ];
  for (const [path, bytes] of ordered) {
    // Some zip tools store folders as entries of their own; they are kept as folders.
    if (path.endsWith("/")) {
      zip.addEmptyDirectory(path.slice(0, -1), { mtime: FIXED_TIME });
      continue;
    }
    zip.addBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, {
      compress: true,
      compressionLevel: bytes.byteLength >= LIGHT_COMPRESSION_FROM_BYTES ? 1 : 6,
      mtime: FIXED_TIME,
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(filePath));
}
