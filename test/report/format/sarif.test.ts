import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { sarif as sarifPieces, toRelativeUri } from '../../../src/report/format/sarif.js';
import { FINDINGS, makeContext, asText } from './fixtures.js';

const sarif = asText(sarifPieces);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string };
  defaultConfiguration?: { level: string };
  properties?: { citation?: unknown };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean }[];
    columnKind: string;
    results: SarifResult[];
  }[];
}

const parse = (findings: readonly Finding[], lang: 'id' | 'en' = 'id'): SarifLog =>
  JSON.parse(sarif(findings, makeContext({ lang }))) as SarifLog;

describe('sarif', () => {
  const log = parse(FINDINGS);
  const run = log.runs[0]!;
  const byRule = (id: string) => run.results.filter((r) => r.ruleId === id);

  it('has the SARIF 2.1.0 required top-level fields', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'setara',
      version: '0.1.0',
      informationUri: 'https://example.org/setara/rules',
    });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toHaveLength(FINDINGS.length);
  });

  it('lists every rule from ctx.rules and every rule id that appears, and ruleIndex points at it', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    for (const f of FINDINGS) expect(ids).toContain(f.ruleId);
    expect(ids).toContain('unused.rule');
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('describes known rules in ctx.lang with citation, helpUri and default level', () => {
    const rule = run.tool.driver.rules.find((r) => r.id === 'eselon.valid')!;
    expect(rule.shortDescription.text).toBe('Eselon harus salah satu kode yang sah');
    expect(rule.fullDescription!.text).toContain('PP 11/2017 Pasal 239');
    expect(rule.helpUri).toBe('https://example.org/setara/rules#eselon.valid');
    expect(rule.defaultConfiguration).toEqual({ level: 'error' });
    expect(rule.properties!.citation).toEqual({
      regulation: 'PP 11/2017', article: 'Pasal 239', confidence: 'confirmed', source: '[S12]',
    });
    const info = run.tool.driver.rules.find((r) => r.id === 'header.extra')!;
    expect(info.defaultConfiguration).toEqual({ level: 'note' });
    const en = parse(FINDINGS, 'en').runs[0]!.tool.driver.rules.find((r) => r.id === 'eselon.valid')!;
    expect(en.shortDescription.text).toBe('Eselon must be a valid code');
  });

  it('links nowhere when no rule docs address is given, and carries the help text itself', () => {
    const bare = JSON.parse(sarif(FINDINGS, makeContext({ lang: 'id', informationUri: undefined }))) as SarifLog;
    const driver = bare.runs[0]!.tool.driver;
    expect(driver.informationUri).toBeUndefined();
    for (const r of driver.rules) expect(r.helpUri).toBeUndefined();
    expect(driver.rules.find((r) => r.id === 'eselon.valid')!.help!.text).toContain('PP 11/2017 Pasal 239');
  });

  it('adds a minimal rule for a rule id missing from ctx.rules', () => {
    const rule = run.tool.driver.rules.find((r) => r.id === 'kolom.unknown')!;
    expect(rule.shortDescription.text).toBe('kolom.unknown');
    expect(rule.helpUri).toBe('https://example.org/setara/rules#kolom.unknown');
  });

  it('maps error→error, warning→warning, info→note', () => {
    expect(byRule('eselon.valid')[0]!.level).toBe('error');
    expect(byRule('golongan.mismatch')[0]!.level).toBe('warning');
    expect(byRule('header.extra')[0]!.level).toBe('note');
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('uses relative, percent-encoded URIs and startLine only when a line is known', () => {
    const loc = (id: string) => byRule(id)[0]!.locations[0]!.physicalLocation;
    expect(loc('eselon.valid')).toEqual({
      artifactLocation: { uri: 'data/dinas%20kesehatan.csv' },
      region: { startLine: 12 },
    });
    expect(loc('golongan.mismatch').region).toEqual({ startLine: 7 });
    expect(loc('header.extra')).toEqual({ artifactLocation: { uri: 'data/a.csv' } });
    expect(loc('nama.spasi').region).toBeUndefined();
    expect(byRule('jabatan.duplicate').map((r) => r.locations[0]!.physicalLocation.region!.startLine)).toEqual([5, 9]);
    for (const r of run.results) {
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^\/|^[a-z]+:|\\| /i);
      const start = r.locations[0]!.physicalLocation.region?.startLine;
      if (start !== undefined) expect(start).toBeGreaterThanOrEqual(1);
    }
  });

  it('never emits an absolute path or a backslash', () => {
    expect(toRelativeUri('C:\\work\\x y.csv')).toBe('work/x%20y.csv');
    expect(toRelativeUri('/home/u/p.csv')).toBe('home/u/p.csv');
    expect(toRelativeUri('./a/./b#1%.csv')).toBe('a/b%231%25.csv');
    expect(toRelativeUri('data/dinas:kesehatan ü.csv')).toBe('data/dinas%3Akesehatan%20%C3%BC.csv');
  });

  it('carries row, column, value, post id and citation in properties', () => {
    expect(byRule('eselon.valid')[0]!.properties).toEqual({
      row: 11,
      column: 'eselon',
      value: 'IV.c',
      postId: 'P-001',
      citation: { regulation: 'PP 11/2017', article: 'Pasal 239', confidence: 'confirmed', source: '[S12]' },
    });
    expect(byRule('header.extra')[0]!.properties).toBeUndefined();
    expect(byRule('header.extra')[0]!.message.text).toBe(FINDINGS[4]!.message);
  });

  it('gives stable fingerprints that differ between findings', () => {
    const fp = (l: SarifLog) => l.runs[0]!.results.map((r) => r.partialFingerprints['setara/v1']);
    const first = fp(log);
    expect(fp(parse(FINDINGS))).toEqual(first);
    for (const h of first) expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(first).size).toBe(first.length);
  });

  it('keeps a fingerprint when the row moves but the post id stays', () => {
    const f = FINDINGS[0]!;
    const moved: Finding = { ...f, line: 40, row: 39, message: 'other words' };
    const a = parse([f]).runs[0]!.results[0]!.partialFingerprints;
    const b = parse([moved]).runs[0]!.results[0]!.partialFingerprints;
    expect(b).toEqual(a);
  });

  it('still lists the rules when there are no findings', () => {
    const empty = parse([]).runs[0]!;
    expect(empty.results).toEqual([]);
    expect(empty.tool.driver.rules.map((r) => r.id)).toContain('unused.rule');
  });
});
