#!/usr/bin/env node
// Draws the add-in's icons into assets/ (run with `npm run icons`; the PNGs are committed).
//
// The mark: three ascending bars — a ranking — with a star over the tallest, the use case
// that comes out on top. Each icon is an SVG document rendered to PNG by resvg through the
// CLI's picture renderer (src/cli/svgPicture.ts, compiled by `npm run build:cli`, which
// `npm run icons` runs first): one renderer in the project. Bar edges are snapped to whole
// pixels at every size, so the 16 px ribbon icon stays crisp instead of blurring into its
// neighbours.
//
//   icon-NN.png      the mark on a transparent background, NN×NN: the ribbon sizes Office
//                    asks for (16, 32, 80 required; 20, 24, 40, 48, 64 for scaled displays),
//                    icon-32 for <IconUrl> and icon-64 for <HighResolutionIconUrl>
//   logo-filled.png  the mark on a navy tile, for the task pane's loading state and help page
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { svgPng } = require("../lib/cli/svgPicture.js");

/** The product colours. */
const COLOURS = {
  navy: "#1F3864",
  blue: "#2F5597",
  accent: "#5B9BD5",
  green: "#548235",
  white: "#FFFFFF",
};

const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const LOGO_SIZE = 128;

/** Coordinates to three decimals: the same SVG text on every machine. */
const n = (value) => String(Math.round(value * 1000) / 1000);

// ---------------------------------------------------------------------------------------------
// Shapes, as SVG elements in pixel coordinates (y grows downwards).
// ---------------------------------------------------------------------------------------------

/** A bar: a rectangle whose top corners have radius r. */
function bar({ x0, y0, x1, y1 }, r, fill) {
  if (r <= 0) {
    return `<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" fill="${fill}"/>`;
  }
  const d =
    `M${n(x0)} ${n(y1)}V${n(y0 + r)}A${n(r)} ${n(r)} 0 0 1 ${n(x0 + r)} ${n(y0)}` +
    `H${n(x1 - r)}A${n(r)} ${n(r)} 0 0 1 ${n(x1)} ${n(y0 + r)}V${n(y1)}Z`;
  return `<path d="${d}" fill="${fill}"/>`;
}

/** A five-pointed star, one point straight up, its inner radius a share of the outer one. */
function star(cx, cy, outer, innerShare, fill) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * innerShare;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${n(cx + radius * Math.cos(angle))},${n(cy + radius * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
}

function svgDocument(size, body) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" ` +
    `viewBox="0 0 ${size} ${size}">${body}</svg>`
  );
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

function markSvg(layout, palette) {
  const radius = layout.barWidth >= 6 ? layout.barWidth * 0.16 : 0;
  const bars = layout.bars.map((box, i) => bar(box, radius, palette.bars[i]));
  const [cx, cy] = layout.starCentre;
  return bars.join("") + star(cx, cy, layout.starOuter, 0.47, palette.star);
}

const ON_TRANSPARENT = {
  bars: [COLOURS.accent, COLOURS.blue, COLOURS.navy],
  star: COLOURS.green,
};

/** The icon at `size` pixels: the mark on a transparent background. */
function iconSvg(size) {
  return svgDocument(size, markSvg(markLayout(0, 0, size), ON_TRANSPARENT));
}

/** The logo: the mark in light colours on a navy tile with rounded corners. */
function logoSvg(size) {
  const radius = size * 0.2;
  const tile = `<rect width="${size}" height="${size}" rx="${n(radius)}" fill="${COLOURS.navy}"/>`;
  const inset = Math.round(size * 0.18);
  const mark = markSvg(markLayout(inset, inset, size - 2 * inset), {
    bars: [COLOURS.accent, "#8FBBE6", COLOURS.white],
    star: "#A9D18E",
  });
  // The mark sits inside the tile's inset, clear of its rounded corners: no clipping needed.
  return svgDocument(size, tile + mark);
}

// ---------------------------------------------------------------------------------------------

function writePng(directory, name, svg) {
  const file = path.join(directory, name);
  fs.writeFileSync(file, svgPng(svg));
  return file;
}

function main() {
  const directory = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(directory, { recursive: true });
  const written = ICON_SIZES.map((size) => writePng(directory, `icon-${size}.png`, iconSvg(size)));
  written.push(writePng(directory, "logo-filled.png", logoSvg(LOGO_SIZE)));
  for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

module.exports = { iconSvg, logoSvg, ICON_SIZES, LOGO_SIZE };

if (require.main === module) main();
