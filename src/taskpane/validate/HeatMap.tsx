import { mergeClasses } from "@fluentui/react-components";
import { rowNouns } from "../../core/messages";
import type { Lang, RowLevel } from "../../core/model";
import type { Strings } from "../i18n";
import { useHeatMapStyles } from "./HeatMap.styles";
import { useViewStyles } from "../View.styles";
import type { HeatMapData } from "./heatMapData";

interface HeatMapProps {
  t: Strings;
  lang: Lang;
  data: HeatMapData;
  /** The level of the matrix's rows, so the caption counts "actividades" or "resultados". */
  level: RowLevel;
  /** Keeps ids unique where two reports are on the page (Validar and Adoptar). */
  idPrefix?: string;
}

/**
 * Objectives × months as a real table: headers for both axes, a number in every cell, an aria-label per
 * cell. Month headings are one letter so the twelve fit Excel's narrowest pane; each carries its full
 * name for screen readers and as a tooltip.
 */
export function HeatMap({ t, lang, data, level, idPrefix = "" }: HeatMapProps) {
  const styles = useHeatMapStyles();
  const shared = useViewStyles();
  const rows = rowNouns(lang, level);
  const levels = [styles.level0, styles.level1, styles.level2, styles.level3];
  const levelOf = (count: number, scheduled: boolean) =>
    count === 0 ? (scheduled ? 1 : 0) : Math.max(1, Math.ceil((count / data.max) * 3));

  return (
    <section aria-labelledby={`${idPrefix}heatmap-heading`}>
      <h3 id={`${idPrefix}heatmap-heading`} className={styles.heading}>
        {t.heatMapHeading}
      </h3>
      <table className={styles.table}>
        <caption className={styles.caption}>{t.heatMapCaption(rows)}</caption>
        <thead>
          <tr>
            {/* Named for screen readers only: the row headers (OE1…) and the caption say it, and twelve months need the room. */}
            <th scope="col" className={styles.corner}>
              <span className={shared.srOnly}>{t.heatMapObjective}</span>
            </th>
            {t.months.map((month, m) => (
              <th key={month} scope="col" className={styles.header} title={month}>
                <span aria-hidden="true">{t.monthInitials[m]}</span>
                <span className={shared.srOnly}>{month}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={styles.rowHeader} title={row.text}>
                {row.id}
              </th>
              {row.cells.map((cell, m) => {
                const month = t.months[m];
                const label =
                  cell.count === 0 && cell.scheduled ? t.heatMapScheduled(row.id, month) : t.heatMapCell(row.id, month, cell.count, rows);
                return (
                  <td key={month} className={mergeClasses(styles.cell, levels[levelOf(cell.count, cell.scheduled)])} aria-label={label} title={label}>
                    {cell.count === 0 && cell.scheduled ? "✓" : cell.count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={styles.rowHeader}>
              {t.heatMapTotal}
            </th>
            {data.totals.map((total, m) => (
              <td key={t.months[m]} className={styles.total}>
                {total}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
