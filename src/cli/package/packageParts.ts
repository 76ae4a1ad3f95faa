/**
 * An Open Packaging Conventions package (an .xlsx/.xlsm) as its parts, in their order, with the
 * few edits the scorer makes to its bookkeeping parts: relationships and content types, each
 * changed by splicing elements in or out so the rest of the part stays as the user's file had it.
 */
import {
  appendInto,
  applySplices,
  escapeAttribute,
  xmlElements,
  type Splice,
  XML_DECLARATION,
} from "./xmlEdits";

const OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const CONTENT_TYPES_PATH = "[Content_Types].xml";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function partRelsPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part path, from the part that holds the relationship. */
export function resolveTarget(sourcePath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePath
    .slice(0, sourcePath.lastIndexOf("/") + 1)
    .split("/")
    .filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

/** The target to write in `sourcePath`'s relationships for the part `targetPath`. */
export function relativeTarget(sourcePath: string, targetPath: string): string {
  const from = sourcePath.split("/").slice(0, -1);
  const to = targetPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** One relationships part, edited by adding and removing whole elements. */
export class Relationships {
  private splices: Splice[] = [];
  private readonly added: Relationship[] = [];
  private readonly removed = new Set<string>();
  private readonly existing: (Relationship & { start: number; end: number })[];

  constructor(private readonly original: string) {
    this.existing = xmlElements(original)
      .filter((e) => e.local === "Relationship")
      .map((e) => ({
        id: e.attributes["Id"] ?? "",
        type: e.attributes["Type"] ?? "",
        target: e.attributes["Target"] ?? "",
        external: e.attributes["TargetMode"] === "External",
        start: e.start,
        end: e.end,
      }));
  }

  all(): Relationship[] {
    return [...this.existing.filter((r) => !this.removed.has(r.id)), ...this.added];
  }

  byType(type: string): Relationship | undefined {
    return this.all().find((r) => r.type === type);
  }

  byId(id: string): Relationship | undefined {
    return this.all().find((r) => r.id === id);
  }

  /** Adds a relationship under a fresh id, and returns the id. */
  add(type: string, target: string): string {
    const ids = new Set(this.all().map((r) => r.id));
    let n = this.all().length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target, external: false });
    return id;
  }

  remove(id: string): void {
    const index = this.added.findIndex((r) => r.id === id);
    if (index >= 0) this.added.splice(index, 1);
    const old = this.existing.find((r) => r.id === id);
    if (old && !this.removed.has(id)) {
      this.removed.add(id);
      this.splices.push({ at: old.start, remove: old.end - old.start, insert: "" });
    }
  }

  xml(): string {
    const root = xmlElements(this.original).find((e) => e.local === "Relationships");
    if (root === undefined) throw new Error("a relationships part without Relationships");
    const added = this.added
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttribute(r.target)}"/>`,
      )
      .join("");
    const splices = added
      ? [...this.splices, appendInto(this.original, root, added)]
      : this.splices;
    return applySplices(this.original, splices);
  }
}

/** `[Content_Types].xml`: overrides for added parts, removed with theirs. */
class ContentTypes {
  constructor(private readonly parts: PackageParts) {}

  private edit(change: (xml: string) => Splice[]): void {
    const xml = this.parts.text(CONTENT_TYPES_PATH);
    const splices = change(xml);
    if (splices.length > 0) this.parts.setText(CONTENT_TYPES_PATH, applySplices(xml, splices));
  }

  override(path: string, contentType: string): void {
    this.edit((xml) => {
      const elements = xmlElements(xml);
      if (elements.some((e) => e.local === "Override" && e.attributes["PartName"] === `/${path}`))
        return [];
      const root = elements.find((e) => e.local === "Types");
      if (!root) throw new Error(`${CONTENT_TYPES_PATH} has no Types`);
      return [
        appendInto(xml, root, `<Override PartName="/${path}" ContentType="${contentType}"/>`),
      ];
    });
  }

  defaultFor(extension: string, contentType: string): void {
    this.edit((xml) => {
      const elements = xmlElements(xml);
      const known = elements.some(
        (e) => e.local === "Default" && e.attributes["Extension"]?.toLowerCase() === extension,
      );
      if (known) return [];
      const root = elements.find((e) => e.local === "Types");
      if (!root) throw new Error(`${CONTENT_TYPES_PATH} has no Types`);
      // Defaults come before overrides; put it right after the opening tag.
      return [
        {
          at: root.openEnd,
          remove: 0,
          insert: `<Default Extension="${extension}" ContentType="${contentType}"/>`,
        },
      ];
    });
  }

  forget(path: string): void {
    if (!this.parts.has(CONTENT_TYPES_PATH)) return;
    this.edit((xml) =>
      xmlElements(xml)
        .filter((e) => e.local === "Override" && e.attributes["PartName"] === `/${path}`)
        .map((e) => ({ at: e.start, remove: e.end - e.start, insert: "" })),
    );
  }
}

export class PackageParts {
  readonly contentTypes = new ContentTypes(this);
  private tableIds: number | undefined;
  /** Parts still being made (a picture rendering on another thread), by path. */
  private readonly pending = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly parts: Map<string, Uint8Array>) {}

  /**
   * The parts in package order, added ones last. Parts still being made (setBytesLater) are
   * left out with `pending: "skip"`; otherwise there must be none: await finished().
   */
  entries({ pending }: { pending?: "skip" } = {}): [string, Uint8Array][] {
    if (pending !== "skip" && this.pending.size > 0) {
      throw new Error("parts are still being made: await finished()");
    }
    return [...this.parts.entries()].filter(([path]) => !this.pending.has(path));
  }

  /** The parts set by setBytesLater whose bytes are not in yet. */
  pendingPaths(): string[] {
    return [...this.pending.keys()];
  }

  /** Once every part set by setBytesLater is made: the parts, as entries() gives them. */
  async finished(): Promise<[string, Uint8Array][]> {
    for (const [path, bytes] of this.pending) {
      const made = await bytes;
      // Removed meanwhile (a part replaced before it was made) stays removed.
      if (this.pending.get(path) === bytes && this.parts.has(path)) this.parts.set(path, made);
    }
    this.pending.clear();
    return this.entries();
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  bytes(path: string): Uint8Array {
    const bytes = this.parts.get(path);
    if (bytes === undefined) throw new Error(`the package has no ${path}`);
    if (this.pending.has(path)) throw new Error(`${path} is still being made`);
    return bytes;
  }

  text(path: string): string {
    return decoder.decode(this.bytes(path));
  }

  setText(path: string, text: string): void {
    this.parts.set(path, encoder.encode(text));
  }

  setBytes(path: string, bytes: Uint8Array): void {
    this.pending.delete(path);
    this.parts.set(path, bytes);
  }

  /**
   * A part whose bytes are still being made elsewhere: it takes its place in the package now,
   * and its bytes when finished() is awaited (writePackageFile does).
   */
  setBytesLater(path: string, bytes: Promise<Uint8Array>): void {
    this.parts.set(path, new Uint8Array(0));
    this.pending.set(path, bytes);
    // Not awaited until the package is written: a failure is reported there, not as unhandled.
    bytes.catch(() => undefined);
  }

  remove(path: string): void {
    this.parts.delete(path);
    this.pending.delete(path);
    this.contentTypes.forget(path);
  }

  relationships(relsPath: string): Relationships {
    return new Relationships(
      this.has(relsPath)
        ? this.text(relsPath)
        : `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    );
  }

  /** The workbook part, as the package's root relationships name it. */
  officeDocument(): string {
    const root = this.relationships("_rels/.rels").byType(OFFICE_DOCUMENT);
    if (!root) throw new Error("the package names no workbook part");
    return resolveTarget("", root.target);
  }

  /** `prefix` + the smallest number no part has + `extension` (`xl/worksheets/sheet4.xml`). */
  freshPath(prefix: string, extension: string): string {
    const taken = new Set([...this.parts.keys()].map((path) => path.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}${extension}`.toLowerCase())) n++;
    return `${prefix}${n}${extension}`;
  }

  /** A table id no table part in the package has (they are workbook-wide). */
  nextTableId(): number {
    if (this.tableIds === undefined) {
      let highest = 0;
      for (const path of this.parts.keys()) {
        if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
        const id = /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(this.text(path))?.[1];
        highest = Math.max(highest, Number(id ?? 0));
      }
      this.tableIds = highest;
    }
    this.tableIds += 1;
    return this.tableIds;
  }

  /** Whether a relationships part other than `except` points at `path`. */
  referencedElsewhere(path: string, except: string): boolean {
    for (const relsPath of this.parts.keys()) {
      if (relsPath === except || !relsPath.endsWith(".rels")) continue;
      const source = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
      if (
        this.relationships(relsPath)
          .all()
          .some((r) => !r.external && resolveTarget(source, r.target) === path)
      )
        return true;
    }
    return false;
  }
}
