/**
 * The browser tests (test/e2e): the production build in Debian's headless Chromium, one file, in band.
 * `npm run test:e2e`; the default config (jest.config.js) leaves test/e2e out.
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testPathIgnorePatterns: ["/node_modules/"],
  // The first test waits for `npm run build` (about 30 s on 2 cores) in its beforeAll.
  testTimeout: 60_000,
  maxWorkers: 1,
};
