import { useMemo, type ReactNode } from "react";
import type { Report } from "../../core/model";
import type { Strings } from "../i18n";
import { Notice } from "../Notice";
import { groupIssues } from "./groupIssues";
import { HeatMap } from "./HeatMap";
import { heatMapData } from "./heatMapData";
import { IssueGroups } from "./IssueGroups";
import { ReportSummary } from "./ReportSummary";

interface ReportBodyProps {
  t: Strings;
  report: Report;
  onSelect: (sheet: string, cell: string) => void;
  /** Keeps ids unique where two reports are on the page (Validar and Adoptar). */
  idPrefix?: string;
  /** Shown between the summary and the issues (the adopt screen's copy form). */
  children?: ReactNode;
}

/** A report as both the Validar and the Adoptar screens show it: summary, issues by objective, heat map. */
export function ReportBody({ t, report, onSelect, idPrefix = "", children }: ReportBodyProps) {
  const groups = useMemo(() => groupIssues(report, t.generalGroup), [report, t]);
  const heat = useMemo(() => heatMapData(report), [report]);
  return (
    <>
      <ReportSummary t={t} report={report} />
      {children}
      {report.issues.length === 0 ? (
        <Notice intent="success">{t.noIssues}</Notice>
      ) : (
        <IssueGroups t={t} groups={groups} onSelect={onSelect} idPrefix={idPrefix} />
      )}
      {heat && <HeatMap t={t} data={heat} idPrefix={idPrefix} />}
    </>
  );
}
