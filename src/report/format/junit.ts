/**
 * JUnit XML for CI test tabs: one `testsuite` per file (every checked file plus every file with findings), one
 * failing `testcase` per finding at or above `ctx.failOn`, and one passing `valid` testcase for a file without any.
 * Test names come from the rule id and the row key, never the message, so they stay stable between runs and
 * unique within their suite.
 */
import type { Lang } from '../../i18n/index.js';
import { formatCitation } from '../../model/finding.js';
import type { Finding } from '../../model/finding.js';
import { atOrAbove, normalizePath, sortFindings } from './context.js';
import type { FormatContext } from './context.js';

const TEXT: Record<Lang, { column: string; value: string; postId: string; row: string; basis: string; rule: string }> = {
  id: { column: 'Kolom', value: 'Nilai', postId: 'ID jabatan', row: 'Baris data', basis: 'Dasar hukum', rule: 'Aturan' },
  en: { column: 'Column', value: 'Value', postId: 'Post ID', row: 'Record', basis: 'Legal basis', rule: 'Rule' },
};

export function* junit(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const failing = sortFindings(findings.filter((f) => atOrAbove(f.severity, ctx.failOn)));

  const byFile = new Map<string, Finding[]>();
  for (const file of ctx.files) byFile.set(normalizePath(file), []);
  for (const f of findings) {
    const file = normalizePath(f.file);
    if (!byFile.has(file)) byFile.set(file, []);
  }
  for (const f of failing) byFile.get(normalizePath(f.file))?.push(f);
  const files = [...byFile.keys()].sort(cmp);

  yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
  // A file without failures is one passing testcase; the total comes first, in the opening tag.
  const tests = files.reduce((sum, file) => sum + Math.max(1, byFile.get(file)!.length), 0);
  const open = `<testsuites name="setara" tests="${tests}" failures="${failing.length}" errors="0" time="0"`;
  if (files.length === 0) {
    yield `${open}/>\n`;
    return;
  }
  yield `${open}>\n`;
  for (const file of files) {
    const group = byFile.get(file)!;
    const classname = `setara.${file.replace(/[^A-Za-z0-9]/g, '_')}`;
    yield `  <testsuite name="${attr(file)}" tests="${Math.max(1, group.length)}" failures="${group.length}" errors="0" time="0">\n`;
    if (group.length === 0) yield `    <testcase name="valid" classname="${attr(classname)}" time="0"/>\n`;
    const used = new Set<string>();
    for (const f of group) {
      const name = uniqueName(testName(f), used);
      yield (
        `    <testcase name="${attr(name)}" classname="${attr(classname)}" time="0">\n` +
        `      <failure message="${attr(f.message)}" type="${attr(f.ruleId)}">${text(details(f, file, ctx.lang))}</failure>\n` +
        `    </testcase>\n`
      );
    }
    yield `  </testsuite>\n`;
  }
  yield `</testsuites>\n`;
}

/** `rule-id P-001`, `rule-id row 12`, `rule-id line 13`, or just the rule id for a whole-file finding. */
export function testName(f: Finding): string {
  const where =
    f.postId !== undefined ? f.postId
    : f.row !== undefined ? `row ${f.row}`
    : f.line !== undefined ? `line ${f.line}`
    : '';
  return where === '' ? f.ruleId : `${f.ruleId} ${where}`;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name} #${i}`;
  used.add(candidate);
  return candidate;
}

function details(f: Finding, file: string, lang: Lang): string {
  const t = TEXT[lang];
  const lines = [f.line !== undefined ? `${file}:${f.line}` : file, f.message, `${t.rule}: ${f.ruleId}`];
  if (f.column !== undefined) lines.push(`${t.column}: ${f.column}`);
  if (f.value !== undefined) lines.push(`${t.value}: ${f.value}`);
  if (f.postId !== undefined) lines.push(`${t.postId}: ${f.postId}`);
  if (f.row !== undefined) lines.push(`${t.row}: ${f.row}`);
  if (f.citation !== undefined) lines.push(`${t.basis}: ${formatCitation(f.citation)}`);
  return lines.join('\n');
}

/** Characters XML 1.0 forbids (NUL and other C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped. */
export function stripInvalidXml(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Element text: `&`, `<`, `>` (so `]]>` cannot appear), quotes too for symmetry; CR kept as `&#13;` (parsers fold a raw CR into LF). */
export function text(s: string): string {
  return stripInvalidXml(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Attribute value: as text, plus tab and LF as character references so attribute normalisation keeps them. */
export function attr(s: string): string {
  return text(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
