/**
 * scripts/griffel-aot-loader.js: the pane's styles resolved at build time must be exactly what Griffel
 * resolves at run time (same class names, same CSS), and a styles file that holds anything but styles
 * must fail the build rather than ship something half-resolved.
 */
import * as fs from "fs";
import * as path from "path";
import { resolveStyleRulesForSlots } from "@griffel/core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compile } = require("../../scripts/griffel-aot-loader") as { compile(file: string): Promise<{ code: string; inputs: string[] }> };

const SRC = path.resolve(__dirname, "..", "..", "src");

function stylesFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return stylesFiles(full);
    return e.name.endsWith(".styles.ts") ? [full] : [];
  });
}

/** What `makeStyles` was given in each export of a styles module, through the real tokens and shorthands. */
function recordedStyles(file: string): Record<string, unknown> {
  let recorded: Record<string, unknown> = {};
  jest.isolateModules(() => {
    jest.doMock("@fluentui/react-components", () => ({
      tokens: (jest.requireActual("@fluentui/tokens") as { tokens: unknown }).tokens,
      shorthands: (jest.requireActual("@griffel/core") as { shorthands: unknown }).shorthands,
      makeStyles: (styles: unknown) => ({ styles }),
    }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, { styles: unknown }>;
    recorded = Object.fromEntries(Object.entries(exports).map(([name, hook]) => [name, hook.styles]));
  });
  return recorded;
}

/** `export const useX = __styles({...}, {...});` → { useX: [classes, css] } */
function emitted(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of code.matchAll(/^export const (\w+) = \/\*#__PURE__\*\/ __styles\((.*)\);$/gm)) out[m[1]] = JSON.parse(`[${m[2]}]`);
  return out;
}

describe("the Griffel ahead-of-time loader", () => {
  const files = stylesFiles(SRC);

  it("finds the pane's styles files", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [path.relative(SRC, f), f]))("%s: the same classes and CSS as Griffel at run time", async (_, file) => {
    const { code, inputs } = await compile(file);
    expect(code.startsWith('import { __styles } from "@griffel/react";')).toBe(true);
    expect(inputs).toContain(file);
    const expected = Object.fromEntries(Object.entries(recordedStyles(file)).map(([name, styles]) => [name, resolveStyleRulesForSlots(styles as never)]));
    expect(emitted(code)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("refuses a styles file that exports anything but makeStyles hooks", async () => {
    await expect(compile(path.join(__dirname, "fixtures", "NotOnlyStyles.styles.ts"))).rejects.toThrow(/export "LIMIT" is not a makeStyles/);
  });
});
