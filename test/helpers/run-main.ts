import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runMain(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
  });
  return { code, stdout, stderr };
}

/**
 * The run was handled, whatever its input: exit 0, 1 or 2, no internal error and no stack trace, and an exit 2 has
 * exactly one `setara:` line (returned, for the caller's own checks of what it names).
 */
export function expectHandled(r: RunResult, why = r.stderr): string | undefined {
  expect([0, 1, 2], why).toContain(r.code);
  expect(r.stderr, why).not.toMatch(/internal error|galat internal|\n\s+at /);
  if (r.code !== 2) return undefined;
  const lines = r.stderr.trimEnd().split('\n').filter((l) => l.startsWith('setara: '));
  expect(lines, why).toHaveLength(1);
  return lines[0];
}

/** stderr without its progress pieces (each `\r ESC[K` + text + `…`, and the clearing `\r ESC[K`). */
export function withoutProgress(stderr: string): string {
  return stderr.replace(/\r\x1b\[K[^\r\n]*…/g, '').replace(/\r\x1b\[K/g, '');
}
