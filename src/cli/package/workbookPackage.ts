/**
 * The package the command line writes into: the input workbook's own parts (unzipped, nothing
 * parsed beyond what the graft needs), or, for a CSV, a new workbook holding the CSV as its one
 * sheet. And the shape the engine needs to name its sheets: the sheets in order, which of them
 * are the scorer's own, and the table names in use.
 */
import { unzipSync } from "fflate";
import {
  roleOfMarker,
  sheetNameOfReference,
  type ExistingSheet,
  type OutputRole,
  type SheetInput,
  type WorkbookShape,
} from "../../core";
import { PackageParts, partRelsPath, resolveTarget } from "./packageParts";
import { MAIN_NS, REL_NS, worksheetXml } from "./sheetPart";
import { MINIMAL_STYLES } from "./stylesPart";
import { escapeAttribute, xmlElements, XML_DECLARATION } from "./xmlEdits";

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

/** The sheets in order, the scorer's own marked, and the tables on the sheets that stay. */
export function packageShape(parts: PackageParts): WorkbookShape {
  const workbookPath = parts.officeDocument();
  const workbookXml = parts.text(workbookPath);
  const elements = xmlElements(workbookXml);
  const roles = new Map<string, OutputRole>();
  for (const element of elements) {
    if (element.local !== "definedName") continue;
    const role = roleOfMarker(element.attributes["name"] ?? "");
    const text = workbookXml.slice(element.openEnd, workbookXml.lastIndexOf("<", element.end));
    const sheet = sheetNameOfReference(text.replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
    if (role && sheet !== undefined) roles.set(sheet.toLowerCase(), role);
  }
  const rels = parts.relationships(partRelsPath(workbookPath));
  const sheets: ExistingSheet[] = [];
  const tableNames: string[] = [];
  for (const element of elements) {
    if (element.local !== "sheet") continue;
    const name = element.attributes["name"] ?? "";
    const ownRole = roles.get(name.toLowerCase());
    sheets.push(ownRole ? { name, ownRole } : { name });
    if (ownRole) continue;
    const relId = Object.entries(element.attributes).find(([key]) => key.endsWith(":id"))?.[1];
    const rel = relId === undefined ? undefined : rels.byId(relId);
    if (!rel) continue;
    const sheetPath = resolveTarget(workbookPath, rel.target);
    const sheetRels = partRelsPath(sheetPath);
    if (!parts.has(sheetRels)) continue;
    for (const tableRel of parts.relationships(sheetRels).all()) {
      if (!tableRel.type.endsWith("/table")) continue;
      const tablePath = resolveTarget(sheetPath, tableRel.target);
      if (!parts.has(tablePath)) continue;
      const table = xmlElements(parts.text(tablePath)).find((e) => e.local === "table");
      const tableName = table?.attributes["displayName"] ?? table?.attributes["name"];
      if (tableName !== undefined) tableNames.push(tableName);
    }
  }
  return { sheets, tableNames };
}
