import type { Strings } from "./i18n";
import { Notice } from "./Notice";
import type { ScaffoldNotice } from "./useScaffoldWithConflicts";

/** How a write of new sheets ended (generating or adopting): the sheets created, nothing written, or a failure. */
export function ScaffoldNoticeView({ t, notice }: { t: Strings; notice: ScaffoldNotice }) {
  if (notice?.kind === "created") {
    return (
      <Notice intent="success" title={t.createdTitle}>
        {t.created(notice.names.objectives, notice.names.matrix, notice.names.coverage)}
      </Notice>
    );
  }
  if (notice?.kind === "cancelled") return <Notice intent="info">{t.cancelled}</Notice>;
  if (notice?.kind === "failed") return <Notice intent="error">{t.writeFailed}</Notice>;
  return null;
}
