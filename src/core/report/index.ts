/**
 * The JSON report of a run, for the command line's --json.
 *
 * Exports what the later stages and the outer layers use; the rest stays inside the folder.
 */
export { toJsonReport } from "./jsonReport";
