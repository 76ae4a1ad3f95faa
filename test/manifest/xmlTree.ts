/**
 * A small XML reader for the manifest tests: elements, attributes and text, with the line each
 * element starts on. Enough for a hand-written manifest (no DTDs, no CDATA, no processing
 * instructions beyond the declaration); it refuses what it does not understand rather than
 * guessing, so a test never passes on a half-read file.
 */
export interface XmlElement {
  /** As written, with its prefix: `bt:Image`. */
  name: string;
  /** Without the prefix: `Image`. */
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, trimmed. */
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    const decoded = ENTITIES[entity];
    if (decoded === undefined) throw new Error(`unknown XML entity ${whole}`);
    return decoded;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function element(name: string, rawAttributes: string, line: number): XmlElement {
  const attributes: Record<string, string> = {};
  for (const match of rawAttributes.matchAll(ATTRIBUTE)) {
    const [, attributeName = "", doubleQuoted, singleQuoted] = match;
    if (attributeName in attributes) {
      throw new Error(`line ${line}: attribute ${attributeName} appears twice on <${name}>`);
    }
    attributes[attributeName] = decodeEntities(doubleQuoted ?? singleQuoted ?? "");
  }
  const colon = name.indexOf(":");
  return {
    name,
    localName: colon === -1 ? name : name.slice(colon + 1),
    attributes,
    children: [],
    text: "",
    line,
  };
}

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let position = 0;
  let line = 1;
  const advance = (to: number): void => {
    for (let i = position; i < to; i += 1) if (source[i] === "\n") line += 1;
    position = to;
  };
  const skipPast = (terminator: string, what: string): void => {
    const end = source.indexOf(terminator, position);
    if (end === -1) throw new Error(`line ${line}: unterminated ${what}`);
    advance(end + terminator.length);
  };

  while (position < source.length) {
    const next = source.indexOf("<", position);
    const textEnd = next === -1 ? source.length : next;
    const text = source.slice(position, textEnd);
    const current = open.at(-1);
    if (text.trim() !== "") {
      if (current === undefined) throw new Error(`line ${line}: text outside the root element`);
      current.text = (current.text + decodeEntities(text)).trim();
    }
    advance(textEnd);
    if (next === -1) break;

    if (source.startsWith("<!--", position)) {
      skipPast("-->", "comment");
    } else if (source.startsWith("<?", position)) {
      skipPast("?>", "declaration");
    } else if (source.startsWith("<!", position)) {
      throw new Error(`line ${line}: DOCTYPE and CDATA are not supported`);
    } else {
      TAG.lastIndex = position;
      const match = TAG.exec(source);
      if (match === null) throw new Error(`line ${line}: malformed tag`);
      const [whole, closing, name = "", rawAttributes = "", selfClosing] = match;
      if (closing === "/") {
        const opened = open.pop();
        if (opened?.name !== name) {
          throw new Error(`line ${line}: </${name}> closes <${opened?.name ?? "nothing"}>`);
        }
      } else {
        const created = element(name, rawAttributes, line);
        if (current !== undefined) current.children.push(created);
        else if (root === undefined) root = created;
        else throw new Error(`line ${line}: a second root element <${name}>`);
        if (selfClosing !== "/") open.push(created);
      }
      advance(position + whole.length);
    }
  }
  if (open.length > 0) throw new Error(`<${open.at(-1)?.name}> is never closed`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** Every element below `root`, in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  return root.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The direct children of `parent` with this local name. */
export function childrenNamed(parent: XmlElement, localName: string): XmlElement[] {
  return parent.children.filter((child) => child.localName === localName);
}

/** The one direct child with this local name; throws when there is none or several. */
export function onlyChild(parent: XmlElement, localName: string): XmlElement {
  const found = childrenNamed(parent, localName);
  const [first] = found;
  if (found.length !== 1 || first === undefined) {
    throw new Error(
      `<${parent.name}> (line ${parent.line}) has ${found.length} <${localName}>, expected 1`,
    );
  }
  return first;
}

/** Follows a path of local names from `root`, one child at each step. */
export function at(root: XmlElement, ...path: string[]): XmlElement {
  return path.reduce(onlyChild, root);
}
