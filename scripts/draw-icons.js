#!/usr/bin/env node
// Draws the add-in's icons into assets/ (run with `npm run icons`; the PNGs are committed).
//
// The mark: three ascending bars — a ranking — with a star over the tallest, the use case
// that comes out on top. No image library is a dependency, so this file rasterises the few
// shapes it needs itself (16×16 supersampling for anti-aliasing) and encodes PNG with the
// CLI's encoder. Bar edges are snapped to whole pixels at every size, so the 16 px ribbon icon
// stays crisp instead of blurring into its neighbours.
//
//   icon-NN.png      the mark on a transparent background, NN×NN: the ribbon sizes Office
//                    asks for (16, 32, 80 required; 20, 24, 40, 48, 64 for scaled displays),
//                    icon-32 for <IconUrl> and icon-64 for <HighResolutionIconUrl>
//   logo-filled.png  the mark on a navy tile, for the task pane's loading state and help page
"use strict";

const fs = require("node:fs");
const path = require("node:path");
// The CLI's PNG encoder (src/cli/png.ts), compiled by `npm run build:cli`, which `npm run
// icons` runs first: one encoder in the project, and its defaults are the ones these icons
// were first encoded with, so redrawing them leaves assets/ byte for byte the same.
const { encodePng } = require("../lib/cli/png.js");

/** The product colours, as [r, g, b]. */
const COLOURS = {
  navy: hex("#1F3864"),
  blue: hex("#2F5597"),
  accent: hex("#5B9BD5"),
  green: hex("#548235"),
  white: hex("#FFFFFF"),
};

const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const LOGO_SIZE = 128;
const SUPERSAMPLING = 16;

function hex(code) {
  const value = Number.parseInt(code.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

// ---------------------------------------------------------------------------------------------
// Shapes: each has a bounding box and an inside test in pixel coordinates (y grows downwards).
// ---------------------------------------------------------------------------------------------

/** A rectangle whose top corners (and, if `roundBottom`, bottom corners) have radius r. */
function roundedRect(x0, y0, x1, y1, r, roundBottom = false) {
  return {
    box: [x0, y0, x1, y1],
    contains(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
      const cy = y < y0 + r ? y0 + r : roundBottom && y > y1 - r ? y1 - r : y;
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

/** A five-pointed star, one point straight up, its inner radius a share of the outer one. */
function star(cx, cy, outer, innerShare) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * innerShare;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  return polygon(points);
}

function polygon(points) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    contains(x, y) {
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Canvas: premultiplied RGBA in floating point; shapes are composited "over" in order.
// ---------------------------------------------------------------------------------------------

function createCanvas(size) {
  const pixels = new Float64Array(size * size * 4);

  function coverage(shape, px, py) {
    let hits = 0;
    for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
      for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
        if (shape.contains(px + (sx + 0.5) / SUPERSAMPLING, py + (sy + 0.5) / SUPERSAMPLING)) {
          hits += 1;
        }
      }
    }
    return hits / SUPERSAMPLING ** 2;
  }

  return {
    /** Paints `colour` over whatever is there, where the shape covers. */
    fill(shape, colour, opacity = 1) {
      const [x0, y0, x1, y1] = shape.box;
      for (let py = Math.max(0, Math.floor(y0)); py < Math.min(size, Math.ceil(y1)); py += 1) {
        for (let px = Math.max(0, Math.floor(x0)); px < Math.min(size, Math.ceil(x1)); px += 1) {
          const alpha = coverage(shape, px, py) * opacity;
          if (alpha === 0) continue;
          const i = (py * size + px) * 4;
          for (let c = 0; c < 3; c += 1) {
            pixels[i + c] = (colour[c] / 255) * alpha + pixels[i + c] * (1 - alpha);
          }
          pixels[i + 3] = alpha + pixels[i + 3] * (1 - alpha);
        }
      }
    },
    /** Keeps only what lies where the shape covers (transparent elsewhere). */
    clip(shape) {
      for (let py = 0; py < size; py += 1) {
        for (let px = 0; px < size; px += 1) {
          const keep = coverage(shape, px, py);
          const i = (py * size + px) * 4;
          for (let c = 0; c < 4; c += 1) pixels[i + c] *= keep;
        }
      }
    },
    /** Straight RGBA bytes, for the PNG encoder. */
    toRgba() {
      const bytes = Buffer.alloc(size * size * 4);
      for (let i = 0; i < pixels.length; i += 4) {
        const alpha = pixels[i + 3];
        for (let c = 0; c < 3; c += 1) {
          bytes[i + c] = alpha === 0 ? 0 : Math.round(Math.min(1, pixels[i + c] / alpha) * 255);
        }
        bytes[i + 3] = Math.round(alpha * 255);
      }
      return bytes;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The mark
// ---------------------------------------------------------------------------------------------

/**
 * Lays the mark out inside the square [left, left + side) × [top, top + side) of a canvas.
 * Bars are 4 : 1 to their gaps and rise 3 : 5 : 7 of 14 parts, leaving the top of the
 * square to the star; every bar edge falls on a whole pixel, and the star keeps a clear gap
 * above the tallest bar so the two never merge at 16 px.
 */
function markLayout(left, top, side) {
  const margin = Math.max(1, Math.round(side / 16));
  const inner = side - 2 * margin;
  const gap = Math.max(1, Math.round(inner / 14));
  const barWidth = Math.floor((inner - 2 * gap) / 3);
  const slack = inner - (3 * barWidth + 2 * gap);
  const x0 = left + margin + Math.floor(slack / 2);
  const baseline = top + side - margin;
  const heights = [3, 5, 7].map((parts) => Math.round((inner * parts) / 14));
  const bars = heights.map((height, i) => {
    const x = x0 + i * (barWidth + gap);
    return { x0: x, x1: x + barWidth, y0: baseline - height, y1: baseline };
  });
  const tallest = bars[2];
  // A point-up star spans 1.809 × its outer radius in height and 1.902 × in width.
  const clearance = Math.max(1, side * 0.06);
  const starTop = top + margin * 0.25;
  const outer = (tallest.y0 - clearance - starTop) / 1.809;
  const rightLimit = left + side - margin * 0.25;
  // Hinting: the star's axis runs down the middle of a pixel column (a sharp top point, not
  // two half-lit pixels), and the top edge of its arms lies on a pixel boundary.
  const cx = Math.floor(Math.min((tallest.x0 + tallest.x1) / 2, rightLimit - 0.951 * outer)) + 0.5;
  const armTop = Math.round(starTop + outer - 0.309 * outer);
  return { bars, barWidth, starCentre: [cx, armTop + 0.309 * outer], starOuter: outer };
}

function drawMark(canvas, layout, palette) {
  const radius = layout.barWidth >= 6 ? layout.barWidth * 0.16 : 0;
  layout.bars.forEach((bar, i) => {
    canvas.fill(roundedRect(bar.x0, bar.y0, bar.x1, bar.y1, radius), palette.bars[i]);
  });
  const [cx, cy] = layout.starCentre;
  canvas.fill(star(cx, cy, layout.starOuter, 0.47), palette.star);
}

const ON_TRANSPARENT = {
  bars: [COLOURS.accent, COLOURS.blue, COLOURS.navy],
  star: COLOURS.green,
};

function drawIcon(size) {
  const canvas = createCanvas(size);
  drawMark(canvas, markLayout(0, 0, size), ON_TRANSPARENT);
  return canvas;
}

function drawLogo(size) {
  const canvas = createCanvas(size);
  const tile = roundedRect(0, 0, size, size, size * 0.2, true);
  canvas.fill(tile, COLOURS.navy);
  const inset = Math.round(size * 0.18);
  drawMark(canvas, markLayout(inset, inset, size - 2 * inset), {
    bars: [COLOURS.accent, hex("#8FBBE6"), COLOURS.white],
    star: hex("#A9D18E"),
  });
  canvas.clip(tile);
  return canvas;
}

// ---------------------------------------------------------------------------------------------

function writePng(directory, name, size, canvas) {
  const file = path.join(directory, name);
  fs.writeFileSync(file, encodePng(size, size, canvas.toRgba()));
  return file;
}

function main() {
  const directory = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(directory, { recursive: true });
  const written = ICON_SIZES.map((size) =>
    writePng(directory, `icon-${size}.png`, size, drawIcon(size)),
  );
  written.push(writePng(directory, "logo-filled.png", LOGO_SIZE, drawLogo(LOGO_SIZE)));
  for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

module.exports = { drawIcon, drawLogo, ICON_SIZES, LOGO_SIZE };

if (require.main === module) main();
