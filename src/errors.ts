/** Errors that end a run with exit 2. Each prints as one localised line; a stack only with --debug. */
import type { Lang, Text } from './i18n/index.js';

export class SetaraError extends Error {
  readonly exitCode = 2;
  readonly text: Text;

  constructor(text: Text | string, readonly file?: string, readonly line?: number) {
    const t = typeof text === 'string' ? { id: text, en: text } : text;
    super(t.en);
    this.text = t;
  }
}

/** Bad command line or option value. */
export class UsageError extends SetaraError {}

/** Bad configuration or rule file. */
export class ConfigError extends SetaraError {}

/** Unreadable or malformed input. */
export class InputError extends SetaraError {}

/** Refused output (exists, is an input, not writable). */
export class OutputError extends SetaraError {}

export function oneLine(err: SetaraError, lang: Lang): string {
  const where = err.file ? `${err.file}${err.line ? `:${err.line}` : ''}: ` : '';
  return `${where}${err.text[lang]}`.replace(/\s*[\r\n]+\s*/g, ' ');
}
