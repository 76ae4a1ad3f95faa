/**
 * The command line's copy of a workbook like a real corporate one is that workbook with the
 * scorer's sheets added, nothing taken away (DESIGN §5, issue 12): every part the scorer does
 * not own comes back byte for byte, the bookkeeping parts only grow, and scoring the copy again
 * replaces the scorer's sheets and logs the same input fingerprint.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { runCli, temporaryFolder } from "../cliHarness";
import {
  danglingReferences,
  definedNamesOf,
  partsNobodyReaches,
  partsNotCarriedOver,
  readParts,
  sheetCells,
  sheetsOf,
  takenAway,
  textOf,
  worksheetParts,
  type Parts,
} from "./packageChecks";
import { BOOKKEEPING_PARTS, SOURCE_SHEET, writeRealisticWorkbook } from "./realisticPackage";

// Each run reads a package with whole-column validations; give a slow reader room.
const RUNS_TIMEOUT_MS = 180_000;
const SCORER_SHEETS = ["Ranked", "Roadmap", "Summary", "Scoring log"];
const LOG_SHEET = "Scoring log";
const FINGERPRINT_HEADER = "Input SHA-256";

let input: Parts;
let first: Parts;
let second: Parts;
let firstPath: string;

beforeAll(async () => {
  const folder = temporaryFolder();
  const inputPath = writeRealisticWorkbook(folder);
  input = readParts(inputPath);
  firstPath = path.join(folder, "first.xlsm");
  const once = await runCli(["score", inputPath, "--out", firstPath]);
  if (once.code !== 0) throw new Error(`the first run failed: ${once.stderr}`);
  first = readParts(firstPath);
  // The copy scored again, under the name the command line gives it by default.
  const twice = await runCli(["score", firstPath]);
  if (twice.code !== 0) throw new Error(`the second run failed: ${twice.stderr}`);
  second = readParts(path.join(folder, "first-scored.xlsm"));
}, RUNS_TIMEOUT_MS);

/** The runs' rows of the Scoring log (below its header), as `column → text`. */
function loggedRuns(parts: Parts): Map<string, string>[] {
  const rows = sheetCells(parts, LOG_SHEET);
  const headerRow = [...rows].find(([, cells]) =>
    [...cells.values()].includes(FINGERPRINT_HEADER),
  )?.[0];
  if (headerRow === undefined) throw new Error(`the log has no "${FINGERPRINT_HEADER}" header`);
  return [...rows]
    .filter(([row]) => row > headerRow)
    .sort(([a], [b]) => a - b)
    .map(([, cells]) => cells);
}

function fingerprints(parts: Parts): string[] {
  const rows = sheetCells(parts, LOG_SHEET);
  const column = [...rows.values()]
    .flatMap((cells) => [...cells])
    .find(([, text]) => text === FINGERPRINT_HEADER)?.[0];
  return loggedRuns(parts).map((cells) => cells.get(column ?? "") ?? "");
}

/** How many number formats, fonts, fills, borders and cell formats the style table holds. */
function styleCounts(parts: Parts): Record<string, number> {
  const styles = textOf(parts, "xl/styles.xml");
  return Object.fromEntries(
    ["numFmts", "fonts", "fills", "borders", "cellXfs"].map((collection) => [
      collection,
      Number(new RegExp(`<${collection} count="(\\d+)"`).exec(styles)?.[1] ?? 0),
    ]),
  );
}

/** The fonts, fills, borders and cell formats the style table holds more than once. */
function repeatedStyles(parts: Parts): string[] {
  const styles = textOf(parts, "xl/styles.xml");
  return Object.entries({ fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" }).flatMap(
    ([collection, element]) => {
      const inside = new RegExp(`<${collection}\\b[^>]*>(.*?)</${collection}>`, "s").exec(styles);
      const children: string[] =
        inside?.[1]?.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>.*?</${element}>)`, "gs")) ?? [];
      return children.filter((child, at) => children.indexOf(child) !== at);
    },
  );
}

/** For each bookkeeping part, what of `before`'s text `after` no longer holds. */
function bookkeepingTakenAway(before: Parts, after: Parts): Record<string, string[]> {
  return Object.fromEntries(
    BOOKKEEPING_PARTS.map((name) => [name, takenAway(textOf(before, name), textOf(after, name))]),
  );
}

const NOTHING_TAKEN_AWAY = Object.fromEntries(BOOKKEEPING_PARTS.map((name) => [name, []]));

describe("scoring a corporate workbook", () => {
  it("starts from a package holding what corporate workbooks hold", () => {
    expect(Object.keys(input)).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/pivotTables/pivotTable1.xml",
        "xl/pivotCache/pivotCacheDefinition1.xml",
        "xl/pivotCache/pivotCacheRecords1.xml",
        "xl/drawings/drawing1.xml",
        "xl/media/image1.png",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/threadedComments/threadedComment1.xml",
        "xl/persons/person.xml",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "docMetadata/LabelInfo.xml",
        "docProps/custom.xml",
        "xl/vbaProject.bin",
      ]),
    );
    expect(textOf(input, "xl/drawings/drawing1.xml")).toContain("<xdr:txBody>");
    expect(textOf(input, "xl/worksheets/sheet1.xml")).toContain('sqref="F2:F1048576"');
    expect(textOf(input, "xl/worksheets/sheet1.xml")).toContain("<xm:sqref>E2:E1048576</xm:sqref>");
    expect(textOf(input, "docProps/custom.xml")).toContain("MSIP_Label_");
    expect(partsNobodyReaches(input)).toEqual([]);
    expect(danglingReferences(input)).toEqual([]);
  });

  it("carries every part it does not own over byte for byte", () => {
    expect(partsNotCarriedOver(input, first, BOOKKEEPING_PARTS)).toEqual([]);
  });

  it("changes the sheet list, relationships, content types and style table only by adding", () => {
    expect(bookkeepingTakenAway(input, first)).toEqual(NOTHING_TAKEN_AWAY);
  });

  it("adds each font, fill, border and cell format it needs once", () => {
    expect(repeatedStyles(input)).toEqual([]);
    expect(repeatedStyles(first)).toEqual([]);
  });

  it("adds its sheets after the user's, whose hidden sheet stays hidden", () => {
    expect(sheetsOf(first).map((sheet) => sheet.name)).toEqual([
      SOURCE_SHEET,
      "Pivot",
      "Lists",
      ...SCORER_SHEETS,
    ]);
    expect(sheetsOf(first).find((sheet) => sheet.name === "Lists")?.state).toBe("hidden");
  });

  it("leaves no part unreachable and nothing pointing at a missing part", () => {
    expect(partsNobodyReaches(first)).toEqual([]);
    expect(danglingReferences(first)).toEqual([]);
  });
});

describe("scoring the scored copy again", () => {
  it("names the copy of a macro-enabled workbook …-scored.xlsm", () => {
    expect(existsSync(firstPath.replace(/\.xlsm$/, "-scored.xlsm"))).toBe(true);
  });

  it("still carries every part of the original workbook over byte for byte", () => {
    expect(partsNotCarriedOver(input, second, BOOKKEEPING_PARTS)).toEqual([]);
    expect(bookkeepingTakenAway(input, second)).toEqual(NOTHING_TAKEN_AWAY);
  });

  it("replaces its own sheets instead of adding more", () => {
    expect(sheetsOf(second).map((sheet) => sheet.name)).toEqual(
      sheetsOf(first).map((sheet) => sheet.name),
    );
    expect(worksheetParts(second)).toHaveLength(worksheetParts(first).length);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(partsNobodyReaches(second)).toEqual([]);
    expect(danglingReferences(second)).toEqual([]);
    expect(definedNamesOf(second).sort()).toEqual(definedNamesOf(first).sort());
  });

  it("adds no style the first run added already", () => {
    expect(styleCounts(second)).toEqual(styleCounts(first));
    expect(textOf(second, "xl/styles.xml")).toBe(textOf(first, "xl/styles.xml"));
  });

  it("adds one row to the Scoring log, below the rows already there", () => {
    const before = loggedRuns(first);
    const after = loggedRuns(second);
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(2);
    expect(after.slice(0, 1)).toEqual(before);
  });

  it("logs the same input fingerprint as for the original workbook", () => {
    const [original] = fingerprints(first);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprints(second)).toEqual([original, original]);
  });
});
