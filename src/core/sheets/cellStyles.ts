/**
 * The concrete look of each named cell style. Both writers translate these plain facts
 * into their own API, so the CLI's workbook and the add-in's look alike.
 */
import type { CellStyleName } from "../model";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** RGB hex without `#`. */
  readonly fontColor?: string;
  /** RGB hex without `#`. */
  readonly fill?: string;
  readonly underline?: boolean;
  readonly wrap?: boolean;
  /** A thin line above the cell (totals). */
  readonly topBorder?: boolean;
}

export const CELL_STYLES: Readonly<Record<CellStyleName, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "1F3864" },
  subtitle: { italic: true, fontColor: "595959" },
  sectionHeading: { bold: true, fontSize: 12, fontColor: "1F3864" },
  columnHeader: { bold: true, fill: "D9E1F2", fontColor: "1F3864", wrap: true },
  // Cells a person is invited to change (weights): the familiar "input" look.
  input: { bold: true, fill: "FFF2CC", fontColor: "7F6000" },
  total: { bold: true, topBorder: true },
  note: { italic: true, fontColor: "595959", wrap: true },
  warning: { fontColor: "9C0006", fill: "FFC7CE", wrap: true },
  wrap: { wrap: true },
  link: { underline: true, fontColor: "0563C1" },
};
