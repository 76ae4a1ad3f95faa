/**
 * A chart as a list of shapes in pixels: the one drawing of a chart that every writer that
 * cannot make a native Excel chart renders. The task pane shows it as SVG (`sceneToSvg`);
 * the CLI renders that same SVG to a PNG for the Summary sheet (resvg). So the picture in the
 * file and the picture in the pane cannot disagree.
 *
 * Coordinates are pixels from the top-left corner; y grows downwards. Colours are RGB hex
 * without `#`.
 */

export interface SceneRect {
  readonly kind: "rect";
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
}

export interface SceneLine {
  readonly kind: "line";
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** Dash and gap lengths in pixels; solid when unset. */
  readonly dash?: readonly [number, number];
}

export interface SceneCircle {
  readonly kind: "circle";
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill: string;
  /** 0 (transparent) to 1 (opaque): overlapping bubbles stay visible through each other. */
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** What the shape stands for, shown as a tooltip where the writer can (SVG `<title>`). */
  readonly tooltip?: string;
}

export interface SceneText {
  readonly kind: "text";
  /** The anchor point: `x` is the start, middle or end of the text; `y` is its baseline. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Font size in pixels (the height of a capital letter is about 0.7 of it). */
  readonly size: number;
  readonly color: string;
  readonly anchor: "start" | "middle" | "end";
  readonly bold?: boolean;
  /** Turned a quarter anticlockwise about (x, y), reading bottom to top (a y-axis title). */
  readonly vertical?: boolean;
  /** A colour drawn 1.5 pixels around the letters, so a label reads over the shapes below it. */
  readonly halo?: string;
}

export type SceneShape = SceneRect | SceneLine | SceneCircle | SceneText;

export interface ChartScene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** One sentence saying what the chart shows, for screen readers and alt text. */
  readonly description: string;
  /** Painted in order: later shapes cover earlier ones. */
  readonly shapes: readonly SceneShape[];
}

/** The font every writer names; the command line's renderer (resvg) is given Open Sans for it. */
export const SCENE_FONT_FAMILY = "Segoe UI, Helvetica, Arial, sans-serif";

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// XML 1.0 allows no control characters but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text as it may stand in XML content or an attribute; control characters are dropped. */
export function escapeXml(value: string): string {
  return value.replace(XML_FORBIDDEN, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Coordinates to two decimals: enough for pixels, and the same text on every machine. */
const px = (value: number): string => String(Math.round(value * 100) / 100);

function shapeToSvg(shape: SceneShape): string {
  switch (shape.kind) {
    case "rect":
      return (
        `<rect x="${px(shape.x)}" y="${px(shape.y)}" width="${px(shape.width)}" height="${px(shape.height)}"` +
        ` fill="${shape.fill === undefined ? "none" : `#${shape.fill}`}"` +
        (shape.stroke === undefined
          ? ""
          : ` stroke="#${shape.stroke}" stroke-width="${px(shape.strokeWidth ?? 1)}"`) +
        "/>"
      );
    case "line":
      return (
        `<line x1="${px(shape.x1)}" y1="${px(shape.y1)}" x2="${px(shape.x2)}" y2="${px(shape.y2)}"` +
        ` stroke="#${shape.stroke}" stroke-width="${px(shape.strokeWidth)}"` +
        (shape.dash ? ` stroke-dasharray="${shape.dash.map(px).join(" ")}"` : "") +
        "/>"
      );
    case "circle": {
      const attributes =
        `cx="${px(shape.cx)}" cy="${px(shape.cy)}" r="${px(shape.r)}" fill="#${shape.fill}"` +
        ` fill-opacity="${px(shape.fillOpacity)}" stroke="#${shape.stroke}" stroke-width="${px(shape.strokeWidth)}"`;
      return shape.tooltip === undefined
        ? `<circle ${attributes}/>`
        : `<circle ${attributes}><title>${escapeXml(shape.tooltip)}</title></circle>`;
    }
    case "text": {
      const anchor = { start: "start", middle: "middle", end: "end" }[shape.anchor];
      return (
        `<text x="${px(shape.x)}" y="${px(shape.y)}" font-size="${px(shape.size)}" fill="#${shape.color}"` +
        ` text-anchor="${anchor}"` +
        (shape.bold ? ` font-weight="bold"` : "") +
        (shape.halo === undefined
          ? ""
          : ` stroke="#${shape.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`) +
        (shape.vertical ? ` transform="rotate(-90 ${px(shape.x)} ${px(shape.y)})"` : "") +
        `>${escapeXml(shape.text)}</text>`
      );
    }
  }
}

/** The scene as a standalone SVG document. */
export function sceneToSvg(scene: ChartScene): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(scene.width)}" height="${px(scene.height)}"` +
    ` viewBox="0 0 ${px(scene.width)} ${px(scene.height)}" role="img" font-family="${escapeXml(SCENE_FONT_FAMILY)}">` +
    `<title>${escapeXml(scene.description)}</title>` +
    `<rect x="0" y="0" width="${px(scene.width)}" height="${px(scene.height)}" fill="#${scene.background}"/>` +
    scene.shapes.map(shapeToSvg).join("") +
    "</svg>"
  );
}
