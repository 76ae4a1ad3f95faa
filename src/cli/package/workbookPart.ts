/**
 * What the reader takes from the workbook part (`xl/workbook.xml`): the sheets in tab order,
 * the defined names that mark this product's own sheets, and the date system. Views,
 * calculation settings, external links and the rest are passed over.
 */
import { roleOfMarker, sheetNameOfReference, type OutputRole } from "../../core";
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

export interface WorkbookSheetEntry {
  readonly name: string;
  /** The relationship id (`r:id`) of its part. */
  readonly relationshipId: string;
}

export interface WorkbookPart {
  /** Every sheet (worksheets, chart sheets, …) in tab order. */
  readonly sheets: readonly WorkbookSheetEntry[];
  /** Sheet name (lowercase) → the role a marker defined name gives it. */
  readonly ownRoles: ReadonlyMap<string, OutputRole>;
  /** Dates count from 1904 (old Mac workbooks) instead of 1900. */
  readonly date1904: boolean;
}

/** Undefined when the package has no such part. */
export function readWorkbookPart(zip: ZipPackage, partName: string): WorkbookPart | undefined {
  const sheets: WorkbookSheetEntry[] = [];
  const ownRoles = new Map<string, OutputRole>();
  let date1904 = false;
  let marker: { role: OutputRole; text: string } | undefined;
  const found = readXmlPart(zip, partName, {
    open(name, attributes) {
      if (name === "sheet") {
        const relationshipId = relationshipIdOf(attributes);
        if (attributes["name"] !== undefined && relationshipId !== undefined) {
          sheets.push({ name: attributes["name"], relationshipId });
        }
      } else if (name === "workbookPr") {
        date1904 = isTrue(attributes["date1904"]);
      } else if (name === "definedName") {
        const role = roleOfMarker(attributes["name"] ?? "");
        // A marker scoped to one sheet is not this product's: Excel makes such a copy of a
        // workbook-wide name when a person copies the marked sheet, and the copy is theirs.
        marker = role && attributes["localSheetId"] === undefined ? { role, text: "" } : undefined;
      }
    },
    text(text) {
      if (marker) marker.text += text;
    },
    close(name) {
      if (name !== "definedName" || !marker) return;
      // Any cell on the sheet counts, not only `$A$1`: Excel moves the name when a row or
      // column is inserted above it. Names are compared ignoring case, as Excel does.
      for (const reference of splitReferences(marker.text)) {
        const sheetName = sheetNameOfReference(reference.trim());
        if (sheetName !== undefined) ownRoles.set(sheetName.toLowerCase(), marker.role);
      }
      marker = undefined;
    },
  });
  return found ? { sheets, ownRoles, date1904 } : undefined;
}

/** `r:id`, whatever prefix the relationships namespace was given. */
function relationshipIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    if (key.endsWith(":id")) return value;
  }
  return undefined;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** `'Bob''s, plan'!$A$1,Ranked!$A$1` → its references; commas inside quotes stay. */
function splitReferences(text: string): string[] {
  const references: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "'") quoted = !quoted;
    else if (character === "," && !quoted) {
      references.push(text.slice(start, index));
      start = index + 1;
    }
  }
  references.push(text.slice(start));
  return references;
}
