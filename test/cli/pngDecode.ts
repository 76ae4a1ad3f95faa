import { crc32, inflateSync } from "node:zlib";

/**
 * Reads back the PNG files the CLI writes (resvg's: 8-bit RGBA, not interlaced, any of the five
 * row filters) so tests can look at pixels with a decoder that is not the encoder's. Anything
 * else is refused rather than misread. Chunk CRCs are checked with zlib's own CRC-32.
 */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
  /** Chunk types in file order, e.g. ["IHDR", "IDAT", "IEND"]. */
  readonly chunkTypes: readonly string[];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodePng(file: Buffer): DecodedPng {
  if (!SIGNATURE.every((byte, i) => file[i] === byte)) throw new Error("not a PNG signature");
  const chunkTypes: string[] = [];
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  let offset = SIGNATURE.length;
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.subarray(0, 4).toString("ascii");
    const data = typeAndData.subarray(4);
    if (crc32(typeAndData) !== file.readUInt32BE(offset + 8 + length)) {
      throw new Error(`${type}: CRC does not match`);
    }
    chunkTypes.push(type);
    if (type === "IHDR") header = data;
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  if (header === undefined) throw new Error("no IHDR chunk");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const format = [...header.subarray(8, 13)].join(",");
  if (format !== "8,6,0,0,0") throw new Error(`unsupported IHDR format ${format}`);

  const scanlines = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  if (scanlines.length !== (stride + 1) * height) throw new Error("IDAT has the wrong length");
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = scanlines[y * (stride + 1)] ?? -1;
    const row = scanlines.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    unfilterRow(filter, row, rgba, y * stride, y > 0 ? (y - 1) * stride : -1, y);
  }
  return { width, height, rgba, chunkTypes };
}

const BYTES_PER_PIXEL = 4;

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Undoes one row's filter (PNG specification, section 9) into `out` at `at`. */
function unfilterRow(
  filter: number,
  row: Uint8Array,
  out: Uint8Array,
  at: number,
  previous: number,
  y: number,
): void {
  for (let i = 0; i < row.length; i += 1) {
    const left = i >= BYTES_PER_PIXEL ? (out[at + i - BYTES_PER_PIXEL] ?? 0) : 0;
    const up = previous >= 0 ? (out[previous + i] ?? 0) : 0;
    const upLeft =
      previous >= 0 && i >= BYTES_PER_PIXEL ? (out[previous + i - BYTES_PER_PIXEL] ?? 0) : 0;
    const raw = row[i] ?? 0;
    let predicted: number;
    switch (filter) {
      case 0:
        predicted = 0;
        break;
      case 1:
        predicted = left;
        break;
      case 2:
        predicted = up;
        break;
      case 3:
        predicted = (left + up) >> 1;
        break;
      case 4:
        predicted = paeth(left, up, upLeft);
        break;
      default:
        throw new Error(`row ${y}: filter type ${filter} is not a PNG filter`);
    }
    out[at + i] = (raw + predicted) & 0xff;
  }
}
