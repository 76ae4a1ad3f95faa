/**
 * SVG to pixels and PNG, with resvg (`@resvg/resvg-js`, prebuilt binaries inside its npm
 * packages): the one renderer of pictures in the project. The CLI's Summary chart and the
 * add-in's icons (scripts/draw-icons.js) both go through here.
 *
 * resvg draws no text without fonts. It is given Open Sans (SIL Open Font License 1.1, from
 * the `@expo-google-fonts/open-sans` package) and nothing else: system fonts stay off, so every
 * machine draws the same letters, and a machine without fonts still draws the labels.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

/** The family inside the font files below: what `sans-serif` and every unknown family become. */
export const PICTURE_FONT_FAMILY = "Open Sans";

/** The font files, as the package installs them: regular and bold, which the charts use. */
const FONT_FILES = [
  "@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf",
  "@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf",
] as const;

/** The picture cannot be drawn: a bad scale (a bug in the caller) or a missing font file. */
export class PictureError extends Error {
  override readonly name = "PictureError";
}

export interface Picture {
  readonly width: number;
  readonly height: number;
  /** Rows top to bottom, R, G, B, A per pixel, alpha not premultiplied. */
  readonly rgba: Uint8Array;
}

let fontFiles: string[] | undefined;

/** Where the font files are on this machine, found once per process. */
function pictureFontFiles(): string[] {
  if (fontFiles === undefined) {
    fontFiles = FONT_FILES.map((file) => {
      try {
        return require.resolve(file);
      } catch {
        throw new PictureError(
          `cannot find the font file ${file}; reinstall the dependencies (npm ci) so pictures have their labels`,
        );
      }
    });
  }
  return fontFiles;
}

function renderOptions(scale: number): ResvgRenderOptions {
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new PictureError(`a picture's scale must be a positive number, not ${scale}`);
  }
  return {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: pictureFontFiles(),
      defaultFontFamily: PICTURE_FONT_FAMILY,
      sansSerifFamily: PICTURE_FONT_FAMILY,
    },
    // Warnings (an unknown family falling back to sans-serif) would go to the CLI's stderr.
    logLevel: "off",
  };
}

/** The SVG document's pixels at `scale` device pixels per SVG pixel. */
export function svgPixels(svg: string, scale = 1): Picture {
  const image = new Resvg(svg, renderOptions(scale)).render();
  return { width: image.width, height: image.height, rgba: new Uint8Array(image.pixels) };
}

/** The SVG document as a PNG file, `scale` times its size in pixels. */
export function svgPng(svg: string, scale = 1): Buffer {
  return new Resvg(svg, renderOptions(scale)).render().asPng();
}

/**
 * svgPng with the drawing on libuv's thread pool: resvg lays out the text and draws there while
 * this thread writes the package's other parts; only the PNG encoding comes back to it.
 */
export async function svgPngLater(svg: string, scale = 1): Promise<Buffer> {
  const options = renderOptions(scale);
  return (await renderAsync(svg, options)).asPng();
}
