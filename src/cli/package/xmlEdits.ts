/**
 * Small, exact edits to the package's XML parts. A part is parsed with saxes only to find where
 * its elements start and end; the edit then splices text in or out at those places, so every
 * byte the edit does not touch stays as the user's file had it (no re-serialising, no
 * reordering of attributes, no lost namespaces or extensions).
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** As written, with its prefix (`x:sheet`). */
  readonly name: string;
  /** Without its prefix (`sheet`). */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Index of its `<`. */
  readonly start: number;
  /** Index just after its opening tag's `>`. */
  readonly openEnd: number;
  /** Index just after its closing tag (or of the self-closing tag). */
  end: number;
  readonly depth: number;
  readonly parent: XmlElement | undefined;
}

/**
 * Every element of `xml`, in document order. saxes checks the XML and reports the elements;
 * their places are found by walking the text alongside it (saxes's own positions count line
 * breaks as normalised, so they drift from the text's indexes).
 */
export function xmlElements(xml: string): XmlElement[] {
  const parser = new SaxesParser({ xmlns: false });
  const all: XmlElement[] = [];
  const open: XmlElement[] = [];
  let cursor = 0;
  parser.on("opentag", (tag) => {
    const start = tagStart(xml, `<${tag.name}`, cursor);
    const openEnd = tagEnd(xml, start);
    cursor = openEnd;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = String(value);
    const element: XmlElement = {
      name: tag.name,
      local: tag.name.includes(":") ? tag.name.slice(tag.name.indexOf(":") + 1) : tag.name,
      attributes,
      start,
      openEnd,
      end: openEnd,
      depth: open.length,
      parent: open[open.length - 1],
    };
    all.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on("closetag", (tag) => {
    const element = open[open.length - 1];
    if (element !== undefined && element.name === tag.name && !tag.isSelfClosing) {
      const closing = tagStart(xml, `</${tag.name}`, cursor);
      element.end = tagEnd(xml, closing);
      cursor = element.end;
      open.pop();
    }
  });
  parser.write(xml).close();
  return all;
}

/** Where the tag opening with `opening` (`<sheet`, `</sheet`) starts, from `from` on. */
function tagStart(xml: string, opening: string, from: number): number {
  let at = xml.indexOf(opening, from);
  // `<sheet` must not be the start of `<sheets`.
  while (at >= 0 && /[\w.:-]/.test(xml.charAt(at + opening.length))) {
    at = xml.indexOf(opening, at + 1);
  }
  if (at < 0) throw new Error(`XML ends before ${opening}`);
  return at;
}

/** Index just after the `>` closing the tag that starts at `start`, quotes respected. */
function tagEnd(xml: string, start: number): number {
  let quote = "";
  for (let i = start; i < xml.length; i++) {
    const c = xml.charAt(i);
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  throw new Error("XML ends inside a tag");
}

/** The first element named `local` (ignoring its prefix), if any. */
export function firstElement(
  elements: readonly XmlElement[],
  local: string,
): XmlElement | undefined {
  return elements.find((element) => element.local === local);
}

/** The prefix the part uses for its elements (`x:` in some generators' files, usually none). */
export function prefixOf(element: XmlElement): string {
  return element.name.slice(0, element.name.length - element.local.length);
}

export interface Splice {
  readonly at: number;
  /** How many characters to remove at `at`. */
  readonly remove: number;
  readonly insert: string;
}

/** Applies splices given in any order; they must not overlap. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => b.at - a.at);
  let result = text;
  for (const splice of ordered) {
    result = result.slice(0, splice.at) + splice.insert + result.slice(splice.at + splice.remove);
  }
  return result;
}

/**
 * Where to add children at the end of `element`: before its closing tag, or, for a
 * self-closing element, by opening it up.
 */
export function appendInto(xml: string, element: XmlElement, children: string): Splice {
  const selfClosing = element.end === element.openEnd;
  if (selfClosing) {
    const tag = xml.slice(element.start, element.end).replace(/\s*\/>$/, ">");
    return {
      at: element.start,
      remove: element.end - element.start,
      insert: `${tag}${children}</${element.name}>`,
    };
  }
  const closing = xml.lastIndexOf(`</${element.name}`, element.end);
  return { at: closing, remove: 0, insert: children };
}

/** Sets (or adds) one attribute of `element`'s opening tag, leaving the rest as written. */
export function setAttribute(
  xml: string,
  element: XmlElement,
  name: string,
  value: string,
): Splice {
  const tag = xml.slice(element.start, element.openEnd);
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(["'])[^"']*\\2`);
  const match = pattern.exec(tag);
  if (match) {
    const at = element.start + match.index;
    return {
      at,
      remove: match[0].length,
      insert: `${match[1]}${match[2]}${escapeAttribute(value)}${match[2]}`,
    };
  }
  const nameEnd = element.start + 1 + element.name.length;
  return { at: nameEnd, remove: 0, insert: ` ${name}="${escapeAttribute(value)}"` };
}

// Characters XML 1.0 cannot hold: exactly the ones this rule is about.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as SpreadsheetML keeps it: `&`, `<`, `>` escaped; characters XML cannot hold written as
 * Excel writes them, `_x0001_`; and a literal `_x0041_` guarded as `_x005F_x0041_` so it reads
 * back as typed rather than as an `A`.
 */
export function escapeText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      INVALID_XML,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
