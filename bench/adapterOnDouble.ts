/**
 * Child (bundled for Node by bench/run.js): the add-in's adapter on Microsoft's Office.js runtime
 * with the double's workbook as its host, at several sheet lengths. For each: the syncs to list,
 * read and write, the largest request any of them sent (its UTF-8 bytes as Office.js serialised
 * it) and the time taken, the runtime's own work included.
 *
 *   node adapter-on-double.js 10 1000 50000
 */
import { scoreWorkbook, type ScoringSettings } from "../src/core";
import { createOfficeExcelAdapter } from "../src/excel";
import { createWorkbookState, type SeedCell, type SyncRecord } from "../test/excel/double";
import { installOfficeRuntime } from "../test/excel/host/nodeRuntime";

// bench/workload.js, shared with the plain-JavaScript benchmarks.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module of the bench
const workload = require("./workload.js") as {
  readonly SETTINGS: ScoringSettings;
  useCaseRows(count: number): SeedCell[][];
};

interface AdapterFigures {
  readonly rows: number;
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** Every sync of the run: list, read and write. */
  readonly syncs: number;
  readonly largestRequestBytes: number;
  /** What the write's requests carried in all: it cannot take fewer syncs than this needs. */
  readonly writeRequestBytes: number;
  readonly readMs: number;
  readonly writeMs: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

async function measure(rows: number): Promise<AdapterFigures> {
  const state = createWorkbookState({
    sheets: [{ name: "Candidates", cells: workload.useCaseRows(rows) }],
  });
  const { host, uninstall } = installOfficeRuntime(globalThis, state);
  try {
    const adapter = createOfficeExcelAdapter({ syncTimeoutMs: 600_000 });
    const syncsSince = (from: number): readonly SyncRecord[] => state.host.syncs.slice(from);

    await adapter.listSources();
    const beforeRead = state.host.syncs.length;
    let started = now();
    const sheet = await adapter.readSource({ sheetName: "Candidates" });
    const readMs = now() - started;
    const readSyncs = syncsSince(beforeRead).length;

    const result = scoreWorkbook({ sheets: [sheet] }, workload.SETTINGS);
    const beforeWrite = state.host.syncs.length;
    const requestsBeforeWrite = host.requests.length;
    started = now();
    await adapter.writeResult(result);
    const writeMs = now() - started;
    const writes = syncsSince(beforeWrite);
    // Office.js's own bookkeeping requests (releasing references when a run ends) count too.
    const writeRequests = host.requests.slice(requestsBeforeWrite);

    return {
      rows,
      readSyncs,
      writeSyncs: writes.length,
      syncs: state.host.syncs.length,
      largestRequestBytes: Math.max(...host.requests.map((request) => request.bytes)),
      writeRequestBytes: writeRequests.reduce((sum, request) => sum + request.bytes, 0),
      readMs,
      writeMs,
    };
  } finally {
    uninstall();
  }
}

async function main(): Promise<void> {
  const figures: AdapterFigures[] = [];
  for (const rows of process.argv.slice(2).map(Number)) figures.push(await measure(rows));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
