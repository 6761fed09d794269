import { Button, Field } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { objectivesFromText } from "../../core/catalogText";
import type { Objective, Report } from "../../core/model";
import type { Strings } from "../i18n";
import { NativeTextarea } from "../NativeTextarea";
import { useViewStyles } from "../View.styles";

interface InstitutionObjectivesProps {
  t: Strings;
  /** The objectives to start from: those the workbook's objective column names, or those typed before. */
  initial: readonly Objective[];
  /** The button's words: check the plan with them (Validar), or read it with them (Adoptar). */
  action: string;
  disabled: boolean;
  onUse: (objectives: Objective[]) => void;
  idPrefix?: string;
}

/**
 * The catalog a planner gives where the workbook has none (contract §3 v2 rule 2): the institution's
 * objectives, typed or pasted one a line. Never the template's: it starts from what the workbook holds.
 */
export function InstitutionObjectives({ t, initial, action, disabled, onUse, idPrefix = "" }: InstitutionObjectivesProps) {
  const shared = useViewStyles();
  const [text, setText] = useState(() => initial.map((o) => (o.text ? `${o.id} ${o.text}` : o.id)).join("\n"));
  const objectives = useMemo(() => objectivesFromText(text), [text]);
  const headingId = `${idPrefix}given-heading`;
  return (
    <form
      aria-labelledby={headingId}
      className={shared.column}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (objectives.length > 0) onUse(objectives);
      }}
    >
      <h3 id={headingId} className={shared.subheading}>
        {t.givenHeading}
      </h3>
      <p className={shared.intro}>{t.givenIntro}</p>
      <Field label={t.givenLabel} hint={t.givenRead(objectives.map((o) => o.id))}>
        {(fieldProps) => <NativeTextarea {...fieldProps} rows={3} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <div>
        <Button type="submit" disabled={disabled || objectives.length === 0}>
          {action}
        </Button>
      </div>
    </form>
  );
}

/** Where the planner may give the catalog: the workbook has none, only bare ids, or the one typed before. */
export function needsCatalog(report: Report): boolean {
  return report.catalog === "none" || report.catalog === "ids" || report.catalog === "file";
}
