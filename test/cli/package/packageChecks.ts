/**
 * What a test needs to judge a workbook package from outside: its parts, which of them changed,
 * whether a part only grew, whether every part is reachable through the relationships, and the
 * text of a sheet's cells. Read with plain text matching, independently of the writer's code.
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";

export type Parts = Readonly<Record<string, Uint8Array>>;

const decoder = new TextDecoder();

export function readParts(file: string): Parts {
  return unzipSync(readFileSync(file));
}

export function textOf(parts: Parts, name: string): string {
  const bytes = parts[name];
  if (bytes === undefined) throw new Error(`the package has no ${name}`);
  return decoder.decode(bytes);
}

/** The parts of `before` (but those in `except`) that `after` lacks or holds other bytes for. */
export function partsNotCarriedOver(
  before: Parts,
  after: Parts,
  except: readonly string[],
): string[] {
  return Object.keys(before).filter((name) => {
    if (except.includes(name)) return false;
    const kept = after[name];
    return kept === undefined || !Buffer.from(kept).equals(Buffer.from(before[name] ?? []));
  });
}

/**
 * The tags and texts of `before` that `after` does not hold, in the same order, with elements
 * only added between them: `[]` when `after` is `before` grown by additions. A collection's
 * `count` attribute is left out of the comparison, as it must change when the collection grows.
 */
export function takenAway(before: string, after: string): string[] {
  const tokens = (xml: string): string[] =>
    (xml.match(/<[^>]+>|[^<]+/g) ?? []).map((token) => token.replace(/\scount="\d+"/, ""));
  const kept = tokens(after);
  const missing: string[] = [];
  let cursor = 0;
  for (const token of tokens(before)) {
    const at = kept.indexOf(token, cursor);
    if (at < 0) missing.push(token);
    else cursor = at + 1;
  }
  return missing;
}

interface Link {
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

/** Every internal relationship of the package, its target resolved to a part name. */
function links(parts: Parts): Link[] {
  const all: Link[] = [];
  for (const relsName of Object.keys(parts)) {
    const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsName);
    if (!match) continue;
    const source = `${match[1] ?? ""}${match[2] ?? ""}`;
    for (const rel of textOf(parts, relsName).matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
      const attributes = attributesOf(rel[1] ?? "");
      if (attributes["TargetMode"] === "External") continue;
      all.push({
        source,
        target: resolve(source, attributes["Target"] ?? ""),
        type: attributes["Type"] ?? "",
      });
    }
  }
  return all;
}

function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folder = source.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") folder.pop();
    else if (step !== ".") folder.push(step);
  }
  return folder.join("/");
}

function relsOf(name: string): string {
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

/** Parts no chain of relationships from the package's root leads to: left behind. */
export function partsNobodyReaches(parts: Parts): string[] {
  const all = links(parts);
  const reached = new Set(["[Content_Types].xml", "_rels/.rels"]);
  const queue = [""];
  while (queue.length > 0) {
    const source = queue.shift() ?? "";
    if (source !== "") reached.add(relsOf(source));
    for (const link of all) {
      if (link.source !== source || reached.has(link.target)) continue;
      reached.add(link.target);
      queue.push(link.target);
    }
  }
  return Object.keys(parts).filter((name) => !name.endsWith("/") && !reached.has(name));
}

/**
 * What points at nothing or is typed by nothing: relationships to missing parts, content-type
 * overrides for missing parts, and parts with no content type.
 */
export function danglingReferences(parts: Parts): string[] {
  const problems = links(parts)
    .filter((link) => parts[link.target] === undefined)
    .map((link) => `${link.source} → ${link.target}`);
  const types = textOf(parts, "[Content_Types].xml");
  const overrides = [...types.matchAll(/<Override\s([^>]*?)\/?>/g)].map(
    (m) => attributesOf(m[1] ?? "")["PartName"]?.slice(1) ?? "",
  );
  const defaults = [...types.matchAll(/<Default\s([^>]*?)\/?>/g)].map((m) =>
    (attributesOf(m[1] ?? "")["Extension"] ?? "").toLowerCase(),
  );
  problems.push(
    ...overrides.filter((name) => parts[name] === undefined).map((name) => `override ${name}`),
  );
  for (const name of Object.keys(parts)) {
    if (name === "[Content_Types].xml" || name.endsWith("/") || overrides.includes(name)) continue;
    const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!defaults.includes(extension)) problems.push(`no content type for ${name}`);
  }
  return problems;
}

/** The worksheet parts, whether or not a sheet still uses them. */
export function worksheetParts(parts: Parts): string[] {
  return Object.keys(parts).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
}

/** The workbook's sheets in tab order, each with the part that holds it. */
export function sheetsOf(parts: Parts): { name: string; part: string; state?: string }[] {
  const workbookLinks = new Map(
    [...textOf(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\s([^>]*?)\/?>/g)].map(
      (m) => {
        const attributes = attributesOf(m[1] ?? "");
        return [attributes["Id"] ?? "", resolve("xl/workbook.xml", attributes["Target"] ?? "")];
      },
    ),
  );
  return [...textOf(parts, "xl/workbook.xml").matchAll(/<sheet\s([^>]*?)\/?>/g)].map((m) => {
    const attributes = attributesOf(m[1] ?? "");
    const state = attributes["state"];
    return {
      name: unescapeXml(attributes["name"] ?? ""),
      part: workbookLinks.get(attributes["r:id"] ?? "") ?? "(no relationship)",
      ...(state !== undefined && { state }),
    };
  });
}

/** The workbook's defined names, as `name=formula`, in order. */
export function definedNamesOf(parts: Parts): string[] {
  return [
    ...textOf(parts, "xl/workbook.xml").matchAll(/<definedName\s([^>]*?)>([^<]*)<\/definedName>/g),
  ].map((m) => `${attributesOf(m[1] ?? "")["name"] ?? ""}=${unescapeXml(m[2] ?? "")}`);
}

/** The text of each cell of the sheet called `sheetName`, by row number (1-based) and column. */
export function sheetCells(parts: Parts, sheetName: string): Map<number, Map<string, string>> {
  const sheet = sheetsOf(parts).find((each) => each.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const shared = [...textOf(parts, "xl/sharedStrings.xml").matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    textsIn(m[1] ?? ""),
  );
  const rows = new Map<number, Map<string, string>>();
  const xml = textOf(parts, sheet.part);
  for (const m of xml.matchAll(/<c\s([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const attributes = attributesOf(m[1] ?? "");
    const [, column = "", row = "0"] = /^([A-Z]+)(\d+)$/.exec(attributes["r"] ?? "") ?? [];
    const body = m[2] ?? "";
    const value = unescapeXml(/<v>([^<]*)<\/v>/.exec(body)?.[1] ?? "");
    const text =
      attributes["t"] === "inlineStr"
        ? textsIn(body)
        : attributes["t"] === "s"
          ? (shared[Number(value)] ?? "")
          : value;
    const cells = rows.get(Number(row)) ?? new Map<string, string>();
    cells.set(column, text);
    rows.set(Number(row), cells);
  }
  return rows;
}

function textsIn(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[m[1] ?? ""] = m[2] ?? "";
  return attributes;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
