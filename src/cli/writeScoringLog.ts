/**
 * Carries out the scoring log's plan on an exceljs workbook: a new `Scoring log` sheet, or
 * one more row below the last. Earlier rows are never touched.
 */
import type ExcelJS from "exceljs";
import type { ScoringLogPlan } from "../core";
import { writeSheets } from "./writeSheets";

export function writeScoringLog(workbook: ExcelJS.Workbook, plan: ScoringLogPlan): void {
  if (plan.newSheet) {
    writeSheets(workbook, [plan.newSheet]);
    return;
  }
  const worksheet = workbook.getWorksheet(plan.sheetName);
  if (!worksheet) throw new RangeError(`the scoring log "${plan.sheetName}" is missing`);
  const row = worksheet.getRow(plan.appendAt);
  plan.cells.forEach((cell, index) => {
    if (cell === undefined) return;
    // Text stays text: exceljs stores a string as a string, whatever it looks like.
    row.getCell(index + 1).value = cell.text ?? cell.number ?? null;
  });
  row.commit();
}
