import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

function ruleFile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'setara-rules-'));
  writeFileSync(join(dir, 'rules.yaml'), body);
  return dir;
}

describe('rule files', () => {
  it('switching off a locked rule is an error naming file and line', async () => {
    const dir = ruleFile('version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\noverrides:\n  kabkota/keep-administrator: off\n');
    const r = await runMain(['rules', 'check', 'rules.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^setara: rules\.yaml:6: .*terkunci/);
  });

  it('an unknown key is an error at its line', async () => {
    const dir = ruleFile('version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\nlocal:\n  kept_unit: []\n');
    const r = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("setara: rules.yaml:6: 'local.kept_unit': unknown key\n");
  });

  it('a non-locked rule can be switched off and the file checks clean', async () => {
    const dir = ruleFile('version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\noverrides:\n  person/golongan-outside-eselon: off\n');
    const r = await runMain(['rules', 'check', 'rules.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const list = await runMain(['rules', 'list', '--ruleset', 'rules.yaml', '--format', 'json'], { cwd: dir });
    const rules = JSON.parse(list.stdout).rules as Array<{ id: string; enabled: boolean }>;
    expect(rules.find((x) => x.id === 'person/golongan-outside-eselon')?.enabled).toBe(false);
  });
});
