import { Field } from "@fluentui/react-components";
import { ProgressLine } from "./ProgressLine";

/** Work under way with no measure of how far it is: an indeterminate progress line, labelled by what is being done. */
export function BusyField({ label }: { label: string }) {
  return <Field label={label}>{(field) => <ProgressLine {...field} />}</Field>;
}
