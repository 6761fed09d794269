import type { RowNouns } from "../core/messages";
import type { CatalogSource, IssueCode, Lang } from "../core/model";
import type { CorteSource } from "../core/monitoring/monitoringWords";
import { MAX_YEAR, MIN_YEAR } from "../core/year";
import { READ_LIMITS } from "./readLimits";

/** Every line the `poa` command prints, in Spanish (default) and English. */
export interface CliText {
  help(version: string): string;
  usageHint: string;
  errors: {
    unknownCommand(cmd: string): string;
    noCommand: string;
    unknownOption(option: string): string;
    missingValue(option: string): string;
    noValueExpected(option: string): string;
    optionNotFor(option: string, command: string): string;
    badLang(value: string): string;
    badYear(value: string): string;
    badFormat(value: string): string;
    /** `--month` is neither 0…12 nor a month's name. */
    badMonth(value: string): string;
    missingOut: string;
    outNotXlsx(file: string): string;
    outExists(file: string): string;
    outIsDirectory(file: string): string;
    outDirMissing(dir: string): string;
    writeFailed(file: string, detail: string): string;
    missingFile: string;
    extraArguments(args: string): string;
    fileMissing(file: string): string;
    fileIsDirectory(file: string): string;
    fileNotRegular(file: string): string;
    fileUnreadable(file: string): string;
    fileTooLarge(file: string, bytes: number): string;
    fileTooManyEntries(file: string, entries: number): string;
    fileTooMuchData(file: string, bytes: number): string;
    fileTooManyCells(file: string): string;
    fileTooComplex(file: string): string;
    fileEmpty(file: string): string;
    fileLegacy(file: string): string;
    fileNotXlsx(file: string): string;
    fileOds(file: string): string;
    fileCsv(file: string): string;
    /** The workbook given with --objectives has no catalog sheet (§3 v2 rule 2). */
    objectivesNoCatalog(file: string): string;
    fileNoWorkbook(file: string): string;
    fileDamaged(file: string): string;
    internal(detail: string): string;
  };
  scaffolded(file: string, sheets: string[], objectives: number, results: number): string;
  report: {
    /** `total` null: no catalog, so no coverage to state (§3 v2 rule 6). */
    summary(sheet: string, year: number | null, errors: number, warnings: number, covered: number, total: number | null): string;
    /** What was read: how many rows, how many scheduled, how many higher-level rows, and which catalog (§3 v2). */
    reading(read: { rows: number; scheduled: number; hierarchy: number }, nouns: RowNouns, catalog: CatalogSource): string;
    /** The matrix is on a hidden sheet (§3 v2). */
    hiddenSheet(sheet: string): string;
    errors: string;
    warnings: string;
    noIssues: (rows: RowNouns) => string;
    objectives: string;
    covered: string;
    notCovered: string;
    rows(n: number, rows: RowNouns): string;
    noMonths: string;
    codeTitles: (rows: RowNouns) => { readonly [C in IssueCode]: string };
    /** Where the workbook has no full catalog: the command that checks it against the institution's (issue 9). */
    catalogHint(file: string): string;
    monitoring: {
      /** The section's heading: which months are evaluated, the corte and where it came from. */
      heading(span: string, corte: number, source: CorteSource): string;
      thresholds(cumplido: string, enRiesgo: string): string;
      objective: string;
      year: string;
      status: string;
      /** `figure` null: nothing due yet, only the status word. */
      institution(figure: string | null, status: string): string;
      missing(n: number): string;
      /** In the issues list, instead of one line per missing month: where they are listed. */
      listedBelow: string;
      noMissing: string;
    };
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = (lang: Lang, n: number) => new Intl.NumberFormat(lang === "es" ? "es-SV" : "en-US").format(n);
/** Whole megabytes, rounded up: a file just over a 256 MB limit never reads as "256 MB". */
const megabytes = (lang: Lang, bytes: number) => `${count(lang, Math.ceil(bytes / (1024 * 1024)))} MB`;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the catalog came from (§3 v2), as the text report says it. */
const CATALOG_WORDS: Readonly<Record<Lang, Readonly<Record<CatalogSource, string>>>> = {
  es: {
    sheet: "la hoja Objetivos del libro",
    file: "el archivo indicado con --objectives",
    column: "los objetivos escritos en la columna Objetivo",
    template: "los de la plantilla ESCO 2024 (el libro es de esa institución)",
    ids: "solo los ID de la columna Objetivo, sin sus textos",
    none: "ninguno (no se revisan los objetivos)",
  },
  en: {
    sheet: "the workbook's Objetivos sheet",
    file: "the file given with --objectives",
    column: "the objectives written in the Objetivo column",
    template: "the ESCO 2024 template's (the workbook is that institution's)",
    ids: "only the IDs in the Objetivo column, without their texts",
    none: "none (objectives are not checked)",
  },
};

const es: CliText = {
  help: (version) => `poa ${version} — Matriz POA: crea y revisa la matriz del Plan Operativo Anual en un libro de Excel (.xlsx).

Uso:
  npx poa scaffold --out ARCHIVO.xlsx [--year AÑO] [--lang es|en] [--force] [--seguimiento]
      Crea un libro nuevo con las hojas Objetivos, Matriz POA AÑO y Cobertura, a partir del
      plan de la ESCO 2024 (7 objetivos estratégicos y sus resultados, sin meses marcados).
      Con --seguimiento agrega lo realizado de cada mes a la matriz y la hoja Seguimiento.
      No reemplaza un archivo que ya existe, salvo con --force.

  npx poa validate ARCHIVO.xlsx [--sheet HOJA] [--objectives CATALOGO.xlsx] [--month MES] [--format text|json] [--lang es|en]
      Revisa la matriz: que cada resultado tenga meses programados y un objetivo, que las marcas
      de los meses sean válidas y que cada objetivo estratégico quede cubierto. Si la matriz tiene
      lo Realizado de cada mes, agrega el seguimiento: cumplimiento y semáforo por trimestre, y los
      meses vencidos sin Realizado.

Opciones:
  --out ARCHIVO        libro que se crea (debe terminar en .xlsx)
  --year AÑO           año del plan, para el título y el nombre de la hoja (por omisión 2024)
  --force              reemplaza ARCHIVO si ya existe
  --seguimiento        agrega el seguimiento: columnas Realizado y cumplimiento, hoja Seguimiento
  --sheet HOJA         hoja que contiene la matriz (por omisión, la primera hoja visible que tenga una,
                       si no la primera oculta)
  --objectives CATALOGO.xlsx
                       libro con la hoja Objetivos (ID, Objetivo estratégico) contra la que se revisa
                       la matriz cuando el libro no tiene la suya
  --month MES          mes de corte del seguimiento: de 0 a 12 o su nombre (3 o marzo evalúa enero a
                       marzo); por omisión, el de la hoja Seguimiento, si no el mes anterior al actual
  --format text|json   informe para leer (text, por omisión) o en JSON
  --lang es|en         idioma de los mensajes y de los textos del libro (por omisión es)
  -h, --help           muestra esta ayuda
  -v, --version        muestra la versión

Marcas de los meses: X (programado), un número entero de 1 o más (cantidad planificada),
0 o vacío (no programado).

Resultado de validate: 0 sin errores (puede haber advertencias), 1 hay al menos un error,
2 no se pudo leer el archivo o no se encontró la matriz.

In English: npx poa --help --lang en`,
  usageHint: "Escriba «npx poa --help» para ver el uso.",
  errors: {
    unknownCommand: (cmd) => `Comando desconocido «${cmd}»: use «npx poa scaffold» o «npx poa validate» (npx poa --help para la ayuda).`,
    noCommand: "Falta el comando: use «npx poa scaffold --out ARCHIVO.xlsx» o «npx poa validate ARCHIVO.xlsx» (npx poa --help para la ayuda).",
    unknownOption: (option) => `Opción desconocida ${option}. Escriba «npx poa --help» para ver el uso.`,
    missingValue: (option) => `Falta el valor de la opción ${option}. Escriba «npx poa --help» para ver el uso.`,
    noValueExpected: (option) => `La opción ${option} no lleva valor. Escriba «npx poa --help» para ver el uso.`,
    optionNotFor: (option, command) => `La opción ${option} no se usa con «npx poa ${command}». Escriba «npx poa --help» para ver el uso.`,
    badLang: (value) => `Idioma no válido «${value}»: use --lang es o --lang en.`,
    badYear: (value) => `Año no válido «${value}»: escriba un año de cuatro cifras entre ${MIN_YEAR} y ${MAX_YEAR}, por ejemplo --year 2025.`,
    badFormat: (value) => `Formato no válido «${value}»: use --format text o --format json.`,
    badMonth: (value) => `Mes de corte no válido «${value}»: use un número de 0 a 12 o el nombre del mes, por ejemplo --month 3 o --month marzo.`,
    missingOut: "Falta --out: indique el libro que se crea, por ejemplo npx poa scaffold --out poa-2024.xlsx.",
    outNotXlsx: (file) => `El archivo de salida «${file}» debe terminar en .xlsx.`,
    outExists: (file) => `«${file}» ya existe y no se modificó: elija otro nombre o agregue --force para reemplazarlo.`,
    outIsDirectory: (file) => `«${file}» es una carpeta: indique un archivo .xlsx.`,
    outDirMissing: (dir) => `La carpeta «${dir}» no existe: créela o elija otra ubicación para el libro.`,
    writeFailed: (file, detail) => `No se pudo escribir «${file}»: ${detail}.`,
    missingFile: "Falta el libro a revisar: npx poa validate ARCHIVO.xlsx.",
    extraArguments: (args) => `Argumentos de más: ${args}. Indique un solo libro; si el nombre tiene espacios, póngalo entre comillas.`,
    fileMissing: (file) => `No se encuentra el archivo «${file}».`,
    fileIsDirectory: (file) => `«${file}» es una carpeta, no un libro de Excel.`,
    fileNotRegular: (file) => `«${file}» no es un archivo común (es una tubería, un dispositivo u otro archivo especial): indique un libro .xlsx guardado en disco.`,
    fileUnreadable: (file) => `No se puede abrir «${file}»: no tiene permiso de lectura.`,
    fileTooLarge: (file, bytes) =>
      `«${file}» pesa ${megabytes("es", bytes)}: Matriz POA revisa libros de hasta ${megabytes("es", READ_LIMITS.fileBytes)}. Guarde la matriz en un libro aparte, sin imágenes, e intente de nuevo.`,
    fileTooManyEntries: (file, entries) =>
      `«${file}» contiene ${count("es", entries)} partes internas: Matriz POA revisa libros de hasta ${count("es", READ_LIMITS.zipEntries)}. Guarde la matriz en un libro aparte e intente de nuevo.`,
    fileTooMuchData: (file, bytes) =>
      `Las hojas de «${file}» ocupan ${megabytes("es", bytes)} sin comprimir: Matriz POA revisa hasta ${megabytes("es", READ_LIMITS.partBytes)}. Guarde la matriz en un libro aparte e intente de nuevo.`,
    fileTooManyCells: (file) =>
      `Las hojas de «${file}» tienen más celdas y filas (contando las vacías con formato) que las ${count("es", READ_LIMITS.cells)} que Matriz POA revisa: borre las filas y columnas que sobran o guarde la matriz en un libro aparte.`,
    fileTooComplex: (file) =>
      `«${file}» tiene demasiado contenido para revisarlo: sus hojas, textos y estilos suman más elementos que los ${count("es", READ_LIMITS.xmlElements)} que Matriz POA revisa. Guarde la matriz en un libro aparte e intente de nuevo.`,
    fileEmpty: (file) => `«${file}» está vacío (0 bytes): no es un libro de Excel.`,
    fileLegacy: (file) =>
      `«${file}» es un libro .xls antiguo o un libro protegido con contraseña: ábralo en Excel, quite la contraseña si la tiene y guárdelo como .xlsx.`,
    fileNotXlsx: (file) => `«${file}» no es un libro de Excel .xlsx (parece otro tipo de archivo): guárdelo como .xlsx e intente de nuevo.`,
    fileOds: (file) => `«${file}» es una hoja de cálculo OpenDocument (.ods), que Matriz POA no lee: ábrala en LibreOffice Calc o en Excel y guárdela como libro .xlsx.`,
    fileCsv: (file) =>
      `«${file}» es un archivo de texto (.csv), sin hojas, formato ni celdas combinadas: ábralo en Excel o LibreOffice Calc y guárdelo como libro .xlsx.`,
    objectivesNoCatalog: (file) =>
      `«${file}» no tiene una hoja «Objetivos» con las columnas ID y Objetivo estratégico: indique con --objectives un libro que la tenga.`,
    fileNoWorkbook: (file) => `«${file}» no es un libro de Excel: el archivo comprimido no contiene hojas de cálculo.`,
    fileDamaged: (file) => `No se pudo leer «${file}»: el libro está dañado o incompleto. Ábralo en Excel y guárdelo de nuevo como .xlsx.`,
    internal: (detail) => `Error inesperado: ${detail}`,
  },
  scaffolded: (file, sheets, objectives, results) =>
    `Se creó «${file}» con las hojas ${sheets.join(", ")} (${plural(objectives, "objetivo", "objetivos")}, ${plural(results, "resultado", "resultados")}). ` +
    `Marque con X los meses de cada resultado y revise con: npx poa validate "${file}"`,
  report: {
    summary: (sheet, year, errors, warnings, covered, total) =>
      `${sheet}${year === null ? "" : ` (año ${year})`}: ${plural(errors, "error", "errores")}, ${plural(warnings, "advertencia", "advertencias")}` +
      (total === null ? "." : `; objetivos cubiertos: ${covered} de ${total}.`),
    reading: (read, nouns, catalog) =>
      `Se leyeron ${plural(read.rows, nouns.one, nouns.many)}, ${read.scheduled} con meses programados` +
      (read.hierarchy > 0 ? ` y ${read.hierarchy} de nivel superior sin meses (contexto)` : "") +
      `. Catálogo de objetivos: ${CATALOG_WORDS.es[catalog]}.`,
    hiddenSheet: (sheet) => `La hoja «${sheet}» está oculta: se leyó porque ninguna hoja visible tiene una matriz.`,
    errors: "Errores",
    warnings: "Advertencias",
    noIssues: (rows) => `Sin observaciones: cada ${rows.one} tiene meses y un objetivo, y todos los objetivos están cubiertos.`,
    objectives: "Objetivos",
    covered: "cubierto",
    notCovered: "sin cubrir",
    rows: (n, rows) => plural(n, rows.one, rows.many),
    noMonths: "ningún mes",
    codeTitles: (rows) => ({
      MONTH_COLUMN_MISSING: "Falta un mes en el encabezado",
      RESULT_WITHOUT_MONTHS: `${cap(rows.many)} sin meses programados`,
      EMPTY_RESULT: `Filas con meses pero sin ${rows.one}`,
      INVALID_MONTH_MARK: "Marcas de mes no válidas",
      NONSTANDARD_MONTH_MARK: "Marcas de mes distintas de X",
      RESULT_UNMAPPED: `${cap(rows.many)} sin objetivo`,
      RESULT_MAPPING_INFERRED: "Objetivo deducido de la redacción",
      OBJECTIVE_NOT_COVERED: "Objetivos sin cubrir",
      DUPLICATE_RESULT: `${cap(rows.many)} ${rows.feminine ? "repetidas" : "repetidos"}`,
      MONTH_MARKED_BY_COLOR: "Meses marcados solo con color",
      YEAR_CONFLICT: "Años que no coinciden",
      CATALOG_MISSING: "Sin catálogo de objetivos",
      REPORT_MISSING: "Meses sin Realizado reportado",
      UNPLANNED_EXECUTION: "Realizado en meses no programados",
      INVALID_EXECUTED_VALUE: "Realizado que no es una cantidad",
    }),
    catalogHint: (file) => `Para revisar los objetivos, indique el catálogo de su institución: npx poa validate "${file}" --objectives CATALOGO.xlsx`,
    monitoring: {
      heading: (span, corte, source) =>
        `Seguimiento: se evalúa ${span} (mes de corte ${corte}, ${
          source === "given" ? "indicado con --month" : source === "workbook" ? "de la hoja de seguimiento del libro" : "por omisión; elija otro con --month"
        }).`,
      thresholds: (cumplido, enRiesgo) => `Semáforo: Cumplido desde ${cumplido}, En riesgo desde ${enRiesgo}, Crítico por debajo.`,
      objective: "Objetivo",
      year: "Año",
      status: "Estado",
      institution: (figure, status) => `Institución, año al corte: ${figure === null ? status : `${figure} — ${status}`}`,
      missing: (n) => `Realizado por reportar (${n}):`,
      listedBelow: "Se listan por fila, con sus celdas, en la sección Seguimiento, más abajo.",
      noMissing: "Ningún Realizado por reportar al corte.",
    },
  },
};

const en: CliText = {
  help: (version) => `poa ${version} — Matriz POA: builds and checks the POA (Plan Operativo Anual, annual operating plan) matrix in an Excel workbook (.xlsx).

Usage:
  npx poa scaffold --out FILE.xlsx [--year YEAR] [--lang es|en] [--force] [--seguimiento]
      Writes a new workbook with the sheets Objetivos, Matriz POA YEAR and Cobertura, from the
      ESCO 2024 plan (7 strategic objectives and their results, no month marked).
      With --seguimiento it adds monthly Realizado columns and a Seguimiento sheet.
      Never replaces an existing file unless given --force.

  npx poa validate FILE.xlsx [--sheet SHEET] [--objectives CATALOG.xlsx] [--month MONTH] [--format text|json] [--lang es|en]
      Checks the matrix: every result has months scheduled and an objective, month marks are
      valid, and every strategic objective is covered. Where the matrix holds each month's
      Realizado, adds monitoring: compliance and traffic light per quarter, and the months due
      with no Realizado.

Options:
  --out FILE           workbook to write (must end in .xlsx)
  --year YEAR          plan year, for the title and the sheet name (default 2024)
  --force              replace FILE if it exists
  --seguimiento        add monitoring: Realizado and compliance columns, a Seguimiento sheet
  --sheet SHEET        sheet holding the matrix (default: the first visible sheet that has one, else
                       the first hidden one)
  --objectives CATALOG.xlsx
                       workbook whose Objetivos sheet (ID, Objetivo estratégico) the matrix is checked
                       against when its own workbook has none
  --month MONTH        monitoring's cut-off month: 0 to 12 or its name (3 or March evaluates January
                       to March); by default the Seguimiento sheet's, else last month
  --format text|json   report for people (text, the default) or as JSON
  --lang es|en         language of the messages and of the workbook's texts (default es)
  -h, --help           show this help
  -v, --version        show the version

Month marks: X (scheduled), a whole number 1 or more (planned quantity), 0 or empty (not scheduled).

validate exits with 0 when there is no error (warnings allowed), 1 when there is at least one
error, 2 when the file can't be read or no matrix is found.

En español: npx poa --help`,
  usageHint: 'Type "npx poa --help --lang en" for usage.',
  errors: {
    unknownCommand: (cmd) => `Unknown command "${cmd}": use "npx poa scaffold" or "npx poa validate" (npx poa --help --lang en for help).`,
    noCommand: 'Missing command: use "npx poa scaffold --out FILE.xlsx" or "npx poa validate FILE.xlsx" (npx poa --help --lang en for help).',
    unknownOption: (option) => `Unknown option ${option}. Type "npx poa --help --lang en" for usage.`,
    missingValue: (option) => `Option ${option} needs a value. Type "npx poa --help --lang en" for usage.`,
    noValueExpected: (option) => `Option ${option} takes no value. Type "npx poa --help --lang en" for usage.`,
    optionNotFor: (option, command) => `Option ${option} does not apply to "npx poa ${command}". Type "npx poa --help --lang en" for usage.`,
    badLang: (value) => `Invalid language "${value}": use --lang es or --lang en.`,
    badYear: (value) => `Invalid year "${value}": give a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}, e.g. --year 2025.`,
    badFormat: (value) => `Invalid format "${value}": use --format text or --format json.`,
    badMonth: (value) => `Invalid cut-off month "${value}": give a number from 0 to 12 or the month's name, e.g. --month 3 or --month March.`,
    missingOut: "Missing --out: name the workbook to write, e.g. npx poa scaffold --out poa-2024.xlsx.",
    outNotXlsx: (file) => `The output file "${file}" must end in .xlsx.`,
    outExists: (file) => `"${file}" already exists and was left untouched: choose another name or add --force to replace it.`,
    outIsDirectory: (file) => `"${file}" is a folder: give an .xlsx file.`,
    outDirMissing: (dir) => `The folder "${dir}" does not exist: create it or choose another place for the workbook.`,
    writeFailed: (file, detail) => `Could not write "${file}": ${detail}.`,
    missingFile: "Missing the workbook to check: npx poa validate FILE.xlsx.",
    extraArguments: (args) => `Too many arguments: ${args}. Give one workbook; quote its name if it has spaces.`,
    fileMissing: (file) => `File not found: "${file}".`,
    fileIsDirectory: (file) => `"${file}" is a folder, not an Excel workbook.`,
    fileNotRegular: (file) => `"${file}" is not a regular file (it is a pipe, a device or another special file): give an .xlsx workbook saved on disk.`,
    fileUnreadable: (file) => `Cannot open "${file}": permission denied.`,
    fileTooLarge: (file, bytes) =>
      `"${file}" is ${megabytes("en", bytes)}: Matriz POA checks workbooks of up to ${megabytes("en", READ_LIMITS.fileBytes)}. Save the matrix in a workbook of its own, without images, and try again.`,
    fileTooManyEntries: (file, entries) =>
      `"${file}" holds ${count("en", entries)} internal parts: Matriz POA checks workbooks of up to ${count("en", READ_LIMITS.zipEntries)}. Save the matrix in a workbook of its own and try again.`,
    fileTooMuchData: (file, bytes) =>
      `The sheets of "${file}" take ${megabytes("en", bytes)} uncompressed: Matriz POA checks up to ${megabytes("en", READ_LIMITS.partBytes)}. Save the matrix in a workbook of its own and try again.`,
    fileTooManyCells: (file) =>
      `The sheets of "${file}" hold more cells and rows (counting empty formatted ones) than the ${count("en", READ_LIMITS.cells)} Matriz POA checks: delete the rows and columns you don't need or save the matrix in a workbook of its own.`,
    fileTooComplex: (file) =>
      `"${file}" holds too much to check: its sheets, texts and styles add up to more elements than the ${count("en", READ_LIMITS.xmlElements)} Matriz POA checks. Save the matrix in a workbook of its own and try again.`,
    fileEmpty: (file) => `"${file}" is empty (0 bytes): not an Excel workbook.`,
    fileLegacy: (file) =>
      `"${file}" is an old .xls workbook or a password-protected one: open it in Excel, remove any password and save it as .xlsx.`,
    fileNotXlsx: (file) => `"${file}" is not an Excel .xlsx workbook (it looks like another kind of file): save it as .xlsx and try again.`,
    fileOds: (file) => `"${file}" is an OpenDocument spreadsheet (.ods), which Matriz POA does not read: open it in LibreOffice Calc or Excel and save it as an .xlsx workbook.`,
    fileCsv: (file) => `"${file}" is a text file (.csv), with no sheets, formats or merged cells: open it in Excel or LibreOffice Calc and save it as an .xlsx workbook.`,
    objectivesNoCatalog: (file) => `"${file}" has no "Objetivos" sheet with the columns ID and Objetivo estratégico: give --objectives a workbook that has one.`,
    fileNoWorkbook: (file) => `"${file}" is not an Excel workbook: the archive holds no worksheets.`,
    fileDamaged: (file) => `Could not read "${file}": the workbook is damaged or incomplete. Open it in Excel and save it again as .xlsx.`,
    internal: (detail) => `Unexpected error: ${detail}`,
  },
  scaffolded: (file, sheets, objectives, results) =>
    `Wrote "${file}" with the sheets ${sheets.join(", ")} (${plural(objectives, "objective", "objectives")}, ${plural(results, "result", "results")}). ` +
    `Mark each result's months with X, then check with: npx poa validate "${file}" --lang en`,
  report: {
    summary: (sheet, year, errors, warnings, covered, total) =>
      `${sheet}${year === null ? "" : ` (year ${year})`}: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}` +
      (total === null ? "." : `; objectives covered: ${covered} of ${total}.`),
    reading: (read, nouns, catalog) =>
      `Read ${plural(read.rows, nouns.one, nouns.many)}, ${read.scheduled} with months scheduled` +
      (read.hierarchy > 0 ? ` and ${read.hierarchy} higher-level ${read.hierarchy === 1 ? "row" : "rows"} with no month (context)` : "") +
      `. Catalog of objectives: ${CATALOG_WORDS.en[catalog]}.`,
    hiddenSheet: (sheet) => `Sheet "${sheet}" is hidden: it was read because no visible sheet holds a matrix.`,
    errors: "Errors",
    warnings: "Warnings",
    noIssues: (rows) => `Nothing to fix: every ${rows.one} has months and an objective, and every objective is covered.`,
    objectives: "Objectives",
    covered: "covered",
    notCovered: "not covered",
    rows: (n, rows) => plural(n, rows.one, rows.many),
    noMonths: "no month",
    codeTitles: (rows) => ({
      MONTH_COLUMN_MISSING: "Month missing from the header",
      RESULT_WITHOUT_MONTHS: `${cap(rows.many)} with no month scheduled`,
      EMPTY_RESULT: `Rows with months but no ${rows.one}`,
      INVALID_MONTH_MARK: "Invalid month marks",
      NONSTANDARD_MONTH_MARK: "Month marks other than X",
      RESULT_UNMAPPED: `${cap(rows.many)} without an objective`,
      RESULT_MAPPING_INFERRED: "Objective inferred from the wording",
      OBJECTIVE_NOT_COVERED: "Objectives not covered",
      DUPLICATE_RESULT: `Repeated ${rows.many}`,
      MONTH_MARKED_BY_COLOR: "Months marked by colour only",
      YEAR_CONFLICT: "Years that disagree",
      CATALOG_MISSING: "No catalog of objectives",
      REPORT_MISSING: "Months with no Realizado reported",
      UNPLANNED_EXECUTION: "Realizado in months not scheduled",
      INVALID_EXECUTED_VALUE: "Realizado that is not a quantity",
    }),
    catalogHint: (file) => `To check the objectives, give your institution's catalog: npx poa validate "${file}" --objectives CATALOG.xlsx --lang en`,
    monitoring: {
      heading: (span, corte, source) =>
        `Monitoring (seguimiento): ${span} evaluated (cut-off month ${corte}, ${
          source === "given" ? "given with --month" : source === "workbook" ? "from the workbook's monitoring sheet" : "the default; choose another with --month"
        }).`,
      thresholds: (cumplido, enRiesgo) => `Traffic light: Achieved from ${cumplido}, At risk from ${enRiesgo}, Critical below.`,
      objective: "Objective",
      year: "Year",
      status: "Status",
      institution: (figure, status) => `Institution, year to the cut-off: ${figure === null ? status : `${figure} — ${status}`}`,
      missing: (n) => `Realizado to report (${n}):`,
      listedBelow: "Listed by row, with their cells, in the Monitoring section below.",
      noMissing: "No Realizado left to report at the cut-off.",
    },
  },
};

export function cliText(lang: Lang): CliText {
  return lang === "en" ? en : es;
}
