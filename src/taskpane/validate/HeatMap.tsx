import { mergeClasses } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { HeatMapData } from "./heatMapData";
import { useHeatMapStyles } from "./HeatMap.styles";

/** Objectives × months as a real table: headers for both axes, a number in every cell, an aria-label per cell. */
/** `idPrefix` keeps ids unique where two reports are on the page (Validar and Adoptar). */
export function HeatMap({ t, data, idPrefix = "" }: { t: Strings; data: HeatMapData; idPrefix?: string }) {
  const styles = useHeatMapStyles();
  const levels = [styles.level0, styles.level1, styles.level2, styles.level3];
  const levelOf = (count: number, scheduled: boolean) =>
    count === 0 ? (scheduled ? 1 : 0) : Math.max(1, Math.ceil((count / data.max) * 3));

  return (
    <section aria-labelledby={`${idPrefix}heatmap-heading`}>
      <h3 id={`${idPrefix}heatmap-heading`} className={styles.heading}>
        {t.heatMapHeading}
      </h3>
      <div className={styles.wrapper}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t.heatMapCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.rowHeader}>
                {t.heatMapObjective}
              </th>
              {t.months.map((month) => (
                <th key={month} scope="col" className={styles.header}>
                  {month}
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
                    cell.count === 0 && cell.scheduled
                      ? t.heatMapScheduled(row.id, month)
                      : t.heatMapCell(row.id, month, cell.count);
                  return (
                    <td
                      key={month}
                      className={mergeClasses(styles.cell, levels[levelOf(cell.count, cell.scheduled)])}
                      aria-label={label}
                      title={label}
                    >
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
      </div>
    </section>
  );
}
