/** Unit, CLI and adapter tests: Node only. Chromium and LibreOffice tests have their own configs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/recalc/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Office.js (loaded by the adapter tests) cleans up its requests after a run ends, which can
  // be after Jest has soft-deleted the globals a test file set; that is expected, not a leak.
  testEnvironmentOptions: { globalsCleanup: "off" },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
