import { useMemo, useReducer, type ReactNode } from "react";
import { reportLevel } from "../../core/issueCauses";
import type { Lang, Report } from "../../core/model";
import type { Strings } from "../i18n";
import { Notice } from "../Notice";
import { HeatMap } from "./HeatMap";
import { heatMapData } from "./heatMapData";
import { IssueGroups } from "./IssueGroups";
import { causeGroups, initialReportView, objectiveGroups, reportViewReducer } from "./reportView";
import { ReportSummary } from "./ReportSummary";

interface ReportBodyProps {
  t: Strings;
  lang: Lang;
  report: Report;
  onSelect: (sheet: string, cell: string) => void;
  /** Keeps ids unique where two reports are on the page (Validar and Adoptar). */
  idPrefix?: string;
  /** Shown between the summary and the issues (the adopt screen's copy form). */
  children?: ReactNode;
}

/** A report as both the Validar and the Adoptar screens show it: summary, issues by cause or objective, heat map. */
export function ReportBody({ t, lang, report, onSelect, idPrefix = "", children }: ReportBodyProps) {
  const [view, dispatch] = useReducer(reportViewReducer, initialReportView);
  const groups = useMemo(
    () => (view.grouping === "cause" ? causeGroups(report, lang, view) : objectiveGroups(report, t, lang, view)),
    [report, lang, t, view],
  );
  const heat = useMemo(() => heatMapData(report), [report]);
  return (
    <>
      <ReportSummary t={t} report={report} />
      {children}
      {report.issues.length === 0 ? (
        <Notice intent="success">{t.noIssues}</Notice>
      ) : (
        <IssueGroups
          t={t}
          grouping={view.grouping}
          groups={groups}
          onGroup={(grouping) => dispatch({ type: "group", grouping })}
          onExpand={(group) => dispatch({ type: "expand", group })}
          onSelect={onSelect}
          idPrefix={idPrefix}
        />
      )}
      {heat && <HeatMap t={t} lang={lang} data={heat} level={reportLevel(report)} idPrefix={idPrefix} />}
    </>
  );
}
