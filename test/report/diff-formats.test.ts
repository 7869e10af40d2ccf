/** The diff formatters on hand-made diffs: the markdown caps, and hostile text kept inert in every format. */
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type Change, type ChangeKind, type Diff } from '../../src/model/diff/index.js';
import { diffFormatters } from '../../src/report/diff/index.js';
import { markdownDiff } from '../../src/report/diff/markdown.js';

const ctx = { lang: 'en' as const, color: null, toolName: 'setara', toolVersion: '0.0.0' };

function diffOf(changes: Change[]): Diff {
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) summary[c.kind]++;
  return {
    old: { posts: 'a.csv' }, new: { posts: 'b.csv' }, counts: { old: { posts: 1 }, new: { posts: 1 } },
    changes, summary, duplicates: { old: 0, new: 0 },
  };
}

const added = (n: number): Change[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'post-added', key: `P${i}`, label: `Post ${i}`, opd: 'Dinas A', file: 'b.csv', line: i + 2, fields: [] }));

describe('markdown diff caps', () => {
  it('lists at most `items` changes per kind, then "and N more"', () => {
    const out = markdownDiff(diffOf(added(7)), ctx, { items: 5, budget: 60_000 });
    expect(out.match(/^- `b\.csv:\d+` P\d Post \d$/gm)).toHaveLength(5);
    expect(out).toContain('- `b.csv:6` P4 Post 4\n- _and 2 more_\n');
  });

  it('stops within the character budget', () => {
    const out = markdownDiff(diffOf(added(400)), ctx, { items: 1000, budget: 4_000 });
    expect(out.length).toBeLessThan(4_100);
    expect(out).toMatch(/- _and \d+ more_\n\n<\/details>\n$/);
  });
});

describe('duplicate ids', () => {
  it('every format but github says how many posts were left out', () => {
    const diff = { ...diffOf([]), duplicates: { old: 1, new: 2 } };
    for (const format of ['stylish', 'markdown', 'html'] as const) expect(diffFormatters[format](diff, ctx)).toContain('posts with a duplicate id were not compared: 1 in the old version, 2 in the new one');
    expect(JSON.parse(diffFormatters.json(diff, ctx)).duplicates).toEqual({ old: 1, new: 2 });
  });
});

describe('hostile text', () => {
  const evil: Change = {
    kind: 'post-renamed', key: 'X,1', label: '<script>alert(1)</script>', opd: 'Dinas <b>', file: 'b.csv', line: 3,
    fields: [{ field: 'name', before: 'a|b', after: 'line\nbreak::x %0A `tick`' }],
  };
  const out = (format: 'stylish' | 'json' | 'markdown' | 'github' | 'html') => diffFormatters[format](diffOf([evil]), ctx);
  it('html escapes markup', () => {
    expect(out('html')).not.toContain('<script>');
    expect(out('html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('markdown escapes markup, pipes and backticks; line breaks become <br>', () => {
    expect(out('markdown')).toContain('X,1 \\<script\\>alert(1)\\</script\\>: title a\\|b → line<br>break::x %0A \\`tick\\`');
  });
  it('github: one command line, data and properties escaped', () => {
    expect(out('github')).toBe('::notice file=b.csv,line=3,title=setara diff%3A Posts renamed::X,1 <script>alert(1)</script>: title a|b → line%0Abreak::x %250A `tick`\n');
  });
  it('stylish shows the line break as an escape', () => {
    expect(out('stylish')).toContain('  b.csv:3  X,1 <script>alert(1)</script>: title a|b → line\\nbreak::x %0A `tick`\n');
  });
  it('json keeps the text as it is', () => {
    expect(JSON.parse(out('json')).changes[0]).toEqual(evil);
  });
});
