import { mergeClasses } from "@fluentui/react-components";
import { useNativeSelectStyles } from "./NativeSelect.styles";
import type { SelectHTMLAttributes } from "react";


/**
 * The browser's own <select>, styled with the theme's tokens. Use it as a Fluent `Field`'s render-function
 * child, so it gets the field's id, labelling and `aria-invalid`. Fluent's Select adds weight and
 * nothing the native element lacks here.
 */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const styles = useNativeSelectStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return <select {...props} className={mergeClasses(styles.select, invalid && styles.invalid, className)} />;
}
