#!/usr/bin/env node
// The production manifest: manifest.xml (the development manifest, every URL on
// https://localhost:3000) with each of those URLs moved to where the add-in is deployed.
//
//   ADDIN_URL=https://host/path npm run build     webpack writes dist/manifest.xml this way
//   node scripts/production-manifest.js https://host/path [out.xml]   the same, on its own
//
// Three steps, each failing the build with a reason: rewrite the URLs (and refuse to leave any
// localhost behind), validate against the XML schemas offline (scripts/validate-manifest.js),
// then read the result back with office-addin-manifest and check the Id and the URLs it reads.
//
// office-addin-manifest does the read-back only. Its modifyManifestFile changes nothing but the
// Id and the display name, and writes the file anew through xml2js, which drops the comments;
// it reads neither the <VersionOverrides> resources (the ribbon's icons and the pane's URL)
// nor anything else in them; and its validate sends the manifest to an online service. So the
// URLs are rewritten here, as text, and xmllint checks the result against the schemas.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { validateManifest } = require("./validate-manifest");

const REPO_ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000";
const SOURCE = path.join(REPO_ROOT, "manifest.xml");

/** ADDIN_URL cannot serve the add-in, or the manifest built for it is not right. */
class ProductionManifestError extends Error {
  constructor(message) {
    super(message);
    this.name = "ProductionManifestError";
  }
}

/**
 * Where the add-in is served from, as URLs in the manifest start: https, no query, fragment or
 * credentials, and no trailing slash, so `${base}/taskpane.html` never has two.
 */
function addinBase(addinUrl) {
  let url;
  try {
    url = new URL(String(addinUrl).trim());
  } catch {
    throw new ProductionManifestError(
      `ADDIN_URL is not a web address: "${addinUrl}". Give where dist/ is served, e.g. https://contoso.example/opportunity-scorer`,
    );
  }
  if (url.protocol !== "https:") {
    throw new ProductionManifestError(
      `ADDIN_URL must be https (Office loads add-ins over https only), not ${url.protocol}`,
    );
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ProductionManifestError(
      `ADDIN_URL must be a plain folder address, without a query, fragment or user name: ${addinUrl}`,
    );
  }
  if (/^(localhost|127\.[\d.]+|\[::1\])$/i.test(url.hostname)) {
    throw new ProductionManifestError(
      `ADDIN_URL names this machine (${url.host}); give the address people's Office loads the add-in from`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

const GENERATED_NOTE =
  "<!--\n" +
  "  Production manifest, built by `npm run build` with ADDIN_URL set, from manifest.xml (the\n" +
  "  development manifest): change that file, not this one. Every URL below is ADDIN_URL's.\n" +
  "-->";

/**
 * The development manifest's text for the add-in served at `addinUrl`: every URL on the dev
 * server moved there, and the header comment (which is about the dev server) replaced.
 */
function productionManifestXml(source, addinUrl) {
  const base = escapeXml(addinBase(addinUrl));
  const root = source.indexOf("<OfficeApp");
  if (root < 0) throw new ProductionManifestError("manifest.xml has no <OfficeApp> element");
  const prologue = source.slice(0, root);
  const header = /<!--[\s\S]*?-->/.exec(prologue);
  const newPrologue =
    header === null
      ? prologue.replace(
          /(<\?xml[^>]*\?>\s*)?/,
          (declaration) => `${declaration}${GENERATED_NOTE}\n`,
        )
      : prologue.slice(0, header.index) +
        GENERATED_NOTE +
        prologue.slice(header.index + header[0].length);
  const body = source.slice(root).split(DEV_ORIGIN).join(base);
  const xml = newPrologue + body;
  const leftover = xml.split("\n").flatMap((line, i) => (/localhost/i.test(line) ? [i + 1] : []));
  if (leftover.length > 0) {
    throw new ProductionManifestError(
      `the production manifest still names localhost on line ${leftover.join(", ")}: ` +
        `manifest.xml has a URL that is not on ${DEV_ORIGIN}`,
    );
  }
  return xml;
}

/** What office-addin-manifest reads from a manifest file (its API is the package's own). */
async function readManifest(file) {
  const { OfficeAddinManifest } = require("office-addin-manifest");
  return OfficeAddinManifest.readManifestFile(file);
}

/**
 * Writes the production manifest to `output`, validates it against the schemas and reads it
 * back; throws (ProductionManifestError, or validate-manifest's error) with the reason.
 */
async function buildProductionManifest({ addinUrl, output, source = SOURCE }) {
  const base = addinBase(addinUrl);
  const xml = productionManifestXml(fs.readFileSync(source, "utf8"), addinUrl);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, xml);
  try {
    await checkProductionManifest(output, source, base);
  } catch (error) {
    // A manifest that failed its checks is not left where it could be uploaded.
    fs.rmSync(output, { force: true });
    throw error;
  }
  return { output, base };
}

/** The written manifest matches the schemas, and office-addin-manifest reads it as expected. */
async function checkProductionManifest(output, source, base) {
  validateManifest(output);
  const [development, production] = await Promise.all([readManifest(source), readManifest(output)]);
  if (production.id !== development.id) {
    throw new ProductionManifestError(
      `the production manifest's Id is ${production.id}, not manifest.xml's ${development.id}`,
    );
  }
  const urls = {
    SourceLocation: production.defaultSettings?.sourceLocation,
    IconUrl: production.iconUrl,
    HighResolutionIconUrl: production.highResolutionIconUrl,
    SupportUrl: production.supportUrl,
  };
  for (const [element, url] of Object.entries(urls)) {
    if (url === undefined || !url.startsWith(`${base}/`)) {
      throw new ProductionManifestError(`<${element}> is ${url}, not under ${base}/`);
    }
  }
}

async function main() {
  const [addinUrl = process.env.ADDIN_URL, output = path.join(REPO_ROOT, "dist", "manifest.xml")] =
    process.argv.slice(2);
  if (addinUrl === undefined || addinUrl === "") {
    console.error("production-manifest: give the add-in's URL (or set ADDIN_URL)");
    process.exitCode = 1;
    return;
  }
  try {
    const built = await buildProductionManifest({ addinUrl, output: path.resolve(output) });
    console.log(
      `production-manifest: wrote ${path.relative(process.cwd(), built.output)} for ${built.base}, valid`,
    );
  } catch (error) {
    console.error(`production-manifest: ${error.message}`);
    process.exitCode = 1;
  }
}

module.exports = {
  addinBase,
  buildProductionManifest,
  productionManifestXml,
  ProductionManifestError,
};

if (require.main === module) main();
