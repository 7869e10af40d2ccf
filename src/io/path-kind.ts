/**
 * What sits at an output path, and whether setara may put a file there. Outputs are regular files only: a rename over a
 * symlink, device or FIFO would replace the link or node itself (`--output /dev/stdout` turned a pipe's link into a
 * file), and one over an input (a hard link or symlink to it included) would destroy what the run read.
 */
import { lstatSync, statSync, statfsSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import type { Text } from '../i18n/index.js';

/** lstat, or null when nothing is there (a dangling symlink is something). */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function kindOf(st: Stats): Text | null {
  if (st.isFile()) return null;
  if (st.isSymbolicLink()) return { id: 'tautan simbolik', en: 'a symbolic link' };
  if (st.isDirectory()) return { id: 'folder', en: 'a directory' };
  if (st.isFIFO()) return { id: 'FIFO (pipa bernama)', en: 'a FIFO (named pipe)' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { id: 'perangkat', en: 'a device' };
  return { id: 'soket', en: 'a socket' };
}

/** Throws unless nothing or a regular file is at `abs`. Whatever the flags: --force replaces files, nothing else. */
export function refuseNonRegular(abs: string, display: string): Stats | null {
  const st = lstatOrNull(abs);
  const kind = st && kindOf(st);
  if (kind)
    throw new OutputError({
      id: `jalur ini adalah ${kind.id}; setara hanya menulis berkas biasa (pilih jalur lain${display.startsWith('/dev/') ? ', atau --output - untuk stdout' : ''})`,
      en: `the path is ${kind.en}; setara writes regular files only (choose another path${display.startsWith('/dev/') ? ', or --output - for stdout' : ''})`,
    }, display);
  return st;
}

/** The same file as `st`: same device and inode (a hard link or a symlinked path to it too). */
function sameFile(st: Stats, path: string): boolean {
  try {
    const other = statSync(path);
    return other.dev === st.dev && other.ino === st.ino;
  } catch {
    return false;
  }
}

/** Throws when the regular file `st` (at `display`) is one of the inputs of the run. */
export function refuseInput(st: Stats, inputs: readonly string[], cwd: string, display: string): void {
  if (inputs.some((i) => sameFile(st, resolve(cwd, i))))
    throw new OutputError({ id: `menolak menimpa berkas masukan ${display}`, en: `refusing to overwrite input file ${display}` }, display);
}

/** Kernel file systems that look writable but hold no files of ours (statfs f_type magic numbers). */
const PSEUDO_FS = new Set([
  0x9fa0 /* proc */, 0x62656572 /* sysfs */, 0x1cd1 /* devpts */, 0x27e0eb /* cgroup */, 0x63677270 /* cgroup2 */,
  0x64626720 /* debugfs */, 0x74726163 /* tracefs */, 0x73636673 /* securityfs */, 0x62656570 /* configfs */,
  0x6165676c /* pstore */, 0xcafe4a11 /* bpf */, 0xde5e81e4 /* efivarfs */,
]);

/** The nearest folder of `abs` that exists (`abs` itself when it does). */
function nearestExisting(abs: string): string {
  let dir = abs;
  while (!lstatOrNull(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Fails fast when outputs under `abs` would land on a pseudo file system (/proc, /sys, ...). */
export function refusePseudoFs(abs: string, display: string): void {
  let type: number;
  try {
    type = Number(statfsSync(nearestExisting(abs)).type);
  } catch {
    return; // statfs unsupported here: the write itself reports what goes wrong
  }
  if (PSEUDO_FS.has(type))
    throw new OutputError({ id: 'jalur ini ada di sistem berkas semu (mis. /proc, /sys); pilih folder biasa', en: 'the path is on a pseudo file system (such as /proc, /sys); choose an ordinary folder' }, display);
}
