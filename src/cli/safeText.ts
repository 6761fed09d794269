/**
 * Text from a workbook made safe to print (issue 13): a cell can hold characters a terminal acts on
 * instead of showing (ESC starts sequences that clear the screen, set the window title or make OSC 8
 * links; BEL rings; C1 controls are escapes of their own) and bidi controls that make a line read in
 * another order than it is written (the "Trojan Source" trick, CVE-2021-42574). Each becomes a visible
 * `\uXXXX`, so the planner still sees that something is there, and the text keeps one line.
 *
 * The escape is made after any shortening (the core shortens cell text first), so a shortened
 * message never ends halfway through an escape, and an escape sequence cut by the shortening is
 * no longer an escape sequence.
 */

/** C0 controls (TAB, LF and CR included: a message is one line), DEL and C1. */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/**
 * Bidi formatting characters (Unicode's Bidi_Control property: ALM, LRM, RLM, LRE…RLO, LRI…PDI) and
 * the line and paragraph separators, which some terminals and editors break lines on.
 */
function isLayoutControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function escapeUnit(c: number): string {
  return `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Replaces every code unit that `unsafe` picks with `\uXXXX`. Lone surrogates (half an emoji, which
 * prints as garbage and encodes as U+FFFD) go too when `loneSurrogates` is set. One pass, and the
 * string is returned as it is when nothing needs escaping (the usual case).
 */
function escapeUnits(text: string, unsafe: (c: number) => boolean, loneSurrogates: boolean): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (loneSurrogates && isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const lone = loneSurrogates && (isHighSurrogate(c) || isLowSurrogate(c));
    if (!lone && !unsafe(c)) continue;
    out += text.slice(from, i) + escapeUnit(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether a code unit is a control or a bidi/line control: never printed raw. */
export function isUnsafeForTerminal(c: number): boolean {
  return isControl(c) || isLayoutControl(c);
}

/** One line of the text report (or of a message on stderr) with every unsafe character escaped. */
export function terminalSafe(line: string): string {
  return escapeUnits(line, isUnsafeForTerminal, true);
}

/**
 * JSON text as `JSON.stringify` wrote it, with the unsafe characters it leaves raw escaped as well:
 * it already escapes C0 controls and lone surrogates, but not DEL, C1 or the bidi controls. Raw
 * characters at or above U+007F can only be inside strings (JSON's syntax is ASCII), where `\uXXXX`
 * is the same character: the parsed JSON keeps the cell's text exactly.
 */
export function jsonSafe(json: string): string {
  return escapeUnits(json, (c) => c >= 0x7f && isUnsafeForTerminal(c), false);
}
