import { useProgressLineStyles } from "./ProgressLine.styles";


/**
 * A thin progress line in the theme's colours: the native `<progress>` (role progressbar, indeterminate
 * without a value), labelled by the surrounding Field. Fluent's ProgressBar costs the page's size budget
 * about 1 KB gzip for the same thing.
 */
export function ProgressLine({ value, max, ...field }: { value?: number; max?: number } & Record<string, unknown>) {
  const styles = useProgressLineStyles();
  return <progress {...field} className={styles.bar} value={value} max={max} />;
}
