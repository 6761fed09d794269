/**
 * Browser entry bundled by the e2e harness (an init script, so it runs before any page script).
 * The page loads the real office.js (routed to node_modules/@microsoft/office-js); outside Office it
 * initialises, replaces `window.Office` with its own namespace, and resolves `Office.onReady` with no
 * host. The harness appends `Office.onReady(() => __poaUseDouble())` to office.js: registered before
 * the pane's own `Office.onReady`, it puts the strict double in place of `Excel` and `Office` just
 * before the pane's callback runs, once office.js has finished with the globals.
 * The test reaches the double through `window.__poaDouble` and a plain-data dump through `__poaDump()`.
 */
import { install, type DoubleOptions } from "../excelDouble";
import { dumpWorkbook } from "./dump";

interface E2eWindow {
  __poaDoubleOptions?: DoubleOptions;
  __poaDouble?: ReturnType<typeof install>;
  __poaDump?: () => ReturnType<typeof dumpWorkbook>;
  __poaUseDouble?: () => void;
  /** Sheets to set up before the pane starts, as a planner's workbook would have them. */
  __poaSeed?: Record<string, (string | number | null)[][]> | null;
}

const w = window as unknown as E2eWindow & Record<string, unknown>;
w.__poaUseDouble = () => {
  if (w.__poaDouble) return;
  const double = install(w, w.__poaDoubleOptions ?? {});
  // office.js keeps calling `Office.Promise` (its DOMContentLoaded hook) after the globals are swapped.
  (w.Office as Record<string, unknown>).Promise = Promise;
  for (const [sheet, rows] of Object.entries(w.__poaSeed ?? {})) double.seed(sheet, rows);
  w.__poaDouble = double;
  w.__poaDump = () => dumpWorkbook(double);
};
