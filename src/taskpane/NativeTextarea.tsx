import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { TextareaHTMLAttributes } from "react";

const useStyles = makeStyles({
  textarea: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "52px",
    resize: "vertical",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
});

/**
 * The browser's own <textarea> in the theme's tokens; use it as a Fluent `Field`'s render-function child
 * so it gets the field's id, labelling and `aria-invalid`.
 */
export function NativeTextarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const styles = useStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return <textarea {...props} className={mergeClasses(styles.textarea, invalid && styles.invalid, className)} />;
}
