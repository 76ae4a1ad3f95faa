/**
 * Writing the engine's sheet descriptions into Excel, so that a failure at any step leaves the
 * previous result or the new one complete, never neither:
 *
 *  1. the new sheets are built hidden, under temporary names;
 *  2. one request renames the previous output aside and gives the new sheets their final
 *     names, places and markers (outputSwap.ts);
 *  3. the formulas that name another sheet and the Scoring log's row go in: the new output is
 *     complete;
 *  4. view settings (now that the sheets are visible) and charts (now that their cells hold
 *     numbers), then the charts' labels once a sync shows their points;
 *  5. the previous output is deleted, last.
 *
 * A failure before 3 is done puts the previous output back; one after it keeps the new output
 * and says what is missing. Requests are cut by size as Office.js sends them (requestQueue.ts).
 */
import {
  describeOutputSheets,
  planScoringLog,
  quoteSheetName,
  type ExistingSheet,
  type OutputRole,
  type RankMove,
  type ScoringResult,
  type SheetInput,
  type SheetDescription,
} from "../core";
import { ExcelAdapterError, toExcelAdapterError, withinTimeout } from "./excelErrors";
import { rawCellOf } from "./readSources";
import { readShape } from "./workbookShape";
import {
  OPERATION_BYTES,
  appendLogRow,
  applyViewSettings,
  buildUnits,
  setFormulas,
  sheetOf,
  sheetUnderConstruction,
  type SheetUnderConstruction,
} from "./buildSheet";
import {
  previousOutput,
  queueDeletePrevious,
  queueSwap,
  repairInterruptedWrite,
  restorePrevious,
  type PreviousOutput,
} from "./outputSwap";
import { RequestQueue } from "./requestQueue";
import { addCharts, chartBytes, labelBytes, labelCharts, type AddedChart } from "./writeCharts";

/**
 * The most a request may carry by our count of Office.js's bytes: Excel on the web refuses
 * 5 MB, and Office.js adds a little we do not count exactly (measured through its runtime).
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

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

  // 1. What the workbook holds now (co-authors may have changed it since it was read), after
  // putting right what an interrupted earlier write left.
  let shape = await readShape(context, sync);
  if (await repairInterruptedWrite(context, shape.sheets, shape.roles, sync)) {
    shape = await readShape(context, sync);
  }
  const { worksheets, names, tables, roles } = shape;

  // 2. This product's own sheets: their protection, position and tables.
  const ownSheets = worksheets.items.filter((sheet) => roles.has(sheet.name.toLowerCase()));
  for (const sheet of ownSheets) {
    sheet.protection.load("protected");
    sheet.tables.load("items/name");
  }
  // The log's rows as they are now: the new run goes below the last, whoever wrote it.
  const logSheet = ownSheets.find((sheet) => roles.get(sheet.name.toLowerCase()) === "scoringLog");
  const logRange = log && logSheet ? logSheet.getUsedRangeOrNullObject(true) : undefined;
  logRange?.load("values,rowIndex,columnIndex");
  if (ownSheets.length > 0) await sync();
  const protectedSheet = ownSheets.find((sheet) => sheet.protection.protected);
  if (protectedSheet) {
    throw new ExcelAdapterError(
      "protected",
      `${quoteSheetName(protectedSheet.name)} is protected, so it cannot be replaced. Unprotect it (Review > Unprotect Sheet), then write again; your previous result is unchanged.`,
      false,
      "AccessDenied",
    );
  }
  const tablesOnOwnSheets = new Set(
    ownSheets.flatMap((sheet) => sheet.tables.items.map((t) => t.name.toLowerCase())),
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

  const stamp = Date.now().toString(36).slice(-4);
  const previous = new Map<OutputRole, PreviousOutput>();
  descriptions.forEach((description, index) => {
    const old = ownSheets.find((sheet) => roles.get(sheet.name.toLowerCase()) === description.role);
    if (old) {
      const oldTables = old.tables.items.map((t) => t.name);
      previous.set(
        description.role,
        previousOutput(description.role, old, oldTables, stamp, index),
      );
    }
  });
  const sheetIdsBefore = new Set(worksheets.items.map((sheet) => sheet.id));
  const built = descriptions.map((description, index) =>
    sheetUnderConstruction(description, stamp, index),
  );

  // Calculation waits for each request's end; the screen, once, for the whole write: calling
  // suspendScreenUpdatingUntilNextSync at every request makes Excel's window flicker (ExcelApi 1.9).
  let screenSuspended = false;
  const requests = new RequestQueue({
    maxBytes,
    sync,
    beginRequest: () => {
      workbook.application.suspendApiCalculationUntilNextSync();
      if (!screenSuspended && supports("1.9")) {
        workbook.application.suspendScreenUpdatingUntilNextSync();
        screenSuspended = true;
      }
    },
  });

  let phase: "building" | "complete" = "building";
  let swapSent = false;
  // Per sheet, the charts its last sent request added: a request refused and sent again
  // replaces them rather than adding to them.
  const chartsBySheet = new Map<SheetUnderConstruction, AddedChart[]>();
  const syncsBeforeWriting = syncs;
  try {
    // 3. Each new sheet, hidden under a temporary name. Requests are cut by size only, up to
    // step 5: until the new output is complete, a failure anywhere puts the previous one back.
    for (const entry of built) {
      for (const unit of buildUnits(workbook, entry, maxBytes, supports)) await requests.add(unit);
    }

    // 4. The swap: its operations always travel in one request.
    await requests.add({
      bytes: OPERATION_BYTES * (built.length * 8 + names.items.length),
      queue: () => {
        swapSent = true;
        queueSwap(workbook, built, previous, names.items);
      },
    });

    // 5. The formulas that name another sheet, now that every sheet has its final name, and
    // the log's row: with these the new output is complete.
    for (const entry of built) {
      for (const part of entry.linked) {
        await requests.add({
          bytes: part.bytes,
          queue: () => setFormulas(sheetOf(entry), part.runs),
        });
      }
    }
    if (logPlan && !logPlan.newSheet && logSheet) {
      await requests.add({
        bytes: OPERATION_BYTES * 2 + JSON.stringify(logPlan.cells).length * 3,
        queue: () => appendLogRow(logSheet, logPlan.appendAt, logPlan.cells),
      });
    }
    await requests.flush();
    phase = "complete";

    // 6. View settings and charts on the visible sheets, whose cells now hold their numbers
    // (calculation waits for the end of each request); the first sheet shown.
    for (const entry of built) {
      await requests.add({
        bytes: OPERATION_BYTES * 2 + chartBytes(entry.description),
        queue: () => {
          applyViewSettings(sheetOf(entry), entry.description);
          chartsBySheet.set(entry, addCharts(sheetOf(entry), entry.description));
        },
      });
    }
    await requests.add({
      bytes: OPERATION_BYTES,
      queue: () => built[0] && sheetOf(built[0]).activate(),
    });
    await requests.flush();
    // 7. The charts' labels, on the points the last sync showed; last, the previous output.
    const charts = [...chartsBySheet.values()].flat();
    const labels = labelBytes(charts, supports);
    if (labels > 0) {
      await requests.add({ bytes: labels, queue: () => labelCharts(charts, supports) });
    }
    if (previous.size > 0) {
      await requests.add({
        bytes: OPERATION_BYTES * previous.size,
        queue: () => queueDeletePrevious(workbook, previous),
      });
    }
    await requests.flush();
  } catch (error) {
    throw await afterFailure(error);
  }
  return { sheets: descriptions, syncs, ...(logPlan && { moves: logPlan.moves }) };

  async function afterFailure(error: unknown): Promise<ExcelAdapterError> {
    const cause = toExcelAdapterError(error);
    // A request that timed out may still run: touching the workbook now could undo it half way.
    // The next write puts right whatever it left (repairInterruptedWrite).
    if (cause.problem === "timeout") return cause;
    if (phase === "building") {
      // Nothing reached the workbook: there is nothing to undo.
      if (syncs === syncsBeforeWriting) return cause;
      try {
        await restorePrevious(context, built, previous, sheetIdsBefore, sync);
      } catch {
        // Before the swap the previous result was never touched; the next write removes the
        // hidden sheets this one made.
        if (!swapSent) return cause;
        return new ExcelAdapterError(
          cause.problem,
          `${cause.message} The previous result could not be put back completely; write again to repair it.`,
          true,
          cause.code,
        );
      }
      return cause;
    }
    // Complete: the new output stands; the previous one is removed if that still works.
    try {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      queueDeletePrevious(workbook, previous);
      await sync();
    } catch {
      // The next write removes it (repairInterruptedWrite).
    }
    return new ExcelAdapterError(
      cause.problem,
      `${cause.message} The new ${descriptions.map((d) => d.name).join(", ")} are in place with their formulas, but their chart or frozen headings may be missing: write again to complete them.`,
      true,
      cause.code,
    );
  }
}
