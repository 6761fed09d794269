/**
 * Browser-build stand-in for `@nlpjs/core` as required by @nlpjs/lang-es's stemmer-es.js: just the two classes
 * it uses, instead of the package index (container, NLP pipeline, logger…). See webpack.config.js.
 */
"use strict";

module.exports = {
  Among: require("@nlpjs/core/src/among"),
  BaseStemmer: require("@nlpjs/core/src/base-stemmer"),
};
