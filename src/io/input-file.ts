/**
 * What setara accepts as an input: a regular file, or a stream where one will do (a table given as `-` for stdin, or
 * as a pipe the shell opened: `<(cmd)`, /dev/stdin, /dev/fd/N). Everything else is refused before it is read: a
 * device (`/dev/zero` never ends), a named pipe (opening one with no writer never returns), a socket. Files read
 * whole (rules, config, decisions, region) also have a size limit, checked on the open file.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError, InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { cannotRead, type ErrorClass } from './table.js';

/** The argument that names stdin. */
const STDIN = '-';

/** Rule, config, decisions and region files are a few hundred KB at most; 10 MB leaves room and bounds what is parsed whole. */
export const SMALL_FILE_BYTES = 10 * 1024 * 1024;

/** An input to read: a regular file by its path, or a stream read once from the start. */
export type Source = { file: string; path: string; stream?: undefined } | { file: string; path?: undefined; stream: Readable };

/** /dev/stdin, /dev/fd/N, /proc/self/fd/N: a descriptor this process already has open (a shell's `<(cmd)` is one). */
function descriptorOf(path: string): number | undefined {
  if (path === '/dev/stdin') return 0;
  const m = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** Whether a table argument reads stdin (`-`, /dev/stdin, /dev/fd/0): stdin can be read once in a run. */
export function readsStdin(file: string): boolean {
  return file === STDIN || descriptorOf(file) === 0;
}

/** Why a file that is not a regular file is refused (undefined for a regular file). */
function notRegular(st: Stats, streamOk: boolean): Text | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return { id: 'ini folder, bukan berkas', en: 'is a directory, not a file' };
  const what = st.isFIFO() ? { id: 'pipa bernama (FIFO)', en: 'a named pipe (FIFO)' }
    : st.isSocket() ? { id: 'soket', en: 'a socket' }
    : { id: 'perangkat', en: 'a device' };
  const hint = streamOk
    ? { id: `; simpan ke berkas, atau alirkan lewat stdin dengan '${STDIN}'`, en: `; save it to a file, or pipe it to stdin as '${STDIN}'` }
    : { id: '; berikan berkas biasa', en: '; give a regular file' };
  return { id: `bukan berkas biasa: ${what.id}${hint.id}`, en: `not a regular file: ${what.en}${hint.en}` };
}

/**
 * A table input: `-` and a descriptor path name a stream (stdin, or a pipe opened by the shell); any other path must
 * be a regular file. A `small` table (the decisions file) is a regular file of at most SMALL_FILE_BYTES.
 */
export function tableSource(file: string, cwd: string, small: boolean): Source {
  const fd = file === STDIN ? 0 : descriptorOf(file);
  if (fd !== undefined) {
    let st: Stats;
    try {
      st = fstatSync(fd);
    } catch (e) {
      throw cannotRead(e, file);
    }
    if (st.isFile() && fd !== 0) return { file, path: file };
    if (small) throw new InputError(notRegular(st, false) ?? { id: 'stdin tidak dapat dipakai di sini; berikan berkas biasa', en: 'stdin cannot be used here; give a regular file' }, file);
    if (!st.isFile() && !st.isFIFO() && !(st.isSocket() && fd === 0)) throw new InputError(notRegular(st, true)!, file);
    return { file, stream: fd === 0 ? process.stdin : createReadStream('', { fd, autoClose: false }) };
  }
  const path = resolve(cwd, file);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw cannotRead(e, file);
  }
  if (small) refuseSmall(st, file, SMALL_FILE_BYTES, InputError);
  else if (!st.isFile()) throw new InputError(notRegular(st, true)!, file);
  return { file, path };
}

function refuseSmall(st: Stats, display: string, limit: number, Err: ErrorClass): void {
  const why = notRegular(st, false);
  if (why) throw new Err(why, display);
  if (st.size > limit) throw new Err(tooLarge(st.size, limit), display);
}

function tooLarge(size: number, limit: number): Text {
  const mb = (b: number) => `${Math.ceil(b / (1024 * 1024))} MB`;
  return { id: `berkas terlalu besar (${mb(size)}; batas ${mb(limit)})`, en: `file too large (${mb(size)}; limit ${mb(limit)})` };
}

/**
 * The text of a rule, config or region file: a regular file of at most `limit` bytes, else one line naming it (exit 2).
 * Opened without blocking (a named pipe with no writer would hang the open) and checked on the open descriptor.
 */
export function readSmallFile(path: string, display: string, limit = SMALL_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw cannotRead(e, display, ConfigError);
  }
  try {
    refuseSmall(fstatSync(fd), display, limit, ConfigError);
    return readFileSync(fd, 'utf8');
  } catch (e) {
    throw e instanceof ConfigError ? e : cannotRead(e, display, ConfigError);
  } finally {
    closeSync(fd);
  }
}

/** A stream whose first bytes were read ahead (to tell CSV from XLSX, and to sniff a CSV's dialect): a pipe cannot seek back. */
export interface ReadAhead {
  file: string;
  head: Buffer;
  /** Whether the stream ended within the head. */
  ended: boolean;
  rest: AsyncIterator<Buffer>;
}

/** Reads at least `bytes` of the stream (less only when it ends first). */
export async function readAhead(stream: Readable, file: string, bytes: number): Promise<ReadAhead> {
  const rest = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const parts: Buffer[] = [];
  let size = 0;
  let ended = false;
  try {
    while (size < bytes) {
      const r = await rest.next();
      if (r.done) {
        ended = true;
        break;
      }
      parts.push(r.value);
      size += r.value.length;
    }
  } catch (e) {
    throw cannotRead(e, file);
  }
  return { file, head: Buffer.concat(parts), ended, rest };
}

/** The stream's bytes from `offset` on: the rest of the head, then what the stream still has. */
export async function* bytesFrom(r: ReadAhead, offset: number): AsyncGenerator<Buffer> {
  try {
    if (offset < r.head.length) yield r.head.subarray(offset);
    if (r.ended) return;
    for (let x = await r.rest.next(); !x.done; x = await r.rest.next()) yield x.value;
  } finally {
    await r.rest.return?.();
  }
}
