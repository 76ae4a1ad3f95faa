/**
 * How the parts of a package find each other: a part's relationships (`_rels/<part>.rels`)
 * name the parts it uses. The reader follows them rather than guessing part names: a workbook
 * may keep a sheet in `xl/worksheets/data.xml`, and Excel opens it (exceljs does not).
 */
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

export interface PartRelationship {
  /** The last segment of its type URI: `worksheet`, `table`, `sharedStrings`, … */
  readonly kind: string;
  /** The target part's name within the package, e.g. `xl/worksheets/sheet1.xml`. */
  readonly partName: string;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * The part's relationships to other parts of the package, by id (external links left out).
 * The kind is read from the end of the type, which is the same in transitional OOXML
 * (`http://schemas.openxmlformats.org/…/worksheet`) and strict (`http://purl.oclc.org/…`).
 */
export function readRelationships(
  zip: ZipPackage,
  sourcePartName: string,
): Map<string, PartRelationship> {
  const relationships = new Map<string, PartRelationship>();
  readXmlPart(zip, relationshipsPartOf(sourcePartName), {
    open(name, attributes) {
      if (name !== "Relationship" || attributes["TargetMode"] === "External") return;
      const { Id: id, Type: type, Target: target } = attributes;
      if (id === undefined || type === undefined || target === undefined) return;
      relationships.set(id, {
        kind: type.slice(type.lastIndexOf("/") + 1),
        partName: resolveTarget(sourcePartName, target),
      });
    },
  });
  return relationships;
}

/** A target is relative to the folder of the part that holds the relationship, or absolute. */
function resolveTarget(sourcePartName: string, target: string): string {
  const path = target.trim();
  const segments = path.startsWith("/")
    ? []
    : sourcePartName.split("/").slice(0, -1).filter(Boolean);
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}
