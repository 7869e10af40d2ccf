/**
 * Atomic output: write a temp file beside the target, then rename. Only a regular file is ever replaced (never a link,
 * device, FIFO or folder), never an input, never an existing file without --force.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { refuseInput, refuseNonRegular, refusePseudoFs } from './path-kind.js';

export interface WriteGuard {
  cwd: string;
  force: boolean;
  /** Absolute or cwd-relative paths of every input of the run. */
  inputs: string[];
}

/** Temp files still on disk, removed if the process is interrupted. */
export const pendingTemps = new Set<string>();

/**
 * Work in progress that an interrupt must undo (an output set being written): `interrupt()` undoes it synchronously and
 * says what it left on disk, for the one line main() prints.
 */
export const pendingWork = new Set<{ interrupt(): Text }>();

/**
 * Told when a temp file is created or work is registered: main() installs its interrupt handler then (removing temps
 * and undoing pendingWork on SIGINT and SIGTERM).
 */
export const tempEvents: { onCreate: (() => void) | null } = { onCreate: null };

/**
 * The file-system calls this module makes, as one object so that a test can make a call fail (ENOSPC, EACCES)
 * without touching the disk: `fsOps.writeFile = async () => { throw enospc }`, restored afterwards.
 */
export const fsOps = { mkdir, open, rename, stat, unlink, writeFile };

/**
 * Throws when `target` is on a pseudo file system, is anything but a regular file, is an input, or exists without
 * --force. Called before any work and again just before the rename.
 */
export function guardTarget(target: string, display: string, guard: WriteGuard): void {
  const abs = resolve(guard.cwd, target);
  refusePseudoFs(dirname(abs), display);
  const st = refuseNonRegular(abs, display);
  if (!st) return;
  refuseInput(st, guard.inputs, guard.cwd, display);
  if (!guard.force)
    throw new OutputError({ id: `${display} sudah ada (pakai --force untuk menimpa)`, en: `${display} already exists (use --force to overwrite)` }, display);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, display: string, guard: WriteGuard): Promise<void> {
  const { abs, tmp } = await prepareTemp(target, display, guard);
  try {
    await fsOps.writeFile(tmp, data);
    guardTarget(target, display, guard);
    await fsOps.rename(tmp, abs);
  } catch (e) {
    await fsOps.unlink(tmp).catch(() => undefined);
    throw e instanceof OutputError ? e : writeError(e, display);
  } finally {
    pendingTemps.delete(tmp);
  }
}

/** Checks the target, creates its folder and reserves a temp file name beside it (registered in pendingTemps). */
async function prepareTemp(target: string, display: string, guard: WriteGuard): Promise<{ abs: string; tmp: string }> {
  guardTarget(target, display, guard);
  const abs = resolve(guard.cwd, target);
  const dir = dirname(abs);
  try {
    await fsOps.mkdir(dir, { recursive: true });
    const st = await fsOps.stat(dir);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (e) {
    throw writeError(e, display);
  }
  const tmp = join(dir, `.${basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTemps.add(tmp);
  tempEvents.onCreate?.();
  return { abs, tmp };
}

/**
 * Where a file's text goes, piece by piece. `write` returns a promise when a full buffer is being handed to the disk:
 * no further piece may be written before it settles.
 */
export interface TextOut {
  write(text: string): Promise<void> | undefined;
}

/**
 * A file's text, written into `out` piece by piece (a CSV row, a JSON record). The producer yields each promise
 * `out.write` returns and is resumed once it settles: a generator resumed once per buffer, not once per row.
 */
export type TextProducer = (out: TextOut) => Iterable<Promise<void>>;

/** A file written in pieces into a temp file and renamed over the target on commit; abort (or any error) removes it. */
export interface AtomicWriter extends TextOut {
  /** Appends text; returns a promise only when a buffer was flushed to disk (await it for backpressure). */
  write(chunk: string): Promise<void> | undefined;
  /** Writes out every byte and closes the temp file; a disk error (ENOSPC) is thrown here. */
  close(): Promise<void>;
  /** After close(): renames the temp file over the target. */
  place(): Promise<void>;
  /** close() then place(). */
  commit(): Promise<void>;
  abort(): Promise<void>;
  /** Bytes written so far, buffered ones included. */
  readonly bytes: number;
  /** After close(): the SHA-256 of every byte written, in hex (for an output set's manifest). */
  readonly sha256: string;
}

const FLUSH_BYTES = 1 << 20;

/** Opens a streaming atomic writer: nothing appears at `target` until commit() has written every byte. */
export async function openAtomicWriter(target: string, display: string, guard: WriteGuard): Promise<AtomicWriter> {
  const { abs, tmp } = await prepareTemp(target, display, guard);
  const hash = createHash('sha256');
  let digest = '';
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await fsOps.open(tmp, 'w');
  } catch (e) {
    pendingTemps.delete(tmp);
    throw writeError(e, display);
  }
  // Text is encoded straight into a buffer, written out when full: no joined strings, no per-chunk buffers. Two
  // buffers: one is filled while the other is being written, so encoding does not wait for the disk.
  const first = Buffer.allocUnsafe(FLUSH_BYTES);
  const second = Buffer.allocUnsafe(FLUSH_BYTES);
  let buf = first;
  let pos = 0;
  let bytes = 0;
  let closed = false;
  /** Renamed into place, or given up (the temp file removed). */
  let placed = false;
  let failure: Error | undefined;
  /** The removal of the temp file after a failure: abort() waits for it, so no caller returns before it is gone. */
  let cleaning: Promise<void> | null = null;
  let inflight: Promise<void> | null = null;
  const fail = async (e: unknown): Promise<never> => {
    closed = true;
    failure = writeError(e, display);
    cleaning = (async () => {
      await fh.close().catch(() => undefined);
      await fsOps.unlink(tmp).catch(() => undefined);
      pendingTemps.delete(tmp);
    })();
    await cleaning;
    throw failure;
  };
  const writeAll = async (data: Uint8Array): Promise<void> => {
    // Hashed as handed over: calls come in the order of the text (each waits for the previous one to drain).
    hash.update(data);
    try {
      let off = 0;
      while (off < data.length) off += (await fh.write(data, off, data.length - off)).bytesWritten;
      bytes += data.length;
    } catch (e) {
      await fail(e);
    }
  };
  /** Waits for the write in progress (its failure, if any, is thrown here). */
  const drain = async (): Promise<void> => {
    const p = inflight;
    inflight = null;
    if (p) await p;
  };
  const flush = async (): Promise<void> => {
    await drain();
    const n = pos;
    pos = 0;
    if (n === 0) return;
    const full = buf.subarray(0, n);
    buf = buf === first ? second : first;
    inflight = writeAll(full);
    // Handled when drained; this keeps a failure from counting as unhandled meanwhile.
    inflight.catch(() => undefined);
  };
  const writer: AtomicWriter = {
    get bytes() {
      return bytes + pos;
    },
    get sha256() {
      if (!closed || failure) throw new Error('internal: sha256 before close');
      return digest;
    },
    write(chunk) {
      if (failure) throw failure;
      if (closed) throw new Error('internal: write after close');
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (chunk.length * 3 <= FLUSH_BYTES - pos) {
        pos += buf.write(chunk, pos);
        return undefined;
      }
      return (async () => {
        await flush();
        if (chunk.length * 3 <= FLUSH_BYTES) pos += buf.write(chunk, pos);
        else {
          await drain();
          await writeAll(Buffer.from(chunk, 'utf8'));
        }
      })();
    },
    async close() {
      if (failure) throw failure;
      if (closed) throw new Error('internal: close after close');
      await flush();
      await drain();
      try {
        await fh.close();
        closed = true;
        digest = hash.digest('hex');
      } catch (e) {
        await fail(e);
      }
    },
    async place() {
      if (failure) throw failure;
      if (!closed || placed) throw new Error('internal: place before close, or twice');
      try {
        guardTarget(target, display, guard);
        await fsOps.rename(tmp, abs);
        placed = true;
      } catch (e) {
        await fail(e);
      }
      pendingTemps.delete(tmp);
    },
    async commit() {
      await writer.close();
      await writer.place();
    },
    async abort() {
      // A failure seen by write() before its cleanup finished (the failed write was still in flight).
      if (cleaning) await cleaning;
      if (placed || failure) return;
      if (!closed) {
        await drain().catch(() => undefined);
        if (!closed) {
          closed = true;
          await fh.close().catch(() => undefined);
        }
      }
      if (placed || failure) return;
      placed = true; // given up: nothing to place any more
      await fsOps.unlink(tmp).catch(() => undefined);
      pendingTemps.delete(tmp);
    },
  };
  return writer;
}

export interface OutputFile {
  target: string;
  display: string;
  /** The file's text, produced when the file's turn comes. */
  produce: TextProducer;
}

/**
 * Writes the files one after another, each atomically (complete or absent, never partial). A file's rename runs while
 * the next file is produced: renaming over an existing output frees its old blocks, a pause of a tenth of a second
 * or more per large file that the text production need not wait for. The next temp file is created before the rename
 * starts, as creating a file in the folder would wait for it. After a failure no further file is started, files not
 * yet written stay as they were, and no temp file is left.
 */
export async function writeFilesAtomic(
  files: readonly OutputFile[], guard: WriteGuard,
  /** Told the bytes of a file written so far, each time a buffer goes to the disk. */
  written?: (display: string, bytes: number) => void,
  /** Told each file's size and SHA-256 once all its bytes are on disk, before the next file is produced. */
  closed?: (file: OutputFile, bytes: number, sha256: string) => void,
): Promise<void> {
  const placing: Promise<void>[] = [];
  let failed = false;
  try {
    let w = files[0] ? await openAtomicWriter(files[0].target, files[0].display, guard) : null;
    for (let k = 0; w; k++) {
      try {
        // Each piece is encoded straight into the writer's buffer: no joined text to copy again.
        for (const full of files[k]!.produce(w)) {
          await full;
          written?.(files[k]!.display, w.bytes);
        }
        // Every byte is on disk before the next file starts: a full disk stops the run at this file.
        await w.close();
        closed?.(files[k]!, w.bytes, w.sha256);
      } catch (e) {
        await w.abort();
        throw e;
      }
      const next = files[k + 1];
      let opened: AtomicWriter | null = null;
      let openError: unknown = null;
      // A rename that failed: no further file is started (its error is thrown below).
      if (next && !failed) opened = await openAtomicWriter(next.target, next.display, guard).catch((e: unknown) => ((openError = e), null));
      const placed = w.place();
      // Awaited below; until then a failure must not count as unhandled.
      placed.catch(() => {
        failed = true;
      });
      placing.push(placed);
      if (openError) throw openError;
      w = opened;
    }
  } finally {
    // Every rename started has finished (or cleaned up after itself) before this returns or throws.
    await Promise.allSettled(placing);
  }
  await Promise.all(placing);
}

/** A file that could not be written; `reason` is why, without what was left (an output set says that itself). */
export class WriteFailure extends OutputError {
  constructor(readonly reason: Text, display: string) {
    super({ id: `${reason.id}; tidak ada berkas yang ditulis sebagian`, en: `${reason.en}; no partial file was left` }, display);
  }
}

export function writeError(e: unknown, display: string): OutputError {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  const why: Record<string, [string, string]> = {
    ENOSPC: ['ruang disk habis', 'no space left on device'],
    EACCES: ['tidak ada izin menulis', 'permission denied'],
    EPERM: ['tidak ada izin menulis', 'permission denied'],
    ENOTDIR: ['jalur berisi berkas, bukan folder', 'a path component is a file, not a directory'],
    EEXIST: ['jalur berisi berkas, bukan folder', 'a path component is a file, not a directory'],
    EROFS: ['sistem berkas hanya-baca', 'read-only file system'],
  };
  const [id, en] = why[code] ?? [`gagal menulis (${code})`, `cannot write (${code})`];
  return new WriteFailure({ id, en }, display);
}
