/**
 * Browser-build stand-in for @nlpjs/core's `./container`, as required by its base-stemmer.js only.
 * The add-in calls `stemWord` alone, which never touches the container; the real one (plugin registry, logger,
 * compiler…) would add ~7 KB gzip to the task pane. Anything that does reach for it fails loudly.
 */
"use strict";

const unavailable = () => {
  throw new Error("@nlpjs/core container is not bundled in Matriz POA (only stemWord is)");
};

module.exports = { defaultContainer: { get: unavailable, use: unavailable, register: unavailable } };
