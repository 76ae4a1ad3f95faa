/**
 * The pixels a chart picture is painted into, and the anti-aliased area fills the shapes are
 * made of. Pixels are straight RGBA bytes in the PNG's own layout, so there is nothing to
 * convert at the end; the background is opaque, so every pixel stays opaque (alpha 255).
 *
 * A pixel is covered by the share of its unit square inside the shape, and painted "over"
 * with that share as alpha, as an SVG renderer does.
 */

export interface PixelCanvas {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
  /** The same bytes a pixel at a time, for opaque runs. */
  readonly pixels: Uint32Array;
}

/** A colour as channels 0–255, and as one pixel word for opaque runs. */
export interface Colour {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly word: number;
}

/** Left, top, right and bottom edges in device pixels; may be fractional. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function colourOfChannels(r: number, g: number, b: number): Colour {
  // The word is read back from the four bytes, so it is right in either byte order.
  const word = new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0] ?? 0;
  return { r, g, b, word };
}

const BLACK = colourOfChannels(0, 0, 0);

/** A scene colour ("RRGGBB"); anything else paints black rather than stopping the CLI. */
export function colourOf(hex: string): Colour {
  if (!/^[0-9a-f]{6}$/i.test(hex)) return BLACK;
  const value = Number.parseInt(hex, 16);
  return colourOfChannels((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

export function canvasFilledWith(width: number, height: number, background: Colour): PixelCanvas {
  const rgba = new Uint8Array(width * height * 4);
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  pixels.fill(background.word);
  return { width, height, rgba, pixels };
}

/** The length of [a0, a1] that lies inside [b0, b1]. */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Whole pixel rows or columns [first, last] that an interval touches, within `size`. */
export function pixelSpan(from: number, to: number, size: number): [number, number] {
  return [Math.max(0, Math.floor(from)), Math.min(size - 1, Math.ceil(to) - 1)];
}

/**
 * Alpha in 256ths. Blending in whole numbers keeps the arithmetic in small integers, which
 * V8 does not box even before it optimises (the CLI paints one picture, so it never
 * warms up: in floats, boxing made the first picture take twice as long). The result is
 * within one level of the exact blend.
 */
const ALPHA_ONE = 256;

function alphaSteps(alpha: number): number {
  return Math.round(alpha * ALPHA_ONE);
}

/** One channel of `top` over `under` with alpha `a` in 256ths, rounded to the nearest level. */
function over(under: number, top: number, a: number): number {
  return under + (((top - under) * a + ALPHA_ONE / 2) >> 8);
}

/** Paints `colour` over one pixel with the given alpha (0–1). */
export function blend(
  canvas: PixelCanvas,
  x: number,
  y: number,
  colour: Colour,
  alpha: number,
): void {
  const a = alphaSteps(alpha);
  if (a <= 0) return;
  const { rgba } = canvas;
  const i = (y * canvas.width + x) * 4;
  rgba[i] = over(rgba[i] ?? 0, colour.r, a);
  rgba[i + 1] = over(rgba[i + 1] ?? 0, colour.g, a);
  rgba[i + 2] = over(rgba[i + 2] ?? 0, colour.b, a);
}

/** Paints pixels `from` to `to` (inclusive) of row `y`, all with the same alpha (0–1). */
export function blendRun(
  canvas: PixelCanvas,
  y: number,
  from: number,
  to: number,
  colour: Colour,
  alpha: number,
): void {
  const a = alphaSteps(alpha);
  if (from > to || a <= 0) return;
  const start = y * canvas.width + from;
  const end = y * canvas.width + to + 1;
  if (a >= ALPHA_ONE) {
    canvas.pixels.fill(colour.word, start, end);
    return;
  }
  const { rgba } = canvas;
  for (let i = start * 4; i < end * 4; i += 4) {
    rgba[i] = over(rgba[i] ?? 0, colour.r, a);
    rgba[i + 1] = over(rgba[i + 1] ?? 0, colour.g, a);
    rgba[i + 2] = over(rgba[i + 2] ?? 0, colour.b, a);
  }
}

/** Paints the box with `opacity`, its edge pixels by the share of them it covers. */
export function fillBox(canvas: PixelCanvas, box: Box, colour: Colour, opacity: number): void {
  const [top, bottom] = pixelSpan(box.y0, box.y1, canvas.height);
  const [left, right] = pixelSpan(box.x0, box.x1, canvas.width);
  if (left > right) return;
  const leftCover = overlap(left, left + 1, box.x0, box.x1);
  const rightCover = overlap(right, right + 1, box.x0, box.x1);
  for (let y = top; y <= bottom; y += 1) {
    const rowAlpha = overlap(y, y + 1, box.y0, box.y1) * opacity;
    blendRun(canvas, y, left, left, colour, leftCover * rowAlpha);
    if (right === left) continue;
    blendRun(canvas, y, left + 1, right - 1, colour, rowAlpha);
    blendRun(canvas, y, right, right, colour, rightCover * rowAlpha);
  }
}

/**
 * Paints the band between `outer` and `inner` (which lies inside it): a rectangle's stroke.
 * Rows that cross the hole visit only the pixels either side of it.
 */
export function strokeBox(canvas: PixelCanvas, outer: Box, inner: Box, colour: Colour): void {
  const hollow = inner.x1 > inner.x0 && inner.y1 > inner.y0;
  const [top, bottom] = pixelSpan(outer.y0, outer.y1, canvas.height);
  const [left, right] = pixelSpan(outer.x0, outer.x1, canvas.width);
  // Columns wholly inside the hole.
  const holeLeft = Math.ceil(inner.x0);
  const holeRight = Math.floor(inner.x1) - 1;
  for (let y = top; y <= bottom; y += 1) {
    const outerRow = overlap(y, y + 1, outer.y0, outer.y1);
    const innerRow = hollow ? overlap(y, y + 1, inner.y0, inner.y1) : 0;
    const skipHole = innerRow >= 1 && holeLeft <= holeRight;
    for (let x = left; x <= right; x += 1) {
      if (skipHole && x >= holeLeft && x <= holeRight) {
        x = holeRight;
        continue;
      }
      const innerCover = innerRow > 0 ? overlap(x, x + 1, inner.x0, inner.x1) * innerRow : 0;
      const alpha = overlap(x, x + 1, outer.x0, outer.x1) * outerRow - innerCover;
      if (alpha > 0) blend(canvas, x, y, colour, alpha);
    }
  }
}
