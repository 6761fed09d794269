#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm ci` (the prepare script); compile on first use if that step was skipped.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  require("child_process").execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(__dirname, "..", "tsconfig.cli.json")], { stdio: "inherit" });
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
