/**
 * The package the command line writes into: the input workbook's own parts (unzipped, nothing
 * parsed beyond what the graft needs), or, for a CSV, a new workbook holding the CSV as its one
 * sheet. (The shape the engine names its sheets by comes from the reader, readPackage.ts.)
 */
import { unzipSync } from "fflate";
import type { SheetInput } from "../../core";
import { PackageParts } from "./packageParts";
import { MAIN_NS, REL_NS, worksheetXml } from "./sheetPart";
import { MINIMAL_STYLES } from "./stylesPart";
import { escapeAttribute, XML_DECLARATION } from "./xmlEdits";

/** The input package's parts, as stored. */
export function packageOf(bytes: Uint8Array): PackageParts {
  return new PackageParts(new Map(Object.entries(unzipSync(bytes))));
}

/** A new workbook whose one sheet holds `sheet`'s cells (a CSV read as text and numbers). */
export function packageOfSheet(sheet: SheetInput): PackageParts {
  const parts = new PackageParts(new Map());
  parts.setText(
    "[Content_Types].xml",
    XML_DECLARATION +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
  );
  parts.setText(
    "_rels/.rels",
    XML_DECLARATION +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      "</Relationships>",
  );
  parts.setText(
    "xl/workbook.xml",
    XML_DECLARATION +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      `<sheet name="${escapeAttribute(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  parts.setText(
    "xl/_rels/workbook.xml.rels",
    XML_DECLARATION +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      "</Relationships>",
  );
  parts.setText("xl/styles.xml", MINIMAL_STYLES);
  const rows = sheet.values.map((row) =>
    row.map((cell) =>
      typeof cell === "number"
        ? { number: cell }
        : typeof cell === "string"
          ? { text: cell }
          : typeof cell === "boolean"
            ? { text: String(cell).toUpperCase() }
            : undefined,
    ),
  );
  parts.setText(
    "xl/worksheets/sheet1.xml",
    worksheetXml(
      {
        role: "ranked",
        name: sheet.name,
        tabColor: "FFFFFF",
        columns: [],
        rows,
        tables: [],
        conditionalFormats: [],
        freeze: { rows: 0, columns: 0 },
      },
      () => 0,
      { tables: [] },
    ).replace('<sheetPr><tabColor rgb="FFFFFFFF"/></sheetPr>', ""),
  );
  return parts;
}
