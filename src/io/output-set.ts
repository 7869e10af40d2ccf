/**
 * An output set: the files one run writes into one folder (migrate's CSVs and JSON), replaced as a unit. The new files
 * are streamed into a staging folder inside the output folder (`.setara-new-<pid>`, same file system); only when every
 * byte is on disk are they renamed into place, synchronously (an interrupt handler cannot run in between), the
 * manifest file last. The manifest (plan.json's `files`) names every other file with its size and SHA-256, so a
 * reader can refuse a folder that mixes runs. A run killed outright (SIGKILL) leaves its staging folder: the next run
 * in that folder removes it (if the kill came during the renames, it completes them first). See docs/architecture.md.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, OutputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { lockFolder, LOCK_FILE, type FolderLock } from './lock.js';
import { lstatOrNull, refusePseudoFs } from './path-kind.js';
import { fsOps, guardTarget, pendingWork, tempEvents, WriteFailure, writeError, writeFilesAtomic, type TextProducer, type WriteGuard } from './write.js';

/** The file that carries the manifest; written (and renamed into place) last. */
export const MANIFEST_FILE = 'plan.json';

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
}

export interface SetFile {
  name: string;
  produce: TextProducer;
}

const STAGING = '.setara-new-';
/** Hard links to the files being replaced, so that no rename of the switch has to free a large file's blocks. */
const OLD = '.old';
/** Temp files of setara versions that wrote each output beside its target. */
const LEGACY_TEMP = /^\.[^/]+\.(csv|json)\.[0-9a-f]{12}\.tmp$/;

export interface OutputSet {
  /** Lines to print before the run's own output: leftovers of interrupted runs removed or completed. */
  readonly notes: Text[];
  /** The manifest entries of the files written so far, in order (the manifest file's producer reads them). */
  readonly manifest: readonly ManifestEntry[];
  /** Streams the files into staging, then switches them into place; `files` must end with MANIFEST_FILE. */
  write(files: readonly SetFile[], written?: (display: string, bytes: number) => void): Promise<void>;
  /** Releases the lock and removes staging (after success or failure). */
  close(): void;
}

/**
 * Opens the output folder `out` for a set of files named `names`: refuses a bad folder or target before any work,
 * takes the folder's lock, and clears what interrupted runs left. Throws OutputError (exit 2).
 */
export function openOutputSet(out: string, names: readonly string[], guard: WriteGuard): OutputSet {
  if (names.at(-1) !== MANIFEST_FILE) throw new Error(`internal: an output set ends with ${MANIFEST_FILE}`);
  const abs = resolve(guard.cwd, out);
  if (existsSync(abs) && !statSync(abs).isDirectory())
    throw new OutputError({ id: `--out ${out} adalah berkas, bukan folder`, en: `--out ${out} is a file, not a directory` }, out);
  refusePseudoFs(abs, out);
  let created: boolean;
  try {
    created = mkdirSync(abs, { recursive: true }) !== undefined;
  } catch (e) {
    throw nothingWritten(writeError(e, out), out);
  }
  const lock = lockFolder(abs, out, { created });
  const notes: Text[] = [];
  let before: string[];
  try {
    notes.push(...clearLeftovers(abs, out));
    for (const name of names) guardTarget(join(out, name), join(out, name), guard);
    before = currentSet(abs, names);
  } catch (e) {
    lock.release();
    throw e;
  }
  return new FolderSet(abs, out, names, guard, lock, before, notes);
}

class FolderSet implements OutputSet {
  readonly manifest: ManifestEntry[] = [];
  private readonly staging: string;
  private state: 'open' | 'writing' | 'switched' | 'closed' = 'open';
  private readonly undo = { interrupt: (): Text => this.interrupt() };

  constructor(
    private readonly abs: string, private readonly out: string, private readonly names: readonly string[],
    private readonly guard: WriteGuard, private readonly lock: FolderLock, private readonly before: string[],
    readonly notes: Text[],
  ) {
    this.staging = join(abs, `${STAGING}${process.pid}`);
  }

  async write(files: readonly SetFile[], written?: (display: string, bytes: number) => void): Promise<void> {
    if (this.state !== 'open' || files.map((f) => f.name).join('/') !== this.names.join('/')) throw new Error('internal: output set written twice or with other files');
    this.state = 'writing';
    pendingWork.add(this.undo);
    tempEvents.onCreate?.();
    try {
      await fsOps.mkdir(this.staging);
      await writeFilesAtomic(
        files.map((f) => ({ target: join(this.staging, f.name), display: join(this.out, f.name), produce: f.produce })),
        this.guard,
        written,
        (f, bytes, sha256) => this.manifest.push({ file: f.target.slice(this.staging.length + 1), bytes, sha256 }),
      );
      this.switchIn();
    } catch (e) {
      rmSync(this.staging, { recursive: true, force: true });
      const err = e instanceof OutputError ? e : writeError(e, join(this.out, files[this.manifest.length]?.name ?? ''));
      throw err instanceof WriteFailure ? new OutputError(joinText(err.reason, this.left()), err.file) : err;
    } finally {
      pendingWork.delete(this.undo);
    }
  }

  /** The switch: synchronous from the first check to the last rename, so no signal handler runs in the middle. */
  private switchIn(): void {
    // Every target checked again before anything changes: a link or FIFO put there since the start is refused.
    for (const name of this.names) guardTarget(join(this.out, name), join(this.out, name), this.guard);
    const stale = this.before.filter((f) => !this.names.includes(f));
    const old = join(this.staging, OLD);
    mkdirSync(old);
    for (const name of [...this.names, ...stale]) {
      try {
        linkSync(join(this.abs, name), join(old, name));
      } catch {
        /* absent, or a file system without hard links: the rename frees the blocks itself */
      }
    }
    for (const name of this.names) renameSync(join(this.staging, name), join(this.abs, name));
    this.state = 'switched';
    for (const name of stale) rmSync(join(this.abs, name), { force: true });
  }

  close(): void {
    if (this.state === 'closed') return;
    if (this.state !== 'open') rmSync(this.staging, { recursive: true, force: true });
    this.lock.release();
    this.state = 'closed';
  }

  /** SIGINT or SIGTERM: undo what is unfinished, say what the folder holds. */
  private interrupt(): Text {
    const switched = this.state === 'switched';
    this.close();
    return switched ? { id: `${this.out}: keluaran baru lengkap`, en: `${this.out}: the new output is complete` } : this.left();
  }

  /** What the folder holds when the new set did not get in. */
  private left(): Text {
    if (!this.before.length) return { id: `tidak ada keluaran yang ditulis ke ${this.out}`, en: `nothing was written to ${this.out}` };
    const list = this.before.join(', ');
    return { id: `${this.out} tetap berisi keluaran sebelumnya, utuh (${list})`, en: `${this.out} still holds the earlier output, complete (${list})` };
  }
}

function joinText(a: Text, b: Text): Text {
  return { id: `${a.id}; ${b.id}`, en: `${a.en}; ${b.en}` };
}

function nothingWritten(e: OutputError, out: string): OutputError {
  return e instanceof WriteFailure ? new OutputError(joinText(e.reason, { id: `tidak ada keluaran yang ditulis ke ${out}`, en: `nothing was written to ${out}` }), e.file) : e;
}

/** The manifest of the set in `abs` (its file names, MANIFEST_FILE last), or null when there is none. */
function readManifest(abs: string): ManifestEntry[] | null {
  try {
    const files = (JSON.parse(readFileSync(join(abs, MANIFEST_FILE), 'utf8')) as { files?: unknown }).files;
    return Array.isArray(files) && files.every(isEntry) ? files : null;
  } catch {
    return null;
  }
}

/** The set the folder holds now: its manifest's files, or (written before manifests) the names of this run present. */
function currentSet(abs: string, names: readonly string[]): string[] {
  const listed = readManifest(abs);
  const candidates = listed ? [...listed.map((e) => e.file), MANIFEST_FILE] : names;
  return candidates.filter((f) => lstatOrNull(join(abs, f))?.isFile());
}

/**
 * What runs that were killed left (we hold the lock, so no live run owns any of it): staging folders (a switch cut
 * short is completed: the staged set is whole, the old one already partly replaced), temp files of earlier versions.
 */
function clearLeftovers(abs: string, out: string): Text[] {
  const removed: string[] = [];
  let completed = false;
  for (const name of readdirSync(abs)) {
    const path = join(abs, name);
    if (name.startsWith(STAGING)) {
      if (existsSync(join(path, OLD)) && existsSync(join(path, MANIFEST_FILE))) {
        completeSwitch(abs, path);
        completed = true;
      }
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    } else if (LEGACY_TEMP.test(name) || name.startsWith(`${LOCK_FILE}.stale-`)) {
      rmSync(path, { force: true });
      removed.push(name);
    }
  }
  if (!removed.length) return [];
  const list = removed.join(', ');
  return [completed
    ? { id: `${out}: peralihan keluaran yang terhenti diselesaikan, sisa dihapus (${list})`, en: `${out}: an interrupted switch of outputs was completed, leftovers removed (${list})` }
    : { id: `${out}: sisa proses yang terhenti dihapus (${list})`, en: `${out}: leftovers of an interrupted run removed (${list})` }];
}

/** Renames the rest of a staged, complete set into place (the manifest file last) and removes the old set's extras. */
function completeSwitch(abs: string, staging: string): void {
  const next = readManifest(staging) ?? [];
  const stale = (readManifest(abs) ?? []).map((e) => e.file).filter((f) => !next.some((e) => e.file === f));
  for (const { file } of next) if (existsSync(join(staging, file))) renameSync(join(staging, file), join(abs, file));
  renameSync(join(staging, MANIFEST_FILE), join(abs, MANIFEST_FILE));
  for (const f of stale) rmSync(join(abs, f), { force: true });
}

function isEntry(e: unknown): e is ManifestEntry {
  const x = e as ManifestEntry;
  // A plain name of this folder: a manifest must not lead a reader (or a cleanup) anywhere else.
  return !!x && typeof x.file === 'string' && /^[^/\\]+$/.test(x.file) && !x.file.startsWith('.') && x.file !== MANIFEST_FILE
    && Number.isSafeInteger(x.bytes) && x.bytes >= 0 && typeof x.sha256 === 'string' && /^[0-9a-f]{64}$/.test(x.sha256);
}

/** Rechecks that the files verified are still the same (none replaced or changed while the reader read them). */
export type Recheck = () => void;

/**
 * Verifies the set in folder `abs` (shown as `display`) against `manifest` (the value of plan.json's `files`): every
 * file listed has its size and SHA-256, and no file in `reads` (the ones the reader will read) is present unlisted.
 * Throws InputError naming the first file that does not match.
 */
export async function verifyOutputSet(abs: string, display: string, manifest: unknown, reads: readonly string[]): Promise<Recheck> {
  const where = join(display, MANIFEST_FILE);
  if (!Array.isArray(manifest) || !manifest.every(isEntry))
    throw new InputError({
      id: `plan.json tidak memuat daftar berkas (files) yang sah: ditulis setara versi lama atau diubah; jalankan ulang setara migrate`,
      en: `plan.json has no valid list of files (files): written by an earlier setara or edited; run setara migrate again`,
    }, where);
  const seen = new Map<string, { ino: number; size: number; mtimeMs: number }>();
  for (const e of manifest) {
    const path = join(abs, e.file);
    const shown = join(display, e.file);
    const st = lstatOrNull(path);
    if (!st?.isFile())
      throw new InputError({ id: `${st ? 'bukan berkas biasa' : 'tidak ada'}, padahal tercantum di plan.json; jalankan ulang setara migrate`, en: `${st ? 'not a regular file' : 'missing'}, but listed in plan.json; run setara migrate again` }, shown);
    if (st.size !== e.bytes || (await sha256Of(path)) !== e.sha256)
      throw new InputError({
        id: `tidak cocok dengan plan.json (ukuran atau isi berbeda): berkas dari proses lain atau diubah sesudahnya; jalankan ulang setara migrate`,
        en: `does not match plan.json (size or content differs): a file of another run, or changed since; run setara migrate again`,
      }, shown);
    seen.set(e.file, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs });
  }
  for (const f of reads) {
    if (f !== MANIFEST_FILE && !seen.has(f) && lstatOrNull(join(abs, f)))
      throw new InputError({ id: 'tidak tercantum di plan.json: bukan bagian dari keluaran ini (sisa proses lain); hapus atau jalankan ulang setara migrate', en: 'not listed in plan.json: not part of this output (left by another run); remove it or run setara migrate again' }, join(display, f));
  }
  return () => {
    for (const [file, was] of seen) {
      const st = lstatOrNull(join(abs, file));
      if (!st || st.ino !== was.ino || st.size !== was.size || st.mtimeMs !== was.mtimeMs)
        throw new InputError({ id: 'berubah selama dibaca (setara lain menulis folder ini?); ulangi', en: 'changed while being read (another setara writing this folder?); try again' }, join(display, file));
    }
  };
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The `files` value of the plan.json in `abs`, or undefined when there is no plan.json or it has no `files`: a reader
 * that also takes folders other than migrate's checks a folder only when it claims to be a set.
 */
export function claimedManifest(abs: string): unknown {
  try {
    const plan = JSON.parse(readFileSync(join(abs, MANIFEST_FILE), 'utf8')) as unknown;
    return plan && typeof plan === 'object' && 'files' in plan ? (plan as { files: unknown }).files : undefined;
  } catch {
    return undefined;
  }
}
