/**
 * `JSON.stringify(value, null, 2) + "\n"`, the same text, handed out in pieces: the report's arrays
 * (one entry per row and per issue) element by element, so a big report is never a second copy in
 * one string (a sheet of a million rows made that string crash the CLI, issue 13). Each piece is
 * whole JSON tokens, so it can be escaped on its own (safeText.ts `jsonSafe`).
 */

const INDENT = "  ";
/** Containers opened piece by piece down to this depth (the report and its arrays); deeper ones whole. */
const STREAMED_DEPTH = 2;

/** `JSON.stringify`'s rendering of a value nested at `indent`: its own lines shifted to that depth. */
function whole(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === "" ? text : text.split("\n").join(`\n${indent}`);
}

/** Whether JSON.stringify would omit this property of an object (it does for undefined, functions and symbols). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function isStreamed(value: unknown, depth: number): value is object {
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== "object") return false;
  // A container with its own toJSON (a Date) is rendered as JSON.stringify renders it.
  return typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

function* chunks(value: unknown, indent: string, depth: number): Generator<string> {
  if (!isStreamed(value, depth)) {
    // Array elements JSON.stringify can't render become null, as it renders them.
    yield whole(value, indent) ?? "null";
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `\n${inner}`;
      yield* chunks(value[i], inner, depth + 1);
      if (i < value.length - 1) yield ",";
    }
    yield `\n${indent}]`;
    return;
  }
  const keys = Object.keys(value).filter((k) => !omitted((value as Record<string, unknown>)[k]));
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (let i = 0; i < keys.length; i++) {
    yield `\n${inner}${JSON.stringify(keys[i])}: `;
    yield* chunks((value as Record<string, unknown>)[keys[i]], inner, depth + 1);
    if (i < keys.length - 1) yield ",";
  }
  yield `\n${indent}}`;
}

export function* jsonChunks(value: unknown): Generator<string> {
  yield* chunks(value, "", 0);
  yield "\n";
}
