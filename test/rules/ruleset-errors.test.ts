import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');

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

  it.each([
    ['Analis Kebijakan', "'Analis Kebijakan' is not the id of a JF in the catalog (rules/data/jf-catalog.yaml); its id is 'analis-kebijakan'"],
    ['analis-kebijakn', "'analis-kebijakn' is not the id of a JF in the catalog (rules/data/jf-catalog.yaml)\n"],
  ])('a JF keyword naming no catalog id (%s) is an error at its line, not words that silently count for nothing', async (jf, message) => {
    const dir = ruleFile(
      'version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\nlocal:\n  jf_keywords:\n' +
        `    - { jf: analis-kebijakan, words: [kerja sama] }\n    - { jf: ${jf}, words: [tata kelola] }\n`,
    );
    const r = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`setara: rules.yaml:8: local.jf_keywords: ${message}`);
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

  it('a name_matches pattern that does not compile is an error at its line, not an internal error once a post meets it', async () => {
    const dir = ruleFile(
      'version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota]\nrules:\n  - id: daerah/x\n    type: decision\n    priority: 1000\n' +
        '    description: { id: a, en: a }\n    citation: { regulation: P, confidence: local-policy }\n    when:\n      kind: [pengawas]\n' +
        '      any:\n        - name_matches: [ok, "a(b"]\n    outcome: { decision: keep }\n',
    );
    copyFileSync(join(SAMPLE, 'posts.csv'), join(dir, 'posts.csv'));
    const message = "setara: rules.yaml:14: name_matches: 'a(b' is not a valid regular expression (Unterminated group)\n";
    for (const argv of [['rules', 'check', 'rules.yaml'], ['explain', 'posts.csv', 'SETDA.01.01.01', '--ruleset', 'rules.yaml']]) {
      const r = await runMain([...argv, '--lang', 'en'], { cwd: dir });
      expect([r.code, r.stderr]).toEqual([2, message]);
    }
  });

  it.each(['extends: []\n', 'extends: [common-decisions]\n', ''])(
    'a region file whose chain lacks base or sistem-kerja (%j) is an error at extends, not an internal error of validate',
    async (ext) => {
      const dir = ruleFile(`version: 1\nid: daerah\ndescription: { id: a, en: a }\n${ext}`);
      for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(dir, f));
      const message = 'extends: the chain must include base and sistem-kerja, whose rules setara reports (extend kabupaten-kota, provinsi or pusat)';
      const line = ext ? 4 : 1;
      const check = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: dir });
      expect([check.code, check.stderr]).toEqual([2, `setara: rules.yaml:${line}: ${message}\n`]);
      for (const argv of [['validate', 'posts.csv', '--people', 'people.csv'], ['explain', 'posts.csv', 'BAPPEDA.02.03']]) {
        const r = await runMain([...argv, '--ruleset', 'rules.yaml', '--lang', 'en', '--as-of', '2026-12-01'], { cwd: dir });
        expect([r.code, r.stderr]).toEqual([2, `setara: rules.yaml:${line}: ${message}\n`]);
      }
    },
  );

  it('an extends naming a directory is an error at its line', async () => {
    const dir = ruleFile('version: 1\nid: daerah\ndescription: { id: a, en: a }\nextends: [kabupaten-kota, .]\n');
    const r = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "setara: rules.yaml:4: ruleset '.' is not a file\n"]);
  });
});
