/**
 * Every sheet this product writes, described once for both writers. The names are settled
 * here against what the workbook already has, so a person's own `Ranked` is never touched.
 */
import { outputSheetNames, outputTableName, type ExistingSheet } from "./outputSheetNames";
import { describeRankedSheet } from "./rankedSheet";
import { describeRoadmapSheet } from "./roadmapSheet";
import type { ScoringResult } from "./scoreWorkbook";
import type { SheetDescription } from "./sheetDescription";

export interface WorkbookShape {
  /** Every sheet, in workbook order, marked when it is this product's own output. */
  readonly sheets: readonly ExistingSheet[];
  /** Names of the tables on sheets that stay (not on an own output sheet being replaced). */
  readonly tableNames: readonly string[];
}

export function describeOutputSheets(
  result: ScoringResult,
  workbook: WorkbookShape,
): SheetDescription[] {
  const [ranked, roadmap] = outputSheetNames(workbook.sheets, ["ranked", "roadmap"]);
  if (!ranked || !roadmap) throw new RangeError("output sheet names are missing a role");
  return [
    describeRankedSheet(result, {
      sheetName: ranked.name,
      tableName: outputTableName("ranked", workbook.tableNames),
    }),
    describeRoadmapSheet(result, { sheetName: roadmap.name, rankedSheetName: ranked.name }),
  ];
}
