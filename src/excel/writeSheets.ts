/**
 * Writing the engine's sheet descriptions into Excel. The new sheets are built completely,
 * hidden and under temporary names, before the previous output is removed: a failure half
 * way leaves the previous result as it was. Requests are cut by size (Excel on the web
 * rejects 5 MB), so the number of syncs grows with the amount of data, not with rows.
 */
import {
  CELL_STYLES,
  describeOutputSheets,
  planScoringLog,
  ownershipMarkerName,
  quoteSheetName,
  type ExistingSheet,
  type RankMove,
  type ScoringResult,
  type SheetInput,
  type SheetDescription,
} from "../core";
import { ExcelAdapterError, toExcelAdapterError, withinTimeout } from "./excelErrors";
import { ownRolesOf, rawCellOf } from "./readSources";
import { addCharts, chartOperationCount } from "./writeCharts";
import {
  TEXT_FORMAT,
  columnCount,
  columnWidthInPoints,
  rowBlocks,
  styleRectangles,
  type FormulaRun,
  type StyleRectangle,
} from "./renderPlan";

/** Under Excel on the web's 5 MB request limit, with room for the operations around the data. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

// Hidden sheets of an interrupted write carry this prefix; the next write removes them.
const TEMPORARY_PREFIX = "OppScorer temp ";
// Each styled rectangle costs a few small operations; this is a fair estimate of their size.
const OPERATION_BYTES = 300;

export interface WriteOptions {
  readonly syncTimeoutMs?: number;
  readonly maxRequestBytes?: number;
  /** Whether the host supports a requirement set, e.g. `supports("1.9")` for ExcelApi 1.9. */
  readonly supports?: (excelApiVersion: string) => boolean;
}

export interface WrittenSheets {
  readonly sheets: readonly SheetDescription[];
  readonly syncs: number;
  /** With a log request: what moved since the last logged run of the same source. */
  readonly moves?: readonly RankMove[];
}

/** Log this run in the Scoring log: who ran it, when, and the sheets the result was read from. */
export interface LogRequest {
  readonly by: string;
  readonly time: Date;
  /** The source sheet (and the Scores sheet) as read, for the input's fingerprint. */
  readonly sources: readonly SheetInput[];
}

interface OldOutput {
  readonly name: string;
  readonly position: number;
}

export async function writeOutputSheets(
  context: Excel.RequestContext,
  result: ScoringResult,
  options: WriteOptions = {},
  log?: LogRequest,
): Promise<WrittenSheets> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await withinTimeout(context.sync(), options.syncTimeoutMs);
  };
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const supports = options.supports ?? (() => false);
  const workbook = context.workbook;

  // 1. What the workbook holds now: co-authors may have changed it since it was read.
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = workbook.names;
  names.load("items/name,items/formula");
  const tables = workbook.tables;
  tables.load("items/name");
  const workbookProtection = workbook.protection;
  workbookProtection.load("protected");
  await sync();
  if (workbookProtection.protected) {
    throw new ExcelAdapterError(
      "protected",
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook), then write again.",
      false,
      "AccessDenied",
    );
  }

  // 2. This product's own sheets: their protection, position and tables.
  const roles = ownRolesOf(names.items);
  const ownSheets = worksheets.items.filter((sheet) => roles.has(sheet.name.toLowerCase()));
  const ownDetails = ownSheets.map((sheet) => {
    sheet.protection.load("protected");
    sheet.tables.load("items/name");
    return sheet;
  });
  // The log's rows as they are now: the new run goes below the last, whoever wrote it.
  const logSheet = ownSheets.find((sheet) => roles.get(sheet.name.toLowerCase()) === "scoringLog");
  const logRange = log && logSheet ? logSheet.getUsedRangeOrNullObject(true) : undefined;
  logRange?.load("values,rowIndex,columnIndex");
  if (ownDetails.length > 0) await sync();
  const protectedSheet = ownDetails.find((sheet) => sheet.protection.protected);
  if (protectedSheet) {
    throw new ExcelAdapterError(
      "protected",
      `${quoteSheetName(protectedSheet.name)} is protected, so it cannot be replaced. Unprotect it (Review > Unprotect Sheet), then write again; your previous result is unchanged.`,
      false,
      "AccessDenied",
    );
  }
  const tablesOnOwnSheets = new Set(
    ownDetails.flatMap((sheet) => sheet.tables.items.map((t) => t.name.toLowerCase())),
  );
  const existing: ExistingSheet[] = worksheets.items.map((sheet) => {
    const ownRole = roles.get(sheet.name.toLowerCase());
    return ownRole ? { name: sheet.name, ownRole } : { name: sheet.name };
  });
  const descriptions = describeOutputSheets(result, {
    sheets: existing,
    tableNames: tables.items
      .map((t) => t.name)
      .filter((name) => !tablesOnOwnSheets.has(name.toLowerCase())),
  });
  const logPlan =
    log &&
    planScoringLog(
      {
        sheets: [
          ...log.sources,
          ...(logSheet && logRange && !logRange.isNullObject
            ? [
                {
                  name: logSheet.name,
                  top: logRange.rowIndex + 1,
                  left: logRange.columnIndex + 1,
                  values: logRange.values.map((row) =>
                    row.map((value: unknown) => rawCellOf(value, undefined)),
                  ),
                  ownRole: "scoringLog" as const,
                },
              ]
            : []),
        ],
      },
      result,
      { by: log.by, time: log.time },
    );
  // A first log is built like the other sheets; an existing one gets one more row at the end.
  if (logPlan?.newSheet) descriptions.push(logPlan.newSheet);
  const staleTemporary = worksheets.items.filter((sheet) =>
    sheet.name.startsWith(TEMPORARY_PREFIX),
  );
  // Positions as they will be once the stale temporary sheets are gone.
  const positionAfterCleanup = (position: number): number =>
    position - staleTemporary.filter((stale) => stale.position < position).length;
  const oldOutputs = new Map<string, OldOutput>(
    worksheets.items
      .filter((sheet) =>
        descriptions.some((d) => d.name.toLowerCase() === sheet.name.toLowerCase()),
      )
      .map((sheet) => [
        sheet.name.toLowerCase(),
        { name: sheet.name, position: positionAfterCleanup(sheet.position) },
      ]),
  );

  // 3. Build each new sheet, hidden under a temporary name, in requests under the size limit.
  let pendingBytes = 0;
  // Once the swap has gone through, the old output is gone: a failure after that must leave
  // the new sheets in place (a write again fills in anything missing) rather than remove them.
  let swapQueued = false;
  let swapDone = false;
  const beginRequest = (): void => {
    workbook.application.suspendApiCalculationUntilNextSync();
    if (supports("1.9")) workbook.application.suspendScreenUpdatingUntilNextSync();
  };
  const reserve = async (bytes: number): Promise<void> => {
    if (pendingBytes > 0 && pendingBytes + bytes > maxBytes) {
      await sync();
      if (swapQueued) swapDone = true;
      pendingBytes = 0;
    }
    if (pendingBytes === 0) beginRequest();
    pendingBytes += bytes;
  };

  for (const stale of staleTemporary) stale.delete();
  const stamp = Date.now().toString(36).slice(-4);
  const built: {
    description: SheetDescription;
    sheet: Excel.Worksheet;
    temporaryTable: string[];
    linked: { runs: FormulaRun[]; bytes: number }[];
  }[] = [];
  const setFormulas = (sheet: Excel.Worksheet, runs: readonly FormulaRun[]): void => {
    for (const run of runs) {
      sheet.getRangeByIndexes(run.firstRow - 1, run.column - 1, run.formulas.length, 1).formulas =
        run.formulas;
    }
  };
  try {
    for (const [index, description] of descriptions.entries()) {
      await reserve(OPERATION_BYTES);
      const sheet = worksheets.add(`${TEMPORARY_PREFIX}${stamp}${index}`);
      sheet.visibility = "Hidden";
      const width = columnCount(description);
      const linked: { runs: FormulaRun[]; bytes: number }[] = [];
      for (const block of rowBlocks(description, width, maxBytes - OPERATION_BYTES)) {
        await reserve(block.payloadBytes);
        const range = sheet.getRangeByIndexes(block.firstRow - 1, 0, block.rowCount, width);
        range.numberFormat = block.numberFormats;
        range.values = block.values;
        setFormulas(sheet, block.formulaRuns);
        if (block.linkedFormulaRuns.length > 0) {
          linked.push({ runs: block.linkedFormulaRuns, bytes: block.linkedBytes });
        }
      }
      const rectangles = styleRectangles(description);
      await reserve(
        OPERATION_BYTES *
          (rectangles.length +
            description.columns.length +
            4 +
            chartOperationCount(description, supports)),
      );
      dressSheet(sheet, description, rectangles, supports);
      const temporaryTable = description.tables.map((table, t) => {
        const name = `OppScorerTemp${stamp}${index}x${t}`;
        const added = sheet.tables.add(
          sheet.getRangeByIndexes(
            table.headerRow - 1,
            table.firstColumn - 1,
            table.rowCount + 1,
            table.columns.length,
          ),
          true,
        );
        added.name = name;
        added.style = table.style;
        return name;
      });
      built.push({ description, sheet, temporaryTable, linked });
    }

    // 4. Swap in one request: remove the old output, give the new sheets their names.
    await reserve(OPERATION_BYTES * (descriptions.length * 6 + names.items.length));
    for (const { description } of built) {
      const old = oldOutputs.get(description.name.toLowerCase());
      if (old) worksheets.getItem(old.name).delete();
    }
    const markers = new Set(descriptions.map((d) => ownershipMarkerName(d.role).toLowerCase()));
    for (const item of names.items) if (markers.has(item.name.toLowerCase())) item.delete();
    for (const { description, sheet, temporaryTable } of built) {
      sheet.name = description.name;
      sheet.visibility = "Visible";
      const old = oldOutputs.get(description.name.toLowerCase());
      if (old) sheet.position = old.position;
      description.tables.forEach((table, t) => {
        sheet.tables.getItem(temporaryTable[t] as string).name = table.name;
      });
      workbook.names.add(ownershipMarkerName(description.role), sheet.getRange("A1"));
    }
    swapQueued = true;

    // 5. The formulas that name another sheet, now that every sheet has its final name.
    for (const { sheet, linked } of built) {
      for (const part of linked) {
        await reserve(part.bytes);
        setFormulas(sheet, part.runs);
      }
    }
    if (logPlan && !logPlan.newSheet && logSheet) {
      const row = logSheet.getRangeByIndexes(logPlan.appendAt - 1, 0, 1, logPlan.cells.length);
      row.numberFormat = [
        logPlan.cells.map((cell) => (cell?.text !== undefined ? TEXT_FORMAT : "General")),
      ];
      row.values = [logPlan.cells.map((cell) => cell?.text ?? cell?.number ?? "")];
    }
    built[0]?.sheet.activate();
    await sync();
  } catch (error) {
    // Best effort: the hidden sheets would otherwise wait for the next write to be removed.
    if (!swapDone && !(error instanceof ExcelAdapterError && error.problem === "timeout")) {
      try {
        for (const { sheet } of built) sheet.delete();
        await withinTimeout(context.sync(), options.syncTimeoutMs);
      } catch {
        // The original error is the one to report.
      }
    }
    if (swapDone) {
      // Past the swap the old output is gone: say what state the workbook is in.
      const cause = toExcelAdapterError(error);
      throw new ExcelAdapterError(
        cause.problem,
        `${cause.message} The new Ranked, Roadmap and Summary are in place, but some of their ` +
          "formulas were not written yet: write again to complete them.",
        true,
        cause.code,
      );
    }
    throw error;
  }
  return { sheets: descriptions, syncs, ...(logPlan && { moves: logPlan.moves }) };
}

function dressSheet(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  rectangles: readonly StyleRectangle[],
  supports: (excelApiVersion: string) => boolean,
): void {
  sheet.tabColor = `#${description.tabColor}`;
  description.columns.forEach((column, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = columnWidthInPoints(column.width);
  });
  for (const rectangle of rectangles) {
    const range = sheet.getRangeByIndexes(
      rectangle.firstRow - 1,
      rectangle.firstColumn - 1,
      rectangle.lastRow - rectangle.firstRow + 1,
      rectangle.lastColumn - rectangle.firstColumn + 1,
    );
    const style = CELL_STYLES[rectangle.style];
    if (style.bold) range.format.font.bold = true;
    if (style.italic) range.format.font.italic = true;
    if (style.underline) range.format.font.underline = "Single";
    if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
    if (style.fontColor !== undefined) range.format.font.color = `#${style.fontColor}`;
    if (style.fill !== undefined) range.format.fill.color = `#${style.fill}`;
    if (style.wrap) {
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
    }
    if (style.topBorder) range.format.borders.getItem("EdgeTop").style = "Continuous";
  }
  for (const format of description.conditionalFormats) {
    const dataBar = sheet
      .getRange(format.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.dataBar).dataBar;
    dataBar.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
    dataBar.positiveFormat.fillColor = `#${format.color}`;
  }
  const { rows, columns } = description.freeze;
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  // After the column widths: a chart is placed at its anchor cell as the columns are then.
  addCharts(sheet, description, supports);
}
