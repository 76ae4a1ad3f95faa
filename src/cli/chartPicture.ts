/**
 * The chart picture on the CLI's Summary sheet: the chart scene (src/core/chartScene.ts)
 * turned into the very SVG the task pane shows, rendered to PNG by resvg (./svgPicture.ts).
 * The package writer cannot make the native chart's picture, and the file should show the
 * chart the pane shows; rendering the pane's SVG means the two cannot disagree.
 */
import { type ChartScene, sceneToSvg } from "../core";
import { svgPngLater } from "./svgPicture";

/**
 * The scene as a PNG file, `scale` times its size in pixels (2 keeps it sharp when zoomed),
 * drawn off this thread while the package's other parts are written (./svgPicture.ts).
 */
export function chartPicturePng(scene: ChartScene, scale = 2): Promise<Buffer> {
  return svgPngLater(sceneToSvg(scene), scale);
}
