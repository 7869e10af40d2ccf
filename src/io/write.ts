/** Atomic output: write a temp file beside the target, then rename. Never over an input, never over a file without --force. */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

export interface WriteGuard {
  cwd: string;
  force: boolean;
  /** Absolute or cwd-relative paths of every input of the run. */
  inputs: string[];
}

/** Temp files still on disk, removed if the process is interrupted. */
export const pendingTemps = new Set<string>();

export function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Throws when `target` is an input or exists without --force. */
export function guardTarget(target: string, display: string, guard: WriteGuard): void {
  const abs = realOrResolved(resolve(guard.cwd, target));
  for (const input of guard.inputs) {
    if (realOrResolved(resolve(guard.cwd, input)) === abs)
      throw new OutputError({ id: `menolak menimpa berkas masukan ${display}`, en: `refusing to overwrite input file ${display}` }, display);
  }
  if (!guard.force && existsSync(abs))
    throw new OutputError({ id: `${display} sudah ada (pakai --force untuk menimpa)`, en: `${display} already exists (use --force to overwrite)` }, display);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, display: string, guard: WriteGuard): Promise<void> {
  guardTarget(target, display, guard);
  const abs = resolve(guard.cwd, target);
  const dir = dirname(abs);
  try {
    await mkdir(dir, { recursive: true });
    const st = await stat(dir);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (e) {
    throw writeError(e, display);
  }
  const tmp = join(dir, `.${basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTemps.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, abs);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw writeError(e, display);
  } finally {
    pendingTemps.delete(tmp);
  }
}

function writeError(e: unknown, display: string): OutputError {
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
  return new OutputError({ id: `${id}; tidak ada berkas yang ditulis sebagian`, en: `${en}; no partial file was left` }, display);
}
