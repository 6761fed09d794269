/** Browser-build stand-in for @nlpjs/core's `./tokenizer` in base-stemmer.js (see nlpjs-container.js). */
"use strict";

module.exports = class Tokenizer {
  constructor() {
    throw new Error("@nlpjs/core tokenizer is not bundled in Matriz POA (only stemWord is)");
  }
};
