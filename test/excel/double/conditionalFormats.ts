/**
 * `range.conditionalFormats` — recorded, not rendered. In Office.js the collection hangs off a
 * Range (there is no `Worksheet.conditionalFormats`), so the adapter writes
 * `sheet.getRange("E2:E9").conditionalFormats.add(Excel.ConditionalFormatType.dataBar)`.
 */

import type { OperationQueue } from "./batch";
import { assertWritable } from "./cells";
import { itemNotFound } from "./errors";
import {
  BoundObject,
  type Loadable,
  NavigationObject,
  type NavigationParent,
  type Origin,
} from "./proxy";
import type { RangeEntity } from "./range";
import {
  type ConditionalFormatState,
  type DataBarState,
  type SheetState,
  type WorkbookState,
  newId,
  sheetById,
} from "./state";

interface FormatEntity {
  readonly sheetId: string;
  readonly id: string;
}

function findFormat(
  state: WorkbookState,
  entity: FormatEntity,
): { sheet: SheetState; format: ConditionalFormatState } {
  const sheet = sheetById(state, entity.sheetId);
  const format = sheet?.conditionalFormats.find((f) => f.id === entity.id);
  if (sheet === undefined || format === undefined) throw itemNotFound("ConditionalFormat");
  return { sheet, format };
}

export class DoubleConditionalFormatCollection extends NavigationObject<RangeEntity, RangeEntity> {
  protected readonly scalarNames = [];

  constructor(queue: OperationQueue, parent: NavigationParent<RangeEntity>) {
    super(queue, "ConditionalFormatCollection", parent, (_state, entity) => entity);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  add(type: string): DoubleConditionalFormat {
    return new DoubleConditionalFormat(this.queue, {
      created: "ConditionalFormatCollection.add",
      args: [type],
      locate: (state) => {
        const range = this.resolve(state);
        if (range === null) return null;
        const sheet = sheetById(state, range.sheetId);
        if (sheet === undefined) throw itemNotFound("ConditionalFormatCollection.add");
        assertWritable(sheet, "ConditionalFormatCollection.add");
        const format: ConditionalFormatState = { id: newId(state, "cf"), type, rect: range.rect };
        if (type === "DataBar") format.dataBar = {};
        sheet.conditionalFormats.push(format);
        return { sheetId: sheet.id, id: format.id };
      },
    });
  }
}

export class DoubleConditionalFormat extends BoundObject<FormatEntity> {
  protected readonly scalarNames = ["id", "type"];
  readonly dataBar: DoubleDataBarConditionalFormat = new DoubleDataBarConditionalFormat(
    this.queue,
    this,
  );

  constructor(queue: OperationQueue, origin: Origin<FormatEntity>) {
    super(queue, "ConditionalFormat", origin);
  }

  protected exists(state: WorkbookState, entity: FormatEntity): boolean {
    return (
      sheetById(state, entity.sheetId)?.conditionalFormats.some((f) => f.id === entity.id) ?? false
    );
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "dataBar" ? this.dataBar : undefined;
  }

  protected readScalar(state: WorkbookState, entity: FormatEntity, name: string): unknown {
    const { format } = findFormat(state, entity);
    return name === "id" ? format.id : format.type;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.get("type");
  }
}

function updateDataBar(
  location: string,
  change: (bar: DataBarState) => void,
): (state: WorkbookState, entity: FormatEntity) => void {
  return (state, entity) => {
    const { sheet, format } = findFormat(state, entity);
    assertWritable(sheet, location);
    format.dataBar = { ...format.dataBar };
    change(format.dataBar);
  };
}

export class DoubleDataBarConditionalFormat extends NavigationObject<FormatEntity, FormatEntity> {
  protected readonly scalarNames = ["barDirection"];
  readonly positiveFormat: DoubleDataBarPositiveFormat = new DoubleDataBarPositiveFormat(
    this.queue,
    this,
  );

  constructor(queue: OperationQueue, parent: NavigationParent<FormatEntity>) {
    super(queue, "DataBarConditionalFormat", parent, (_state, entity) => entity);
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "positiveFormat" ? this.positiveFormat : undefined;
  }

  protected readScalar(state: WorkbookState, entity: FormatEntity): unknown {
    return findFormat(state, entity).format.dataBar?.barDirection ?? "Context";
  }

  get barDirection(): Excel.DataBarConditionalFormat["barDirection"] {
    return this.get("barDirection");
  }
  set barDirection(direction: Excel.DataBarConditionalFormat["barDirection"]) {
    this.set(
      "barDirection",
      direction,
      updateDataBar("DataBarConditionalFormat.barDirection", (bar) => {
        bar.barDirection = direction;
      }),
    );
  }
}

export class DoubleDataBarPositiveFormat extends NavigationObject<FormatEntity, FormatEntity> {
  protected readonly scalarNames = ["fillColor", "gradientFill"];

  constructor(queue: OperationQueue, parent: NavigationParent<FormatEntity>) {
    super(queue, "ConditionalDataBarPositiveFormat", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: FormatEntity, name: string): unknown {
    const bar = findFormat(state, entity).format.dataBar;
    return name === "fillColor"
      ? (bar?.positiveFillColor ?? "#638EC6")
      : (bar?.gradientFill ?? true);
  }

  get fillColor(): string {
    return this.get("fillColor");
  }
  set fillColor(color: string) {
    this.set(
      "fillColor",
      color,
      updateDataBar("ConditionalDataBarPositiveFormat.fillColor", (bar) => {
        bar.positiveFillColor = color;
      }),
    );
  }

  get gradientFill(): boolean {
    return this.get("gradientFill");
  }
  set gradientFill(gradient: boolean) {
    this.set(
      "gradientFill",
      gradient,
      updateDataBar("ConditionalDataBarPositiveFormat.gradientFill", (bar) => {
        bar.gradientFill = gradient;
      }),
    );
  }
}
