#!/usr/bin/env node
// `npm run validate`: checks manifest.xml against the add-in manifest XML schemas, offline.
//
//   node scripts/validate-manifest.js [manifest.xml]
//
// `office-addin-manifest validate` sends the manifest to an online service, which CI and these
// machines cannot reach; xmllint with the schemas in shared/schemas does the same structural
// check locally. The schemas are not copied into the repository: they live in shared/, which
// sits beside the checkout (../shared) on developer machines and in CI. SHARED_DIR overrides
// that location. What the schemas cannot check (resource ids, https, icon sizes) is tested in
// test/manifest/manifest.test.ts. The production build (`ADDIN_URL=… npm run build`) checks
// dist/manifest.xml with the same function: see scripts/production-manifest.js.
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const REPO_ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = path.join("schemas", "OfficeAppManifestV1_1.xsd");

/** The manifest does not match the schemas, or they cannot be checked here: the reason, in one go. */
class ManifestValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ManifestValidationError";
  }
}

/** The schema in shared/: $SHARED_DIR when set, else beside the checkout, else inside it. */
function findSchema() {
  const fromEnv = process.env.SHARED_DIR;
  const candidates =
    fromEnv !== undefined && fromEnv !== ""
      ? [fromEnv]
      : [path.join(REPO_ROOT, "..", "shared"), path.join(REPO_ROOT, "shared")];
  for (const dir of candidates) {
    const schema = path.resolve(dir, SCHEMA_FILE);
    if (fs.existsSync(schema)) return schema;
  }
  const looked = candidates.map((dir) => path.resolve(dir, SCHEMA_FILE)).join(", ");
  throw new ManifestValidationError(
    `cannot find the manifest schema (looked for ${looked}). Clone shared/ beside this ` +
      "repository, or set SHARED_DIR to the folder that holds schemas/.",
  );
}

/**
 * Checks the manifest file against the schemas; throws ManifestValidationError, with
 * xmllint's report (the line and the element that break the schema), when it does not match.
 * Returns what it checked against, for a one-line report.
 */
function validateManifest(manifest) {
  if (!fs.existsSync(manifest)) throw new ManifestValidationError(`no manifest at ${manifest}`);
  const schema = findSchema();

  // The schema imports its neighbours by relative path, so xmllint runs from its folder.
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], {
    cwd: path.dirname(schema),
    encoding: "utf8",
  });
  if (result.error !== undefined) {
    if (result.error.code === "ENOENT") {
      throw new ManifestValidationError(
        "xmllint is not installed. On Debian or Ubuntu: apt-get install -y libxml2-utils " +
          "(macOS ships it; on Windows, run this under WSL).",
      );
    }
    throw new ManifestValidationError(`could not run xmllint: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new ManifestValidationError(
      `${result.stdout}${result.stderr}${path.relative(process.cwd(), manifest)} does not ` +
        "match the add-in manifest schema",
    );
  }
  return SCHEMA_FILE;
}

function main() {
  const manifest = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, "manifest.xml"));
  try {
    const schema = validateManifest(manifest);
    console.log(`validate: ${path.relative(process.cwd(), manifest)} matches ${schema}`);
  } catch (error) {
    if (!(error instanceof ManifestValidationError)) throw error;
    console.error(`validate: ${error.message}`);
    process.exitCode = 1;
  }
}

module.exports = { validateManifest, ManifestValidationError };

if (require.main === module) main();
