/**
 * A workbook package like a real corporate one, built from the sample's parts: the "Use cases"
 * sheet with its table "UseCases" gains whole-column drop-downs (one listing a hidden sheet's
 * cells), a chart, a text box, a logo, a note and a threaded comment; a "Pivot" sheet holds a
 * pivot table over the table; and the package carries SharePoint's custom XML, a sensitivity
 * label, custom document properties and a macro project, saved as `.xlsm`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync, zipSync } from "fflate";
import {
  DECLARATION,
  EXCEL_STYLES,
  MAIN_NS,
  REL_NS,
  appProperties,
  barChartPart,
  commentsPart,
  commentsVmlPart,
  customPropertiesPart,
  customXmlItemPart,
  customXmlPropsPart,
  escapeXml,
  labelInfoPart,
  logoPng,
  personsPart,
  relationshipsPart,
  sourceDrawingPart,
  threadedCommentsPart,
  vbaProjectBytes,
  type SampleCell,
} from "./realisticParts";
import {
  pivotCacheDefinitionPart,
  pivotCacheRecordsPart,
  pivotPlanOf,
  pivotTablePart,
  pivotTotals,
} from "./realisticPivot";

const SAMPLE = path.join(__dirname, "..", "..", "..", "demo", "sample-use-cases.xlsx");
export const SOURCE_SHEET = "Use cases";
export const REALISTIC_FILE_NAME = "AI use case inventory.xlsm";

/** The parts the scorer may change, by adding to them; every other part must come back as is. */
export const BOOKKEEPING_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
] as const;

const TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  drawing: `${REL_NS}/drawing`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  comments: `${REL_NS}/comments`,
  table: `${REL_NS}/table`,
  chart: `${REL_NS}/chart`,
  image: `${REL_NS}/image`,
  pivotTable: `${REL_NS}/pivotTable`,
  pivotCacheDefinition: `${REL_NS}/pivotCacheDefinition`,
  pivotCacheRecords: `${REL_NS}/pivotCacheRecords`,
  customXml: `${REL_NS}/customXml`,
  customXmlProps: `${REL_NS}/customXmlProps`,
  customProperties: `${REL_NS}/custom-properties`,
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
  labels: "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
} as const;

const SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const OVERRIDES: readonly [string, string][] = [
  ["/xl/worksheets/sheet2.xml", `${SPREADSHEETML}.worksheet+xml`],
  ["/xl/worksheets/sheet3.xml", `${SPREADSHEETML}.worksheet+xml`],
  ["/xl/pivotTables/pivotTable1.xml", `${SPREADSHEETML}.pivotTable+xml`],
  ["/xl/pivotCache/pivotCacheDefinition1.xml", `${SPREADSHEETML}.pivotCacheDefinition+xml`],
  ["/xl/pivotCache/pivotCacheRecords1.xml", `${SPREADSHEETML}.pivotCacheRecords+xml`],
  ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
  ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
  ["/xl/comments1.xml", `${SPREADSHEETML}.comments+xml`],
  ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
  ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
  [
    "/customXml/itemProps1.xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  ],
  ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
  ["/docMetadata/LabelInfo.xml", "application/vnd.ms-office.classificationlabels+xml"],
];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The package's parts, uncompressed, in the order Excel writes them. */
export function realisticWorkbookParts(): Record<string, Uint8Array> {
  const sample = unzipSync(readFileSync(SAMPLE));
  const text = (name: string): string => decoder.decode(part(sample, name));
  const strings = new SharedStrings(text("xl/sharedStrings.xml"));
  const grid = sheetGrid(text("xl/worksheets/sheet1.xml"), strings);
  const headers = (grid[0] ?? []).map(String);
  const records = grid.slice(1);
  const column = (header: string): number => headers.indexOf(header);
  const letter = (header: string): string => String.fromCharCode(65 + column(header));
  const distinct = (field: number): string[] => [
    ...new Set(records.flatMap((r) => (typeof r[field] === "string" ? [r[field]] : []))),
  ];
  const functions = distinct(column("Function"));
  const owners = distinct(column("Owner"));
  const last = records.length + 1;

  const plan = pivotPlanOf(headers, records, column("Function"), column("Budget"));
  const lists = [
    ["Function", "Owner"],
    ...Array.from({ length: Math.max(functions.length, owners.length) }, (_, i) => [
      functions[i],
      owners[i],
    ]),
  ];
  const pivot = [
    [],
    [],
    ["Row Labels", `Sum of ${headers[plan.dataField] ?? ""}`],
    ...pivotTotals(plan).map((total, i) => [plan.items[i] ?? "Grand Total", total]),
  ];

  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": contentTypes(text("[Content_Types].xml")),
    "_rels/.rels": insertBefore(
      text("_rels/.rels"),
      "</Relationships>",
      `<Relationship Id="rId4" Type="${TYPE.customProperties}" Target="docProps/custom.xml"/>` +
        `<Relationship Id="rId5" Type="${TYPE.labels}" Target="docMetadata/LabelInfo.xml"/>`,
    ),
    "xl/workbook.xml": workbook(text("xl/workbook.xml"), `Lists!$B$2:$B$${owners.length + 1}`),
    "xl/_rels/workbook.xml.rels": insertBefore(
      text("xl/_rels/workbook.xml.rels"),
      "</Relationships>",
      [
        ["rId5", TYPE.worksheet, "worksheets/sheet2.xml"],
        ["rId6", TYPE.worksheet, "worksheets/sheet3.xml"],
        ["rId7", TYPE.pivotCacheDefinition, "pivotCache/pivotCacheDefinition1.xml"],
        ["rId8", TYPE.vbaProject, "vbaProject.bin"],
        ["rId9", TYPE.customXml, "../customXml/item1.xml"],
        ["rId10", TYPE.person, "persons/person.xml"],
      ]
        .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
        .join(""),
    ),
    "xl/worksheets/sheet1.xml": sourceSheet(
      text("xl/worksheets/sheet1.xml"),
      `Lists!$A$2:$A$${functions.length + 1}`,
    ),
    "xl/worksheets/sheet2.xml": plainSheet("Sheet2", pivot, strings),
    "xl/worksheets/sheet3.xml": plainSheet("Sheet3", lists, strings),
    "xl/worksheets/_rels/sheet1.xml.rels": relationshipsPart([
      ["rId1", TYPE.table, "../tables/table1.xml"],
      ["rId2", TYPE.drawing, "../drawings/drawing1.xml"],
      ["rId3", TYPE.vmlDrawing, "../drawings/vmlDrawing1.vml"],
      ["rId4", TYPE.comments, "../comments1.xml"],
      ["rId5", TYPE.threadedComment, "../threadedComments/threadedComment1.xml"],
    ]),
    "xl/worksheets/_rels/sheet2.xml.rels": relationshipsPart([
      ["rId1", TYPE.pivotTable, "../pivotTables/pivotTable1.xml"],
    ]),
    "xl/theme/theme1.xml": part(sample, "xl/theme/theme1.xml"),
    "xl/styles.xml": EXCEL_STYLES,
    "xl/sharedStrings.xml": strings.xml(),
    "xl/tables/table1.xml": part(sample, "xl/tables/table1.xml"),
    "xl/pivotTables/pivotTable1.xml": pivotTablePart(plan, 5),
    "xl/pivotTables/_rels/pivotTable1.xml.rels": relationshipsPart([
      ["rId1", TYPE.pivotCacheDefinition, "../pivotCache/pivotCacheDefinition1.xml"],
    ]),
    "xl/pivotCache/pivotCacheDefinition1.xml": pivotCacheDefinitionPart(plan, "UseCases"),
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": relationshipsPart([
      ["rId1", TYPE.pivotCacheRecords, "pivotCacheRecords1.xml"],
    ]),
    "xl/pivotCache/pivotCacheRecords1.xml": pivotCacheRecordsPart(plan),
    "xl/drawings/drawing1.xml": sourceDrawingPart(),
    "xl/drawings/_rels/drawing1.xml.rels": relationshipsPart([
      ["rId1", TYPE.chart, "../charts/chart1.xml"],
      ["rId2", TYPE.image, "../media/image1.png"],
    ]),
    "xl/charts/chart1.xml": barChartPart(
      "Business value by use case",
      { ref: `'${SOURCE_SHEET}'!$${letter("Business value")}$1`, text: "Business value" },
      {
        ref: `'${SOURCE_SHEET}'!$${letter("Use case")}$2:$${letter("Use case")}$${last}`,
        values: records.map((record) => record[column("Use case")]),
      },
      {
        ref: `'${SOURCE_SHEET}'!$${letter("Business value")}$2:$${letter("Business value")}$${last}`,
        values: records.map((record) => record[column("Business value")]),
      },
    ),
    "xl/media/image1.png": logoPng(),
    "xl/drawings/vmlDrawing1.vml": commentsVmlPart(),
    "xl/comments1.xml": commentsPart(),
    "xl/threadedComments/threadedComment1.xml": threadedCommentsPart(),
    "xl/persons/person.xml": personsPart(),
    "xl/vbaProject.bin": vbaProjectBytes(),
    "customXml/item1.xml": customXmlItemPart(),
    "customXml/itemProps1.xml": customXmlPropsPart(),
    "customXml/_rels/item1.xml.rels": relationshipsPart([
      ["rId1", TYPE.customXmlProps, "itemProps1.xml"],
    ]),
    "docProps/core.xml": part(sample, "docProps/core.xml"),
    "docProps/app.xml": appProperties([SOURCE_SHEET, "Pivot", "Lists"], ["Owners"]),
    "docProps/custom.xml": customPropertiesPart(),
    "docMetadata/LabelInfo.xml": labelInfoPart(),
  };
  return Object.fromEntries(
    Object.entries(parts).map(([name, content]) => [
      name,
      typeof content === "string" ? encoder.encode(content) : content,
    ]),
  );
}

/** Writes the package into `folder` as `AI use case inventory.xlsm`; returns its path. */
export function writeRealisticWorkbook(folder: string): string {
  const file = path.join(folder, REALISTIC_FILE_NAME);
  writeFileSync(file, zipSync(realisticWorkbookParts(), { level: 6 }));
  return file;
}

function part(parts: Record<string, Uint8Array>, name: string): Uint8Array {
  const bytes = parts[name];
  if (bytes === undefined) throw new Error(`the sample has no ${name}`);
  return bytes;
}

function insertBefore(xml: string, marker: string, insert: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} to insert before`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

function contentTypes(xml: string): string {
  const macroEnabled = xml.replace(
    'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
    'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
  );
  if (macroEnabled === xml) throw new Error("the sample's workbook content type moved");
  const defaults =
    '<Default Extension="png" ContentType="image/png"/>' +
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>';
  const overrides = OVERRIDES.map(
    ([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`,
  ).join("");
  return insertBefore(
    insertBefore(macroEnabled, "<Default Extension=", defaults),
    "</Types>",
    overrides,
  );
}

function workbook(xml: string, ownersRange: string): string {
  const sheets =
    '<sheet name="Pivot" sheetId="2" r:id="rId5"/>' +
    '<sheet name="Lists" sheetId="3" state="hidden" r:id="rId6"/>';
  let edited = xml.replace("<workbookPr ", '<workbookPr codeName="ThisWorkbook" ');
  edited = insertBefore(
    edited,
    "<sheets>",
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>',
  );
  edited = insertBefore(edited, "</sheets>", sheets);
  edited = insertBefore(
    edited,
    "<calcPr",
    `<definedNames><definedName name="Owners">${ownersRange}</definedName></definedNames>`,
  );
  return insertBefore(
    edited,
    "</workbook>",
    '<pivotCaches><pivotCache cacheId="5" r:id="rId7"/></pivotCaches>',
  );
}

/** The sample's sheet with a code name, drop-downs on whole columns, a drawing and comments. */
function sourceSheet(xml: string, functionsRange: string): string {
  const list = (sqref: string, formula: string): string =>
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}">` +
    `<formula1>${escapeXml(formula)}</formula1></dataValidation>`;
  const validations =
    '<dataValidations count="3">' +
    list("F2:F1048576", '"internal,customer"') +
    list("D2:D1048576", "Owners") +
    '<dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" ' +
    'errorTitle="Rating" error="Enter a whole number from 1 to 5." promptTitle="Rating" ' +
    'prompt="1 (low) to 5 (high)" sqref="G2:G1048576"><formula1>1</formula1><formula2>5</formula2>' +
    "</dataValidation></dataValidations>";
  // Excel writes a list drawn from another sheet in the 2010 extension, for Excel 2007's sake.
  const crossSheetList =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ' +
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
    `<x14:formula1><xm:f>${functionsRange}</xm:f></x14:formula1><xm:sqref>E2:E1048576</xm:sqref>` +
    "</x14:dataValidation></x14:dataValidations></ext></extLst>";
  let edited = insertBefore(xml, "<dimension ", '<sheetPr codeName="Sheet1"/>');
  edited = insertBefore(
    edited,
    "<sheetFormatPr ",
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>',
  );
  edited = insertBefore(edited, "<pageMargins ", validations);
  edited = insertBefore(
    edited,
    "<tableParts ",
    '<drawing r:id="rId2"/><legacyDrawing r:id="rId3"/>',
  );
  return insertBefore(edited, "</worksheet>", crossSheetList);
}

/** A sheet of text (shared strings) and numbers from A1. */
function plainSheet(
  codeName: string,
  rows: readonly (readonly SampleCell[])[],
  strings: SharedStrings,
): string {
  const columnName = (index: number): string => String.fromCharCode(65 + index);
  const width = Math.max(...rows.map((row) => row.length));
  const data = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (cell === undefined) return "";
          return typeof cell === "number"
            ? `<c r="${ref}"><v>${cell}</v></c>`
            : `<c r="${ref}" t="s"><v>${strings.indexOf(cell)}</v></c>`;
        })
        .join("");
      return cells === "" ? "" : `<row r="${r + 1}" spans="1:${width}">${cells}</row>`;
    })
    .join("");
  return (
    DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr codeName="${codeName}"/><dimension ref="A1:${columnName(width - 1)}${rows.length}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    '<cols><col min="1" max="2" width="24" customWidth="1"/></cols>' +
    `<sheetData>${data}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** The sample's shared strings, growing as the added sheets use new ones. */
class SharedStrings {
  private readonly items: string[];
  private uses = 0;

  constructor(xml: string) {
    this.items = [...xml.matchAll(/<si><t(?: [^>]*)?>([^<]*)<\/t><\/si>/g)].map((m) =>
      unescapeXml(m[1] ?? ""),
    );
    this.uses = Number(/ count="(\d+)"/.exec(xml)?.[1] ?? this.items.length);
  }

  at(index: number): string {
    const item = this.items[index];
    if (item === undefined) throw new Error(`no shared string ${index}`);
    return item;
  }

  indexOf(text: string): number {
    this.uses += 1;
    const found = this.items.indexOf(text);
    if (found >= 0) return found;
    this.items.push(text);
    return this.items.length - 1;
  }

  xml(): string {
    return (
      DECLARATION +
      `<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.items.length}">` +
      this.items.map((item) => `<si><t>${escapeXml(item)}</t></si>`).join("") +
      "</sst>"
    );
  }
}

/** The sample sheet's cells as rows from A1: shared strings resolved, numbers as numbers. */
function sheetGrid(xml: string, strings: SharedStrings): SampleCell[][] {
  const grid: SampleCell[][] = [];
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const value = /<v>([^<]*)<\/v>/.exec(m[4] ?? "")?.[1];
    if (value === undefined) continue;
    const column = (m[1] ?? "A").split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = (grid[Number(m[2]) - 1] ??= []);
    row[column - 1] = / t="s"/.test(m[3] ?? "") ? strings.at(Number(value)) : Number(value);
  }
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i]));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
