import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type NoticeIntent = "error" | "warning" | "success" | "info";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  body: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
});

interface NoticeProps {
  intent: NoticeIntent;
  title?: string;
  children: ReactNode;
  /** A trailing action, such as a dismiss button. */
  action?: ReactNode;
  role?: "alert" | "status";
}

/**
 * A message bar in the theme's status colours. The intent is also in the words (a title or the text
 * itself), never in the colour alone. Fluent's MessageBar brings icons and motion the page cannot afford.
 */
export function Notice({ intent, title, children, action, role }: NoticeProps) {
  const styles = useStyles();
  return (
    <div role={role} className={mergeClasses(styles.root, styles[intent])}>
      <div className={styles.body}>
        {title && <span className={styles.title}>{title} </span>}
        {children}
      </div>
      {action}
    </div>
  );
}
