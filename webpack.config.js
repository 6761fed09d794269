/**
 * Builds the add-in's three pages into dist/:
 *   taskpane.html (React + Fluent UI pane, its later views and its Excel work as lazily loaded chunks),
 *   commands.html (ribbon function file), dialog.html (notices of the ribbon commands), plus assets/ and the manifest.
 * `npm run build` (production) writes dist/manifest.xml with every URL under ADDIN_PUBLIC_URL (https only);
 * `npm run dev-server` serves the same pages on https://localhost:3000 with office-addin-dev-certs.
 * Office.js is never bundled: each page loads Microsoft's hosted copy from its CDN.
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { PLACEHOLDER_URL, productionManifest, publicUrlFrom } = require("./scripts/manifest-urls");
const { nlpjsStemmerOnly } = require("./scripts/shims/nlpjs");

/**
 * React 18's own scheduler. Fluent's context selector imports `scheduler` too, and the hoisted copy is a newer
 * major: without the alias the page carries two schedulers, and Fluent's priorities would not be React's.
 */
const REACT_SCHEDULER = path.dirname(
  require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] }),
);

/**
 * Writes dist/chunk-groups.json: for each named chunk group, whether it is a page's entry or loaded later
 * (a view, the Excel work), and the files it needs. Read by scripts/page-size.js; never loaded by a page.
 */
function chunkGroupsFile() {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("ChunkGroupsFile", (compilation) => {
        compilation.hooks.processAssets.tap({ name: "ChunkGroupsFile", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
          const groups = {};
          for (const group of compilation.chunkGroups) {
            if (!group.name) continue;
            const files = group.chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith(".js")));
            groups[group.name] = { page: group.isInitial(), files };
          }
          compilation.emitAsset("chunk-groups.json", new webpack.sources.RawSource(JSON.stringify(groups, null, 2)));
        });
      });
    },
  };
}

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The https certificate the dev server presents; created (and trusted) on first use by office-addin-dev-certs. */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  // Checked first, so a wrong address fails the build before anything is compiled.
  const publicUrl = dev ? null : publicUrlFrom(process.env.ADDIN_PUBLIC_URL);
  if (publicUrl === PLACEHOLDER_URL) {
    console.warn(
      `\n[matriz-poa] ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_URL}.\n` +
        "            Set ADDIN_PUBLIC_URL=https://<your server>/ for a manifest planners can install (docs/deploy.md).\n",
    );
  }

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer", inject: "head" });

  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false, // never eval: the pages' CSP forbids it
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Pages and scripts sit side by side; "auto" finds lazy chunks next to the script that asks for them,
      // so the same build works on localhost and under any production path.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      // Browser builds and ES modules first, so Fluent UI and its dependencies tree-shake.
      mainFields: ["browser", "module", "main"],
      alias: { scheduler$: REACT_SCHEDULER },
      // No `fallback`: webpack 5 then refuses Node built-ins (fs, path, crypto…) with an error instead of
      // polyfilling them, so a Node-only import (ExcelJS, the CLI) can never slip into a page unnoticed.
    },
    module: {
      rules: [
        {
          oneOf: [
            // The pane's own styles, resolved at build time: the page then carries no Griffel resolver
            // (stylis, rtl-css-js), as Fluent's packages ship theirs resolved already (scripts/griffel-aot-loader.js).
            { test: /\.styles\.ts$/, exclude: /node_modules/, loader: path.resolve(__dirname, "scripts", "griffel-aot-loader.js") },
            {
              test: /\.[cm]?[jt]sx?$/,
              exclude: /node_modules/,
              loader: "esbuild-loader",
              options: { target: "es2020", jsx: "automatic" },
            },
          ],
        },
      ],
    },
    optimization: {
      // One script per page at load: the pane, the function file and the dialog load nothing they don't use.
      // The pane's other views and its Excel work are chunks of their own, fetched after the first page
      // (src/taskpane/ViewPanel.tsx, index.tsx); what two of them share goes in a chunk of its own once.
      splitChunks: {
        chunks: "async",
        // Named after the chunks that share it (`adopt+validate`), so `npm run size` says what each file is.
        name: (module, chunks) => chunks.map((c) => c.name).sort().join("+"),
      },
      runtimeChunk: false,
      sideEffects: true,
      usedExports: true,
      concatenateModules: !dev,
      // Terser with a third pass and ES2020 output: a few KB off the pane; nothing unsafe (no pure_getters).
      minimizeOptions: { javascript: { ecma: 2020, module: true, compress: { passes: 3 }, format: { comments: false } } },
    },
    performance: { hints: false }, // scripts/page-size.js enforces the real (gzip) budget
    plugins: [
      // Which files each lazily loaded chunk needs, for `npm run size` (scripts/page-size.js).
      chunkGroupsFile(),
      // Only the Spanish stemmer from @nlpjs, not the whole NLP toolkit (scripts/shims/nlpjs.js).
      nlpjsStemmerOnly(webpack),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("dialog", "./src/commands/dialog.html", ["dialog"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // Plain ES5, never bundled: it must run where the pane's own script cannot (src/taskpane/unsupported.js).
          { from: "src/taskpane/unsupported.js", to: "unsupported.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: dev ? undefined : (content) => productionManifest(content.toString("utf8"), publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only `webpack serve` needs the certificate; a plain build never touches the machine's trust store.
      server: serving ? { type: "https", options: await devHttpsOptions() } : "https",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
