import type { ExcelCapabilities, ExcelShell } from "../excel/shell";

/**
 * An `ExcelShell` whose work is loaded on first use: the pane's first page carries only the form, and
 * the Office.js shell with the core (reading, checks, layout, the Spanish stemmer) arrives as its own
 * chunk, prefetched by the browser while the planner reads and awaited by the first call that needs it.
 * `capabilities` stays synchronous: it only asks the host which requirement sets it has.
 */
export function lazyShell(load: () => Promise<ExcelShell>, capabilities: () => ExcelCapabilities): ExcelShell {
  let loading: Promise<ExcelShell> | null = null;
  const shell = (): Promise<ExcelShell> => {
    // A failed load (network) is not remembered: the next action tries again.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    capabilities,
    scaffold: async (request) => (await shell()).scaffold(request),
    validate: async (options) => (await shell()).validate(options),
    readActiveSheet: async (options) => (await shell()).readActiveSheet(options),
    selectCell: async (sheet, address) => (await shell()).selectCell(sheet, address),
    applyFixes: async (fixes) => (await shell()).applyFixes(fixes),
    watch: async (options) => (await shell()).watch(options),
  };
}
