/**
 * Child (bundled for Node by bench/run.js): the add-in's adapter against the Office.js double,
 * at several sheet lengths. For each: the syncs to list, read and write, the largest request
 * any of them sent (the double sizes requests the way Office.js does) and the time taken.
 *
 *   node adapter-on-double.js 10 1000 50000
 */
import { scoreWorkbook, type ScoringSettings } from "../src/core";
import { createOfficeExcelAdapter } from "../src/excel";
import {
  createWorkbookState,
  installExcelDouble,
  type SeedCell,
  type SyncRecord,
} from "../test/excel/double";

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
  const uninstall = installExcelDouble(globalThis, state);
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
    started = now();
    await adapter.writeResult(result);
    const writeMs = now() - started;
    const writes = syncsSince(beforeWrite);

    return {
      rows,
      readSyncs,
      writeSyncs: writes.length,
      syncs: state.host.syncs.length,
      largestRequestBytes: Math.max(...state.host.syncs.map((sync) => sync.payloadBytes)),
      writeRequestBytes: writes.reduce((sum, sync) => sum + sync.payloadBytes, 0),
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
