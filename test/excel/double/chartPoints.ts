/**
 * A series' points (`series.points`, ExcelApi 1.1) and their data labels (`point.dataLabel`,
 * ExcelApi 1.7; `text` and `formula` 1.8). A series has as many points as its values have cells.
 * A label shows, in order of precedence: the text written to it, the cell its formula names, or
 * the point's value.
 *
 * Assumed (undocumented): a point past the last fails with `ItemNotFound`; writing a label's
 * text or formula while the point has no label fails with `InvalidOperation` (VBA raises an
 * error for `Point.DataLabel` then); a label formula must be a reference naming its sheet,
 * `=Summary!$B$4`, as chart references must be in the file format (MS-ODRAWXML
 * `CT_SeriesDataLabelsRange`), and naming a sheet that does not exist fails with
 * `InvalidArgument`. A label formula keeps its sheet by identity, so renaming that sheet changes
 * the formula's text, as Excel does for the references in cell formulas and charts.
 */

import { parseCellRange, splitSheetPrefix } from "./addresses";
import type { OperationQueue } from "./batch";
import {
  type ChartSeriesState,
  type PointEntity,
  type PointLabelState,
  type SeriesEntity,
  addressOf,
  editChart,
  findSeries,
  pointCount,
  requireSeries,
  valuesAt,
} from "./chartState";
import { DoubleErrorCodes, DoubleOfficeError, invalidArgument, itemNotFound } from "./errors";
import { DoubleIndexedCollection } from "./indexedCollection";
import {
  BoundObject,
  type Loadable,
  NavigationObject,
  type NavigationParent,
  type Origin,
} from "./proxy";
import { type WorkbookState, sheetByName } from "./state";

function requirePoint(state: WorkbookState, entity: PointEntity): ChartSeriesState {
  const { series } = requireSeries(state, entity);
  if (entity.index >= pointCount(series)) throw itemNotFound("ChartPoint");
  return series;
}

function editPoint(
  location: string,
  change: (label: PointLabelState, state: WorkbookState) => void,
): (state: WorkbookState, entity: PointEntity) => void {
  return (state, entity) =>
    editChart(location, () => {
      const series = requirePoint(state, entity);
      const label = series.pointLabels.get(entity.index) ?? { hasDataLabel: false };
      change(label, state);
      series.pointLabels.set(entity.index, label);
    })(state, entity);
}

export class DoubleChartPointsCollection extends DoubleIndexedCollection<
  PointEntity,
  SeriesEntity,
  DoubleChartPoint
> {
  constructor(queue: OperationQueue, parent: NavigationParent<SeriesEntity>) {
    super(queue, "ChartPointsCollection", parent, (state, entity) =>
      Array.from({ length: pointCount(requireSeries(state, entity).series) }, (_, index) => ({
        ...entity,
        index,
      })),
    );
  }

  protected proxyFor(origin: Origin<PointEntity>): DoubleChartPoint {
    return new DoubleChartPoint(this.queue, origin);
  }
}

export class DoubleChartPoint extends BoundObject<PointEntity> {
  protected readonly scalarNames = ["hasDataLabel", "value"];
  readonly dataLabel: DoubleChartDataLabel = new DoubleChartDataLabel(this.queue, this);

  constructor(queue: OperationQueue, origin: Origin<PointEntity>) {
    super(queue, "ChartPoint", origin);
  }

  protected exists(state: WorkbookState, entity: PointEntity): boolean {
    const found = findSeries(state, entity);
    return found !== undefined && entity.index < pointCount(found.series);
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "dataLabel" ? this.dataLabel : undefined;
  }

  protected readScalar(state: WorkbookState, entity: PointEntity, name: string): unknown {
    const series = requirePoint(state, entity);
    if (name === "hasDataLabel") return labelShown(series, entity.index);
    return pointValue(state, series, entity.index);
  }

  /** ExcelApi 1.7. */
  get hasDataLabel(): boolean {
    return this.get("hasDataLabel");
  }
  set hasDataLabel(show: boolean) {
    this.set(
      "hasDataLabel",
      show,
      editPoint("ChartPoint.hasDataLabel", (label) => {
        label.hasDataLabel = show === true;
        if (!label.hasDataLabel) {
          delete label.text;
          delete label.formula;
        }
      }),
    );
  }

  /** The point's value (its y value on an XY or bubble chart). */
  get value(): unknown {
    return this.get("value");
  }
}

/** Whether a point shows its label: its own setting, else the series'. */
export function labelShown(series: ChartSeriesState, index: number): boolean {
  return series.pointLabels.get(index)?.hasDataLabel ?? series.hasDataLabels;
}

function pointValue(
  state: WorkbookState,
  series: ChartSeriesState,
  index: number,
): string | number | boolean | null {
  return series.values === undefined ? null : (valuesAt(state, series.values)?.[index] ?? null);
}

/** What a point's label shows. */
export function labelText(state: WorkbookState, series: ChartSeriesState, index: number): string {
  const label = series.pointLabels.get(index);
  if (label?.text !== undefined) return label.text;
  if (label?.formula !== undefined) {
    const values = valuesAt(state, label.formula);
    return values === null ? "#REF!" : String(values[0] ?? "");
  }
  return String(pointValue(state, series, index) ?? "");
}

export function labelFormula(
  state: WorkbookState,
  series: ChartSeriesState,
  index: number,
): string {
  const formula = series.pointLabels.get(index)?.formula;
  return formula === undefined ? "" : `=${addressOf(state, formula, true)}`;
}

function requireLabel(label: PointLabelState, location: string): void {
  if (!label.hasDataLabel) {
    throw new DoubleOfficeError(
      DoubleErrorCodes.invalidOperation,
      "The point has no data label; set hasDataLabel to true first.",
      location,
    );
  }
}

/** `point.dataLabel` (ExcelApi 1.7); `text` and `formula` are ExcelApi 1.8. */
export class DoubleChartDataLabel extends NavigationObject<PointEntity, PointEntity> {
  protected readonly scalarNames = ["text", "formula"];

  constructor(queue: OperationQueue, parent: NavigationParent<PointEntity>) {
    super(queue, "ChartDataLabel", parent, (_state, entity) => entity);
  }

  protected readScalar(state: WorkbookState, entity: PointEntity, name: string): unknown {
    const series = requirePoint(state, entity);
    return name === "text"
      ? labelText(state, series, entity.index)
      : labelFormula(state, series, entity.index);
  }

  get text(): string {
    return this.get("text");
  }
  set text(text: string) {
    this.set(
      "text",
      text,
      editPoint("ChartDataLabel.text", (label) => {
        requireLabel(label, "ChartDataLabel.text");
        label.text = String(text);
        delete label.formula;
      }),
    );
  }

  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    const location = "ChartDataLabel.formula";
    this.set(
      "formula",
      formula,
      editPoint(location, (label, state) => {
        requireLabel(label, location);
        const { sheet: sheetName, cells } = splitSheetPrefix(String(formula));
        const rect = parseCellRange(cells);
        if (!String(formula).startsWith("=") || sheetName === null || rect === null)
          throw invalidArgument(location, `not a reference naming its sheet: ${String(formula)}`);
        const sheet = sheetByName(state, sheetName);
        if (sheet === undefined) throw invalidArgument(location, `no sheet named ${sheetName}`);
        label.formula = { sheetId: sheet.id, rect };
        delete label.text;
      }),
    );
  }
}
