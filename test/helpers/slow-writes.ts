/** A file system whose writes are slow or fail, for the atomic writer's tests (through the injectable fsOps). */
import { fsOps } from '../../src/io/write.js';

export interface WriteFaults {
  /** Only files whose path passes this are affected (default: all). */
  path?: (path: string) => boolean;
  /** Milliseconds before a write of `len` bytes reaches the file. */
  delay?: (len: number) => number;
  /** Fail with ENOSPC once `written` bytes (this write included) have been asked for. */
  failAfter?: number;
}

/** Replaces fsOps.open so that file handles write through the faults; `real` is the untouched fsOps. */
export function faultyWrites(real: typeof fsOps, faults: WriteFaults): void {
  fsOps.open = (async (path: string, flags: string) => {
    const fh = await real.open(path, flags);
    if (faults.path && !faults.path(String(path))) return fh;
    let written = 0;
    return new Proxy(fh, {
      get(target, key) {
        if (key === 'write')
          return async (buf: Uint8Array, off: number, len: number) => {
            written += len;
            const ms = faults.delay?.(len) ?? 0;
            if (ms) await new Promise((r) => setTimeout(r, ms));
            if (faults.failAfter !== undefined && written > faults.failAfter) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            return target.write(buf, off, len);
          };
        const v = Reflect.get(target, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  }) as typeof fsOps.open;
}
