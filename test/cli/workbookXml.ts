/**
 * What a written .xlsx holds in its XML, for what exceljs does not read back: a sheet's
 * hyperlinks as the file has them (exceljs drops a link that has only a location, #920).
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** The text of one file inside a zip (an .xlsx); undefined when it is not there. */
export function zipEntryText(filePath: string, entryName: string): string | undefined {
  const bytes = readFileSync(filePath);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${filePath} is not a zip`);
  const count = bytes.readUInt16LE(end + 10);
  let entry = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(entry + 10);
    const size = bytes.readUInt32LE(entry + 20);
    const nameLength = bytes.readUInt16LE(entry + 28);
    const extraLength = bytes.readUInt16LE(entry + 30);
    const commentLength = bytes.readUInt16LE(entry + 32);
    const local = bytes.readUInt32LE(entry + 42);
    const name = bytes.subarray(entry + 46, entry + 46 + nameLength).toString("utf8");
    if (name === entryName) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** One `<hyperlink>` of a sheet: its cell, and where it leads. */
export interface SheetHyperlink {
  readonly ref: string;
  /** A place in this workbook, such as `'Use cases'!B7`. */
  readonly location?: string;
  /** The relationship's target when the link has one (an outside address). */
  readonly target?: string;
}

/** The hyperlinks of the sheet called `sheetName`, in the order the file lists them. */
export function sheetHyperlinks(filePath: string, sheetName: string): SheetHyperlink[] {
  const part = sheetPart(filePath, sheetName);
  const xml = zipEntryText(filePath, `xl/${part}`) ?? "";
  const relationships = relationshipTargets(sheetRelationshipsXml(filePath, part));
  return [...xml.matchAll(/<hyperlink\s([^>]*?)\/?>/g)].map((match) => {
    const attributes = attributesOf(match[1] ?? "");
    const id = attributes["r:id"];
    return {
      ref: attributes["ref"] ?? "",
      ...(attributes["location"] !== undefined && { location: attributes["location"] }),
      ...(id !== undefined && { target: relationships.get(id) ?? `(no relationship ${id})` }),
    };
  });
}

/** The types of the sheet's relationships (`…/relationships/table`, `…/hyperlink`), in order. */
export function sheetRelationshipTypes(filePath: string, sheetName: string): string[] {
  const xml = sheetRelationshipsXml(filePath, sheetPart(filePath, sheetName));
  return [...xml.matchAll(/<Relationship\s([^>]*?)\/?>/g)].map(
    (match) => attributesOf(match[1] ?? "")["Type"] ?? "",
  );
}

function sheetRelationshipsXml(filePath: string, part: string): string {
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  const file = part.slice(part.lastIndexOf("/") + 1);
  return zipEntryText(filePath, `xl/${folder}_rels/${file}.rels`) ?? "";
}

/** `worksheets/sheet2.xml` for the sheet of that name, through the workbook's relationships. */
function sheetPart(filePath: string, sheetName: string): string {
  const workbook = zipEntryText(filePath, "xl/workbook.xml") ?? "";
  const sheet = [...workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)]
    .map((match) => attributesOf(match[1] ?? ""))
    .find((attributes) => attributes["name"] === sheetName);
  const id = sheet?.["r:id"];
  const target =
    id === undefined
      ? undefined
      : relationshipTargets(zipEntryText(filePath, "xl/_rels/workbook.xml.rels") ?? "").get(id);
  if (target === undefined) throw new Error(`${filePath} has no sheet ${sheetName}`);
  return target.replace(/^\/?xl\//, "");
}

function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const attributes = attributesOf(match[1] ?? "");
    if (attributes["Id"] !== undefined && attributes["Target"] !== undefined) {
      targets.set(attributes["Id"], attributes["Target"]);
    }
  }
  return targets;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:]+)="([^"]*)"/g)) {
    attributes[match[1] ?? ""] = unescapeXml(match[2] ?? "");
  }
  return attributes;
}

function unescapeXml(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "amp") return "&";
    return String.fromCodePoint(
      entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
    );
  });
}
