/**
 * LibreOffice recalculation tests (`npm run test:recalc`): Node only, but each test starts a
 * headless LibreOffice, so they live apart from the fast unit suite and get a long timeout.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/recalc"],
  testMatch: ["<rootDir>/test/recalc/**/*.test.ts"],
  // The base config ignores test/recalc/ for the unit suite; here it is the whole point.
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
};
