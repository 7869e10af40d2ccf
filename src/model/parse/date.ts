/**
 * Calendar dates (birth date, TMT) to ISO `YYYY-MM-DD`.
 *
 * Accepted: `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`; day first `DD-MM-YYYY`, `DD/MM/YYYY`,
 * `DD.MM.YYYY` (one-digit day/month allowed; always day first, never US month-first); compact
 * `YYYYMMDD`; a midnight time after the date (`1985-01-12 00:00:00`, `1985-01-12T00:00:00.000Z`);
 * month names in Indonesian or English, full or short (`12 Januari 1985`, `12 Jan 1985`,
 * `12-Agt-1985`, `12 Ags 1985`, `Senin, 12 Agustus 1985`); Excel serial day numbers (a pure integer
 * of at most 5 digits, 1…60000; `31048` → 1985-01-01).
 *
 * Rejected: impossible dates (`31-02-1990`, code `date-invalid`), two-digit years (`12-01-85`,
 * `date-ambiguous`), a time other than midnight (`date-time`: usually a time-zone shift of a date
 * cell, the day may be off by one), years outside 1900–2100 (`out-of-range`), and a bare year
 * `1900`…`2100` (`date-year-only`; not read as an Excel serial). MySQL zero dates (`0000-00-00`,
 * `00-00-0000`) are treated as an empty cell.
 */
import { clean, EMPTY, fail, text, type Parsed } from './result.js';

const TIME = String.raw`(?:[T\s]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YMD_RE = new RegExp(String.raw`^(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const DMY_RE = new RegExp(String.raw`^(\d{1,2})([-\/.])(\d{1,2})\2(\d{4})${TIME}$`, 'i');
const DMY2_RE = /^\d{1,2}([-\/.])\d{1,2}\1\d{2}$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_RE = /^\d{1,5}$/;
const NAMED_RE = /^(?:[A-Z]+,?\s+)?(\d{1,2})[\s\-\/.]*([A-Z]+)\.?[\s\-\/.,]*(\d{4}|\d{2})$/;
const ZERO_RE = /^(?:0{4}[-\/.]0{1,2}[-\/.]0{1,2}|0{1,2}[-\/.]0{1,2}[-\/.]0{4})(?:[T\s].*)?$/;

const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ['JANUARI', 1], ['JANUARY', 1], ['JAN', 1],
  ['FEBRUARI', 2], ['PEBRUARI', 2], ['FEBRUARY', 2], ['FEB', 2], ['PEB', 2],
  ['MARET', 3], ['MARCH', 3], ['MAR', 3],
  ['APRIL', 4], ['APR', 4],
  ['MEI', 5], ['MAY', 5],
  ['JUNI', 6], ['JUNE', 6], ['JUN', 6],
  ['JULI', 7], ['JULY', 7], ['JUL', 7],
  ['AGUSTUS', 8], ['AUGUST', 8], ['AGT', 8], ['AGS', 8], ['AGU', 8], ['AGUST', 8], ['AUG', 8],
  ['SEPTEMBER', 9], ['SEP', 9], ['SEPT', 9],
  ['OKTOBER', 10], ['OCTOBER', 10], ['OKT', 10], ['OCT', 10],
  ['NOVEMBER', 11], ['NOPEMBER', 11], ['NOV', 11], ['NOP', 11],
  ['DESEMBER', 12], ['DECEMBER', 12], ['DES', 12], ['DEC', 12],
]);

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const F_INVALID = fail('date-invalid', text('tanggal tidak valid', 'not a valid date'));
const F_UNKNOWN = fail('unknown', text('format tanggal tidak dikenali', 'date format not recognised'));
const F_TWO_DIGIT = fail('date-ambiguous', text('tahun dua digit: abad tidak dapat ditentukan', 'two-digit year: the century is ambiguous'));
const F_TIME = fail(
  'date-time',
  text('tanggal berisi jam selain 00:00 (kemungkinan pergeseran zona waktu)', 'date carries a time other than 00:00 (probably a time-zone shift)'),
);
const F_RANGE = fail('out-of-range', text(`tahun di luar ${MIN_YEAR}–${MAX_YEAR}`, `year outside ${MIN_YEAR}–${MAX_YEAR}`));
const F_YEAR_ONLY = fail('date-year-only', text('hanya tahun, bukan tanggal', 'a year only, not a date'));
const F_SERIAL = fail('out-of-range', text('nomor seri tanggal Excel di luar 1–60000', 'Excel date serial outside 1–60000'));

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function iso(y: number, m: number, d: number): string {
  return `${y >= 1000 ? y : String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Validate and build; `c` is the cleaned input, for the `normalised` flag. */
function build(y: number, m: number, d: number, c: string): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return F_INVALID;
  if (y < MIN_YEAR || y > MAX_YEAR) return F_RANGE;
  const v = iso(y, m, d);
  return { ok: true, value: v, normalised: c !== v };
}

function midnight(h: string | undefined, mi: string | undefined, s: string | undefined): boolean {
  return (h === undefined || Number(h) === 0) && (mi === undefined || Number(mi) === 0) && (s === undefined || Number(s) === 0);
}

/** Days since 1970-01-01 → ISO date (H. Hinnant's civil_from_days). */
function civilFromDays(z0: number): string {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return iso(y, m, d);
}

/** ISO date → days since 1970-01-01. */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days from 1970-01-01 back to 1900-01-01. */
const DAYS_1900 = -25567;

/**
 * Excel (1900 date system) serial → ISO date; null for serial 60, Excel's non-existent 1900-02-29.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1) return null;
  if (serial === 60) return null;
  return civilFromDays(DAYS_1900 + (serial < 60 ? serial - 1 : serial - 2));
}

/** ISO date → Excel (1900 date system) serial. */
export function isoToExcelSerial(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const n = daysFromCivil(y, m, d) - DAYS_1900;
  return n < 59 ? n + 1 : n + 2;
}

function parseCleaned(c: string): Parsed<string> {
  let m = YMD_RE.exec(c);
  if (m !== null) {
    if (!midnight(m[5], m[6], m[7])) return F_TIME;
    return build(Number(m[1]), Number(m[3]), Number(m[4]), c);
  }
  m = DMY_RE.exec(c);
  if (m !== null) {
    if (!midnight(m[5], m[6], m[7])) return F_TIME;
    return build(Number(m[4]), Number(m[3]), Number(m[1]), c);
  }
  if (SERIAL_RE.test(c)) {
    const n = Number(c);
    if (n >= MIN_YEAR && n <= MAX_YEAR && c.length === 4) return F_YEAR_ONLY;
    if (n < 1 || n > 60000) return F_SERIAL;
    const v = excelSerialToIso(n);
    return v === null ? F_INVALID : { ok: true, value: v, normalised: true };
  }
  m = COMPACT_RE.exec(c);
  if (m !== null) return build(Number(m[1]), Number(m[2]), Number(m[3]), c);
  if (DMY2_RE.test(c)) return F_TWO_DIGIT;
  m = NAMED_RE.exec(c.toUpperCase());
  if (m !== null) {
    const month = MONTHS.get(m[2]!);
    if (month === undefined) return F_UNKNOWN;
    if (m[3]!.length === 2) return F_TWO_DIGIT;
    return build(Number(m[3]), month, Number(m[1]), c);
  }
  return F_UNKNOWN;
}

/**
 * Parse a date cell to ISO `YYYY-MM-DD` (see the module comment for the accepted forms).
 */
export function parseDate(raw: string | null | undefined): Parsed<string> {
  const c = clean(raw);
  if (c === '') return EMPTY;
  if (ZERO_RE.test(c)) return EMPTY;
  return parseCleaned(c);
}

/** Whether `v` is exactly `YYYY-MM-DD` and a real calendar date (the round trip refuses 2026-02-31, which Date rolls over). */
export function isIsoDate(v: string): boolean {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

/**
 * Whole years from `birthISO` to `asOfISO` (both `YYYY-MM-DD`). A 29 February birthday is reached
 * on 1 March in non-leap years (consistent with {@link addYears}). NaN for malformed input.
 */
export function ageOn(birthISO: string, asOfISO: string): number {
  const by = Number(birthISO.slice(0, 4));
  const bmd = Number(birthISO.slice(5, 7)) * 100 + Number(birthISO.slice(8, 10));
  const ay = Number(asOfISO.slice(0, 4));
  const amd = Number(asOfISO.slice(5, 7)) * 100 + Number(asOfISO.slice(8, 10));
  if (Number.isNaN(by + bmd + ay + amd)) return Number.NaN;
  return ay - by - (amd < bmd ? 1 : 0);
}

/**
 * `iso` plus `n` whole years (n may be negative): the day on which someone born on `iso` turns `n`.
 * 29 February in a non-leap target year becomes 1 March. Throws on malformed input.
 */
export function addYears(isoDate: string, n: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (!Number.isInteger(n) || Number.isNaN(y + m + d) || isoDate.length !== 10) {
    throw new RangeError(`addYears: expected YYYY-MM-DD and an integer, got '${isoDate}', ${n}`);
  }
  const ty = y + n;
  if (m === 2 && d === 29 && !isLeapYear(ty)) return iso(ty, 3, 1);
  return iso(ty, m, d);
}
