/**
 * The output sheets (Ranked, Roadmap, Summary) as sheet descriptions both writers render, their
 * names and ownership markers, and the look of each cell style.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { CELL_STYLES } from "./cellStyles";
export {
  type ExistingSheet,
  outputSheetNames,
  ownershipMarkerName,
  roleOfMarker,
} from "./outputSheetNames";
export { describeOutputSheets, type WorkbookShape } from "./outputSheets";
export { number, text } from "./sheetGrid";
