import type { Lang } from "../core/model";
import { timeoutError, toShellError } from "./messages";

/** How long one `context.sync()` may take before the planner is told (Excel on the web can stall). */
export const DEFAULT_SYNC_TIMEOUT_MS = 20_000;

export interface SyncOptions {
  lang: Lang;
  timeoutMs: number;
  /** What the request is about, for a "not found" message (e.g. "cell D7 of sheet …"). */
  what?: string;
}

/**
 * `context.sync()` that gives up after `timeoutMs` with a planner-facing message (es/en), and turns
 * Office errors into `ShellError`s. A hung sync is left to Excel; its late result is ignored.
 */
export async function syncWithTimeout(context: Excel.RequestContext, options: SyncOptions): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(options.lang, options.timeoutMs)), options.timeoutMs);
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } catch (error) {
    throw toShellError(error, options.lang, options.what);
  } finally {
    clearTimeout(timer);
  }
}

/** `Excel.run` whose failures (also those thrown outside a sync) reach the caller as `ShellError`s. */
export async function runExcel<T>(lang: Lang, batch: (context: Excel.RequestContext) => Promise<T>, what?: string): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toShellError(error, lang, what);
  }
}
