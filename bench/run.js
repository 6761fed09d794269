#!/usr/bin/env node
// Bundles bench/bench.ts with esbuild (installed with esbuild-loader) into the OS temp folder and runs it,
// passing the arguments through (e.g. `npm run bench -- --json`). Packages stay external and resolve
// from this checkout's node_modules through NODE_PATH.
const path = require("path");
const os = require("os");
const fs = require("fs");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "poa-bench-build-"));
const outfile = path.join(outDir, "bench.js");
try {
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, "bench.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node18",
    format: "cjs",
    packages: "external",
    logLevel: "error",
  });
  const run = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, NODE_PATH: path.join(root, "node_modules") },
  });
  process.exitCode = run.status === null ? 1 : run.status;
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
