/**
 * Workbook files built byte by byte, for what exceljs cannot produce: a zip that is not a
 * workbook, and a workbook written the way Excel writes one.
 */
import { crc32 } from "node:zlib";

/** A zip archive (stored, not compressed) holding the given files. */
export function zipArchive(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const fileName = Buffer.from(name);
    const data = Buffer.from(text);
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * A workbook written the way Excel writes one, which exceljs never does: inline strings, a
 * table without `headerRowCount` (Excel leaves the default out), an unquoted defined name;
 * and a table without style info, which exceljs cannot write back unless repaired.
 */
export function excelStyleWorkbook(): Buffer {
  const relationship = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  const text = (ref: string, value: string): string =>
    `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return zipArchive({
    "[Content_Types].xml":
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>` +
      `<Override PartName="/xl/tables/table1.xml" ContentType="${CONTENT_TYPE}.table+xml"/>` +
      `</Types>`,
    "_rels/.rels":
      `<Relationships xmlns="${PACKAGE_REL_NS}">` +
      relationship("rId1", "officeDocument", "xl/workbook.xml") +
      `</Relationships>`,
    "xl/workbook.xml":
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      `<sheet name="Candidates" sheetId="1" r:id="rId1"/><sheet name="Ranked" sheetId="2" r:id="rId2"/>` +
      `</sheets><definedNames>` +
      `<definedName name="OpportunityScorer.Ranked">Ranked!$A$1</definedName>` +
      `</definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${PACKAGE_REL_NS}">` +
      relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
      relationship("rId2", "worksheet", "worksheets/sheet2.xml") +
      `</Relationships>`,
    "xl/worksheets/sheet1.xml":
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>` +
      `<row r="2">${text("B2", "Use case")}${text("C2", "Value")}</row>` +
      `<row r="3">${text("B3", "Chatbot")}<c r="C3"><v>4</v></c></row>` +
      `<row r="4">${text("B4", "Triage")}<c r="C4"><f>C3+1</f><v>5</v></c></row>` +
      `</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels":
      `<Relationships xmlns="${PACKAGE_REL_NS}">` +
      relationship("rId1", "table", "../tables/table1.xml") +
      `</Relationships>`,
    "xl/worksheets/sheet2.xml": `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${text("A1", "Rank")}</row></sheetData></worksheet>`,
    "xl/tables/table1.xml":
      `<table xmlns="${MAIN_NS}" id="1" name="Candidates" displayName="Candidates" ref="B2:C4">` +
      `<autoFilter ref="B2:C4"/><tableColumns count="2">` +
      `<tableColumn id="1" name="Use case"/><tableColumn id="2" name="Value"/>` +
      `</tableColumns></table>`,
  });
}
