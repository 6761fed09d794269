/**
 * Griffel's styles resolved at build time, for the pane's own `*.styles.ts` files.
 *
 * Fluent UI v9's packages ship their styles already resolved (`__styles(classes, css)`); only the pane's
 * own `makeStyles({...})` calls made the page carry Griffel's run-time resolver (stylis, rtl-css-js and
 * the resolver itself, about 40 KB raw). This loader does for our styles what Griffel's own webpack
 * loader does, without its Babel toolchain: it evaluates the styles module in Node with `makeStyles`
 * recording its argument, resolves each with Griffel's `resolveStyleRulesForSlots` (the very function
 * `makeStyles` calls in the browser, so class names and CSS are the same), and emits
 * `export const useX = __styles(classes, css)`.
 *
 * A `*.styles.ts` file may therefore only import from `@fluentui/react-components` (tokens,
 * shorthands, makeStyles) or other modules of plain values, and export only `makeStyles` hooks; the
 * loader fails the build otherwise. Jest runs the same files unchanged through the run-time path.
 */
"use strict";

const path = require("path");
const vm = require("vm");
const { createRequire } = require("module");
const esbuild = require("esbuild");

const RECORDED = Symbol.for("matriz-poa.griffel-aot.styles");

/** `@fluentui/react-components` as a styles file sees it while being evaluated. */
const FLUENT_SHIM = `
export { tokens } from "@fluentui/tokens";
export { shorthands } from "@griffel/core";
export function makeStyles(stylesBySlots) {
  return { [Symbol.for("matriz-poa.griffel-aot.styles")]: stylesBySlots };
}
`;

const shimPlugin = {
  name: "fluent-styles-shim",
  setup(build) {
    build.onResolve({ filter: /^@fluentui\/react-components$/ }, () => ({ path: "fluent-shim", namespace: "griffel-aot" }));
    build.onLoad({ filter: /.*/, namespace: "griffel-aot" }, () => ({ contents: FLUENT_SHIM, loader: "js", resolveDir: __dirname }));
  },
};

/** Evaluates the styles module in Node; returns its exports and the source files it read. */
async function evaluate(resourcePath) {
  const result = await esbuild.build({
    entryPoints: [resourcePath],
    bundle: true,
    write: false,
    metafile: true,
    format: "cjs",
    platform: "node",
    target: "node18",
    packages: "external",
    plugins: [shimPlugin],
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (exports, require, module) {${code}\n})`, { filename: resourcePath });
  wrapper(module.exports, createRequire(resourcePath), module);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith("griffel-aot:"))
    .map((input) => path.resolve(input));
  return { exports: module.exports, inputs };
}

/** The module the page gets: every hook as `__styles` over the resolved classes and CSS. */
async function compile(resourcePath) {
  const { resolveStyleRulesForSlots } = require("@griffel/core");
  const { exports, inputs } = await evaluate(resourcePath);
  const lines = ['import { __styles } from "@griffel/react";'];
  for (const [name, value] of Object.entries(exports)) {
    if (name === "__esModule") continue;
    const styles = value && value[RECORDED];
    if (!styles) {
      throw new Error(`${resourcePath}: export "${name}" is not a makeStyles(...) hook; a *.styles.ts file holds styles only.`);
    }
    const [classes, css] = resolveStyleRulesForSlots(styles);
    lines.push(`export const ${name} = /*#__PURE__*/ __styles(${JSON.stringify(classes)}, ${JSON.stringify(css)});`);
  }
  if (lines.length === 1) throw new Error(`${resourcePath}: no makeStyles(...) hook exported.`);
  return { code: lines.join("\n") + "\n", inputs };
}

module.exports = function griffelAotLoader() {
  const callback = this.async();
  compile(this.resourcePath).then(
    ({ code, inputs }) => {
      for (const input of inputs) this.addDependency(input);
      callback(null, code);
    },
    (error) => callback(error),
  );
};

module.exports.compile = compile;
