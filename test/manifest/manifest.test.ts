/**
 * What the XML schemas cannot check in manifest.xml (`npm run validate` checks the structure):
 * that every resource id resolves, that every URL is https and served by this project, and
 * that each icon file exists and has the size the manifest declares for it.
 */
import * as fs from "node:fs";
import * as path from "node:path";

import { at, childrenNamed, descendants, parseXml, type XmlElement } from "./xmlTree";

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_ORIGIN = "https://localhost:3000";
const TASKPANE_URL = `${DEV_ORIGIN}/taskpane.html`;

const manifest = parseXml(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const versionOverrides = at(manifest, "VersionOverrides");
const resources = at(versionOverrides, "Resources");

/** Resource kinds, as the <Resources> children that define them. */
type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

const defined: Resource[] = RESOURCE_KINDS.flatMap((kind) =>
  childrenNamed(resources, kind).flatMap((list) =>
    list.children.map((entry) => ({
      id: entry.attributes["id"] ?? "",
      kind,
      value: entry.attributes["DefaultValue"] ?? "",
    })),
  ),
);

/** Elements that refer to a resource, with the kind of resource each one needs. */
const references = descendants(versionOverrides)
  .filter((element) => element.attributes["resid"] !== undefined)
  .map((element) => ({ element, resid: element.attributes["resid"] ?? "" }));

function kindNeededBy(element: XmlElement): ResourceKind {
  switch (element.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "LearnMoreUrl":
    case "FunctionFile":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`no rule for the resource kind of <${element.name}> (line ${element.line})`);
  }
}

function resource(resid: string): Resource {
  const found = defined.find((entry) => entry.id === resid);
  if (found === undefined) throw new Error(`resid ${resid} is not defined`);
  return found;
}

/** The file in this repository that the dev server (and dist/) serves at a localhost URL. */
function servedFile(url: string): string {
  const { pathname } = new URL(url);
  if (pathname.startsWith("/assets/")) return path.join(ROOT, pathname.slice(1));
  if (/^\/[\w-]+\.html$/.test(pathname)) return path.join(ROOT, "src", "taskpane", pathname);
  throw new Error(`${url} is not a path webpack.config.js serves`);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  // The first chunk is always IHDR: length (4 bytes), type (4), then width and height.
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconFile(url: string, declaredSize: number): { file: string; declaredSize: number } {
  return { file: path.relative(ROOT, servedFile(url)), declaredSize };
}

describe("manifest.xml", () => {
  it("has a GUID for its Id", () => {
    expect(at(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
  });

  it("names the product and its provider", () => {
    expect(at(manifest, "DisplayName").attributes["DefaultValue"]).toBe("Opportunity Scorer");
    expect(at(manifest, "ProviderName").text).toBe("Opportunity Scorer");
    expect(at(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("runs in Excel workbooks that have ExcelApi 1.7 or later", () => {
    expect(childrenNamed(at(manifest, "Hosts"), "Host").map((h) => h.attributes["Name"])).toEqual([
      "Workbook",
    ]);
    const sets = childrenNamed(at(manifest, "Requirements", "Sets"), "Set");
    expect(sets.map((set) => set.attributes)).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  it("opens taskpane.html from the dev server, from the add-in list and the ribbon alike", () => {
    expect(at(manifest, "DefaultSettings", "SourceLocation").attributes["DefaultValue"]).toBe(
      TASKPANE_URL,
    );
    const actions = descendants(versionOverrides).filter((e) => e.localName === "Action");
    expect(actions.map((action) => action.attributes["xsi:type"])).toEqual(["ShowTaskpane"]);
    const [action] = actions;
    expect(action && at(action, "TaskpaneId").text).toBe("ButtonId1");
    const resid = action && at(action, "SourceLocation").attributes["resid"];
    expect(resource(resid ?? "").value).toBe(TASKPANE_URL);
  });

  it("puts a Score use cases button on the Home tab", () => {
    const homeTab = descendants(versionOverrides).find(
      (e) => e.localName === "OfficeTab" && e.attributes["id"] === "TabHome",
    );
    const buttons = descendants(homeTab ?? manifest).filter(
      (e) => e.localName === "Control" && e.attributes["xsi:type"] === "Button",
    );
    expect(buttons).toHaveLength(1);
    const [button] = buttons;
    const label = button && at(button, "Label").attributes["resid"];
    expect(resource(label ?? "").value).toBe("Score use cases");
  });

  it("defines every resid it uses exactly once", () => {
    const problems = references.flatMap(({ element, resid }) => {
      const count = defined.filter((entry) => entry.id === resid).length;
      return count === 1 ? [] : [`line ${element.line}: ${resid} is defined ${count} times`];
    });
    expect(problems).toEqual([]);
  });

  it("defines each resource id once and uses every one", () => {
    const ids = defined.map((entry) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const used = new Set(references.map(({ resid }) => resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it("refers to each resource with the kind of resource the element needs", () => {
    const problems = references.flatMap(({ element, resid }) => {
      const needed = kindNeededBy(element);
      const found = defined.find((entry) => entry.id === resid);
      return found === undefined || found.kind === needed
        ? []
        : [`line ${element.line}: <${element.name}> needs ${needed}, ${resid} is ${found.kind}`];
    });
    expect(problems).toEqual([]);
  });

  it("keeps every resid within Office's 32-character limit", () => {
    const ids = [...defined.map((entry) => entry.id), ...references.map((r) => r.resid)];
    expect(ids.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls = [manifest, ...descendants(manifest)].flatMap((element) => [
      ...Object.entries(element.attributes)
        // Namespace names are identifiers that are never fetched (and are http by definition).
        .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
        .map(([, value]) => value),
      element.text,
    ]);
    const withScheme = urls.filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(withScheme.length).toBeGreaterThan(0);
    expect(withScheme.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("serves every URL from a file in this repository", () => {
    const urls = [
      ...defined.filter((entry) => entry.kind === "Images" || entry.kind === "Urls"),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => ({
        value: at(manifest, name).attributes["DefaultValue"] ?? "",
      })),
      { value: at(manifest, "DefaultSettings", "SourceLocation").attributes["DefaultValue"] ?? "" },
    ].map((entry) => entry.value);
    expect(urls.filter((url) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
    expect(urls.filter((url) => !fs.existsSync(servedFile(url)))).toEqual([]);
  });

  it("gives every ribbon icon a PNG whose pixels match the size it is declared at", () => {
    const icons = descendants(versionOverrides)
      .filter((e) => e.localName === "Image" && e.attributes["resid"] !== undefined)
      .map((image) =>
        iconFile(resource(image.attributes["resid"] ?? "").value, Number(image.attributes["size"])),
      );
    expect(icons.length).toBeGreaterThan(0);
    for (const { file, declaredSize } of icons) {
      expect({ file, ...pngSize(path.join(ROOT, file)) }).toEqual({
        file,
        width: declaredSize,
        height: declaredSize,
      });
    }
  });

  it("gives the group and the button the 16, 32 and 80 px icons Office requires", () => {
    const iconLists = descendants(versionOverrides).filter((e) => e.localName === "Icon");
    expect(iconLists).toHaveLength(2);
    for (const list of iconLists) {
      const sizes = childrenNamed(list, "Image").map((image) => Number(image.attributes["size"]));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
  });

  it("uses a 32 px IconUrl and a 64 px HighResolutionIconUrl, as task panes require", () => {
    const icons = [
      iconFile(at(manifest, "IconUrl").attributes["DefaultValue"] ?? "", 32),
      iconFile(at(manifest, "HighResolutionIconUrl").attributes["DefaultValue"] ?? "", 64),
    ];
    for (const { file, declaredSize } of icons) {
      expect({ file, ...pngSize(path.join(ROOT, file)) }).toEqual({
        file,
        width: declaredSize,
        height: declaredSize,
      });
    }
  });

  it("names each icon file for its size, so the files cannot be swapped unnoticed", () => {
    const iconFiles = fs
      .readdirSync(path.join(ROOT, "assets"))
      .filter((f) => /^icon-\d+\.png$/.test(f));
    expect(iconFiles.length).toBeGreaterThan(0);
    for (const file of iconFiles) {
      const size = Number(/\d+/.exec(file)?.[0]);
      expect({ file, ...pngSize(path.join(ROOT, "assets", file)) }).toEqual({
        file,
        width: size,
        height: size,
      });
    }
  });
});
