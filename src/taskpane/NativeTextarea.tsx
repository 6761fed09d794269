import { mergeClasses } from "@fluentui/react-components";
import { useNativeTextareaStyles } from "./NativeTextarea.styles";
import type { TextareaHTMLAttributes } from "react";


/**
 * The browser's own <textarea> in the theme's tokens; use it as a Fluent `Field`'s render-function child
 * so it gets the field's id, labelling and `aria-invalid`.
 */
export function NativeTextarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const styles = useNativeTextareaStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return <textarea {...props} className={mergeClasses(styles.textarea, invalid && styles.invalid, className)} />;
}
