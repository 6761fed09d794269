import type ExcelJS from "exceljs";

/**
 * Fill colours of an .xlsx as `RRGGBB`: explicit ARGB, theme colours (with tint) and the legacy
 * indexed palette. Theme colours come from the workbook's own theme part when it has one, else
 * from Office's default theme (2013–2022), so a planner's "Accent 1, lighter 40%" becomes a real colour.
 */

/** Office's default theme, in the order fills index it (lt1, dk1, lt2, dk2, accent1…6, hlink, folHlink). */
const DEFAULT_THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/** Fills index the scheme with light and dark swapped relative to its XML order (a long-standing Excel quirk). */
const SCHEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

/** The legacy 56-colour palette behind `indexed` colours (0–7 repeat the basic colours). */
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/** The XML between the first `<a:NAME>` and the `</a:NAME>` after it ("" when either is missing). */
function elementContent(xml: string, name: string): string {
  const open = `<a:${name}>`;
  const start = xml.indexOf(open);
  if (start < 0) return "";
  const end = xml.indexOf(`</a:${name}>`, start + open.length);
  return end < 0 ? "" : xml.slice(start + open.length, end);
}

const HEX6 = /^[0-9A-Fa-f]{6}$/;

/** `RRGGBB` when `xml` holds six hex digits and a closing quote at `at`. */
function hexAt(xml: string, at: number): string | null {
  const hex = xml.slice(at, at + 6);
  return HEX6.test(hex) && xml.charCodeAt(at + 6) === 0x22 ? hex.toUpperCase() : null;
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The first `srgbClr val="RRGGBB"` (white space between, as an attribute follows its element's name). */
function srgbColor(xml: string): string | null {
  for (let at = xml.indexOf("srgbClr"); at >= 0; at = xml.indexOf("srgbClr", at + 1)) {
    let p = at + "srgbClr".length;
    const spaces = p;
    while (p < xml.length && isXmlSpace(xml.charCodeAt(p))) p++;
    if (p === spaces || !xml.startsWith('val="', p)) continue;
    const hex = hexAt(xml, p + 'val="'.length);
    if (hex) return hex;
  }
  return null;
}

/** The first `lastClr="RRGGBB"`: the colour a system colour (`<a:sysClr>`) had when the file was saved. */
function lastColor(xml: string): string | null {
  for (let at = xml.indexOf('lastClr="'); at >= 0; at = xml.indexOf('lastClr="', at + 1)) {
    const hex = hexAt(xml, at + 'lastClr="'.length);
    if (hex) return hex;
  }
  return null;
}

/**
 * Each scheme colour of the theme part: `<a:srgbClr val="…">`, else a system colour's `lastClr`.
 * Found with `indexOf`, never a regular expression over the part: `<a:lt1>([\s\S]*?)</a:lt1>` rescanned
 * to the end from every opening tag, and a 15 KB theme of unclosed tags took two minutes (issue 13).
 */
export function themeColors(wb: ExcelJS.Workbook): string[] {
  const xml = (wb as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  if (typeof xml !== "string") return DEFAULT_THEME;
  return SCHEME_ORDER.map((name, i) => {
    const inner = elementContent(xml, name);
    return srgbColor(inner) ?? lastColor(inner) ?? DEFAULT_THEME[i];
  });
}

function rgbToHsl(rgb: string): [number, number, number] {
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = hue(p, q, h + 1 / 3);
    g = hue(p, q, h);
    b = hue(p, q, h - 1 / 3);
  }
  return [r, g, b].map((x) => Math.round(x * 255).toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** Excel's tint: darken (negative) or lighten (positive) the luminance. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, s, l] = rgbToHsl(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToRgb(h, s, Math.min(1, Math.max(0, lum)));
}

/** `RRGGBB`, or null for no colour / automatic. */
export function resolveColor(color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined, theme: string[]): string | null {
  if (!color) return null;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) return color.argb.slice(-6).toUpperCase();
  if (typeof color.theme === "number") {
    const base = theme[color.theme];
    return base ? applyTint(base, color.tint ?? 0) : null;
  }
  // 64 and 65 are the system foreground/background ("automatic"): no fill of the planner's choosing.
  if (typeof color.indexed === "number") return INDEXED[color.indexed] ?? null;
  return null;
}
