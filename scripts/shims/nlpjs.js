/**
 * The Spanish stemmer (`@nlpjs/lang-es/src/stemmer-es`) needs only `Among` and `BaseStemmer` from @nlpjs/core, and
 * `stemWord` never uses the container or tokenizer that BaseStemmer requires. Bundling the package index would
 * add ~7 KB gzip to each page, so browser builds swap these three requests for the stubs beside this file (they
 * throw if ever reached). Node (jest, the CLI) keeps the real package; test/manifest/stemmerShim.test.ts checks
 * both stem alike.
 */
"use strict";

const path = require("path");

const SHIMS = [
  { issuer: /[\\/]@nlpjs[\\/]lang-es[\\/]src[\\/]stemmer-es\.js$/, request: "@nlpjs/core", shim: "nlpjs-core.js" },
  { issuer: /[\\/]@nlpjs[\\/]core[\\/]src[\\/]base-stemmer\.js$/, request: "./container", shim: "nlpjs-container.js" },
  { issuer: /[\\/]@nlpjs[\\/]core[\\/]src[\\/]base-stemmer\.js$/, request: "./tokenizer", shim: "nlpjs-tokenizer.js" },
];

/** A webpack plugin applying the swap (webpack passed in, so this file needs nothing at require time). */
function nlpjsStemmerOnly(webpack) {
  return new webpack.NormalModuleReplacementPlugin(/^(@nlpjs\/core|\.\/container|\.\/tokenizer)$/, (resource) => {
    const issuer = (resource.contextInfo && resource.contextInfo.issuer) || "";
    const hit = SHIMS.find((s) => s.request === resource.request && s.issuer.test(issuer));
    if (hit) resource.request = path.join(__dirname, hit.shim);
  });
}

module.exports = { nlpjsStemmerOnly };
