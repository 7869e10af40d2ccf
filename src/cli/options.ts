/** Option parsing shared by commands: values are validated here so a bad value is a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';
import type { Severity } from '../model/finding.js';
import { isIsoDate } from '../model/parse/date.js';
import { FORMAT_NAMES, type FormatName } from '../report/format/index.js';
import type { Lang } from '../i18n/index.js';

export function choice<T extends string>(values: readonly T[]) {
  return (v: string): T => {
    if ((values as readonly string[]).includes(v)) return v as T;
    throw new InvalidArgumentError(`expected one of: ${values.join(', ')}`);
  };
}

export const parseFormat = choice<FormatName>(FORMAT_NAMES);
export const parseFailOn = choice<Severity>(['error', 'warning', 'info']);
export const parseLang = choice<Lang>(['id', 'en']);

export function parseIsoDate(v: string): string {
  if (isIsoDate(v)) return v;
  throw new InvalidArgumentError('expected a date YYYY-MM-DD');
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads --lang before commander runs so that even usage errors speak the user's language. */
export function preScanLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i === -1 ? env.SETARA_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'id';
}

export const MAX_GENERATED_POSTS = 50_000_000;

export function parsePostCount(v: string): number {
  const n = Number(v.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(v) || !Number.isSafeInteger(n) || n < 1 || n > MAX_GENERATED_POSTS)
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_GENERATED_POSTS}`);
  return n;
}

export function parseRate(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 0.01) throw new InvalidArgumentError('expected a share from 0 to 0.01');
  return n;
}

/** --header-row N: the header's physical line (CSV) or sheet row (XLSX), 1-based. */
export function parseHeaderRow(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a row number from 1');
  return n;
}
