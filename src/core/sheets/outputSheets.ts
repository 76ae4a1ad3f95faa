/**
 * Every sheet this product writes, described once for both writers. The names are settled
 * here against what the workbook already has, so a person's own `Ranked` is never touched.
 */
import { outputSheetNames, outputTableName, type ExistingSheet } from "./outputSheetNames";
import { describeRankedSheet, RANKED_LAYOUT } from "./rankedSheet";
import { describeRoadmapSheet } from "./roadmapSheet";
import type { ScoringResult } from "../score";
import type { SheetDescription } from "../model";
import { describeSummarySheet } from "./summarySheet";

/** The 1-based column whose header cell (on `row`) reads `header`. */
function columnOfHeader(sheet: SheetDescription, row: number, header: string): number | undefined {
  const index = (sheet.rows[row - 1] ?? []).findIndex((cell) => cell?.text === header);
  return index < 0 ? undefined : index + 1;
}

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
  const [ranked, roadmap, summary] = outputSheetNames(workbook.sheets, [
    "ranked",
    "roadmap",
    "summary",
  ]);
  if (!ranked || !roadmap || !summary)
    throw new RangeError("output sheet names are missing a role");
  const rankedSheet = describeRankedSheet(result, {
    sheetName: ranked.name,
    tableName: outputTableName("ranked", workbook.tableNames),
  });
  const valueColumn = columnOfHeader(rankedSheet, RANKED_LAYOUT.headerRow, "Annual value");
  return [
    rankedSheet,
    describeRoadmapSheet(result, { sheetName: roadmap.name, rankedSheetName: ranked.name }),
    describeSummarySheet(result, {
      sheetName: summary.name,
      rankedSheetName: ranked.name,
      roadmapSheetName: roadmap.name,
      ...(valueColumn !== undefined && { rankedValueColumn: valueColumn }),
    }),
  ];
}
