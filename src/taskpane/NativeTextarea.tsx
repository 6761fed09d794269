import { mergeClasses } from "@fluentui/react-components";
import { useRef, type TextareaHTMLAttributes } from "react";
import { useNativeTextareaStyles } from "./NativeTextarea.styles";
import { useAutoGrow } from "./useAutoGrow";

/**
 * The browser's own <textarea> in the theme's tokens, as tall as its text; use it as a Fluent `Field`'s
 * render-function child so it gets the field's id, labelling and `aria-invalid`.
 */
export function NativeTextarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const styles = useNativeTextareaStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useAutoGrow(ref, props.value);
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return <textarea rows={2} {...props} ref={ref} className={mergeClasses(styles.textarea, invalid && styles.invalid, className)} />;
}
