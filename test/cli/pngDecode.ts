import { crc32, inflateSync } from "node:zlib";

/**
 * Reads back what src/cli/png.ts writes — 8-bit RGBA, not interlaced, every row filter type 0 —
 * so tests can look at pixels. Anything else is refused rather than misread. Chunk CRCs are
 * checked with zlib's own CRC-32, not the encoder's.
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
    const filter = scanlines[y * (stride + 1)];
    if (filter !== 0) throw new Error(`row ${y}: filter type ${filter} is not supported`);
    rgba.set(scanlines.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba, chunkTypes };
}
