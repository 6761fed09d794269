import { languageFromLocale } from "../core/lang";
import type { Lang } from "../core/model";

/**
 * The planner's language, from Office's display language: read once where the pane or the ribbon
 * starts, and handed to the shell and the UI. Spanish where Office gives nothing usable.
 */
export function officeLanguage(): Lang {
  try {
    return languageFromLocale(Office.context.displayLanguage);
  } catch {
    return "es";
  }
}
