/**
 * `range.format` and what hangs off it. Writes apply to every cell of the range (borders: to the
 * cells along the named edge); reads report the shared value, or null where cells differ, as
 * Office.js does ("Blank and null values in Excel add-ins").
 */

import type { CellRect } from "./addresses";
import type { OperationQueue } from "./batch";
import { assertWritable, forEachCell, uniform, updateCell } from "./cells";
import { ExcelEnums, isEnumValue } from "./enums";
import { invalidArgument } from "./errors";
import { type Loadable, NavigationObject, type NavigationParent } from "./proxy";
import type { RangeEntity } from "./range";
import {
  type CellFont,
  type CellState,
  type SheetState,
  type WorkbookState,
  sheetById,
} from "./state";

/** Excel's default column width: 8.43 characters, 64 px, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
const FONT_DEFAULTS: Required<CellFont> = {
  bold: false,
  italic: false,
  underline: "None",
  color: "#000000",
  size: 11,
  name: "Calibri",
};

function sheetOf(state: WorkbookState, entity: RangeEntity): SheetState {
  const sheet = sheetById(state, entity.sheetId);
  if (sheet === undefined) throw new Error("Double bug: a bound range outlived its sheet check.");
  return sheet;
}

/**
 * Queues a formatting write: refused on a protected sheet, and for an enum-typed property when
 * the value is not one of the enum's strings; otherwise applied to each cell.
 */
function formatWrite(
  location: string,
  change: (cell: CellState) => void,
  allowed?: { readonly values: Readonly<Record<string, string>>; readonly value: unknown },
): (state: WorkbookState, entity: RangeEntity) => void {
  return (state, entity) => {
    const sheet = sheetOf(state, entity);
    assertWritable(sheet, location);
    if (allowed !== undefined && !isEnumValue(allowed.values, allowed.value)) {
      throw invalidArgument(location, `${String(allowed.value)} is not an allowed value`);
    }
    forEachCell(entity.rect, (row, column) => updateCell(sheet, row, column, change));
  };
}

type RangeNavigation = NavigationObject<RangeEntity, RangeEntity>;

export class DoubleRangeFormat extends NavigationObject<RangeEntity, RangeEntity> {
  protected readonly scalarNames = [
    "columnWidth",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ];
  readonly font: DoubleRangeFont = new DoubleRangeFont(this.queue, this);
  readonly fill: DoubleRangeFill = new DoubleRangeFill(this.queue, this);
  readonly borders: DoubleRangeBorderCollection = new DoubleRangeBorderCollection(this.queue, this);

  constructor(queue: OperationQueue, parent: NavigationParent<RangeEntity>) {
    super(queue, "RangeFormat", parent, (_state, entity) => entity);
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }

  protected readScalar(state: WorkbookState, entity: RangeEntity, name: string): unknown {
    const sheet = sheetOf(state, entity);
    if (name === "columnWidth") {
      let width: number | null | undefined;
      for (let c = 0; c < entity.rect.columnCount; c++) {
        const w = sheet.columnWidths.get(entity.rect.column + c) ?? DEFAULT_COLUMN_WIDTH;
        width = width === undefined || width === w ? w : null;
      }
      return width ?? null;
    }
    if (name === "horizontalAlignment")
      return uniform(sheet, entity.rect, (cell) => cell?.horizontalAlignment ?? "General");
    // Excel's default vertical alignment is Bottom.
    if (name === "verticalAlignment")
      return uniform(sheet, entity.rect, (cell) => cell?.verticalAlignment ?? "Bottom");
    return uniform(sheet, entity.rect, (cell) => cell?.wrapText ?? false);
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(width: number) {
    this.set("columnWidth", width, (state, entity) => {
      const sheet = sheetOf(state, entity);
      assertWritable(sheet, "RangeFormat.columnWidth");
      if (!(width >= 0)) throw invalidArgument("RangeFormat.columnWidth");
      for (let c = 0; c < entity.rect.columnCount; c++)
        sheet.columnWidths.set(entity.rect.column + c, width);
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.set(
      "horizontalAlignment",
      alignment,
      formatWrite(
        "RangeFormat.horizontalAlignment",
        (cell) => {
          cell.horizontalAlignment = alignment;
        },
        { values: ExcelEnums.HorizontalAlignment, value: alignment },
      ),
    );
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(alignment: Excel.RangeFormat["verticalAlignment"]) {
    this.set(
      "verticalAlignment",
      alignment,
      formatWrite(
        "RangeFormat.verticalAlignment",
        (cell) => {
          cell.verticalAlignment = alignment;
        },
        { values: ExcelEnums.VerticalAlignment, value: alignment },
      ),
    );
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.set(
      "wrapText",
      wrap,
      formatWrite("RangeFormat.wrapText", (cell) => {
        cell.wrapText = wrap;
      }),
    );
  }

  /** Recorded only: the double has no text metrics. */
  autofitColumns(): void {
    this.call("autofitColumns", [], (state, entity) =>
      assertWritable(sheetOf(state, entity), "RangeFormat.autofitColumns"),
    );
  }

  autofitRows(): void {
    this.call("autofitRows", [], (state, entity) =>
      assertWritable(sheetOf(state, entity), "RangeFormat.autofitRows"),
    );
  }
}

export class DoubleRangeFont extends NavigationObject<RangeEntity, RangeEntity> {
  protected readonly scalarNames = ["bold", "color", "italic", "name", "size", "underline"];

  constructor(queue: OperationQueue, parent: RangeNavigation) {
    super(queue, "RangeFont", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: RangeEntity, name: string): unknown {
    const key = name as keyof CellFont;
    return uniform(
      sheetOf(state, entity),
      entity.rect,
      (cell) => cell?.font?.[key] ?? FONT_DEFAULTS[key],
    );
  }

  private setFont<K extends keyof CellFont>(
    key: K,
    value: Required<CellFont>[K],
    allowed?: Readonly<Record<string, string>>,
  ): void {
    this.set(
      key,
      value,
      formatWrite(
        `RangeFont.${key}`,
        (cell) => {
          cell.font = { ...cell.font, [key]: value };
        },
        allowed === undefined ? undefined : { values: allowed, value },
      ),
    );
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.get("underline");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    this.setFont("underline", value, ExcelEnums.RangeUnderlineStyle);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.setFont("color", value);
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.setFont("name", value);
  }
}

export class DoubleRangeFill extends NavigationObject<RangeEntity, RangeEntity> {
  protected readonly scalarNames = ["color"];

  constructor(queue: OperationQueue, parent: RangeNavigation) {
    super(queue, "RangeFill", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: RangeEntity): unknown {
    // Office.js reports "#FFFFFF" for cells without a fill.
    return uniform(sheetOf(state, entity), entity.rect, (cell) => cell?.fill ?? "#FFFFFF");
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set(
      "color",
      value,
      formatWrite("RangeFill.color", (cell) => {
        cell.fill = value;
      }),
    );
  }

  clear(): void {
    this.call(
      "clear",
      [],
      formatWrite("RangeFill.clear", (cell) => delete cell.fill),
    );
  }
}

interface BorderEntity {
  readonly range: RangeEntity;
  readonly edge: string;
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** The cells an edge runs along; inside edges are recorded on the cells they separate. */
function edgeCells(rect: CellRect, edge: string): CellRect {
  const last = { row: rect.row + rect.rowCount - 1, column: rect.column + rect.columnCount - 1 };
  switch (edge) {
    case "EdgeTop":
      return { ...rect, rowCount: 1 };
    case "EdgeBottom":
      return { ...rect, row: last.row, rowCount: 1 };
    case "EdgeLeft":
      return { ...rect, columnCount: 1 };
    case "EdgeRight":
      return { ...rect, column: last.column, columnCount: 1 };
    default:
      return rect;
  }
}

export class DoubleRangeBorderCollection extends NavigationObject<RangeEntity, RangeEntity> {
  protected readonly scalarNames = [];

  constructor(queue: OperationQueue, parent: RangeNavigation) {
    super(queue, "RangeBorderCollection", parent, (_state, entity) => entity);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItem(index: string): DoubleRangeBorder {
    return new DoubleRangeBorder(this.queue, this, index);
  }
}

export class DoubleRangeBorder extends NavigationObject<BorderEntity, RangeEntity> {
  protected readonly scalarNames = ["color", "sideIndex", "style", "weight"];

  constructor(queue: OperationQueue, parent: DoubleRangeBorderCollection, edge: string) {
    super(queue, "RangeBorder", parent, (_state, range) => {
      if (!EDGES.includes(edge))
        throw invalidArgument("RangeBorderCollection.getItem", `unknown border ${edge}`);
      return { range, edge };
    });
  }

  protected readScalar(state: WorkbookState, entity: BorderEntity, name: string): unknown {
    if (name === "sideIndex") return entity.edge;
    const key = name === "style" ? entity.edge : `${entity.edge}/${name}`;
    const fallback = name === "style" ? "None" : name === "color" ? "#000000" : "Thin";
    return uniform(
      sheetOf(state, entity.range),
      edgeCells(entity.range.rect, entity.edge),
      (cell) => cell?.borders?.[key] ?? fallback,
    );
  }

  private setBorder(name: "color" | "style" | "weight", value: string): void {
    this.set(name, value, (state, entity) => {
      const sheet = sheetOf(state, entity.range);
      assertWritable(sheet, `RangeBorder.${name}`);
      if (name === "style" && !isEnumValue(ExcelEnums.BorderLineStyle, value))
        throw invalidArgument("RangeBorder.style", `${value} is not a border line style`);
      const key = name === "style" ? entity.edge : `${entity.edge}/${name}`;
      forEachCell(edgeCells(entity.range.rect, entity.edge), (row, column) =>
        updateCell(sheet, row, column, (cell) => {
          cell.borders = { ...cell.borders, [key]: value };
        }),
      );
    });
  }

  get style(): Excel.RangeBorder["style"] {
    return this.get("style");
  }
  set style(value: Excel.RangeBorder["style"]) {
    this.setBorder("style", value);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.setBorder("color", value);
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.get("weight");
  }
  set weight(value: Excel.RangeBorder["weight"]) {
    this.setBorder("weight", value);
  }
}
