import type { Lang } from "./model";

/**
 * The planner's language from an Office/browser locale such as `es-SV` or `en-US`: English only when
 * the locale is English, Spanish otherwise (the product's default, and ESCO's language).
 */
export function languageFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^en(\b|[-_])/i.test(locale.trim()) ? "en" : "es";
}
