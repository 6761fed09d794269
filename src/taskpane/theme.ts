import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 dark … 1 light) of `#rgb`/`#rrggbb`; null when the text is not such a colour. */
export function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark Fluent theme when Office's body background is dark (Dark Grey, Black themes); light otherwise. */
export function themeForOffice(officeTheme: { bodyBackgroundColor?: string } | null | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  const l = typeof background === "string" ? luminance(background) : null;
  return l !== null && l < 0.2 ? webDarkTheme : webLightTheme;
}
