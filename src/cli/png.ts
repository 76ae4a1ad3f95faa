/**
 * A PNG encoder for straight (not premultiplied) 8-bit RGBA pixels, with node:zlib and no
 * image library. The CLI paints chart pictures with it, and scripts/draw-icons.js encodes
 * the add-in's icons with it.
 *
 * Every scanline uses filter type 0 (none): the icons in assets/ are committed, and this is
 * how they were first encoded, so redrawing them gives the same bytes. Charts gain nothing
 * from the other filters either: they are large flat areas, where deflate's own matching of
 * the previous row does what the "up" filter would (measured: "up" and "sub" made a bubble
 * chart a quarter larger).
 */
import * as zlib from "node:zlib";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BYTES_PER_PIXEL = 4;
/** PNG caps width and height at 2^31 - 1. */
const MAX_DIMENSION = 0x7fffffff;

/** The pixels cannot form the picture asked for (a bug in the caller, not in the user's file). */
export class PngEncodeError extends RangeError {
  override readonly name = "PngEncodeError";
}

// CRC-32 as PNG specifies it (ISO 3309, reflected polynomial 0xEDB88320). Node has it built
// in from 20.15; package.json promises any Node 20, so older ones get this table.
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function tableCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) {
    crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const crc32: (bytes: Uint8Array) => number =
  typeof zlib.crc32 === "function" ? (bytes) => zlib.crc32(bytes) : tableCrc32;

/** Length, type, data and a CRC over type and data. */
function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function checkDimension(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_DIMENSION) {
    throw new PngEncodeError(
      `PNG ${name} must be a whole number from 1 to ${MAX_DIMENSION}, not ${value}`,
    );
  }
}

export interface PngOptions {
  /**
   * zlib's level, 0–9. The default, 9, makes the smallest file and is what the icons were
   * encoded with; on a picture of a million pixels it takes several times as long as 6.
   */
  readonly compressionLevel?: number;
}

/** `rgba` holds the rows top to bottom, each pixel as R, G, B, A bytes, alpha not premultiplied. */
export function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array,
  options: PngOptions = {},
): Buffer {
  const level = options.compressionLevel ?? 9;
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    throw new PngEncodeError(
      `PNG compression level must be a whole number from 0 to 9, not ${level}`,
    );
  }
  checkDimension("width", width);
  checkDimension("height", height);
  const stride = width * BYTES_PER_PIXEL;
  if (rgba.length !== stride * height) {
    throw new PngEncodeError(
      `a ${width}×${height} RGBA picture needs ${stride * height} bytes, not ${rgba.length}`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // bytes 10–12: compression method, filter method and interlace, all 0

  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // The byte before each row is its filter type, left 0 (none); see the note at the top.
    scanlines.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlib.deflateSync(scanlines, { level })),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}
