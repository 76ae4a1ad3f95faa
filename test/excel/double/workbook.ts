/** `context.workbook` and `workbook.application`. */

import type { OperationQueue } from "./batch";
import { DoubleClientObject, type Loadable, NavigationObject } from "./proxy";
import { DoubleNamedItemCollection } from "./names";
import { DoubleWorkbookProtection } from "./protection";
import { DoubleRange } from "./range";
import type { CultureState, WorkbookState } from "./state";
import { DoubleTableCollection } from "./tables";
import { DoubleWorksheetCollection } from "./worksheets";

export class DoubleWorkbook extends DoubleClientObject<WorkbookState> {
  protected readonly scalarNames = [];
  readonly worksheets: DoubleWorksheetCollection;
  readonly tables: DoubleTableCollection<WorkbookState>;
  readonly names: DoubleNamedItemCollection;
  readonly application: DoubleApplication;
  /** ExcelApi 1.7. */
  readonly protection: DoubleWorkbookProtection;

  constructor(queue: OperationQueue) {
    super(queue, "Workbook");
    // The workbook always exists: it is never a null object.
    this.nullState = false;
    this.worksheets = new DoubleWorksheetCollection(queue, this);
    this.tables = new DoubleTableCollection<WorkbookState>(queue, this, () => null);
    this.names = new DoubleNamedItemCollection(queue, this);
    this.application = new DoubleApplication(queue, this);
    this.protection = new DoubleWorkbookProtection(queue, this);
  }

  resolve(state: WorkbookState): WorkbookState {
    return state;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "tables") return this.tables;
    if (name === "names") return this.names;
    if (name === "protection") return this.protection;
    return undefined;
  }

  getSelectedRange(): DoubleRange {
    return new DoubleRange(this.queue, {
      created: "Workbook.getSelectedRange",
      args: [],
      locate: (state) => state.selection,
    });
  }
}

/**
 * Suspension requests are recorded (their labels appear in the sync log) and otherwise ignored:
 * the double never calculates or paints, so there is nothing to suspend. API sets:
 * `suspendApiCalculationUntilNextSync` ExcelApi 1.6, `suspendScreenUpdatingUntilNextSync` 1.9.
 */
export class DoubleApplication extends NavigationObject<WorkbookState, WorkbookState> {
  protected readonly scalarNames = [];
  /** ExcelApi 1.11. */
  readonly cultureInfo: DoubleCultureInfo;

  constructor(queue: OperationQueue, parent: DoubleWorkbook) {
    super(queue, "Application", parent, (state) => state);
    this.cultureInfo = new DoubleCultureInfo(queue, this);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "cultureInfo" ? this.cultureInfo : undefined;
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

/** `application.cultureInfo` (ExcelApi 1.11): the seeded culture's name. */
export class DoubleCultureInfo extends NavigationObject<CultureState, WorkbookState> {
  protected readonly scalarNames = ["name"];
  readonly numberFormat: DoubleNumberFormatInfo;

  constructor(queue: OperationQueue, parent: DoubleApplication) {
    super(queue, "CultureInfo", parent, (state) => state.culture);
    this.numberFormat = new DoubleNumberFormatInfo(queue, this);
  }

  protected readScalar(_state: WorkbookState, culture: CultureState): unknown {
    return culture.name;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "numberFormat" ? this.numberFormat : undefined;
  }

  get name(): string {
    return this.get("name");
  }
}

/** `cultureInfo.numberFormat` (ExcelApi 1.11): the culture's decimal and group separators. */
export class DoubleNumberFormatInfo extends NavigationObject<CultureState, CultureState> {
  protected readonly scalarNames = ["numberDecimalSeparator", "numberGroupSeparator"];

  constructor(queue: OperationQueue, parent: DoubleCultureInfo) {
    super(queue, "NumberFormatInfo", parent, (_state, culture) => culture);
  }

  protected readScalar(_state: WorkbookState, culture: CultureState, name: string): unknown {
    return name === "numberDecimalSeparator"
      ? culture.numberDecimalSeparator
      : culture.numberGroupSeparator;
  }

  get numberDecimalSeparator(): string {
    return this.get("numberDecimalSeparator");
  }

  get numberGroupSeparator(): string {
    return this.get("numberGroupSeparator");
  }
}
