import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../../src/model/finding.js';
import { json as jsonPieces } from '../../../src/report/format/json.js';
import type { JsonReportV1 } from '../../../src/report/format/json.js';
import { FINDINGS, makeContext, asText } from './fixtures.js';

const json = asText(jsonPieces);

describe('json', () => {
  const out = json(FINDINGS, makeContext());
  const report = JSON.parse(out) as JsonReportV1;

  it('is version 1 with tool, summary and findings, 2-space indented, newline-terminated', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'setara', version: '0.1.0' });
    expect(report.summary).toEqual({ errors: 3, warnings: 2, infos: 2 });
    expect(out.startsWith('{\n  "version": 1,\n  "tool": {\n    "name"')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('round-trips every finding, sorted', () => {
    expect(report.findings).toEqual([...FINDINGS].sort(compareFindings));
  });

  it('writes keys in a fixed order and omits absent optional keys', () => {
    const full = report.findings.find((f) => f.ruleId === 'eselon.valid')!;
    expect(Object.keys(full)).toEqual([
      'ruleId', 'severity', 'message', 'file', 'line', 'row', 'column', 'value', 'postId', 'citation',
    ]);
    expect(Object.keys(full.citation!)).toEqual(['regulation', 'article', 'confidence', 'source']);
    const bare = report.findings.find((f) => f.ruleId === 'header.extra')!;
    expect(Object.keys(bare)).toEqual(['ruleId', 'severity', 'message', 'file']);
    expect(out).not.toContain('null');
  });

  it('keeps the key order whatever order the input object had', () => {
    const reversed = Object.fromEntries(Object.entries(FINDINGS[0]!).reverse()) as unknown as (typeof FINDINGS)[0];
    expect(json([reversed], makeContext())).toBe(json([FINDINGS[0]!], makeContext()));
  });

  it('reports an empty run', () => {
    const empty = JSON.parse(json([], makeContext())) as JsonReportV1;
    expect(empty.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(empty.findings).toEqual([]);
  });
});
