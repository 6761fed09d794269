import { mergeClasses } from "@fluentui/react-components";
import { useNoticeStyles } from "./Notice.styles";
import type { ReactNode } from "react";

export type NoticeIntent = "error" | "warning" | "success" | "info";


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
  const styles = useNoticeStyles();
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
