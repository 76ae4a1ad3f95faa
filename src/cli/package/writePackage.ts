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
  const written = pipeline(zip.outputStream, createWriteStream(filePath));
  // Zipping starts now; parts still being made (the picture) are added last, when they are.
  const pending = new Set(parts.pendingPaths());
  const ready = parts.entries({ pending: "skip" });
  const ordered = [
    ...ready.filter(([path]) => path === "[Content_Types].xml"),
    ...ready.filter(([path]) => path !== "[Content_Types].xml"),
  ];
  let late: [string, Uint8Array][];
  try {
    for (const [path, bytes] of ordered) addEntry(zip, path, bytes);
    late = (await parts.finished()).filter(([path]) => pending.has(path));
  } catch (error) {
    // The half-written file is the caller's to remove; the pipeline is ended with the error.
    (zip.outputStream as NodeJS.ReadableStream & { destroy(error: Error): void }).destroy(
      error as Error,
    );
    await written.catch(() => undefined);
    throw error;
  }
  for (const [path, bytes] of late) addEntry(zip, path, bytes);
  zip.end();
  await written;
}

function addEntry(zip: ZipFile, path: string, bytes: Uint8Array): void {
  // Some zip tools store folders as entries of their own; they are kept as folders.
  if (path.endsWith("/")) {
    zip.addEmptyDirectory(path.slice(0, -1), { mtime: FIXED_TIME });
    return;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A PNG is deflated inside already: deflating it again costs time and saves nothing.
  if (/\.png$/i.test(path)) zip.addBuffer(buffer, path, { compress: false, mtime: FIXED_TIME });
  else {
    zip.addBuffer(buffer, path, {
      compress: true,
      compressionLevel: bytes.byteLength >= LIGHT_COMPRESSION_FROM_BYTES ? 1 : 6,
      mtime: FIXED_TIME,
    });
  }
}
