import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

// The browser build replaces @nlpjs/core with just what the Spanish stemmer needs (scripts/shims/nlpjs.js).
// Bundle the stemmer with that swap, as the pages do, and check it stems exactly like the real package.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nlpjsStemmerOnly } = require("../../scripts/shims/nlpjs") as { nlpjsStemmerOnly: (w: typeof webpack) => webpack.WebpackPluginInstance };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RealStemmer = require("@nlpjs/lang-es/src/stemmer-es") as new () => { stemWord(word: string): string };

const ROOT = path.resolve(__dirname, "..", "..");
const WORDS = (
  "cooperación internacional gestionada coordinación instituciones nacionales socios desarrollo apoyos técnicos " +
  "fortalecimiento gubernamentales programas pasantías voluntarios posicionada referente reembolsable capacidades " +
  "referentes institucionales desarrolladas fortalecidas continuamente recursos gestionados marco regulatorio organización " +
  "gestionar posicionar fortalecer gestiones niños corriendo canciones rápidamente"
).split(" ");

it("the bundled stemmer stems like @nlpjs/lang-es, without @nlpjs/core's container", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stemmer-shim-"));
  try {
    fs.writeFileSync(path.join(dir, "entry.js"), 'const S = require("@nlpjs/lang-es/src/stemmer-es"); module.exports = (w) => new S().stemWord(w);');
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: "production",
          target: "node",
          context: dir,
          entry: path.join(dir, "entry.js"),
          output: { path: dir, filename: "bundle.js", library: { type: "commonjs2" } },
          resolve: { modules: [path.join(ROOT, "node_modules")] },
          plugins: [nlpjsStemmerOnly(webpack)],
          optimization: { minimize: false },
        },
        (err, result) => (err || !result ? reject(err) : resolve(result)),
      ),
    );
    expect(stats.hasErrors()).toBe(false);
    const modules = (stats.toJson({ modules: true }).modules ?? []).map((m) => m.name ?? "");
    expect(modules.some((m) => /nlpjs-core\.js/.test(m))).toBe(true);
    expect(modules.some((m) => /@nlpjs[\\/]core[\\/]src[\\/](container|tokenizer|index)\.js/.test(m))).toBe(false);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(path.join(dir, "bundle.js")) as (word: string) => string;
    const real = new RealStemmer();
    for (const word of WORDS) expect({ word, stem: bundled(word) }).toEqual({ word, stem: real.stemWord(word) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
