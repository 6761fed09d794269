#!/usr/bin/env node
/**
 * The task pane's download budget. The first page is what the planner waits for: the local scripts
 * dist/taskpane.html loads (Office.js from Microsoft's CDN is not ours and not counted), summed as gzip -9
 * sizes and failed over the budget. Every other script is listed too, with what loads it
 * (dist/chunk-groups.json, written by the build): the lazily loaded views, the Excel work, the ribbon's
 * pages, and the total of every chunk, so no weight hides in a chunk nobody looks at.
 * Builds nothing: run `npm run build` first. Usage: node scripts/page-size.js [dist-dir] [page.html]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The first page; issue 11 brought it from 125.5 to under this, to leave room for more views. */
const BUDGET_BYTES = 110 * 1024;

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

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Named chunk groups: `{ name: { page, files } }` (page: a page's entry); {} for a build without the file. */
function chunkGroups(dist) {
  const file = path.join(dist, "chunk-groups.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const page = process.argv[3] || "taskpane.html";
  const htmlPath = path.join(dist, page);
  if (!fs.existsSync(htmlPath)) {
    console.error(`${htmlPath} does not exist: run \`npm run build\` first.`);
    return 2;
  }
  const scripts = localScripts(fs.readFileSync(htmlPath, "utf8")).map((src) => src.replace(/^\.?\//, ""));
  if (scripts.length === 0) {
    console.error(`${page} loads no local script: is this the built page?`);
    return 2;
  }
  const missing = scripts.find((src) => !fs.existsSync(path.join(dist, src)));
  if (missing) {
    console.error(`${page} loads ${missing}, which is not in ${dist}`);
    return 2;
  }
  const all = fs.readdirSync(dist).filter((f) => f.endsWith(".js")).sort();
  const size = new Map(all.map((f) => [f, gzipSize(fs.readFileSync(path.join(dist, f)))]));

  console.log(`First page (${page}):`);
  let first = 0;
  for (const src of scripts) {
    first += size.get(src);
    console.log(`  ${src}: ${kb(size.get(src))} gzip -9`);
  }

  const groups = chunkGroups(dist);
  const onFirstPage = new Set(scripts);
  const sumOf = (files) => files.reduce((n, f) => n + (size.get(f) ?? 0), 0);
  const describe = (files) => files.map((f) => `${f} ${kb(size.get(f) ?? 0)}`).join(", ");
  const later = Object.entries(groups).filter(([, g]) => !g.page);
  if (later.length > 0) {
    console.log("Loaded later by the pane, each with the files it needs beyond the first page:");
    for (const [name, g] of later) {
      const extra = g.files.filter((f) => !onFirstPage.has(f));
      console.log(`  ${name}: ${kb(sumOf(extra))} (${describe(extra)})`);
    }
  }
  // What the ribbon's "Validar plan" waits for: the first page, the report's view and the Excel work.
  if (groups.validate && groups.excel) {
    const files = [...new Set([...scripts, ...groups.validate.files, ...groups.excel.files])];
    console.log(`  ${page}?view=validate (the ribbon's Validar plan) waits for ${kb(sumOf(files))} in all`);
  }
  const pages = Object.entries(groups).filter(([, g]) => g.page && !g.files.some((f) => onFirstPage.has(f)));
  if (pages.length > 0) {
    console.log("Other pages:");
    for (const [name, g] of pages) console.log(`  ${name}: ${kb(sumOf(g.files))} (${describe(g.files)})`);
  }

  const total = [...size.values()].reduce((n, s) => n + s, 0);
  console.log(`Every chunk in ${path.basename(dist)}/ (${all.length} files): ${kb(total)} gzip -9`);
  for (const f of all) console.log(`  ${f}: ${kb(size.get(f))}`);

  const verdict = first <= BUDGET_BYTES ? "within" : "OVER";
  console.log(`${page}: ${kb(first)} gzip -9 (${first} bytes), ${verdict} the ${BUDGET_BYTES / 1024} KB budget`);
  return first <= BUDGET_BYTES ? 0 : 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { localScripts, gzipSize, BUDGET_BYTES };
