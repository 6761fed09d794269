import {
  FluentProvider,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { Lang } from "../core/model";
import type { ExcelShell } from "../excel/shell";
import { AdoptView } from "./adopt/AdoptView";
import { ErrorBars } from "./ErrorBars";
import { GenerateView } from "./generate/GenerateView";
import { Notice } from "./Notice";
import { PaneContext } from "./PaneContext";
import { PaneTabs } from "./PaneTabs";
import { useApp, type View } from "./useApp";
import { useAppStyles } from "./App.styles";
import { ValidateView } from "./validate/ValidateView";

export type { View } from "./useApp";

export interface AppProps {
  shell: ExcelShell;
  lang: Lang;
  /** `validate` when the ribbon's "Validar plan" opened the pane: show the report and run at once. */
  initialView?: View;
  theme?: Theme;
}

export function App({ shell, lang, initialView = "generate", theme = webLightTheme }: AppProps) {
  const { t, pane, errors, dismiss, view, selectView } = useApp(shell, lang, initialView);
  const styles = useAppStyles();
  return (
    <FluentProvider theme={theme} lang={lang}>
      <PaneContext.Provider value={pane}>
        <main className={styles.root}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          {!pane.canUseExcel && (
            <Notice intent="warning" title={t.oldExcelTitle}>
              {t.oldExcelBody}
            </Notice>
          )}
          <ErrorBars errors={errors} title={t.errorTitle} dismissLabel={t.dismiss} onDismiss={dismiss} />
          <PaneTabs
            selected={view}
            onSelect={selectView}
            tabs={[
              { value: "generate", label: t.tabGenerate, id: "tab-generate", panelId: "panel-generate" },
              { value: "validate", label: t.tabValidate, id: "tab-validate", panelId: "panel-validate" },
              { value: "adopt", label: t.tabAdopt, id: "tab-adopt", panelId: "panel-adopt" },
            ]}
          />
          {/* Every screen stays mounted, so switching tabs keeps an edited template and the last report. */}
          <section id="panel-generate" role="tabpanel" aria-labelledby="tab-generate" hidden={view !== "generate"}>
            <GenerateView />
          </section>
          <section id="panel-validate" role="tabpanel" aria-labelledby="tab-validate" hidden={view !== "validate"}>
            <ValidateView runAtStart={initialView === "validate"} />
          </section>
          <section id="panel-adopt" role="tabpanel" aria-labelledby="tab-adopt" hidden={view !== "adopt"}>
            <AdoptView />
          </section>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
