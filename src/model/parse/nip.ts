/**
 * NIP (18-digit civil-servant number, Perka BKN 22/2007 [S47]):
 * digits 1–8 birth date YYYYMMDD, 9–14 TMT CPNS YYYYMM, 15 sex (1 male, 2 female), 16–18 sequence.
 *
 * PPPK numbers are also 18 digits but are read differently: do not call {@link decodeNip} for a
 * person whose status is PPPK.
 */
import type { Text } from '../../i18n/index.js';
import { clean, EMPTY, fail, text, type Parsed, type ParseFailure } from './result.js';

/** Separators that are removed: spaces (any), dots, hyphens, underscores, a leading `'` (Excel text marker). */
const STRIP_RE = /[\s.\-_'’]+/g;
const LABEL_RE = /^NIP(?:[\s_]*BARU)?\s*[.:]?\s*/i;
/** A spreadsheet's number in scientific notation (`1.97601E+17`, `1,97211E+17`): its last digits are lost. */
const SCIENTIFIC_RE = /^\d(?:[.,]\d+)?E\+?\d+$/i;
/** The same with the exponent's `+`, as Excel and the XLSX reader write it: no hex id (`1E30…`) is taken for one. */
const SIGNED_SCIENTIFIC_RE = /^\d(?:[.,]\d+)?E\+\d+$/i;
const DIGITS18_RE = /^\d{18}$/;
const NON_DIGIT_RE = /\D/;

const F_NON_DIGIT = fail('nip-non-digit', text('NIP berisi karakter selain angka', 'NIP contains characters other than digits'));
/** A NIP kept by a spreadsheet as a number: 15 significant digits of 18. */
export const NIP_AS_NUMBER: Text = text(
  'NIP disimpan sebagai angka; digit terakhir hilang — simpan kolom sebagai teks',
  'NIP stored as a number; its last digits are lost — save the column as text',
);
const F_SCIENTIFIC = fail('nip-scientific', NIP_AS_NUMBER);

/**
 * Whether a cell (trimmed) is a number in scientific notation, the form of a number that lost digits: an 18-digit NIP
 * or a long id saved as a number (CSV from Excel, or an XLSX number cell, see io/xlsx.ts). `signed` asks for the
 * exponent's `+`, for id columns where `1E5…` may be an id; any form is wrong in a NIP column.
 */
export function isScientificNumber(cell: string, signed: boolean): boolean {
  return (signed ? SIGNED_SCIENTIFIC_RE : SCIENTIFIC_RE).test(cell);
}

const lengthFailures = new Map<number, ParseFailure>();
function lengthFailure(n: number): ParseFailure {
  let f = lengthFailures.get(n);
  if (f === undefined) {
    const old = n === 9 ? ' (NIP lama 9 digit?)' : '';
    const oldEn = n === 9 ? ' (old 9-digit NIP?)' : '';
    f = fail('nip-length', text(`NIP ${n} digit, seharusnya 18${old}`, `NIP has ${n} digits, expected 18${oldEn}`));
    if (lengthFailures.size < 64) lengthFailures.set(n, f);
  }
  return f;
}

/**
 * Parse a NIP cell: strips spaces, NBSP, dots, hyphens, a leading `NIP`/`NIP Baru` label and an
 * Excel `'` text marker; the value is the 18-digit string. `normalised` is true when anything but
 * surrounding whitespace was removed (`19721112 199302 1 001`).
 * Fails with `nip-non-digit`, `nip-length` (the reason gives the digit count) or `nip-scientific`.
 * The digits are not checked here: use {@link decodeNip}.
 */
export function parseNip(raw: string | null | undefined): Parsed<string> {
  const c = clean(raw);
  if (c === '') return EMPTY;
  if (DIGITS18_RE.test(c)) return { ok: true, value: c, normalised: false };
  if (SCIENTIFIC_RE.test(c)) return F_SCIENTIFIC;
  const digits = c.replace(LABEL_RE, '').replace(STRIP_RE, '');
  if (digits === '') return F_NON_DIGIT;
  if (NON_DIGIT_RE.test(digits)) return F_NON_DIGIT;
  if (digits.length !== 18) return lengthFailure(digits.length);
  return { ok: true, value: digits, normalised: true };
}

export type NipProblem = 'birth-date-invalid' | 'tmt-invalid' | 'sex-invalid' | 'tmt-before-birth';

export interface DecodedNip {
  /** YYYY-MM-DD; null when digits 1–8 are not a real calendar date in 1900–2099. */
  readonly birthDate: string | null;
  /** YYYY-MM; null when the month is not 01–12 or the year is outside 1900–2099. */
  readonly tmtCpns: string | null;
  /** 1 male, 2 female; null for any other digit. */
  readonly sex: 1 | 2 | null;
  /** Digits 16–18. */
  readonly sequence: string;
  readonly problems: readonly NipProblem[];
}

const ALL_INVALID: DecodedNip = Object.freeze({
  birthDate: null,
  tmtCpns: null,
  sex: null,
  sequence: '',
  problems: Object.freeze(['birth-date-invalid', 'tmt-invalid', 'sex-invalid'] as NipProblem[]),
});

const NO_PROBLEMS: readonly NipProblem[] = Object.freeze([]);

function num(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Decode an 18-digit NIP (the value of {@link parseNip}). Checks a real calendar date (leap years
 * included) for the birth date, month 01–12 for the TMT CPNS, sex digit 1/2, and the hard rule that
 * the CPNS month is after the birth month (`tmt-before-birth`; a CPNS younger than 18 is not flagged
 * here). Years outside 1900–2099 count as invalid. Anything but 18 digits gives all fields null and
 * the first three problems.
 */
export function decodeNip(nip: string): DecodedNip {
  if (!DIGITS18_RE.test(nip)) return ALL_INVALID;
  const problems = nipProblems(nip);
  const birthOk = !problems.includes('birth-date-invalid');
  const tmtOk = !problems.includes('tmt-invalid');
  const sd = nip.charCodeAt(14) - 48;
  return {
    birthDate: birthOk ? `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}` : null,
    tmtCpns: tmtOk ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : null,
    sex: sd === 1 ? 1 : sd === 2 ? 2 : null,
    sequence: nip.slice(15, 18),
    problems,
  };
}

/**
 * The problems {@link decodeNip} finds in an 18-digit NIP, from its digits alone (no text built): a check of a
 * million NIPs asks this first and decodes only the few with something to report.
 */
export function nipProblems(nip: string): readonly NipProblem[] {
  if (!DIGITS18_RE.test(nip)) return ALL_INVALID.problems;
  let problems: NipProblem[] | null = null;

  const by = num(nip, 0, 4);
  const bm = num(nip, 4, 6);
  const bd = num(nip, 6, 8);
  const birthOk = by >= 1900 && by <= 2099 && bm >= 1 && bm <= 12 && bd >= 1 && bd <= daysInMonth(by, bm);
  if (!birthOk) (problems ??= []).push('birth-date-invalid');

  const ty = num(nip, 8, 12);
  const tm = num(nip, 12, 14);
  const tmtOk = ty >= 1900 && ty <= 2099 && tm >= 1 && tm <= 12;
  if (!tmtOk) (problems ??= []).push('tmt-invalid');

  const sd = nip.charCodeAt(14) - 48;
  if (sd !== 1 && sd !== 2) (problems ??= []).push('sex-invalid');

  if (birthOk && tmtOk && ty * 12 + tm <= by * 12 + bm) (problems ??= []).push('tmt-before-birth');
  return problems ?? NO_PROBLEMS;
}

/** Whether an ISO date (`YYYY-MM-DD`) is the birth date in a NIP's first eight digits, compared without building it. */
export function nipBirthDateIs(nip: string, iso: string): boolean {
  if (iso.length !== 10) return false;
  for (let i = 0, j = 0; i < 8; i++, j++) {
    if (j === 4 || j === 7) j++;
    if (nip.charCodeAt(i) !== iso.charCodeAt(j)) return false;
  }
  return true;
}
