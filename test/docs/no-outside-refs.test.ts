/**
 * The repository stands on its own: no file points at notes kept outside it (the team's domain and research notes),
 * and every source key a citation uses ([S37], [P2]) is listed with what it is in docs/sources.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SELF = relative(ROOT, import.meta.filename).split(sep).join('/');
const SOURCES = 'docs/sources.md';

/** Text files (no NUL byte) under the given folders, plus single files, as repository-relative paths. */
function textFiles(roots: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const root of roots) {
    const abs = join(ROOT, root);
    const names = statSync(abs).isFile() ? [''] : readdirSync(abs, { recursive: true, encoding: 'utf8' });
    for (const name of names) {
      const path = join(abs, name);
      if (!statSync(path).isFile()) continue;
      const buf = readFileSync(path);
      if (!buf.includes(0)) out.set(relative(ROOT, path).split(sep).join('/'), buf.toString('utf8'));
    }
  }
  return out;
}

/** Each line of `text` matching `re`, as `file:line: text`. */
function hits(files: Map<string, string>, re: RegExp): string[] {
  const found: string[] = [];
  for (const [file, text] of files)
    text.split('\n').forEach((line, i) => { if (re.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`); });
  return found;
}

const KEY = /\[([SP]\d+[a-z]?)\]/g;
const keysIn = (texts: Iterable<string>): Set<string> => new Set([...texts].flatMap((t) => [...t.matchAll(KEY)].map((m) => m[1]!)));

const OUTSIDE = /regulation\.md|DOMAIN\.md|\bDOMAIN\s*§|perbup-sistem-kerja\.md|input-conventions\.md|peer-tools\.md|\.\.\/shared|shared\/reference/;

describe('references stay inside the repository', () => {
  const files = textFiles(['src', 'rules', 'scripts', 'test', 'docs', 'README.md']);

  it('reads the whole tree', () => {
    for (const f of ['src/model/types.ts', 'rules/data/bup.yaml', 'scripts/curate-jf.mjs', SOURCES, 'README.md', SELF])
      expect(files.has(f), f).toBe(true);
    expect(files.has('docs/img/draft-perbup.png')).toBe(false);
  });

  it('names no file outside the repository', () => {
    const others = new Map([...files].filter(([f]) => f !== SELF));
    expect(hits(others, OUTSIDE)).toEqual([]);
  });

  it('catches such a pointer', () => {
    const sample = new Map([['x.ts', 'ok\n// see regulation.md §4.3\n// DOMAIN §5\n// ../shared/data/x.csv\n[S1]']]);
    expect(hits(sample, OUTSIDE)).toEqual(['x.ts:2: // see regulation.md §4.3', 'x.ts:3: // DOMAIN §5', 'x.ts:4: // ../shared/data/x.csv']);
  });
});

describe('docs/sources.md', () => {
  const files = textFiles(['src', 'rules', 'scripts', 'docs', 'test', 'README.md']);
  const doc = files.get(SOURCES)!;
  const entries = new Map([...doc.matchAll(/^\* \[([SP]\d+[a-z]?)\] ([\s\S]*?)(?=\n\* |\n\n|\n$)/gm)].map((m) => [m[1]!, m[2]!]));

  it('lists every source key cited in src/, rules/, scripts/ and docs/', () => {
    const cited = [...files].filter(([f]) => f !== SOURCES && !f.startsWith('test/')).map(([, t]) => t);
    const keys = keysIn(cited);
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !entries.has(k)).sort()).toEqual([]);
  });

  it('lists only keys cited somewhere, each once, each with a URL or a repository', () => {
    const cited = keysIn([...files].filter(([f]) => f !== SOURCES).map(([, t]) => t));
    expect([...entries.keys()].filter((k) => !cited.has(k))).toEqual([]);
    expect([...doc.matchAll(/^\* \[([SP]\d+[a-z]?)\]/gm)].length).toBe(entries.size);
    for (const [k, text] of entries) expect(/https?:\/\/|GitHub/.test(text), k).toBe(true);
  });

  it('states the confidence convention', () => {
    for (const word of ['confirmed', 'unconfirmed', 'local-policy', 'derived']) expect(doc).toContain(`**${word}**`);
  });
});
