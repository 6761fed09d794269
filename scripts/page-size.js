#!/usr/bin/env node
/**
 * The task pane's download budget: sums the gzip -9 sizes of the local scripts dist/taskpane.html loads
 * (Office.js from Microsoft's CDN is not ours and not counted) and fails over the budget.
 * Builds nothing: run `npm run build` first. Usage: node scripts/page-size.js [dist-dir] [page.html]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 126 * 1024;

/** The src of every <script> whose source is a file of dist/ (not an absolute http(s) URL). */
function localScripts(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (!/^(?:[a-z]+:)?\/\//i.test(src)) sources.push(src.split(/[?#]/)[0]);
  }
  return sources;
}

function gzipSize(bytes) {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const page = process.argv[3] || "taskpane.html";
  const htmlPath = path.join(dist, page);
  if (!fs.existsSync(htmlPath)) {
    console.error(`${htmlPath} does not exist: run \`npm run build\` first.`);
    return 2;
  }
  const scripts = localScripts(fs.readFileSync(htmlPath, "utf8"));
  if (scripts.length === 0) {
    console.error(`${page} loads no local script: is this the built page?`);
    return 2;
  }
  let total = 0;
  for (const src of scripts) {
    const file = path.join(dist, src.replace(/^\.?\//, ""));
    if (!fs.existsSync(file)) {
      console.error(`${page} loads ${src}, which is not in ${dist}`);
      return 2;
    }
    const size = gzipSize(fs.readFileSync(file));
    total += size;
    console.log(`${src}: ${(size / 1024).toFixed(1)} KB gzip -9`);
  }
  // Not counted, but shown, so a lazy chunk or a second page never hides weight from whoever reads this.
  const loaded = new Set(scripts.map((src) => path.basename(src)));
  const others = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !loaded.has(f));
  for (const f of others) console.log(`  (not loaded by ${page}: ${f}, ${(gzipSize(fs.readFileSync(path.join(dist, f))) / 1024).toFixed(1)} KB gzip -9)`);
  const verdict = total <= BUDGET_BYTES ? "within" : "OVER";
  console.log(`${page}: ${(total / 1024).toFixed(1)} KB gzip -9 (${total} bytes), ${verdict} the ${BUDGET_BYTES / 1024} KB budget`);
  return total <= BUDGET_BYTES ? 0 : 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { localScripts, gzipSize, BUDGET_BYTES };
