/** Loads a ruleset with its `extends` chain, applies overrides and enforces locks. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { severityRank } from '../model/finding.js';
import { loadYaml } from '../io/load-yaml.js';
import { RULES_DIR } from '../io/package-paths.js';
import { loadReferenceData, normaliseJfName } from './reference.js';
import { locatedSuppressions } from './suppression-entry.js';
import type { Condition, Rule, Ruleset, RulesetFile } from './types.js';

export const SHIPPED_RULESETS = ['kabupaten-kota', 'provinsi', 'pusat', 'base', 'common-decisions', 'sistem-kerja', 'kemendagri-800-2603'] as const;
export const DEFAULT_RULESET = 'kabupaten-kota';
const RULESETS_DIR = join(RULES_DIR, 'rulesets');
/** The shipped rulesets that define every rule the checks and the migration report by id. */
const CORE = ['base', 'sistem-kerja'] as const;

interface Located {
  path: string;
  display: string;
}

/** How a shipped ruleset is named in messages and in a ruleset's chain. */
const shippedDisplay = (id: string) => `rules/rulesets/${id}.yaml`;

/** Whether the chain loaded so far includes every CORE ruleset. */
const hasCore = (set: Ruleset) => CORE.every((c) => set.chain.some((x) => x.file === shippedDisplay(c)));

function locateRuleset(ref: string, cwd: string, fromDir?: string): Located {
  if ((SHIPPED_RULESETS as readonly string[]).includes(ref)) {
    const path = join(RULESETS_DIR, `${ref}.yaml`);
    return { path, display: shippedDisplay(ref) };
  }
  const path = resolve(fromDir ?? cwd, ref);
  if (!existsSync(path)) {
    const names = SHIPPED_RULESETS.join(', ');
    throw new ConfigError({ id: `ruleset '${ref}' tidak ditemukan (bawaan: ${names})`, en: `ruleset '${ref}' not found (shipped: ${names})` });
  }
  // Refused here, where an `extends` entry gets its line: reading a directory would name only the directory.
  if (!statSync(path).isFile()) throw new ConfigError({ id: `ruleset '${ref}' bukan berkas`, en: `ruleset '${ref}' is not a file` });
  return { path, display: relative(cwd, path).split('\\').join('/') || path };
}

export function loadRuleset(ref: string, cwd: string): Ruleset {
  const set: Ruleset = {
    id: '', chain: [], rules: [], byId: new Map(), suppressions: [],
    local: { kept_units: [], seksi_level_affairs: [], equalised_units: [], jf_keywords: [], jf_policy: [], limits: {} },
  };
  apply(locateRuleset(ref, cwd), set, cwd, [], new Set());
  return set;
}

/**
 * The ruleset a check or migration runs on: a shipped building block alone (base, common-decisions, sistem-kerja, kemendagri-800-2603) lacks
 * rules those runs report by id, and would end them as an internal error. (`rules list` still shows it.)
 */
export function loadRunRuleset(ref: string, cwd: string): Ruleset {
  const set = loadRuleset(ref, cwd);
  if (!hasCore(set))
    throw new ConfigError({
      id: `ruleset '${set.id}' hanyalah bagian: pakai kabupaten-kota, provinsi atau pusat, atau berkas daerah yang memperluas salah satunya`,
      en: `ruleset '${set.id}' is only a building block: use kabupaten-kota, provinsi or pusat, or a region file extending one of them`,
    });
  return set;
}

function apply(at: Located, set: Ruleset, cwd: string, stack: string[], applied: Set<string>): void {
  if (stack.includes(at.path))
    throw new ConfigError({ id: 'extends membentuk siklus', en: 'extends forms a cycle' }, at.display);
  if (applied.has(at.path)) return; // a diamond in `extends`: each file applies once
  applied.add(at.path);
  const { data, lineOf } = loadYaml<RulesetFile>(at.path, at.display, 'ruleset.schema.json');
  (data.extends ?? []).forEach((ref, i) => {
    let parent: Located;
    try {
      parent = locateRuleset(ref, cwd, dirname(at.path));
    } catch (e) {
      throw new ConfigError((e as ConfigError).text, at.display, lineOf(`/extends/${i}`));
    }
    apply(parent, set, cwd, [...stack, at.path], applied);
  });
  // validate, migrate and explain report rules of base and sistem-kerja by id: a region's file without them would
  // check as valid and then end those runs as an internal error. (The shipped building blocks still load alone.)
  if (!stack.length && dirname(at.path) !== RULESETS_DIR && !hasCore(set))
    throw new ConfigError(
      {
        id: `extends: rantai aturan harus memuat ${CORE.join(' dan ')}, yang aturannya dipakai setara (perluas kabupaten-kota, provinsi atau pusat)`,
        en: `extends: the chain must include ${CORE.join(' and ')}, whose rules setara reports (extend kabupaten-kota, provinsi or pusat)`,
      },
      at.display, lineOf('/extends') ?? lineOf(''),
    );
  set.id = data.id;
  set.chain.push({ id: data.id, file: at.display, ruleVersion: data.rule_version });

  (data.rules ?? []).forEach((spec, i) => {
    const line = lineOf(`/rules/${i}`);
    if (set.byId.has(spec.id))
      throw new ConfigError(
        { id: `aturan '${spec.id}' sudah didefinisikan di ${set.byId.get(spec.id)!.file}; gunakan overrides`, en: `rule '${spec.id}' is already defined in ${set.byId.get(spec.id)!.file}; use overrides` },
        at.display, line,
      );
    checkPatterns(spec.when, `/rules/${i}/when`, (pointer, text) => {
      throw new ConfigError(text, at.display, lineOf(pointer) ?? line);
    });
    if (spec.type === 'tool' && spec.citation)
      throw new ConfigError(
        { id: `aturan '${spec.id}' berjenis tool (memeriksa berkas setara sendiri) dan tidak memakai kutipan`, en: `rule '${spec.id}' is a tool rule (a check of setara's own files) and takes no citation` },
        at.display, lineOf(`/rules/${i}/citation`) ?? line,
      );
    const rule: Rule = {
      ...spec,
      severity: spec.severity ?? 'error',
      enabled: spec.enabled ?? true,
      locked: spec.locked ?? false,
      file: at.display,
      line,
    };
    set.rules.push(rule);
    set.byId.set(rule.id, rule);
  });

  for (const [id, value] of Object.entries(data.overrides ?? {})) {
    const line = lineOf(`/overrides/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const rule = set.byId.get(id);
    if (!rule) throw new ConfigError({ id: `overrides: aturan '${id}' tidak dikenal`, en: `overrides: unknown rule '${id}'` }, at.display, line);
    if (rule.locked && (value === 'off' || severityRank[value] < severityRank[rule.severity]))
      throw new ConfigError(
        { id: `aturan '${id}' terkunci (diwajibkan peraturan) dan tidak dapat dimatikan atau diturunkan`, en: `rule '${id}' is locked (mandated by regulation) and cannot be switched off or weakened` },
        at.display, line,
      );
    if (value === 'off') rule.enabled = false;
    else {
      rule.enabled = true;
      rule.severity = value;
    }
  }

  // After the overrides: an entry names a rule of this file or of the files it extends, as it stands here.
  set.suppressions.push(...locatedSuppressions(data.suppressions ?? [], at.display, lineOf, set.byId));

  const local = data.local ?? {};
  set.local.kept_units.push(...(local.kept_units ?? []));
  set.local.seksi_level_affairs.push(...(local.seksi_level_affairs ?? []));
  set.local.equalised_units.push(...(local.equalised_units ?? []));
  checkJfIds(local.jf_keywords ?? [], 'local.jf_keywords', (i, text) => {
    throw new ConfigError(text, at.display, lineOf(`/local/jf_keywords/${i}/jf`));
  });
  set.local.jf_keywords.push(...(local.jf_keywords ?? []));
  (local.jf_policy ?? []).forEach((p, i) =>
    checkJfIds([p, ...(p.prefer_over ?? []).map((jf) => ({ jf }))], 'local.jf_policy', (k, text) => {
      throw new ConfigError(text, at.display, lineOf(k ? `/local/jf_policy/${i}/prefer_over/${k - 1}` : `/local/jf_policy/${i}/jf`));
    }),
  );
  set.local.jf_policy.push(...(local.jf_policy ?? []));
  Object.assign(set.local.limits, local.limits ?? {});
}

/**
 * A region's keywords and JF policies name a JF by its catalog id: the matcher skips any other JF, so a misspelt id
 * would count for nothing, silently. The catalog is read only for a file that names JF.
 */
function checkJfIds(keywords: ReadonlyArray<{ jf: string }>, key: string, fail: (i: number, text: Text) => never): void {
  if (!keywords.length) return;
  const ref = loadReferenceData();
  keywords.forEach(({ jf: id }, i) => {
    if (ref.jf.has(id)) return;
    const named = ref.jf.has(id.toLowerCase()) ? id.toLowerCase() : ref.jfByName.get(normaliseJfName(id));
    const hint = named ? { id: `; id-nya '${named}'`, en: `; its id is '${named}'` } : { id: '', en: '' };
    fail(i, {
      id: `${key}: '${id}' bukan id JF di katalog (rules/data/jf-catalog.yaml)${hint.id}`,
      en: `${key}: '${id}' is not the id of a JF in the catalog (rules/data/jf-catalog.yaml)${hint.en}`,
    });
  });
}

/**
 * A name_matches or title_matches pattern that does not compile is an error of the rule file: the engine compiles patterns only when it
 * meets a post, where it would end the run as an internal error (and `rules check` would call the file valid).
 */
function checkPatterns(c: Condition | undefined, at: string, fail: (pointer: string, text: Text) => never): void {
  if (!c) return;
  for (const key of ['name_matches', 'title_matches'] as const) {
    c[key]?.forEach((src, k) => {
      try {
        new RegExp(src, 'i'); // as the engine compiles it
      } catch (e) {
        const why = (e as Error).message.replace(/^.*: /, '');
        fail(`${at}/${key}/${k}`, {
          id: `${key}: '${src}' bukan ekspresi reguler yang sah (${why})`,
          en: `${key}: '${src}' is not a valid regular expression (${why})`,
        });
      }
    });
  }
  c.any?.forEach((sub, k) => checkPatterns(sub, `${at}/any/${k}`, fail));
  checkPatterns(c.not, `${at}/not`, fail);
}
