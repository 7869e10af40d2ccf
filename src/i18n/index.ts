/** User-facing text is Indonesian by default, English with --lang en. */

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A bilingual text, as written in rule files and message catalogs. */
export interface Text {
  id: string;
  en: string;
}

export function pick(lang: Lang, text: Text): string {
  return text[lang];
}
