/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, the rules that may appear in `tool.driver.rules`,
 * one result per finding with a relative artifact URI, the physical line as `startLine`, and a stable
 * `partialFingerprints` entry so alerts survive rows moving.
 */
import { createHash } from 'node:crypto';
import { pick } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import { formatCitation } from '../../model/finding.js';
import type { Finding, Severity, Suppressed } from '../../model/finding.js';
import type { RuleMeta } from '../../model/rule-meta.js';
import { indentedJson, lazyMap } from './chunks.js';
import { normalizePath, sortFindings } from './context.js';
import type { FormatContext } from './context.js';
import { orderedCitation } from './json.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our entry in `partialFingerprints`; bump the suffix if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'setara/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

const TEXT: Record<Lang, { basis: string; language: string }> = {
  id: { basis: 'Dasar hukum', language: 'id-ID' },
  en: { basis: 'Legal basis', language: 'en-US' },
};

export function* sarif(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const sorted = sortFindings(findings);

  const known = new Map<string, RuleMeta>();
  for (const r of ctx.rules) if (!known.has(r.id)) known.set(r.id, r);
  const ids = new Set<string>(known.keys());
  for (const f of sorted) ids.add(f.ruleId);
  const ruleIds = [...ids].sort(cmp);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i] as const));

  const rules = ruleIds.map((id) => {
    const meta = known.get(id);
    // No link unless the docs are published somewhere: a link that does not resolve is worse than none.
    const helpUri = ctx.informationUri ? { helpUri: helpUriFor(ctx.informationUri, id) } : {};
    if (!meta) return { id, shortDescription: { text: id }, ...helpUri };
    const description = pick(ctx.lang, meta.description);
    // A tool rule (a check of setara's own files) has no legal basis to name.
    const full = meta.citation ? `${sentence(description)} ${TEXT[ctx.lang].basis}: ${formatCitation(meta.citation)}.` : sentence(description);
    return {
      id,
      shortDescription: { text: description },
      fullDescription: { text: full },
      help: { text: full },
      ...helpUri,
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: {
        ...(meta.citation ? { citation: orderedCitation(meta.citation) } : {}),
        ...(meta.locked !== undefined ? { locked: meta.locked } : {}),
      },
    };
  });

  const seen = new Map<string, number>();
  // Made one at a time as they are written: a million results are never all held, nor one string.
  const results = lazyMap(sorted, (f) => {
    const path = normalizePath(f.file);
    const key = fingerprintInput(f, path);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const fingerprint = createHash('sha256')
      .update(n === 1 ? key : `${key}\u0000#${n}`, 'utf8')
      .digest('hex');

    const physicalLocation = {
      artifactLocation: { uri: toRelativeUri(path) },
      ...(f.line !== undefined && f.line >= 1 ? { region: { startLine: Math.floor(f.line) } } : {}),
    };
    const properties = {
      ...(f.row !== undefined ? { row: f.row } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      ...(f.value !== undefined ? { value: f.value } : {}),
      ...(f.postId !== undefined ? { postId: f.postId } : {}),
      ...(f.citation !== undefined ? { citation: orderedCitation(f.citation) } : {}),
    };
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      // Suppressed in a file of the project's own (a ruleset or --suppressions file): SARIF's `external` kind.
      ...(f.suppressed ? { suppressions: [suppressionOf(f.suppressed)] } : {}),
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: ctx.toolName,
            version: ctx.toolVersion,
            ...(ctx.informationUri ? { informationUri: ctx.informationUri } : {}),
            rules,
          },
        },
        invocations: [{ executionSuccessful: true }],
        language: TEXT[ctx.lang].language,
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  yield* indentedJson(log, 'results', results);
  yield '\n';
}

function suppressionOf(s: Suppressed) {
  return { kind: 'external', status: 'accepted', justification: s.reason, properties: { source: s.source, ...(s.expires !== undefined ? { expires: s.expires } : {}) } };
}

/** Rule, file, then post id (or record, or line), then column: what identifies a problem when rows move. */
function fingerprintInput(f: Finding, path: string): string {
  const where =
    f.postId !== undefined ? `post:${f.postId}`
    : f.row !== undefined ? `row:${f.row}`
    : f.line !== undefined ? `line:${f.line}`
    : '';
  return [f.ruleId, path, where, f.column ?? ''].join('\u0000');
}

/** `docs#rule-id`: the rule id lower-cased, anything outside `[a-z0-9._-]` turned into `-`. */
export function helpUriFor(informationUri: string, ruleId: string): string {
  const base = informationUri.replace(/#.*$/, '');
  const anchor = ruleId.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `${base}#${anchor}`;
}

/**
 * A relative URI reference for an already normalised path: each segment percent-encoded (spaces, `%`, `#`, `?`,
 * `:` and non-ASCII included), `/` kept. Never absolute, never a scheme.
 */
export function toRelativeUri(path: string): string {
  return normalizePath(path)
    .split('/')
    .map((seg) => encodeURIComponent(wellFormed(seg)))
    .join('/');
}

/** Lone surrogates (which encodeURIComponent rejects) replaced by U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The text with a full stop added unless it already ends a sentence. */
function sentence(s: string): string {
  const trimmed = s.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
