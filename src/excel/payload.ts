/**
 * Request and answer sizes, counted one way: Excel on the web refuses a request or an answer over 5 MB,
 * counted in UTF-8 bytes of its JSON. Every budget of the shell is here, under that cap.
 */

export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What we allow one sync's request: under the limit, leaving room for the request's envelope and object paths. */
export const DEFAULT_PAYLOAD_BUDGET = 4.5 * 1024 * 1024;
/** What a sync reading a sheet by rows aims each answer at: under the limit, with room for what else it carries. */
export const ANSWER_BUDGET_BYTES = 4 * 1024 * 1024;
/** What one block piece may take, so that a piece and the small operations around it share a request. */
export const PIECE_MARGIN = 128 * 1024;
/** Envelope of one queued operation (object path, action, ids), generously. */
export const OPERATION_OVERHEAD = 200;

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The UTF-8 size of a value as JSON: what it weighs in an answer. */
export function jsonLength(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** What a queued operation carrying this value weighs in a request. */
export function jsonBytes(value: unknown): number {
  return jsonLength(value) + OPERATION_OVERHEAD;
}
