/**
 * One writer per output folder: `.setara-lock` in the folder, created exclusively and held for the run. A second run
 * fails at once naming the holder; the lock of a process that no longer runs (on this host) is taken over.
 */
import { linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, closeSync, rmdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import { writeError } from './write.js';

export const LOCK_FILE = '.setara-lock';

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface FolderLock {
  readonly path: string;
  /** Removes the lock file (synchronous: also called from an interrupt handler). Idempotent. */
  release(): void;
}

/** Takes the lock of folder `abs` (which exists); `display` names the folder in messages. */
export function lockFolder(abs: string, display: string, opts: { created?: boolean } = {}): FolderLock {
  const path = join(abs, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  // Two attempts: the second follows the takeover of a stale lock.
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(e, join(display, LOCK_FILE));
      const held = readHolder(path);
      if (attempt === 0 && held && isStale(held.holder)) {
        takeOver(path, held.ino);
        continue;
      }
      throw busy(display, path, held?.holder ?? null);
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
        // A folder this run made and nothing went into (the input was refused): gone again, as if never asked for.
        if (opts.created) {
          try {
            rmdirSync(abs);
          } catch {
            /* not empty: the run's outputs are in it */
          }
        }
      },
    };
  }
}

function readHolder(path: string): { holder: Holder | null; ino: number } | null {
  try {
    const ino = statSync(path).ino;
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    const ok = typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.started === 'string';
    return { holder: ok ? (data as Holder) : null, ino };
  } catch {
    // Being written by its holder this instant, or removed: held either way.
    return null;
  }
}

/** A lock of this host whose process is gone. A lock of another host cannot be judged: it stays held. */
function isStale(h: Holder | null): boolean {
  if (!h || h.host !== hostname()) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the stale lock aside, then checks that what was moved is the file judged stale: if another run took it over
 * and locked in between, its lock is put back (link fails if a third one holds the name) and this run gives up.
 */
function takeOver(path: string, judgedIno: number): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first; the next attempt sees their lock
  }
  const moved = statSync(aside).ino;
  if (moved !== judgedIno) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third run holds the name now */
    }
  }
  unlinkSync(aside);
}

function busy(display: string, path: string, h: Holder | null): OutputError {
  const who = h
    ? { id: `pid ${h.pid} di ${h.host}, mulai ${h.started}`, en: `pid ${h.pid} on ${h.host}, started ${h.started}` }
    : { id: 'pemegang tidak terbaca', en: 'holder unreadable' };
  const other = !h || h.host !== hostname();
  return new OutputError({
    id: `folder sedang ditulis oleh setara lain (${who.id}); tunggu sampai selesai${other ? `, atau hapus ${path} bila proses itu sudah berhenti` : ''}`,
    en: `the folder is being written by another setara run (${who.en}); wait for it to finish${other ? `, or remove ${path} if that process has stopped` : ''}`,
  }, display);
}
