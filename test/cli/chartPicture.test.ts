import { valueFeasibilityScene, type ChartPoint } from "../../src/core/chart";
import type { ChartScene } from "../../src/core";
import type { SceneShape } from "../../src/core/model";
import type { SceneText } from "../../src/core/model/chartScene";
import { chartPicturePng } from "../../src/cli/chartPicture";
import { PictureError } from "../../src/cli/svgPicture";
import { decodePng, type DecodedPng } from "./pngDecode";

/** The picture goes on Summary at twice the scene's size. */
const SCALE = 2;

function aPoint(overrides: Partial<ChartPoint> & Pick<ChartPoint, "id">): ChartPoint {
  return {
    rank: 1,
    name: `Use case ${overrides.id}`,
    value: 3,
    feasibility: 3,
    budget: 100_000,
    governance: false,
    ...overrides,
  };
}

/** A chart like a real one: big and small bubbles, both colours, a crowded spot, lone spots. */
function aChart(): ChartScene {
  const drawn = [
    aPoint({ id: "AI-01", rank: 1, value: 5, feasibility: 4, budget: 120_000 }),
    aPoint({ id: "AI-02", rank: 2, value: 5, feasibility: 2, budget: 300_000, governance: true }),
    aPoint({ id: "AI-03", rank: 3, value: 4, feasibility: 4, budget: 40_000 }),
    aPoint({ id: "AI-04", rank: 4, value: 4, feasibility: 4, budget: 250_000 }),
    aPoint({ id: "AI-05", rank: 5, value: 3, feasibility: 3, budget: 90_000, governance: true }),
    aPoint({ id: "AI-06", rank: 6, value: 2, feasibility: 5, budget: 8_000 }),
    aPoint({ id: "AI-07", rank: 7, value: 1, feasibility: 1, budget: 60_000 }),
  ];
  return valueFeasibilityScene({ drawn, notDrawn: [], beyondLimit: 0 });
}

function aScene(shapes: SceneShape[]): ChartScene {
  return { width: 200, height: 100, background: "FFFFFF", description: "a test chart", shapes };
}

function aText(overrides: Partial<SceneText>): SceneText {
  return {
    kind: "text",
    x: 100,
    y: 60,
    text: "Value",
    size: 14,
    color: "000000",
    anchor: "start",
    ...overrides,
  };
}

const rendered = async (scene: ChartScene): Promise<DecodedPng> =>
  decodePng(await chartPicturePng(scene));

const withoutText = (scene: ChartScene): ChartScene => ({
  ...scene,
  shapes: scene.shapes.filter((shape) => shape.kind !== "text"),
});

type Rgb = readonly [number, number, number];

function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function pixelAt(picture: DecodedPng, x: number, y: number): Rgb {
  const i = (y * picture.width + x) * 4;
  return [picture.rgba[i] ?? -1, picture.rgba[i + 1] ?? -1, picture.rgba[i + 2] ?? -1];
}

const farthest = (a: Rgb, b: Rgb): number =>
  Math.max(...a.map((c, i) => Math.abs(c - (b[i] ?? 0))));

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Where a text's letters may be, in scene pixels: generous on width (no letter is wider than
 * 0.8 of the font size) and height (ascenders to descenders), with the halo around them.
 */
function textBox(text: SceneText): Box {
  const length = text.text.length * text.size * 0.8;
  const start = text.anchor === "start" ? 0 : text.anchor === "middle" ? -length / 2 : -length;
  const margin = text.halo === undefined ? 1 : 2.5;
  const above = text.size + margin;
  const below = text.size * 0.3 + margin;
  if (text.vertical === true) {
    // Turned a quarter anticlockwise about (x, y): along the text is up the page.
    return {
      left: text.x - above,
      right: text.x + below,
      top: text.y - start - length - margin,
      bottom: text.y - start + margin,
    };
  }
  return {
    left: text.x + start - margin,
    right: text.x + start + length + margin,
    top: text.y - above,
    bottom: text.y + below,
  };
}

const inside = (box: Box, x: number, y: number): boolean =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

function distanceToSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const along = dx === 0 && dy === 0 ? 0 : ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy);
  const t = Math.min(1, Math.max(0, along));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/**
 * Whether the scene point (x, y) is well away from every edge, stroke, line and text, so its
 * colour is the fills over one another and nothing anti-aliased.
 */
function isClear(scene: ChartScene, x: number, y: number): boolean {
  const near = 1.5;
  return scene.shapes.every((shape) => {
    switch (shape.kind) {
      case "circle":
        return (
          Math.abs(Math.hypot(x - shape.cx, y - shape.cy) - shape.r) > shape.strokeWidth / 2 + near
        );
      case "line":
        return (
          distanceToSegment(x, y, shape.x1, shape.y1, shape.x2, shape.y2) >
          shape.strokeWidth / 2 + near
        );
      case "rect": {
        const edge = (shape.strokeWidth ?? 1) / 2 + near;
        return (
          Math.abs(x - shape.x) > edge &&
          Math.abs(x - shape.x - shape.width) > edge &&
          Math.abs(y - shape.y) > edge &&
          Math.abs(y - shape.y - shape.height) > edge
        );
      }
      case "text":
        return !inside(textBox(shape), x, y);
    }
  });
}

/** The colour SVG gives a clear point: each fill covering it over the ones before, in order. */
function fillsAt(scene: ChartScene, x: number, y: number): Rgb {
  let colour = rgbOf(scene.background);
  for (const shape of scene.shapes) {
    if (shape.kind === "rect" && shape.fill !== undefined) {
      const covers =
        x > shape.x && x < shape.x + shape.width && y > shape.y && y < shape.y + shape.height;
      if (covers) colour = rgbOf(shape.fill);
    }
    if (shape.kind === "circle" && Math.hypot(x - shape.cx, y - shape.cy) < shape.r) {
      const fill = rgbOf(shape.fill);
      const a = shape.fillOpacity;
      colour = colour.map((c, i) => (fill[i] ?? 0) * a + c * (1 - a)) as unknown as Rgb;
    }
  }
  return colour;
}

/** The device pixel nearest the bubble's centre whose colour is its fills alone. */
function clearPixelNear(scene: ChartScene, cx: number, cy: number, r: number) {
  const centre = { x: Math.floor(cx * SCALE), y: Math.floor(cy * SCALE) };
  const reach = Math.ceil(r * SCALE);
  const candidates: { x: number; y: number; distance: number }[] = [];
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      candidates.push({ x: centre.x + dx, y: centre.y + dy, distance: Math.hypot(dx, dy) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  return candidates.find(({ x, y }) => isClear(scene, (x + 0.5) / SCALE, (y + 0.5) / SCALE));
}

describe("the chart picture on the command line's Summary", () => {
  const scene = aChart();
  let picture: DecodedPng;
  beforeAll(async () => {
    picture = await rendered(scene);
  });

  it("is the scene at twice its size, every pixel opaque", () => {
    expect([picture.width, picture.height]).toEqual([scene.width * 2, scene.height * 2]);
    for (let i = 3; i < picture.rgba.length; i += 4) {
      if (picture.rgba[i] !== 255) throw new Error(`pixel ${(i - 3) / 4} is not opaque`);
    }
  });

  it("has each bubble where the scene puts it, in the bubble's colours over what lies below", () => {
    const bubbles = scene.shapes.filter((shape) => shape.kind === "circle");
    expect(bubbles.length).toBeGreaterThanOrEqual(9); // seven use cases and two in the legend
    const probed = bubbles.filter((bubble) => {
      const centre = clearPixelNear(scene, bubble.cx, bubble.cy, bubble.r);
      // Just inside and just outside the edge, all round: a bubble moved or resized shows there.
      const ring = Array.from({ length: 16 }, (_, k) => (k * Math.PI) / 8).flatMap((angle) =>
        [-1, 1].map((side) => {
          const distance = bubble.r + side * (bubble.strokeWidth / 2 + 2.5);
          const x = Math.floor((bubble.cx + distance * Math.cos(angle)) * SCALE);
          const y = Math.floor((bubble.cy + distance * Math.sin(angle)) * SCALE);
          return isClear(scene, (x + 0.5) / SCALE, (y + 0.5) / SCALE) ? [{ x, y }] : [];
        }),
      );
      for (const probe of [...(centre === undefined ? [] : [centre]), ...ring.flat()]) {
        const expected = fillsAt(scene, (probe.x + 0.5) / SCALE, (probe.y + 0.5) / SCALE);
        const actual = pixelAt(picture, probe.x, probe.y);
        if (farthest(actual, expected) > 2) {
          const where = `(${probe.x}, ${probe.y})`;
          throw new Error(`${bubble.tooltip ?? "legend"}: ${where} is ${actual}, not ${expected}`);
        }
      }
      // Half the bubble's colour over white, or over another bubble: never the plain plot.
      if (centre !== undefined) {
        expect(farthest(pixelAt(picture, centre.x, centre.y), [255, 255, 255])).toBeGreaterThan(40);
      }
      return centre !== undefined;
    });
    // Only the smallest bubbles are covered by their labels through and through.
    expect(probed.filter((bubble) => bubble.r >= 8)).toEqual(
      bubbles.filter((bubble) => bubble.r >= 8),
    );
  });

  it("has the scene's colours at every clear point of a grid over the whole chart", () => {
    let checked = 0;
    for (let y = 1; y < picture.height; y += 7) {
      for (let x = 1; x < picture.width; x += 7) {
        const sx = (x + 0.5) / SCALE;
        const sy = (y + 0.5) / SCALE;
        if (!isClear(scene, sx, sy)) continue;
        checked += 1;
        const actual = pixelAt(picture, x, y);
        const expected = fillsAt(scene, sx, sy);
        if (farthest(actual, expected) > 2) {
          throw new Error(
            `(${x}, ${y}) is ${actual.join(",")}, the scene says ${expected.join(",")}`,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it("draws every label, in its colour, inside the box the scene puts it in", () => {
    const texts = scene.shapes.filter((shape) => shape.kind === "text");
    expect(texts.map((text) => text.text)).toEqual(
      expect.arrayContaining(["Value vs feasibility", "AI-01", "AI-03, AI-04", "AI-06"]),
    );
    for (const text of texts) {
      const box = textBox(text);
      let ink = 0;
      for (let y = Math.floor(box.top * SCALE); y < box.bottom * SCALE; y++) {
        for (let x = Math.floor(box.left * SCALE); x < box.right * SCALE; x++) {
          if (farthest(pixelAt(picture, x, y), rgbOf(text.color)) <= 24) ink += 1;
        }
      }
      // A capital letter at 10 px is about 7 px tall: dozens of device pixels of ink.
      expect({ text: text.text, inked: ink >= 10 * text.text.length }).toEqual({
        text: text.text,
        inked: true,
      });
    }
  });

  it("draws no text anywhere else: the letters differ from a picture without labels only in their boxes", async () => {
    const bare = await rendered(withoutText(scene));
    const boxes = scene.shapes.filter((shape) => shape.kind === "text").map(textBox);
    let differing = 0;
    for (let y = 0; y < picture.height; y++) {
      for (let x = 0; x < picture.width; x++) {
        if (farthest(pixelAt(picture, x, y), pixelAt(bare, x, y)) <= 8) continue;
        differing += 1;
        const sx = (x + 0.5) / SCALE;
        const sy = (y + 0.5) / SCALE;
        if (!boxes.some((box) => inside(box, sx, sy))) {
          throw new Error(`ink at (${x}, ${y}) lies in no label's box`);
        }
      }
    }
    // Without a font resvg draws no text at all: the letters must be there.
    expect(differing).toBeGreaterThan(2000);
  });

  it("draws the same picture every time, from the font it ships", async () => {
    const [first, second] = await Promise.all([chartPicturePng(scene), chartPicturePng(scene)]);
    expect(first.equals(second)).toBe(true);
  });
});

describe("text in the chart picture", () => {
  const inkColumns = async (scene: ChartScene): Promise<{ left: number; right: number }> => {
    const picture = await rendered(scene);
    let left = Infinity;
    let right = -Infinity;
    for (let y = 0; y < picture.height; y++) {
      for (let x = 0; x < picture.width; x++) {
        if (farthest(pixelAt(picture, x, y), [255, 255, 255]) > 64) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    return { left: left / SCALE, right: (right + 1) / SCALE };
  };

  it("is anchored at x by its start, middle or end, as the scene says", async () => {
    const start = await inkColumns(aScene([aText({ anchor: "start" })]));
    const middle = await inkColumns(aScene([aText({ anchor: "middle" })]));
    const end = await inkColumns(aScene([aText({ anchor: "end" })]));
    expect(start.left).toBeGreaterThanOrEqual(99);
    expect(start.left).toBeLessThan(103);
    expect(end.right).toBeLessThanOrEqual(101);
    expect(end.right).toBeGreaterThan(97);
    expect(Math.abs((middle.left + middle.right) / 2 - 100)).toBeLessThan(2);
    // "Value" at 14 px is about 35 px wide in a sans-serif.
    expect(start.right - start.left).toBeGreaterThan(25);
    expect(start.right - start.left).toBeLessThan(50);
  });

  it("reads upwards when vertical: taller than wide, rising from its anchor", async () => {
    const picture = await rendered(
      aScene([aText({ x: 50, y: 90, vertical: true, text: "Business" })]),
    );
    const rows: number[] = [];
    const columns: number[] = [];
    for (let y = 0; y < picture.height; y++) {
      for (let x = 0; x < picture.width; x++) {
        if (farthest(pixelAt(picture, x, y), [255, 255, 255]) > 64) {
          rows.push(y / SCALE);
          columns.push(x / SCALE);
        }
      }
    }
    expect(Math.max(...rows)).toBeLessThanOrEqual(91);
    expect(Math.max(...rows) - Math.min(...rows)).toBeGreaterThan(40);
    expect(Math.max(...columns)).toBeLessThanOrEqual(51);
    expect(Math.max(...columns) - Math.min(...columns)).toBeLessThan(16);
  });
});

describe("a chart picture that cannot be drawn", () => {
  it("is refused with a reason when its scale is not a positive number", async () => {
    await expect(chartPicturePng(aChart(), 0)).rejects.toThrow(PictureError);
    await expect(chartPicturePng(aChart(), Number.NaN)).rejects.toThrow(/positive number/);
  });
});
