import { existsSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { escoTemplate, DEFAULT_YEAR } from "../core/escoTemplate";
import { defaultSheetNames, scaffoldLayout } from "../core/layout";
import { scaffoldWithMonitoring } from "../core/layoutMonitoring";
import type { Lang } from "../core/model";
import { parseCorte, type Today } from "../core/monitoring/corte";
import { parsePlanYear } from "../core/year";
import { readCatalogSheet } from "../core/catalog";
import { validateWorkbook, type GivenCatalog } from "../core/validate";
import { writeFileAtomically } from "./atomicWrite";
import { cliText, type CliText } from "./cliText";
import { jsonChunks } from "./jsonChunks";
import { outputStream } from "./processOutput";
import { readWorkbookFile, type ReadFailure } from "./readWorkbookFile";
import { reportLines } from "./reportText";
import { jsonSafe, terminalSafe } from "./safeText";
import { layoutToWorkbook } from "./writeLayout";
import { workbookToGrid } from "./xlsxToGrid";

/**
 * `poa scaffold` and `poa validate` (contract §7). Exit codes: 0 fine (warnings allowed), 1 the
 * matrix has errors, 2 the command could not do its job (bad arguments, unreadable file, no matrix,
 * file exists). Every failure is one line on stderr in the planner's language; nothing throws out.
 */

export interface CliIo {
  /** A promise returned is awaited: the report is written piece by piece, each waiting for the reader. */
  stdout(text: string): unknown;
  stderr(text: string): unknown;
  /** True once nothing more can reach stdout's reader (a closed pipe): the rest is skipped. */
  stdoutClosed?(): boolean;
}

let processIoOnce: CliIo | undefined;

/** The real process's streams, made once: a closed pipe ends the command quietly (processOutput.ts). */
function processIo(): CliIo {
  if (processIoOnce) return processIoOnce;
  const out = outputStream(process.stdout);
  const err = outputStream(process.stderr);
  processIoOnce = { stdout: (text) => out.write(text), stderr: (text) => err.write(text), stdoutClosed: () => out.closed };
  return processIoOnce;
}

/** Ends the command with a one-line message on stderr; `cause`, if any, is shown only with POA_DEBUG. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
    readonly debugCause?: unknown,
  ) {
    super(message);
  }
}

/** Pieces of output are gathered up to this size before each write: few writes, and a bounded buffer. */
const OUTPUT_BATCH = 64 * 1024;

/** Writes pieces of text to stdout in batches, each waiting for the reader; stops once the reader has gone. */
async function writeOut(io: CliIo, pieces: Iterable<string>): Promise<void> {
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < OUTPUT_BATCH) continue;
    await io.stdout(batch);
    batch = "";
    if (io.stdoutClosed?.()) return;
  }
  if (batch) await io.stdout(batch);
}

function* withLineBreaks(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + "\n";
}

function* escapedJson(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield jsonSafe(piece);
}

const OPTIONS = {
  out: { type: "string" },
  year: { type: "string" },
  lang: { type: "string" },
  force: { type: "boolean" },
  seguimiento: { type: "boolean" },
  sheet: { type: "string" },
  objectives: { type: "string" },
  month: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const OPTIONS_BY_COMMAND: Record<string, readonly string[]> = {
  scaffold: ["out", "year", "lang", "force", "seguimiento", "help", "version"],
  validate: ["sheet", "objectives", "month", "format", "lang", "help", "version"],
};

function version(): string {
  try {
    // src/cli and lib/cli are both two levels below the package root.
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "";
  } catch {
    return "";
  }
}

/** The language asked for, read before full parsing so that parse errors speak it too. */
function requestedLang(argv: string[]): { lang: Lang; invalid?: string } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let value: string | undefined;
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
    else continue;
    if (value === "es" || value === "en") return { lang: value };
    return { lang: "es", invalid: value ?? "" };
  }
  return { lang: "es" };
}

/** One line of an error message: parseArgs and ExcelJS messages can run over several. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** The message for each way reading a workbook file can fail; a new failure without one is a type error. */
const READ_FAILURE_TEXT = {
  missing: "fileMissing",
  directory: "fileIsDirectory",
  notRegular: "fileNotRegular",
  unreadable: "fileUnreadable",
  tooLarge: "fileTooLarge",
  empty: "fileEmpty",
  legacy: "fileLegacy",
  ods: "fileOds",
  csv: "fileCsv",
  notXlsx: "fileNotXlsx",
  tooManyEntries: "fileTooManyEntries",
  tooMuchData: "fileTooMuchData",
  tooManyCells: "fileTooManyCells",
  tooManyElements: "fileTooComplex",
  noWorkbook: "fileNoWorkbook",
  damaged: "fileDamaged",
} as const satisfies Record<ReadFailure, keyof CliText["errors"]>;

/** `amount`: what went over a limit, for the messages that name it (the others take the file only). */
function readFailureMessage(t: CliText, failure: ReadFailure, file: string, amount = 0): string {
  return t.errors[READ_FAILURE_TEXT[failure]](file, amount);
}

/** The planner's local date: the shell reads the clock, the core is given it (seguimiento's corte, §9). */
function localToday(): Today {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

async function scaffold(values: ParsedValues, positionals: string[], lang: Lang, t: CliText, io: CliIo): Promise<number> {
  if (positionals.length > 0) throw new CliFailure(t.errors.extraArguments(positionals.join(" ")));
  const out = values.out;
  if (out === undefined || out === "") throw new CliFailure(t.errors.missingOut);
  if (!/\.xlsx$/i.test(out)) throw new CliFailure(t.errors.outNotXlsx(out));
  // Only a year the reader takes back (core/year.ts): `poa validate` must read the year it wrote.
  const year = values.year === undefined ? DEFAULT_YEAR : parsePlanYear(values.year);
  if (year === null) throw new CliFailure(t.errors.badYear(values.year ?? ""));
  const target = path.resolve(out);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new CliFailure(t.errors.outIsDirectory(out));
    if (!values.force) throw new CliFailure(t.errors.outExists(out));
  }
  const dir = path.dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliFailure(t.errors.outDirMissing(path.dirname(out) || "."));

  const template = escoTemplate(year);
  const names = defaultSheetNames(year);
  // Seguimiento on request (docs/behaviour.md says why not by default); its corte cell starts from today's local date.
  const layout = values.seguimiento ? scaffoldWithMonitoring(template, { lang, names, monitoring: { today: localToday() } }) : scaffoldLayout(template, { lang, names });
  const workbook = layoutToWorkbook(layout, { activeSheet: names.matrix });
  try {
    // Built in memory, then written beside the target and renamed: an interrupted run never leaves half a workbook under its name.
    await writeFileAtomically(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  } catch (e) {
    throw new CliFailure(t.errors.writeFailed(out, oneLine((e as Error).message ?? String(e))), 2, e);
  }
  await io.stdout(t.scaffolded(out, layout.sheets.map((s) => s.name), template.objectives.length, template.results.length) + "\n");
  return 0;
}

async function validate(values: ParsedValues, positionals: string[], lang: Lang, t: CliText, io: CliIo): Promise<number> {
  if (positionals.length === 0) throw new CliFailure(t.errors.missingFile);
  if (positionals.length > 1) throw new CliFailure(t.errors.extraArguments(positionals.slice(1).join(" ")));
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new CliFailure(t.errors.badFormat(format));
  const file = positionals[0];
  const month = values.month === undefined ? undefined : parseCorte(values.month);
  if (month === null) throw new CliFailure(t.errors.badMonth(values.month ?? ""));

  const read = await readWorkbookFile(file);
  if (!read.ok) throw new CliFailure(readFailureMessage(t, read.failure, file, read.amount), 2, read.cause);
  const grid = workbookToGrid(read.workbook);
  // The catalog a planner gives (§3 v2 rule 2): a file that holds none is said, never silently ignored.
  const objectives = values.objectives === undefined ? undefined : await givenCatalog(values.objectives, t);
  const outcome = validateWorkbook(grid, { sheet: values.sheet, lang, objectives, month, today: localToday() });
  if (!outcome.ok) throw new CliFailure(outcome.notFound.message);

  const report = outcome.report;
  await writeOut(io, format === "json" ? escapedJson(jsonChunks(report)) : withLineBreaks(reportLines(report, lang, { file })));
  return report.summary.errors > 0 ? 1 : 0;
}

/** The `Objetivos` sheet of the workbook given with `--objectives`, read by the same rule as a workbook's own (§3 rules 1–2). */
async function givenCatalog(file: string, t: CliText): Promise<GivenCatalog> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new CliFailure(readFailureMessage(t, read.failure, file, read.amount), 2, read.cause);
  const catalog = readCatalogSheet(workbookToGrid(read.workbook));
  if (catalog === null) throw new CliFailure(t.errors.objectivesNoCatalog(file));
  return { objectives: catalog.entries.map((e) => ({ id: e.id, text: e.text })) };
}

type ParsedValues = {
  out?: string;
  year?: string;
  lang?: string;
  force?: boolean;
  seguimiento?: boolean;
  sheet?: string;
  objectives?: string;
  month?: string;
  format?: string;
  help?: boolean;
  version?: boolean;
};

/** parseArgs speaks English; say the same in the planner's language, naming the option. */
function parseErrorMessage(t: CliText, e: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' <]+)/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return t.errors.unknownOption(option);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take/.test(e.message) ? t.errors.noValueExpected(option) : t.errors.missingValue(option);
  }
  return t.errors.unknownOption(option || oneLine(e.message));
}

async function run(argv: string[], io: CliIo, lang: Lang, t: CliText): Promise<number> {
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliFailure(parseErrorMessage(t, e as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    await io.stdout(`${version()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    await io.stdout(t.help(version()) + "\n");
    return 0;
  }
  if (command === undefined) throw new CliFailure(t.errors.noCommand);
  const allowed = OPTIONS_BY_COMMAND[command];
  if (!allowed) throw new CliFailure(t.errors.unknownCommand(command));
  for (const key of Object.keys(values)) {
    if (!allowed.includes(key)) throw new CliFailure(t.errors.optionNotFor(`--${key}`, command));
  }
  return command === "scaffold" ? scaffold(values, rest, lang, t, io) : validate(values, rest, lang, t, io);
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const asked = requestedLang(argv);
  const t = cliText(asked.lang);
  try {
    if (asked.invalid !== undefined) throw new CliFailure(t.errors.badLang(asked.invalid));
    return await run(argv, io, asked.lang, t);
  } catch (e) {
    // Never a stack trace for a planner; POA_DEBUG=1 shows the cause to whoever is fixing the tool.
    const cause = e instanceof CliFailure ? e.debugCause : e;
    if (process.env.POA_DEBUG && cause !== undefined) await io.stderr(`${(cause as Error)?.stack ?? String(cause)}\n`);
    // The message can quote the file's own text (a sheet's name): printed safe, on one line.
    const message = e instanceof CliFailure ? e.message : t.errors.internal((e as Error)?.message ?? String(e));
    await io.stderr(terminalSafe(oneLine(message)) + "\n");
    return e instanceof CliFailure ? e.exitCode : 2;
  }
}
