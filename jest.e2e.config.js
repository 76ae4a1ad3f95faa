/**
 * Browser tests (`npm run test:e2e`): the task pane's production build in Debian's Chromium,
 * against the Office.js double. One worker: the tests share one build, server and browser.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  // The base config ignores test/e2e/ for the unit suite; here it is the whole point.
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/screenshots/"],
  maxWorkers: 1,
  // A cold production build alone takes about 40 s on two cores.
  testTimeout: 180000,
};
