/**
 * The CI files a regency copies (docs/ci/*, .pre-commit-hooks.yaml, the blocks of docs/ci.md) hold up: they parse,
 * every `setara` line in them is one the CLI takes, and their steps do what docs/ci.md says when run as GitHub
 * Actions, GitLab CI and pre-commit run them, with the built bin as `setara`, on the sample regency (clean) and on the
 * same tables with a defect. Git runs only in scratch repositories under the system's temp folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { usageProblems } from './cli-usage.js';
import { setaraCommands, simpleCommands } from './shell-words.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'setara.js');
const SAMPLE = join(ROOT, 'fixtures', 'kabupaten-contoh');
const EVERY_KIND = join(ROOT, 'fixtures', 'diff', 'every-kind');
/**
 * The sample's people are all below retirement age until 2027-07-01 (its README): runs are pinned to this date, by
 * --as-of for ages and by SETARA_TODAY for the expiry of suppressions.
 */
const AS_OF = '2026-12-01';
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; engines: { node: string } };
const SLOW = 180_000;

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const DOC = read('docs/ci.md');
const blocks = (lang: string) => [...DOC.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang).map((m) => m[2]!);
const YAML_FILES = ['.pre-commit-hooks.yaml', ...readdirSync(join(ROOT, 'docs', 'ci')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `docs/ci/${f}`)];

interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown>; name?: string }
interface Workflow { env: Record<string, string>; jobs: Record<string, { steps: Step[] }> }
interface GitlabJob { script?: string[]; before_script?: string[]; variables?: Record<string, string>; extends?: string; artifacts?: { paths?: string[]; reports?: { junit?: string } } }
interface Hook { id: string; entry: string; language: string; files: string; pass_filenames?: boolean; args?: string[]; additional_dependencies?: string[] }

const GITHUB = parse(read('docs/ci/github-setara.yml')) as Workflow;
const GITHUB_STEPS = Object.values(GITHUB.jobs).flatMap((j) => j.steps);
const GITLAB = parse(read('docs/ci/gitlab-ci.yml')) as Record<string, GitlabJob> & { variables: Record<string, string> };
const GITLAB_JOBS = Object.entries(GITLAB).filter(([name, job]) => name !== 'variables' && !name.startsWith('.') && typeof job === 'object') as [string, GitlabJob][];
const HOOK = (parse(read('.pre-commit-hooks.yaml')) as Hook[]).find((h) => h.id === 'setara-validate')!;
/** The hooks of the .pre-commit-config.yaml examples in docs/ci.md, as pre-commit sees them: the config's keys over the manifest's. */
const DOC_HOOKS = blocks('yaml').flatMap((text) => {
  const config = parse(text) as { repos?: { repo: string; rev?: string; hooks: Hook[] }[] };
  return (config.repos ?? []).flatMap((r) => r.hooks.filter((h) => h.id === HOOK.id).map((h) => ({ repo: r, hook: r.repo === 'local' ? h : { ...HOOK, ...h } })));
});

/** pre-commit's `files` (a Python pattern; `(?i)` is its inline flag). */
const filesPattern = (p: string) => (p.startsWith('(?i)') ? new RegExp(p.slice(4), 'i') : new RegExp(p));

/** Every `setara` command line of the CI files and of docs/ci.md, named by where it is. */
function commandLines(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const s of GITHUB_STEPS) for (const c of setaraCommands(s.run ?? '')) out.push([`github step '${s.name ?? s.uses}'`, c]);
  for (const [name, job] of Object.entries(GITLAB)) {
    if (name === 'variables') continue;
    for (const line of [...(job.before_script ?? []), ...(job.script ?? [])]) for (const c of setaraCommands(line)) out.push([`gitlab job ${name}`, c]);
  }
  for (const { repo, hook } of DOC_HOOKS) out.push([`docs/ci.md pre-commit hook of ${repo.repo}`, [...hook.entry.split(/\s+/).slice(1), ...(hook.args ?? [])]]);
  for (const block of [...blocks('sh'), ...blocks('bash')]) for (const c of setaraCommands(block)) out.push(['docs/ci.md', c]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scratch folders: `setara` on PATH is the built bin; a regency repository holds data/ as docs/ci.md lays it out.

let scratch: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'setara-ci-'));
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'setara'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(bin, 'setara'), 0o755);
  mkdirSync(join(scratch, 'home'));
  env = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: join(scratch, 'home'),
    SETARA_TODAY: AS_OF,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.org', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.org',
  };
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OLD_TEAMS = readFileSync(join(EVERY_KIND, 'old-teams.csv'), 'utf8');
/** The sample's clean cut of teams.csv has one error left: TIM-RISET's ketua holds a pengawas post (team/member-kind, line 7). */
const TEAMS = { clean: OLD_TEAMS.split('\n').filter((l) => !l.startsWith('TIM-RISET,')).join('\n'), defect: OLD_TEAMS };

let repos = 0;
function regency(teams: keyof typeof TEAMS): string {
  const dir = join(scratch, `regency-${++repos}`);
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (const f of ['posts.csv', 'people.csv', 'rules.yaml']) copyFileSync(join(SAMPLE, f), join(dir, 'data', f));
  writeFileSync(join(dir, 'data', 'teams.csv'), TEAMS[teams]);
  return dir;
}

function sh(script: string, cwd: string, vars: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', script], { cwd, env: { ...env, ...vars }, encoding: 'utf8', timeout: 120_000 });
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, `git ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout.trim();
}

/**
 * A repository with an `origin`: `main` without tables, `release` with the sample's tables (fixtures/diff/every-kind
 * old-*), and the checked-out branch `pr` changing them to new-* (23 changes, fixtures/diff/README.md).
 */
function pullRequestRepo(): { dir: string; mainSha: string; releaseSha: string } {
  const root = join(scratch, `git-${++repos}`);
  const dir = join(root, 'work');
  mkdirSync(join(dir, 'data'), { recursive: true });
  git(root, 'init', '-q', '--bare', '-b', 'main', 'origin.git');
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'README.md'), 'tables\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'start');
  const put = (version: 'old' | 'new') => {
    for (const t of ['posts', 'people', 'teams']) copyFileSync(join(EVERY_KIND, `${version}-${t}.csv`), join(dir, 'data', `${t}.csv`));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', version);
  };
  git(dir, 'checkout', '-q', '-b', 'release');
  put('old');
  git(dir, 'remote', 'add', 'origin', `file://${join(root, 'origin.git')}`);
  git(dir, 'push', '-q', 'origin', 'main', 'release');
  git(dir, 'checkout', '-q', '-b', 'pr');
  put('new');
  return { dir, mainSha: git(dir, 'rev-parse', 'main'), releaseSha: git(dir, 'rev-parse', 'release') };
}

/** A step's env, with the GitHub expressions a pull request from `baseRef` gives. */
function stepEnv(step: Step, baseRef: string): Record<string, string> {
  const vars = { ...GITHUB.env, ...step.env };
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => {
    const value = String(v).replace(/\$\{\{\s*github\.base_ref\s*\}\}/g, baseRef);
    if (value.includes('${{')) throw new Error(`step '${step.name}': no value for ${value}`);
    return [k, value];
  }));
}

const stepsRunning = (subcommand: string) => GITHUB_STEPS.filter((s) => setaraCommands(s.run ?? '').some((c) => c[0] === subcommand));
const option = (words: readonly string[], name: string) => (words.includes(name) ? words[words.indexOf(name) + 1] : undefined);
/** The one setara command of `subcommand` with `--format format` in the given scripts. */
function commandWithFormat(scripts: readonly string[], subcommand: string, format: string): string[] {
  const found = scripts.flatMap((s) => setaraCommands(s)).filter((c) => c[0] === subcommand && option(c, '--format') === format);
  expect(found, `${subcommand} --format ${format}`).toHaveLength(1);
  return found[0]!;
}
/** A script whose `setara validate` lines are pinned to AS_OF (before any `|| …`): the tables must not age. */
const pinned = (script: string) => script.replace(/^(\s*setara validate .*?)( \|\| .*)?$/gm, `$1 --as-of ${AS_OF}$2`);
/** GitLab runs a job's script lines as one bash script stopping at the first failure. */
const gitlabScript = (job: GitlabJob) => `set -eo pipefail\n${job.script!.join('\n')}`;
const gitlabEnv = (job: GitlabJob, extra: Record<string, string> = {}) => ({ ...GITLAB.variables, ...job.variables, ...extra });

// ---------------------------------------------------------------------------------------------

describe('the CI files parse', () => {
  it('every YAML file and every YAML block of docs/ci.md, without errors or warnings', () => {
    expect(YAML_FILES).toEqual(expect.arrayContaining(['.pre-commit-hooks.yaml', 'docs/ci/github-setara.yml', 'docs/ci/gitlab-ci.yml']));
    const texts: [string, string][] = [...YAML_FILES.map((f): [string, string] => [f, read(f)]), ...blocks('yaml').map((b, i): [string, string] => [`docs/ci.md yaml block ${i + 1}`, b])];
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const [name, text] of texts) {
      const doc = parseDocument(text);
      expect([...doc.errors, ...doc.warnings].map((e) => e.message), name).toEqual([]);
    }
  });
});

describe('every setara command line is one the CLI takes', () => {
  it('in the GitHub workflow, the GitLab jobs, the pre-commit examples and the code blocks of docs/ci.md', async () => {
    const lines = commandLines();
    const count = (where: string) => lines.filter(([w]) => w.startsWith(where)).length;
    expect(count('github')).toBeGreaterThanOrEqual(4);
    expect(count('gitlab')).toBeGreaterThanOrEqual(3);
    expect(count('docs/ci.md pre-commit')).toBe(2);
    expect(count('docs/ci.md')).toBeGreaterThanOrEqual(7);
    const problems: string[] = [];
    for (const [where, words] of lines) for (const p of await usageProblems(words)) problems.push(`${where}: ${p} (setara ${words.join(' ')})`);
    expect(problems).toEqual([]);
  });

  it('the check catches what commander would refuse', async () => {
    expect(await usageProblems(['validate', 'p.csv', '--peeple', 'x.csv'])).toEqual(["'validate' has no option --peeple"]);
    expect(await usageProblems(['diff', 'a.csv', 'b.csv', '--format', 'junit'])).toEqual(['--format junit: not one of stylish, json, markdown, github, html']);
    expect(await usageProblems(['validate', '--format', 'sarif'])).toEqual(["'validate' takes 1 arguments, given 0"]);
    expect(await usageProblems(['validate', 'a.csv', 'b.csv'])).toEqual(["'validate' takes 1 arguments, given 2"]);
    expect(await usageProblems(['validate', 'a.csv', '--output'])).toEqual(['--output needs a value']);
    expect(await usageProblems(['valdate', 'a.csv'])).toEqual(['no command: valdate a.csv']);
    expect(await usageProblems(['rules', 'show', 'x', '--lang=en', '--debug'])).toEqual([]);
    expect(await usageProblems(['validate', '-', '--format', '$FORMAT'])).toEqual([]);
  });

  it('the shell reading finds the commands of a script', () => {
    const script = 'a "x y" \\\n  z # c\nif ! b 2>/dev/null; then\n  setara diff "base/$P" $P --format=markdown > out.md || [ $? -eq 1 ]\nfi';
    expect(simpleCommands(script)).toEqual([['a', 'x y', 'z'], ['b'], ['setara', 'diff', 'base/$P', '$P', '--format=markdown'], ['[', '$?', '-eq', '1', ']']]);
    expect(setaraCommands(`npx setara validate 'a b.csv'\necho setara`)).toEqual([['validate', 'a b.csv']]);
  });
});

describe('the pre-commit hook', () => {
  it('runs the package bin on the tables named in its args, whenever a CSV or XLSX is staged', () => {
    expect(HOOK).toMatchObject({ language: 'node', pass_filenames: false });
    expect(Object.keys(PKG.bin)).toContain(HOOK.entry.split(/\s+/)[0]);
    const files = filesPattern(HOOK.files);
    for (const f of ['data/posts.csv', 'data/people.XLSX', 'teams.csv']) expect(files.test(f), f).toBe(true);
    for (const f of ['data/rules.yaml', 'data/posts.csv.bak', 'README.md']) expect(files.test(f), f).toBe(false);
    // The local example is the same hook, with setara of this version from npm; the remote one names this version's tag.
    expect(DOC_HOOKS).toHaveLength(2);
    for (const { repo, hook } of DOC_HOOKS) {
      expect(hook).toMatchObject({ entry: HOOK.entry, language: HOOK.language, files: HOOK.files, pass_filenames: HOOK.pass_filenames });
      if (repo.repo === 'local') expect(hook.additional_dependencies).toEqual([`setara@${PKG.version}`]);
      else expect(repo.rev).toBe(`v${PKG.version}`);
    }
  });

  it('exits 0 on the sample regency and 1 on the same tables with a defect, as pre-commit runs it', () => {
    for (const { hook } of DOC_HOOKS) {
      for (const [teams, code] of [['clean', 0], ['defect', 1]] as const) {
        const dir = regency(teams);
        const staged = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/')).filter((f) => filesPattern(hook.files).test(f));
        expect(staged.sort()).toEqual(['data/people.csv', 'data/posts.csv', 'data/teams.csv']);
        const [command, ...entryArgs] = hook.entry.split(/\s+/);
        const argv = [...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : staged), '--as-of', AS_OF];
        const r = spawnSync(command!, argv, { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
        expect(r.status, `${teams}: ${r.stdout}${r.stderr}`).toBe(code);
        if (code === 1) expect(r.stdout).toMatch(/^data\/teams\.csv\n(?:.*\n)*? {2}7 \[nip\] +galat .*team\/member-kind$/m);
      }
    }
  }, SLOW);
});

describe('the GitHub workflow', () => {
  it('uses actions that exist, Node 20 and this version of setara', () => {
    // Majors published by each action's repository (github.com/actions/checkout, actions/setup-node, github/codeql-action).
    const published: Record<string, string[]> = {
      'actions/checkout': ['v4', 'v5', 'v6'],
      'actions/setup-node': ['v4', 'v5', 'v6'],
      'github/codeql-action/upload-sarif': ['v3', 'v4'],
    };
    const uses = GITHUB_STEPS.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif']);
    for (const u of uses) expect(published[u.split('@')[0]!], u).toContain(u.split('@')[1]);
    expect(GITHUB_STEPS.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toEqual({ 'node-version': 20 });
    expect(PKG.engines.node).toBe('>=20');
    expect(GITHUB.env.SETARA_VERSION).toBe(PKG.version);
    expect(GITHUB_STEPS.flatMap((s) => simpleCommands(s.run ?? '')).filter((c) => c[0] === 'npm')).toEqual([['npm', 'install', '--global', 'setara@$SETARA_VERSION']]);
  });

  it('validates with annotations and uploads the SARIF the validate step writes: clean exits 0, a defect fails the job', () => {
    const runs = GITHUB_STEPS.map((s) => s.run ?? '');
    const sarifFile = option(commandWithFormat(runs, 'validate', 'sarif'), '--output');
    expect(GITHUB_STEPS.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with!.sarif_file).toBe(sarifFile);
    commandWithFormat(runs, 'validate', 'github');
    expect(stepsRunning('validate')).toHaveLength(2);
    for (const [teams, failing] of [['clean', 0], ['defect', 1]] as const) {
      const dir = regency(teams);
      const results = stepsRunning('validate').map((s) => ({ step: s, r: sh(pinned(s.run!), dir, stepEnv(s, 'main')) }));
      // The annotations step decides; the SARIF step passes on findings.
      expect(results.map((x) => x.r.status), results.map((x) => x.r.stderr).join('')).toEqual([failing, 0]);
      const annotations = results[0]!.r.stdout;
      expect(annotations.includes('::error file=data/teams.csv,line=7,title=team/member-kind::')).toBe(teams === 'defect');
      expect(annotations).toContain('::warning file=data/posts.csv,line=427,title=sk/koordinator-abolished::');
      const log = JSON.parse(readFileSync(join(dir, sarifFile!), 'utf8')) as { version: string; runs: { tool: { driver: { name: string } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0]!.tool.driver.name).toBe('setara');
      const errors = log.runs[0]!.results.filter((x) => x.level === 'error').map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine]);
      expect(errors).toEqual(teams === 'defect' ? [['team/member-kind', 'data/teams.csv', 7]] : []);
      expect(log.runs[0]!.results.length).toBeGreaterThan(errors.length);
    }
  }, SLOW);

  it('diffs the base branch against the pull request, for the comment, the summary and as notices', () => {
    const runs = GITHUB_STEPS.map((s) => s.run ?? '');
    const diffMd = option(commandWithFormat(runs, 'diff', 'markdown'), '--output')!;
    commandWithFormat(runs, 'diff', 'github');
    const comment = GITHUB_STEPS.find((s) => simpleCommands(s.run ?? '').some((c) => c[0] === 'gh'))!;
    expect(option(simpleCommands(comment.run!)[0]!, '--body-file')).toBe(diffMd);
    const [step] = stepsRunning('diff');
    const { dir } = pullRequestRepo();
    const summary = join(dir, '..', 'summary.md');
    const r = sh(step!.run!, dir, { ...stepEnv(step!, 'release'), GITHUB_STEP_SUMMARY: summary });
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(dir, diffMd), 'utf8');
    expect(md).toContain('`base/data/posts.csv`, `base/data/people.csv`, `base/data/teams.csv` → `data/posts.csv`, `data/people.csv`, `data/teams.csv`');
    expect(md).toContain('**23 perubahan**');
    expect(md).toContain('- `data/posts.csv:482` DINSOS.04.04 Penyuluh Sosial Ahli Muda');
    expect(readFileSync(summary, 'utf8')).toBe(md);
    expect(r.stdout).toMatch(/^::notice file=data\/posts\.csv,line=482,title=setara diff%3A Jabatan ditambah::DINSOS\.04\.04 /m);
    // A base branch without the tables yet: nothing to compare, said in the comment.
    rmSync(join(dir, diffMd));
    const first = sh(step!.run!, dir, { ...stepEnv(step!, 'main'), GITHUB_STEP_SUMMARY: summary });
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(join(dir, diffMd), 'utf8')).toBe('data/posts.csv is not on main yet: nothing to compare.\n');
  }, SLOW);
});

describe('the GitLab jobs', () => {
  it('install this version of setara before each job', () => {
    expect(GITLAB_JOBS.map(([name]) => name)).toEqual(['setara-validate', 'setara-diff']);
    expect(GITLAB.variables.SETARA_VERSION).toBe(PKG.version);
    for (const [, job] of GITLAB_JOBS) {
      const template = GITLAB[job.extends!]!;
      expect((job.before_script ?? template.before_script)!.flatMap((l) => simpleCommands(l))).toEqual([['npm', 'install', '--global', 'setara@$SETARA_VERSION']]);
    }
  });

  it('setara-validate keeps the JUnit report it writes and fails on a defect', () => {
    const job = GITLAB['setara-validate']!;
    expect(job.artifacts!.reports!.junit).toBe(option(commandWithFormat(job.script!, 'validate', 'junit'), '--output'));
    for (const [teams, code] of [['clean', 0], ['defect', 1]] as const) {
      const dir = regency(teams);
      const r = sh(pinned(gitlabScript(job)), dir, gitlabEnv(job));
      expect(r.status, r.stderr).toBe(code);
      const junit = readFileSync(join(dir, job.artifacts!.reports!.junit!), 'utf8');
      expect(junit).toMatch(/^<\?xml [^\n]*\n<testsuites name="setara" /);
      expect(junit.includes('type="team/member-kind"')).toBe(teams === 'defect');
      expect(r.stdout.includes('team/member-kind')).toBe(teams === 'defect');
    }
  }, SLOW);

  it('setara-diff keeps the Markdown of the changes since the merge base', () => {
    const job = GITLAB['setara-diff']!;
    const out = option(commandWithFormat(job.script!, 'diff', 'markdown'), '--output')!;
    expect(job.artifacts!.paths).toEqual([out]);
    const { dir, mainSha, releaseSha } = pullRequestRepo();
    const r = sh(gitlabScript(job), dir, gitlabEnv(job, { CI_MERGE_REQUEST_DIFF_BASE_SHA: releaseSha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'release' }));
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(dir, out), 'utf8');
    expect(md).toContain('**23 perubahan**');
    expect(md).toContain('- `base/data/posts.csv:472` DINSOS.03.01.02 Pengelola Data Kesejahteraan Sosial');
    rmSync(join(dir, out));
    const first = sh(gitlabScript(job), dir, gitlabEnv(job, { CI_MERGE_REQUEST_DIFF_BASE_SHA: mainSha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' }));
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(join(dir, out), 'utf8')).toBe('data/posts.csv is not on main yet: nothing to compare.\n');
  }, SLOW);
});

describe('adopting setara on an existing repository, as docs/ci.md shows it', () => {
  const lines = [...blocks('sh'), ...blocks('bash')].flatMap((b) => setaraCommands(b));
  const lineWith = (name: string) => {
    const found = lines.filter((w) => w.includes(name));
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };
  const run = (words: readonly string[], cwd: string) => spawnSync('setara', [...words, '--as-of', AS_OF], { cwd, env, encoding: 'utf8', timeout: 120_000 });

  it('a baseline written once lets the old findings pass and fails on a new one', () => {
    const dir = regency('defect');
    const write = run(lineWith('--write-baseline'), dir);
    expect(write.status, write.stderr).toBe(0);
    expect(write.stderr).toMatch(/^setara: baseline setara-baseline\.json ditulis: \d+ temuan tercatat$/m);
    const check = lineWith('--baseline');
    const passed = run(check, dir);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).not.toContain('::error');
    // A second pengawas in a team, on a new line: only this finding is new.
    const rows = TEAMS.defect.trimEnd().split('\n');
    writeFileSync(join(dir, 'data', 'teams.csv'), `${[...rows, 'TIM-RPJMD,Tim Penyusunan RPJMD,BAPPEDA.03,198606162008031001,anggota'].join('\n')}\n`);
    const failed = run(check, dir);
    expect(failed.status, failed.stderr).toBe(1);
    expect(failed.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([expect.stringMatching(`^::error file=data/teams.csv,line=${rows.length + 1},title=team/member-kind::`)]);
  }, SLOW);

  it('the suppressions file of the page accepts the one error of the defect', () => {
    const [file] = blocks('yaml').filter((b) => /^suppressions:/m.test(b));
    const words = lineWith('--suppressions');
    const dir = regency('defect');
    writeFileSync(join(dir, option(words, '--suppressions')!), file!);
    expect(run(words, dir).status).toBe(0);
    writeFileSync(join(dir, option(words, '--suppressions')!), file!.replace('TIM-RISET', 'TIM-RPJMD'));
    const other = run(words, dir);
    expect(other.status).toBe(1);
    expect(other.stdout).toContain('team/member-kind');
  }, SLOW);
});

describe('docs/ci.md and docs/ci/', () => {
  const templates = YAML_FILES.filter((f) => f.startsWith('docs/ci/'));

  it('the page links every file of the folder', () => {
    for (const f of templates) expect(DOC).toContain(`(${relative('docs', f)})`);
  });

  it('ship in the package, for whoever installs setara from npm and copies them', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const shipped = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(shipped).toEqual(expect.arrayContaining(['docs/ci.md', ...templates]));
  }, SLOW);
});
