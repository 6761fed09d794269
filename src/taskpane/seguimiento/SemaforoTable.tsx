import { mergeClasses } from "@fluentui/react-components";
import type { SemaforoStatus } from "../../core/model";
import { TABLE_PERIODS } from "../../core/monitoring/periods";
import type { FigureView, SemaforoRow } from "./seguimientoState";
import type { SeguimientoStrings } from "./seguimientoText";
import { useSeguimientoStyles } from "./Seguimiento.styles";
import { useViewStyles } from "../View.styles";

/** A status's symbol beside its colour, so neither colour alone nor a hover carries it (the legend says each). */
export const STATUS_SYMBOL: Readonly<Record<SemaforoStatus, string>> = { cumplido: "✓", en_riesgo: "!", critico: "✕", sin_programacion: "—" };

export const STATUSES: readonly SemaforoStatus[] = ["cumplido", "en_riesgo", "critico", "sin_programacion"];

/**
 * One figure as the table and the summary show it: symbol, percent and colour, the word read out (and shown
 * on hover, or beside it with `withWord`). Nothing due is its dash alone, said as its word.
 */
export function Figure({ figure, withWord = false }: { figure: FigureView; withWord?: boolean }) {
  const styles = useSeguimientoStyles();
  const shared = useViewStyles();
  const due = figure.status !== "sin_programacion";
  return (
    <>
      <span aria-hidden="true" className={styles.symbol}>
        {STATUS_SYMBOL[figure.status]}
      </span>
      {due && (
        <>
          {" "}
          <span className={styles.percent}>{figure.text}</span>
        </>
      )}
      {withWord ? ` · ${figure.word}` : <span className={shared.srOnly}>{due ? `, ${figure.word}` : figure.word}</span>}
    </>
  );
}

/** The semáforo per objective and quarter (T1–T4) and for the year, fitting 320 px. */
export function SemaforoTable({ s, rows }: { s: SeguimientoStrings; rows: SemaforoRow[] }) {
  const styles = useSeguimientoStyles();
  const shared = useViewStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.corner}>
            <span aria-hidden="true">{s.objective.slice(0, 3)}.</span>
            <span className={shared.srOnly}>{s.objective}</span>
          </th>
          {TABLE_PERIODS.map((p) => (
            <th key={p} scope="col" className={styles.header} title={s.periodFull[p]}>
              <abbr title={s.periodFull[p]} aria-hidden="true" className={styles.abbr}>
                {s.periodShort[p]}
              </abbr>
              <span className={shared.srOnly}>{s.periodFull[p]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className={styles.rowHeader} title={row.text}>
              {row.id}
            </th>
            {TABLE_PERIODS.map((p) => {
              const cell = row.cells[p];
              return (
                <td key={p} className={mergeClasses(styles.cell, styles[cell.status])} title={`${row.id}, ${s.periodFull[p]}: ${cell.text} · ${cell.word}`}>
                  <Figure figure={cell} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What each symbol and colour means, in words. */
export function SemaforoLegend({ s, words }: { s: SeguimientoStrings; words: Record<SemaforoStatus, string> }) {
  const styles = useSeguimientoStyles();
  return (
    <ul className={styles.legend} aria-label={s.legendLabel}>
      {STATUSES.map((status) => (
        <li key={status} className={mergeClasses(styles.legendItem, styles[status])}>
          <span aria-hidden="true" className={styles.symbol}>
            {STATUS_SYMBOL[status]}
          </span>{" "}
          {words[status]}
        </li>
      ))}
    </ul>
  );
}
