/**
 * Shared by the package reader's tests: workbooks written by exceljs, their parts edited the
 * way other writers (and Excel) store them, and both readers side by side.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Workbook } from "exceljs";
import { readWorkbookPackageBytes } from "../../../src/cli/package/readPackage";
import { repairLoadedTables } from "../../support/exceljsReader/excelTables";
import { readWorkbookInput } from "../../support/exceljsReader/readWorkbook";
import type { WorkbookInput } from "../../../src/core/model";

/** A workbook built with exceljs, as the bytes of its .xlsx file. */
export async function writtenByExceljs(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The package with some parts changed, added or (set to `undefined`) removed. */
export function withParts(
  bytes: Uint8Array,
  edit: (parts: PackageText) => void,
): Uint8Array<ArrayBuffer> {
  const parts = unzipSync(bytes);
  const text: PackageText = {
    get: (name) => {
      const part = parts[name];
      if (!part) throw new Error(`the package has no ${name}`);
      return strFromU8(part);
    },
    set: (name, content) => {
      if (content === undefined) delete parts[name];
      else parts[name] = strToU8(content);
    },
    names: () => Object.keys(parts),
  };
  edit(text);
  return zipSync(parts);
}

export interface PackageText {
  get(name: string): string;
  set(name: string, content: string | undefined): void;
  names(): string[];
}

/** What today's reader (exceljs) makes of the package. */
export async function readByExceljs(bytes: Uint8Array): Promise<WorkbookInput> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  repairLoadedTables(workbook);
  return readWorkbookInput(workbook);
}

/** What the package reader makes of it. */
export function readByPackage(bytes: Uint8Array): WorkbookInput {
  const contents = readWorkbookPackageBytes(bytes);
  if (!contents) throw new Error("the package reader found no workbook");
  return contents.input;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandMadeSheet {
  readonly name: string;
  /** What the worksheet element holds: `<sheetData>…</sheetData>` and whatever follows. */
  readonly body: string;
  /** Its tables, by the relationship ids the body's `<tableParts>` uses. */
  readonly tables?: Readonly<Record<string, string>>;
  /** A chart sheet has no cells. */
  readonly chart?: boolean;
}

export interface HandMadeWorkbook {
  readonly sheets: readonly HandMadeSheet[];
  /** The `<si>` items of the shared string table, as XML. */
  readonly sharedStrings?: readonly string[];
  /** What the style sheet holds (`<numFmts>`, `<cellXfs>`, …). */
  readonly styles?: string;
  /** Put between `<workbook>` and `<sheets>` (e.g. `<workbookPr date1904="1"/>`). */
  readonly workbookProperties?: string;
  /** The `<definedName>` elements. */
  readonly definedNames?: string;
}

/** A workbook written part by part, for what Excel writes and exceljs never does. */
export function handMadeWorkbook(spec: HandMadeWorkbook): Uint8Array {
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="${PACKAGE_REL_NS}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
  };
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  let tableCount = 0;
  spec.sheets.forEach((sheet, index) => {
    const id = `rId${index + 1}`;
    const escapedName = sheet.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    sheetEntries.push(`<sheet name="${escapedName}" sheetId="${index + 1}" r:id="${id}"/>`);
    if (sheet.chart) {
      workbookRels.push(rel(id, "chartsheet", `chartsheets/sheet${index + 1}.xml`));
      parts[`xl/chartsheets/sheet${index + 1}.xml`] =
        `<chartsheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
      return;
    }
    workbookRels.push(rel(id, "worksheet", `worksheets/sheet${index + 1}.xml`));
    parts[`xl/worksheets/sheet${index + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheet.body}</worksheet>`;
    const tables = Object.entries(sheet.tables ?? {}).map(([tableId, xml]) => ({
      tableId,
      xml,
      number: ++tableCount,
    }));
    if (tables.length > 0) {
      parts[`xl/worksheets/_rels/sheet${index + 1}.xml.rels`] =
        `<Relationships xmlns="${PACKAGE_REL_NS}">` +
        tables
          .map((table) => rel(table.tableId, "table", `../tables/table${table.number}.xml`))
          .join("") +
        `</Relationships>`;
      for (const table of tables) parts[`xl/tables/table${table.number}.xml`] = table.xml;
    }
  });
  if (spec.sharedStrings) {
    workbookRels.push(rel("rIdStrings", "sharedStrings", "sharedStrings.xml"));
    parts["xl/sharedStrings.xml"] =
      `<sst xmlns="${MAIN_NS}" count="${spec.sharedStrings.length}">${spec.sharedStrings.join("")}</sst>`;
  }
  if (spec.styles) {
    workbookRels.push(rel("rIdStyles", "styles", "styles.xml"));
    parts["xl/styles.xml"] = `<styleSheet xmlns="${MAIN_NS}">${spec.styles}</styleSheet>`;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    `<Relationships xmlns="${PACKAGE_REL_NS}">${workbookRels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] =
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${spec.workbookProperties ?? ""}` +
    `<sheets>${sheetEntries.join("")}</sheets>` +
    (spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : "") +
    `</workbook>`;
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  );
}

/** A table part; `attributes` as written on its root element (`name`, `ref`, …). */
export function tableXml(attributes: string): string {
  return `<table xmlns="${MAIN_NS}" id="1" ${attributes}><tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>`;
}

/** A `<row>` of cells, each given as its inner XML and attributes. */
export function row(number: number, cells: string): string {
  return `<row r="${number}">${cells}</row>`;
}
