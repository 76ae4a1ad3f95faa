/**
 * Sheets for the pane's tests, made from test/fixtures/sample-use-cases.xlsx: its header and its
 * 24 use cases (AI-24 has no owner), as the command line's reader takes them from the file. The
 * add-in reading the same file comes to the same result (test/excel/adapter.sameAsCli.test.ts).
 *
 * Importing this file reads the sample before the importing file's tests run, so call
 * `sampleHeader`, `sampleRows`, `aUseCaseRow` and `aSheet` from a test (or a function a test
 * calls), not at the top of a file.
 */
import * as path from "node:path";
import { readWorkbookFile } from "../support/exceljsReader/readWorkbook";
import type { RawCell, SheetInput } from "../../src/core";
import { FIXTURES } from "../cli/workbookFiles";

type Row = readonly RawCell[];

interface Sample {
  readonly header: Row;
  readonly rows: readonly Row[];
}

let sample: Sample | undefined;

beforeAll(async () => {
  const loaded = await readWorkbookFile(path.join(FIXTURES, "sample-use-cases.xlsx"));
  const sheet = loaded.input.sheets.find((candidate) => candidate.name === "Use cases");
  const [header, ...rows] = sheet?.values ?? [];
  if (header === undefined) throw new Error("sample-use-cases.xlsx has no Use cases sheet");
  sample = { header, rows };
});

function theSample(): Sample {
  if (sample === undefined) {
    throw new Error("The sample is read before the tests run: use it in a test, not at load time.");
  }
  return sample;
}

/** The sample's header row. */
export function sampleHeader(): Row {
  return theSample().header;
}

/** The sample's 24 use cases, in the file's order. */
export function sampleRows(): readonly Row[] {
  return theSample().rows;
}

/** One row in the sample's column order, blank where not given; a column it lacks is an error. */
export function aUseCaseRow(cells: Readonly<Record<string, RawCell>>): Row {
  const header = sampleHeader();
  const unknown = Object.keys(cells).filter((column) => !header.includes(column));
  if (unknown.length > 0) throw new Error(`The sample has no column ${unknown.join(", ")}`);
  return header.map((column) => cells[String(column)] ?? null);
}

/** A 25th use case (row 26): Tender response drafting, AI-25, its business value not agreed yet. */
export function anUnscoredRow(): Row {
  return aUseCaseRow({
    ID: "AI-25",
    "Use case": "Tender response drafting",
    Owner: "Ruth Adeyemi",
    "Business value": "n/a",
    "Technical feasibility": 4,
    "Data readiness": 3,
    "Regulatory risk": 2,
  });
}

export interface SheetOptions {
  readonly name?: string;
  /** Set when the adapter read the sheet's table rather than its used range. */
  readonly tableName?: string;
  /** Rows above the header (titles, notes). */
  readonly above?: readonly Row[];
  readonly header?: readonly RawCell[];
  readonly rows?: readonly Row[];
  readonly top?: number;
  readonly left?: number;
}

/** A source sheet: by default the sample's "Use cases" sheet, header on row 1. */
export function aSheet(options: SheetOptions = {}): SheetInput {
  const { name = "Use cases", above = [], header = sampleHeader(), rows = sampleRows() } = options;
  return {
    name,
    top: options.top ?? 1,
    left: options.left ?? 1,
    values: [...above, header, ...rows],
    ...(options.tableName !== undefined && { tableName: options.tableName }),
  };
}
