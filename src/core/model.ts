/** The plan model shared by every part of the product (contract §1). */

export type Lang = "es" | "en";

export interface Objective {
  /** `OE1` … `OEn`. */
  id: string;
  text: string;
}

/** The template a matrix is scaffolded from, and the fallback catalog when a workbook has none. */
export interface PlanTemplate {
  institution: string;
  year: number;
  objectives: Objective[];
  /**
   * Each result serves exactly one objective, named by id ("" when not yet mapped). `months` (12
   * booleans, optional) pre-marks the scheduled months with `X`, as when adopting an existing sheet.
   */
  results: { text: string; objective: string; months?: boolean[] }[];
}

export type Severity = "error" | "warning";

export type IssueCode =
  | "MONTH_COLUMN_MISSING"
  | "RESULT_WITHOUT_MONTHS"
  | "EMPTY_RESULT"
  | "INVALID_MONTH_MARK"
  | "NONSTANDARD_MONTH_MARK"
  | "RESULT_UNMAPPED"
  | "RESULT_MAPPING_INFERRED"
  | "OBJECTIVE_NOT_COVERED"
  | "DUPLICATE_RESULT"
  | "MONTH_MARKED_BY_COLOR"
  | "YEAR_CONFLICT"
  | "CATALOG_MISSING"
  | "REPORT_MISSING"
  | "UNPLANNED_EXECUTION"
  | "INVALID_EXECUTED_VALUE";

/**
 * A change the core proposes to fix an issue. `safe` fixes (a non-standard mark to `X`) may be
 * applied without asking; the others need the planner's confirmation. `value: null` clears the cell.
 */
export interface Fix {
  sheet: string;
  cell: string;
  value: string | null;
  safe: boolean;
  /**
   * What the cell held when the report was made, as `seenValue` puts it (src/core/fixSeen.ts): a shell
   * writes the fix only while the cell still holds exactly this. Absent when unknown.
   */
  seen?: string | number | boolean | null;
}

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address, or null where no cell can be pointed at. */
  cell: string | null;
  message: string;
  /** The objective the issue belongs to, for grouping in the task pane; absent when none. */
  objective?: string;
  /** Seguimiento's checks (§9): the month of the Realizado cell, 0…11 (an index into `months` and `executed`). */
  month?: number;
  fix?: Fix;
}

/**
 * The kind of row label that was matched (contract §8); `result` for the seed's layout. `item`: a
 * budget line (`Ítem`, `Partida`, `Rubro`, `Descripción`, v2); `row`: no label header at all, the
 * column with the most text left of the months (v2).
 */
export type RowLevel = "activity" | "action" | "output" | "result" | "target" | "project" | "item" | "row";

/**
 * Where the catalog of objectives came from (contract §3 v2, first that applies): an `Objetivos`
 * sheet, a catalog the user gave (`--objectives`), the objective column's id-and-text cells, the
 * template (only for that institution's own plan), the bare ids of the objective column, or none.
 */
export type CatalogSource = "sheet" | "file" | "column" | "template" | "ids" | "none";

/** The semáforo of a cumplimiento (§9). */
export type SemaforoStatus = "cumplido" | "en_riesgo" | "critico" | "sin_programacion";

/** The periods a cumplimiento is given for besides the months (§9). */
export type CompliancePeriod = "T1" | "T2" | "T3" | "T4" | "S1" | "S2" | "year";

/**
 * A cumplimiento (§9) as a ratio (1 = 100 %), per month (12 entries) and per period, each counting only
 * the scheduled months up to the corte; null where no month is due.
 */
export type Compliance = { months: (number | null)[] } & Record<CompliancePeriod, number | null>;

export interface ReportObjective {
  id: string;
  text: string;
  /** How many rows map to it. */
  results: number;
  /** Per month, whether at least one of its rows is scheduled then. */
  months: boolean[];
  covered: boolean;
  /** Seguimiento (§9): the mean of its rows' capped cumplimiento. */
  compliance?: Compliance;
  /** Seguimiento (§9): the semáforo of its year-to-corte figure. */
  status?: SemaforoStatus;
}

export interface ReportRow {
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the row's label (result) cell. */
  cell: string;
  text: string;
  /** Objective id, or null when unmapped. */
  objective: string | null;
  months: boolean[];
  level: RowLevel;
  /**
   * A higher-level row with no month (§8 v2: a `Producto Final` above its `Producto Intermedio` rows):
   * shown for context, never asked for months. Absent on the rows the grid plans.
   */
  hierarchy?: true;
  /**
   * The higher-level labels over the row (§8), most specific first: the project or goal it belongs
   * to, a merged cell counting for every row it covers. Absent when the matrix has no such column
   * or the row's cells in them are empty.
   */
  context?: RowContext[];
  /** Seguimiento (§9): per month, the Realizado reported, or null (blank or invalid). Absent where the sheet has no Realizado. */
  executed?: (number | null)[];
  /** Seguimiento (§9): the row's cumplimiento to the corte, not capped. */
  compliance?: Compliance;
}

/** One higher-level label over a row: `{ level: "project", label: "4.PROYECTOS", text: "Santa Ana Limpia", cell: "C14" }`. */
export interface RowContext {
  level: RowLevel;
  /** The column's header label, as written. */
  label: string;
  text: string;
  /** A1 address of the cell holding the text (a merged area's top-left). */
  cell: string;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  objectivesCovered: number;
  objectivesTotal: number;
  /** Seguimiento (§9): the institution's cumplimiento, the mean of all its rows' capped figures. */
  compliance?: Compliance;
  /** Seguimiento (§9): the semáforo of the institution's year-to-corte figure. */
  status?: SemaforoStatus;
}

/** The report of contract §7; the CLI prints it as JSON unchanged. */
export interface Report {
  sheet: string;
  /** Present (true) only when the matrix is on a hidden sheet (§3 v2). */
  hidden?: true;
  year: number | null;
  /** Which catalog rule applied (§3 v2). */
  catalog: CatalogSource;
  /** The institution the title block names (titleBlock.ts), when it names one: *Adoptar* starts from it. */
  institution?: string;
  /** Seguimiento (§9): the corte, 0…12 (months 1…M are due). Absent where the sheet has no Realizado. */
  reportMonth?: number;
  /** Seguimiento: where the corte came from: given (`--month`, the pane's picker), the workbook's corte cell, or §9's default. */
  corteSource?: "given" | "workbook" | "default";
  /** Seguimiento: the semáforo's thresholds used (ratios): the workbook's where it holds valid ones, else 1 and 0.8. */
  thresholds?: { cumplido: number; enRiesgo: number };
  /** Planner-facing notes on what the report could not use as the workbook has it (an invalid threshold or corte cell). */
  notes?: string[];
  objectives: ReportObjective[];
  results: ReportRow[];
  issues: Issue[];
  summary: ReportSummary;
}

/** Why no report could be made: every case ends the CLI with exit 2. */
export interface NotFound {
  /**
   * `FOREIGN_MONTHS`: the months are in a language the reader does not read (Portuguese…);
   * `PERIODS_ONLY`: the grid is by quarter or semester, with no month (§8 v2, refused clearly).
   */
  reason: "NO_SHEETS" | "SHEET_NOT_FOUND" | "NO_MATRIX" | "FOREIGN_MONTHS" | "PERIODS_ONLY";
  message: string;
}

export type ValidationOutcome = { ok: true; report: Report } | { ok: false; notFound: NotFound };
