import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { SelectHTMLAttributes } from "react";

const useStyles = makeStyles({
  select: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
});

/**
 * The browser's own <select>, styled with the theme's tokens. Use it as a Fluent `Field`'s render-function
 * child, so it gets the field's id, labelling and `aria-invalid`. Fluent's Select adds weight and
 * nothing the native element lacks here.
 */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const styles = useStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return <select {...props} className={mergeClasses(styles.select, invalid && styles.invalid, className)} />;
}
