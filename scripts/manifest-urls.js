/**
 * Moves the manifest from the development server to the production address.
 * Shared by webpack.config.js (which writes dist/manifest.xml) and test/manifest (which validates the same
 * output), so what is tested is what ships.
 */
"use strict";

/** Where `npm start` serves the add-in; every URL in the source manifest.xml starts with it. */
const DEV_URL = "https://localhost:3000/";

/**
 * Used when ADDIN_PUBLIC_URL is not set, so a plain `npm run build` works; a build meant for planners must
 * set the real address (docs/deploy.md). `example.org` is reserved: it can never reach anyone by mistake.
 */
const PLACEHOLDER_URL = "https://poa.example.org/";

/**
 * The production address from ADDIN_PUBLIC_URL (or the placeholder), normalised to end in `/`.
 * Office loads add-ins over https only, so anything else stops the build with a message saying so.
 */
function publicUrlFrom(value) {
  const raw = value === undefined || value.trim() === "" ? PLACEHOLDER_URL : value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${raw}". Set it to the https address that serves dist/, e.g. https://poa.example.org/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must be an https address (Office loads add-ins over https only), got "${raw}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_PUBLIC_URL must be a plain address without query, fragment or credentials, got "${raw}".`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`ADDIN_PUBLIC_URL points at this machine ("${raw}"); the production manifest needs the public address.`);
  }
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** The manifest with every development URL moved under `publicUrl` (already normalised by publicUrlFrom). */
function productionManifest(xml, publicUrl) {
  const out = xml.split(DEV_URL).join(publicUrl);
  if (/localhost/i.test(out.replace(/<!--[\s\S]*?-->/g, ""))) {
    throw new Error("manifest.xml still names localhost after the rewrite: every URL must start with " + DEV_URL);
  }
  return out;
}

module.exports = { DEV_URL, PLACEHOLDER_URL, publicUrlFrom, productionManifest };
