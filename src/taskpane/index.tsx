import { createRoot } from "react-dom/client";
import { officeLanguage } from "../excel/officeLanguage";
import { createOfficeShell } from "../excel/officeShell";
import { App } from "./App";
import { themeForOffice } from "./theme";
import { viewFromSearch } from "./viewFromSearch";

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
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App
      shell={createOfficeShell({ lang })}
      lang={lang}
      initialView={viewFromSearch(window.location.search)}
      theme={themeForOffice(officeTheme())}
    />,
  );
});
