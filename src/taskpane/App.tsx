import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import type { ExcelShell } from "../excel/shell";
import { useAppStyles } from "./App.styles";
import { ErrorBars } from "./ErrorBars";
import { Notice } from "./Notice";
import { PaneContext } from "./PaneContext";
import { PaneTabs } from "./PaneTabs";
import { useApp } from "./useApp";
import { ViewPanel } from "./ViewPanel";
import { VIEWS, viewLabel, type View } from "./views";

export type { View } from "./views";

export interface AppProps {
  shell: ExcelShell;
  lang: Lang;
  /** `validate` when the ribbon's "Validar plan" opened the pane: show the report and run at once. */
  initialView?: View;
  theme?: Theme;
}

export function App({ shell, lang, initialView = "generate", theme = webLightTheme }: AppProps) {
  const { t, pane, errors, dismiss, state, selectView, missing } = useApp(shell, lang, initialView);
  const styles = useAppStyles();
  return (
    <FluentProvider theme={theme} lang={lang} className={styles.provider}>
      <PaneContext.Provider value={pane}>
        <main className={styles.root}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          {!pane.canUseExcel && (
            <Notice intent="warning" title={t.oldExcelTitle}>
              {t.oldExcelBody}
            </Notice>
          )}
          {missing.length > 0 && <Notice intent="info">{t.missingFeatures(missing)}</Notice>}
          <ErrorBars errors={errors} title={t.errorTitle} dismissLabel={t.dismiss} onDismiss={dismiss} />
          <PaneTabs
            selected={state.view}
            onSelect={selectView}
            tabs={VIEWS.map((view) => ({ value: view, label: viewLabel(t, view), id: `tab-${view}`, panelId: `panel-${view}` }))}
          />
          {/* Every panel exists (the tabs point at it); a view's code loads when it is first opened, and it then
              stays mounted, so switching tabs keeps an edited template and the last report. */}
          {VIEWS.map((view) => (
            <section
              key={view}
              id={`panel-${view}`}
              role="tabpanel"
              aria-labelledby={`tab-${view}`}
              hidden={state.view !== view}
              // Only on the shown panel: a class's `display: flex` would override `hidden`.
              className={state.view === view ? styles.panel : undefined}
            >
              {state.opened.includes(view) && <ViewPanel view={view} runAtStart={initialView === "validate"} />}
            </section>
          ))}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
