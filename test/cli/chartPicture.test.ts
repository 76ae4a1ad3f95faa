import fc from "fast-check";
import type {
  ChartScene,
  SceneCircle,
  SceneLine,
  SceneRect,
  SceneShape,
  SceneText,
} from "../../src/core/chartScene";
import { measureText, printableText } from "../../src/cli/bitmapFont";
import { chartPicturePng, paintScene } from "../../src/cli/chartPicture";
import { encodePng } from "../../src/cli/png";
import { decodePng, type DecodedPng } from "./pngDecode";

const WHITE = "FFFFFF";

function aScene(shapes: SceneShape[], overrides: Partial<ChartScene> = {}): ChartScene {
  return {
    width: 120,
    height: 80,
    background: WHITE,
    description: "a test chart",
    shapes,
    ...overrides,
  };
}

function aCircle(overrides: Partial<SceneCircle> = {}): SceneCircle {
  return {
    kind: "circle",
    cx: 40,
    cy: 40,
    r: 20,
    fill: "4472C4",
    fillOpacity: 0.5,
    stroke: "2F5597",
    strokeWidth: 2,
    ...overrides,
  };
}

function aLine(overrides: Partial<SceneLine> = {}): SceneLine {
  return {
    kind: "line",
    x1: 10,
    y1: 40,
    x2: 110,
    y2: 40,
    stroke: "000000",
    strokeWidth: 1,
    ...overrides,
  };
}

function aRect(overrides: Partial<SceneRect> = {}): SceneRect {
  return { kind: "rect", x: 20, y: 20, width: 60, height: 40, ...overrides };
}

function aText(overrides: Partial<SceneText> = {}): SceneText {
  return {
    kind: "text",
    x: 60,
    y: 40,
    text: "Value",
    size: 12,
    color: "000000",
    anchor: "start",
    ...overrides,
  };
}

type Rgba = [number, number, number, number];

function pixelAt(picture: DecodedPng, x: number, y: number): Rgba {
  const i = (y * picture.width + x) * 4;
  return [...picture.rgba.subarray(i, i + 4)] as Rgba;
}

function rgbOf(hex: string): Rgba {
  const value = Number.parseInt(hex, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 255];
}

/** The box around every pixel that is not the background, in device pixels (inclusive). */
function inkBox(picture: DecodedPng, background = WHITE) {
  const [r, g, b] = rgbOf(background);
  let box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, pixels: 0 };
  for (let y = 0; y < picture.height; y += 1) {
    for (let x = 0; x < picture.width; x += 1) {
      const [pr, pg, pb] = pixelAt(picture, x, y);
      if (pr === r && pg === g && pb === b) continue;
      box = {
        left: Math.min(box.left, x),
        top: Math.min(box.top, y),
        right: Math.max(box.right, x),
        bottom: Math.max(box.bottom, y),
        pixels: box.pixels + 1,
      };
    }
  }
  return { ...box, width: box.right - box.left + 1, height: box.bottom - box.top + 1 };
}

const painted = (scene: ChartScene, scale = 2): DecodedPng =>
  decodePng(chartPicturePng(scene, scale));

function expectColourNear(actual: Rgba, expected: Rgba, tolerance = 1): void {
  actual.forEach((channel, i) => {
    expect(Math.abs(channel - (expected[i] ?? 0))).toBeLessThanOrEqual(tolerance);
  });
}

describe("the chart picture's PNG file", () => {
  it("is a PNG of the scene's size times the scale, with IHDR, IDAT and IEND chunks", () => {
    const file = chartPicturePng(aScene([], { width: 120, height: 80 }), 2);
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const picture = decodePng(file);
    expect([picture.width, picture.height]).toEqual([240, 160]);
    expect(picture.chunkTypes).toEqual(["IHDR", "IDAT", "IEND"]);
    // The empty IEND chunk's CRC is the same in every PNG.
    expect(file.subarray(-12).toString("hex")).toBe("0000000049454e44ae426082");
    expect(decodePng(chartPicturePng(aScene([]), 3)).width).toBe(360);
  });

  it("fills the whole picture with the scene's background, opaque", () => {
    const picture = painted(aScene([], { background: "102030" }));
    expect(pixelAt(picture, 0, 0)).toEqual([0x10, 0x20, 0x30, 255]);
    expect(pixelAt(picture, 239, 159)).toEqual([0x10, 0x20, 0x30, 255]);
  });

  it("gives back exactly the pixels it was given (any size, any bytes)", () => {
    const picture = fc
      .record({ width: fc.integer({ min: 1, max: 24 }), height: fc.integer({ min: 1, max: 24 }) })
      .chain(({ width, height }) =>
        fc.record({
          width: fc.constant(width),
          height: fc.constant(height),
          rgba: fc.uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 }),
        }),
      );
    fc.assert(
      fc.property(picture, ({ width, height, rgba }) => {
        const decoded = decodePng(encodePng(width, height, rgba));
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
      }),
    );
  });

  it("refuses pixels that do not make the picture asked for", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/needs 16 bytes, not 15/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/width/);
  });
});

describe("circles", () => {
  it("blends the fill over the background at the fill opacity", () => {
    const background = "102030";
    const picture = painted(
      aScene([aCircle({ fill: "F0A050", fillOpacity: 0.3 })], { background }),
    );
    const [br, bg, bb] = rgbOf(background);
    const expected: Rgba = [
      br + (0xf0 - br) * 0.3,
      bg + (0xa0 - bg) * 0.3,
      bb + (0x50 - bb) * 0.3,
      255,
    ];
    expectColourNear(pixelAt(picture, 80, 80), expected);
  });

  it("never paints the fill more opaque than its opacity, at the edge either", () => {
    const picture = painted(
      aScene([aCircle({ r: 7.3, fill: "000000", fillOpacity: 0.4, strokeWidth: 0 })]),
    );
    const darkest = Math.min(...Array.from(picture.rgba).filter((_, i) => i % 4 === 0));
    expect(Math.abs(darkest - 255 * 0.6)).toBeLessThanOrEqual(1);
  });

  it("blends a second bubble over the first where they overlap", () => {
    const first = aCircle({ fill: "0000FF", fillOpacity: 0.5 });
    const second = aCircle({ cx: 50, fill: "FF0000", fillOpacity: 0.5 });
    const picture = painted(aScene([first, second]));
    // White, then half blue (128, 128, 255), then half red over that.
    expectColourNear(pixelAt(picture, 90, 80), [191, 64, 128, 255]);
  });

  it("leaves pixels outside the circle and its stroke as the background", () => {
    const picture = painted(aScene([aCircle({ cx: 40, cy: 40, r: 20, strokeWidth: 2 })]));
    // The stroke reaches 21 scene pixels out, 42 device pixels at scale 2.
    expect(pixelAt(picture, 80 + 44, 80)).toEqual(rgbOf(WHITE));
    expect(pixelAt(picture, 80, 80 - 44)).toEqual(rgbOf(WHITE));
    expect(pixelAt(picture, 80 + 32, 80 + 32)).toEqual(rgbOf(WHITE));
  });

  it("draws the stroke opaque over the fill, centred on the circle's edge", () => {
    const picture = painted(aScene([aCircle({ r: 20, stroke: "7F0000", strokeWidth: 2 })]));
    expect(pixelAt(picture, 80 + 40, 80)).toEqual(rgbOf("7F0000"));
    expect(pixelAt(picture, 80 + 38, 80)).toEqual(rgbOf("7F0000"));
  });

  it("anti-aliases the edge: some pixels there are between the stroke and the background", () => {
    const picture = painted(aScene([aCircle({ stroke: "000000", fillOpacity: 0 })]));
    let between = 0;
    for (let x = 0; x < picture.width; x += 1) {
      for (let y = 0; y < picture.height; y += 1) {
        const [r] = pixelAt(picture, x, y);
        if (r > 20 && r < 235) between += 1;
      }
    }
    expect(between).toBeGreaterThan(40);
  });

  it("looks round: as wide as it is tall, and as wide as its diameter plus the stroke", () => {
    const box = inkBox(painted(aScene([aCircle({ r: 20, strokeWidth: 2, fillOpacity: 1 })])));
    expect(box.width).toBe(box.height);
    expect(Math.abs(box.width - 84)).toBeLessThanOrEqual(2);
  });
});

describe("rectangles and lines", () => {
  it("fills a rectangle and draws its stroke on its edge, leaving the inside alone", () => {
    const picture = painted(aScene([aRect({ stroke: "7F7F7F", strokeWidth: 1 })]));
    // The left edge at x = 20 scene pixels: a 1-pixel stroke covers device columns 39 and 40.
    expect(pixelAt(picture, 39, 80)).toEqual(rgbOf("7F7F7F"));
    expect(pixelAt(picture, 40, 80)).toEqual(rgbOf("7F7F7F"));
    expect(pixelAt(picture, 42, 80)).toEqual(rgbOf(WHITE));
    expect(pixelAt(picture, 37, 80)).toEqual(rgbOf(WHITE));
    expect(pixelAt(picture, 80, 39)).toEqual(rgbOf("7F7F7F"));
    expect(pixelAt(picture, 80, 80)).toEqual(rgbOf(WHITE));

    const filled = painted(aScene([aRect({ fill: "F7F9FC" })]));
    expect(pixelAt(filled, 80, 80)).toEqual(rgbOf("F7F9FC"));
    expect(pixelAt(filled, 38, 80)).toEqual(rgbOf(WHITE));
  });

  it("paints a stroke between pixels as the share of each pixel it covers", () => {
    // Top edge at 20.3 scene pixels: the stroke covers device rows 39.6 to 41.6.
    const picture = painted(aScene([aRect({ y: 20.3, stroke: "000000", strokeWidth: 1 })]));
    expectColourNear(pixelAt(picture, 80, 39), [255 * 0.6, 255 * 0.6, 255 * 0.6, 255]);
    expect(pixelAt(picture, 80, 40)).toEqual(rgbOf("000000"));
    expectColourNear(pixelAt(picture, 80, 41), [255 * 0.4, 255 * 0.4, 255 * 0.4, 255]);
    expect(pixelAt(picture, 80, 42)).toEqual(rgbOf(WHITE));
  });

  it("paints later shapes over earlier ones", () => {
    const picture = painted(aScene([aCircle({ fillOpacity: 1 }), aRect({ fill: "00FF00" })]));
    expect(pixelAt(picture, 80, 80)).toEqual(rgbOf("00FF00"));
  });

  function inkRunsAlongRow(picture: DecodedPng, y: number): number {
    let runs = 0;
    let inInk = false;
    for (let x = 0; x < picture.width; x += 1) {
      const ink = pixelAt(picture, x, y)[0] < 128;
      if (ink && !inInk) runs += 1;
      inInk = ink;
    }
    return runs;
  }

  it("leaves gaps in a dashed line: a dash of 4 and a gap of 3 along 100 pixels", () => {
    const dashed = painted(aScene([aLine({ dash: [4, 3] })]));
    // 100 / 7 = 14 whole periods and 2 pixels of a fifteenth dash.
    expect(inkRunsAlongRow(dashed, 80)).toBe(15);
    // The gap after the first dash: scene x 14..17, device 28..33.
    expect(pixelAt(dashed, 30, 80)).toEqual(rgbOf(WHITE));
    expect(pixelAt(dashed, 24, 80)).toEqual(rgbOf("000000"));
    expect(inkRunsAlongRow(painted(aScene([aLine()])), 80)).toBe(1);
  });

  it("dashes slanted lines too", () => {
    const picture = painted(aScene([aLine({ x1: 10, y1: 10, x2: 110, y2: 70, dash: [6, 6] })]));
    const solid = painted(aScene([aLine({ x1: 10, y1: 10, x2: 110, y2: 70 })]));
    const dashedInk = inkBox(picture).pixels;
    const solidInk = inkBox(solid).pixels;
    expect(dashedInk).toBeGreaterThan(solidInk * 0.35);
    expect(dashedInk).toBeLessThan(solidInk * 0.65);
  });
});

describe("text", () => {
  it('with anchor "end" has its ink left of x, and with "start" right of x', () => {
    const end = inkBox(painted(aScene([aText({ x: 60, anchor: "end" })])));
    expect(end.pixels).toBeGreaterThan(0);
    expect(end.right).toBeLessThan(120);
    expect(end.left).toBeLessThan(100);

    const start = inkBox(painted(aScene([aText({ x: 60, anchor: "start" })])));
    expect(start.left).toBeGreaterThanOrEqual(120);
    expect(start.right).toBeGreaterThan(140);
  });

  it('with anchor "middle" is centred on x', () => {
    const middle = inkBox(painted(aScene([aText({ x: 60, anchor: "middle", text: "HEH" })])));
    expect(Math.abs((middle.left + middle.right + 1) / 2 - 120)).toBeLessThanOrEqual(1);
  });

  it("stands on its baseline, with descenders below it", () => {
    const capitals = inkBox(painted(aScene([aText({ y: 40, text: "HELLO" })])));
    expect(capitals.bottom).toBe(79);
    const descender = inkBox(painted(aScene([aText({ y: 40, text: "gap" })])));
    expect(descender.bottom).toBeGreaterThan(80);
  });

  it.each([10, 11, 12, 14, 16, 20])(
    "at size %i has capitals about 0.7 of the size tall (whole-pixel glyph steps)",
    (size) => {
      const box = inkBox(painted(aScene([aText({ size, text: "HIT" })], { height: 120 })));
      expect(Math.abs(box.height - 0.7 * size * 2)).toBeLessThanOrEqual(3.5);
    },
  );

  it("measures as wide as it paints", () => {
    const box = inkBox(painted(aScene([aText({ x: 10, text: "HEH", size: 12 })])));
    expect(box.width).toBe(measureText("HEH", 24));
    const bold = inkBox(painted(aScene([aText({ x: 10, text: "HEH", size: 12, bold: true })])));
    expect(bold.width).toBe(measureText("HEH", 24, true));
  });

  it("in bold has more ink than regular", () => {
    const regular = inkBox(painted(aScene([aText({ x: 10 })])));
    const bold = inkBox(painted(aScene([aText({ x: 10, bold: true })])));
    expect(bold.pixels).toBeGreaterThan(regular.pixels * 1.2);
  });

  it("with a halo is ringed in the halo colour, so it reads over a dark shape", () => {
    const dark = "1F3864";
    const background = aRect({ x: 0, y: 0, width: 200, height: 80, fill: dark });
    const plain = inkBox(painted(aScene([background, aText({ x: 10, color: "000000" })])), dark);
    const ringed = inkBox(
      painted(aScene([background, aText({ x: 10, color: "000000", halo: WHITE })])),
      dark,
    );
    // The halo spreads 1.5 scene pixels (3 device pixels at scale 2) on every side.
    expect(ringed.width).toBe(plain.width + 6);
    expect(ringed.height).toBe(plain.height + 6);
    const picture = painted(aScene([background, aText({ x: 10, color: "000000", halo: WHITE })]));
    expect(pixelAt(picture, ringed.left, ringed.top + 3)).toEqual(rgbOf(WHITE));
  });

  it("when vertical reads upwards from its anchor, taller than wide", () => {
    const box = inkBox(painted(aScene([aText({ x: 20, y: 70, vertical: true })])));
    expect(box.height).toBeGreaterThan(box.width * 2);
    // Reading bottom to top from y, with the tops of the letters facing left of x.
    expect(box.bottom).toBeLessThan(140);
    expect(box.right).toBeLessThan(40);
  });

  it('draws "Résumé" with the same ink as "Resume"', () => {
    const accented = paintScene(aScene([aText({ x: 10, text: "Résumé" })]));
    const plain = paintScene(aScene([aText({ x: 10, text: "Resume" })]));
    expect(Buffer.from(accented.rgba).equals(Buffer.from(plain.rgba))).toBe(true);
  });

  it("draws a character it has no glyph for as a question mark, not as nothing", () => {
    const unknown = paintScene(aScene([aText({ x: 10, text: "✓" })]));
    const question = paintScene(aScene([aText({ x: 10, text: "?" })]));
    expect(Buffer.from(unknown.rgba).equals(Buffer.from(question.rgba))).toBe(true);
    expect(inkBox(painted(aScene([aText({ x: 10, text: "✓" })]))).pixels).toBeGreaterThan(10);
  });

  it("reads text as the font can draw it", () => {
    expect(printableText("Résumé – naïve “AI” Ångström")).toBe('Resume - naive "AI" Angstrom');
    expect(printableText("日本 😀")).toBe("?? ?");
    expect(printableText("a\tb\nc\u0007d")).toBe("a b cd");
  });
});
