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

  it.each([
    ['ketua_min_jenjang: bogus', "'local.limits.ketua_min_jenjang': must be one of"],
    ['team_max_ketua: 1.5', "'local.limits.team_max_ketua': must be of type integer"],
    ['team_max_members: -1', "'local.limits.team_max_members': must be >= 0"],
    ['jf_min_score: tinggi', "'local.limits.jf_min_score': must be of type number"],
  ])('a limit setara reads is checked: %s is an error at its line', async (limit, message) => {
    const dir = ruleFile(`version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\nlocal:\n  limits:\n    ${limit}\n`);
    const r = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`setara: rules.yaml:7: ${message}`);
  });

  it('a region may keep limits of its own, numbers or text', async () => {
    const dir = ruleFile('version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\nlocal:\n  limits:\n    batas_daerah: 4\n    catatan: bebas\n');
    const r = await runMain(['rules', 'check', 'rules.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
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
