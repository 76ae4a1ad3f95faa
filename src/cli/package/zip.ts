/**
 * The parts of a zip package, each inflated as a stream of chunks (fflate's `Inflate`), in any
 * order. fflate's `unzipSync` inflates a part whole, and its streaming `Unzip` walks the local
 * headers in archive order, guessing where an entry written with a data descriptor ends. The
 * reader needs neither: it wants one part at a time, in the order the workbook refers to them,
 * without holding a large sheet's XML in memory. So the central directory (the zip's own index
 * of where each entry starts) is read here, and fflate does the inflating.
 */
import { Inflate } from "fflate";

/** A zip entry that is not where the central directory says, or cannot be inflated. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

interface ZipEntry {
  /** As stored, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const UTF8_NAME_FLAG = 0x800;
const ZIP64_EXTRA = 0x0001;
const SATURATED = 0xffffffff;
/** Compressed bytes handed to the inflater at a time: its output stays in small chunks. */
const CHUNK = 64 * 1024;

export class ZipPackage {
  /** By lowercase name: part names in a package compare ignoring case. */
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    for (const entry of readDirectory(bytes)) {
      this.entries.set(normalisePartName(entry.name), entry);
    }
  }

  has(partName: string): boolean {
    return this.entries.has(normalisePartName(partName));
  }

  /**
   * Hands the part's bytes to `onChunk` as they are inflated; returns false when the package
   * has no such part.
   */
  streamPart(partName: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(normalisePartName(partName));
    if (!entry) return false;
    if (entry.flags & ENCRYPTED_FLAG) throw new ZipFormatError(`${entry.name} is encrypted`);
    const start = dataOffset(this.bytes, entry);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
    if (entry.method === STORED || start === end) {
      for (let at = start; at < end; at += CHUNK) {
        onChunk(this.bytes.subarray(at, Math.min(end, at + CHUNK)));
      }
      return true;
    }
    if (entry.method !== DEFLATED) {
      throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    }
    const inflater = new Inflate((chunk) => {
      if (chunk.length > 0) onChunk(chunk);
    });
    for (let at = start; at < end; at += CHUNK) {
      const last = Math.min(end, at + CHUNK);
      inflater.push(this.bytes.subarray(at, last), last === end);
    }
    return true;
  }
}

/** `/xl/Workbook.xml` and `xl/workbook.xml` name the same part. */
function normalisePartName(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = readUint64(view, end - 12);
    if (
      zip64End + 56 <= bytes.length &&
      view.getUint32(zip64End, true) === ZIP64_END_OF_DIRECTORY
    ) {
      count = readUint64(view, zip64End + 32);
      offset = readUint64(view, zip64End + 48);
    }
  }
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError("the zip's directory is damaged");
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const sizes = {
      uncompressed: view.getUint32(offset + 24, true),
      compressed: view.getUint32(offset + 20, true),
      localHeader: view.getUint32(offset + 42, true),
    };
    readZip64Sizes(view, offset + 46 + nameLength, extraLength, sizes);
    entries.push({
      name: new TextDecoder(flags & UTF8_NAME_FLAG ? "utf-8" : "latin1").decode(nameBytes),
      method: view.getUint16(offset + 10, true),
      flags,
      compressedSize: sizes.compressed,
      localHeaderOffset: sizes.localHeader,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65 535.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError("not a zip file");
}

/** Sizes too large for 32 bits sit in the zip64 extra field, in this order, when saturated. */
function readZip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { uncompressed: number; compressed: number; localHeader: number },
): void {
  if (
    sizes.uncompressed !== SATURATED &&
    sizes.compressed !== SATURATED &&
    sizes.localHeader !== SATURATED
  ) {
    return;
  }
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ["uncompressed", "compressed", "localHeader"] as const) {
        if (sizes[key] !== SATURATED) continue;
        sizes[key] = readUint64(view, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** Where the entry's data starts: after its local header, whose lengths may differ. */
function dataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ZipFormatError(`${entry.name} is not where the zip's directory says`);
  }
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}
