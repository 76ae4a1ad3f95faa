/**
 * Expected value in the Ranked sheet: the hourly rate and working weeks as input cells above
 * the Budget column, and per use case the hours saved, the annual value and the payback, as
 * formulas over those cells, so a CFO can change the rate and see every value move.
 */
import {
  absoluteCellReference,
  cellReference,
  annualValueOf,
  paybackMonthsOf,
  type ValueSettings,
  type CellDescription,
} from "../model";
import type { UseCase } from "../read";
import { formula, number, text, type SheetGrid } from "./sheetGrid";

export const VALUE_HEADERS = ["Hours saved / week", "Annual value", "Payback (months)"];

export interface ValueLayout {
  /** Where the hourly rate and working weeks sit (the label in the column before). */
  readonly rateCell: { readonly row: number; readonly column: number };
  readonly weeksCell: { readonly row: number; readonly column: number };
  /** First of the three value columns. */
  readonly firstColumn: number;
  /** The Budget column, for payback. */
  readonly budgetColumn: number;
}

export function describeValueSettings(
  grid: SheetGrid,
  layout: ValueLayout,
  settings: ValueSettings,
): void {
  const { rateCell, weeksCell } = layout;
  grid.set(rateCell.row, rateCell.column - 1, text("Hourly rate", "columnHeader"));
  grid.set(rateCell.row, rateCell.column, number(settings.hourlyRate, "#,##0.##", "input"));
  grid.set(weeksCell.row, weeksCell.column - 1, text("Weeks a year", "columnHeader"));
  grid.set(weeksCell.row, weeksCell.column, number(settings.weeksPerYear, "0", "input"));
}

/**
 * The three cells of a use case's row. No hours, no value claimed: the cells stay blank
 * rather than showing 0.
 */
export function valueCells(
  row: number,
  useCase: UseCase,
  layout: ValueLayout,
  settings: ValueSettings,
): (CellDescription | undefined)[] {
  const hours = useCase.hoursSaved;
  if (hours === undefined) return [undefined, undefined, undefined];
  const hoursRef = cellReference(row, layout.firstColumn);
  const valueRef = cellReference(row, layout.firstColumn + 1);
  const rate = absoluteCellReference(layout.rateCell.row, layout.rateCell.column);
  const weeks = absoluteCellReference(layout.weeksCell.row, layout.weeksCell.column);
  const annualValue = annualValueOf(hours, settings) ?? 0;
  const payback = paybackMonthsOf(useCase.budget, annualValue);
  return [
    number(hours, "0.#"),
    formula(`=${hoursRef}*${rate}*${weeks}`, annualValue, "#,##0"),
    useCase.budget === undefined
      ? undefined
      : formula(
          `=IF(${valueRef}>0,${cellReference(row, layout.budgetColumn)}/(${valueRef}/12),"")`,
          payback ?? "",
          "0.0",
        ),
  ];
}
