/**
 * The languages the editor speaks, each named in itself (a reader looks for their
 * own), with the short form the toolbar shows.
 */
export const LANGUAGES = [
  { code: "en", name: "English", short: "EN", htmlLang: "en" },
  { code: "vi", name: "Tiếng Việt", short: "VI", htmlLang: "vi" },
  { code: "zh", name: "中文", short: "中", htmlLang: "zh-Hans" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

/** Where the reader's choice is kept between visits. */
export const LANGUAGE_KEY = "zmq-playground:language";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/**
 * The language to start in: the reader's earlier choice, else the first of the
 * browser's languages the editor speaks (`vi-VN` is Vietnamese, any `zh` simplified
 * Chinese), else English.
 */
export function startLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

/** The `lang` of <html> for a language: it picks fonts (Chinese glyphs) and hyphenation. */
export function htmlLangOf(language: string): string {
  return LANGUAGES.find((l) => l.code === language)?.htmlLang ?? "en";
}
