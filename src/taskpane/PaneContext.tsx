import { createContext, useContext } from "react";
import type { Lang, Objective } from "../core/model";
import type { ExcelShell } from "../excel/shell";
import type { Strings } from "./i18n";

/** What every screen of the pane shares: the shell, the language and the pane-wide error reporting. */
export interface PaneContextValue {
  shell: ExcelShell;
  lang: Lang;
  t: Strings;
  /** False on an Excel older than ExcelApi 1.7 (MIN_EXCEL_API): every action that writes or reads the workbook is off. */
  canUseExcel: boolean;
  /** Shows a shell failure in the pane's error bar (a rejected promise is never swallowed). */
  reportError: (error: unknown) => void;
  /** Starts the consistency watch the first time it is called; later calls do nothing. */
  ensureWatching: () => void;
  /**
   * The institution's objectives the planner typed in *Validar* (§3 v2 rule 2), undefined until then: every
   * later check of the pane (*Validar*, *Seguimiento*) passes them. Read when a check starts, so a stable holder.
   */
  typedObjectives: { current: Objective[] | undefined };
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error("usePane() outside <App>");
  return value;
}
