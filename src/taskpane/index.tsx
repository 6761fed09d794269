import { createRoot } from "react-dom/client";
import { officeLanguage } from "../excel/officeLanguage";
import { detectCapabilities } from "../excel/requirements";
import { App } from "./App";
import { lazyShell } from "./lazyShell";
import { themeForOffice } from "./theme";
import { viewFromSearch } from "./views";

// Read by unsupported.js: this script ran, so the webview understands it (see that file).
(window as unknown as { __poaPaneStarted?: boolean }).__poaPaneStarted = true;

/** Office's theme, where the host exposes it (older hosts and Excel on the web may not). */
function officeTheme(): { bodyBackgroundColor?: string } | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

Office.onReady(() => {
  const lang = officeLanguage();
  /** The Office.js shell and the core, as their own chunk: the form shows before they arrive (lazyShell.ts). */
  const shell = lazyShell(
    () => import(/* webpackChunkName: "excel", webpackPrefetch: true */ "../excel/officeShell").then((m) => m.createOfficeShell({ lang })),
    () => detectCapabilities(),
  );

  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App shell={shell} lang={lang} initialView={viewFromSearch(window.location.search)} theme={themeForOffice(officeTheme())} />,
  );
});
