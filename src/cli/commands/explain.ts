/** `setara explain`: every rule tried for one post, which fired and why, and the JF evidence. */
import { UsageError } from '../../errors.js';
import { formatCitation } from '../../model/finding.js';
import { decidePost } from '../../migrate/decide.js';
import { readDecisions } from '../../migrate/decisions-file.js';
import { decideContext } from '../../migrate/run.js';
import { basisReason, basisText, decisionRules } from '../../rules/engine.js';
import { placementOf, UNIT_SOURCE, type OpdPlacement, type UnitSource } from '../../model/placement.js';
import type { Lang, Text } from '../../i18n/index.js';
import type { UnitType } from '../../model/types.js';
import { loadReferenceData } from '../../rules/reference.js';
import type { MainIO } from '../context.js';
import { loadRunInput, prepareRun, type InputOptions } from '../run-context.js';

export interface ExplainOptions extends InputOptions {
  decisions?: string;
  format: string;
}

export async function explainCommand(postsPath: string, postId: string, opts: ExplainOptions, io: MainIO): Promise<number> {
  const run = prepareRun(opts, io);
  const { ruleset, reporter, read } = run;
  const input = await loadRunInput({ posts: postsPath }, opts, run, io);
  const post = input.structure.byId.get(postId);
  if (!post) throw new UsageError({ id: `jabatan '${postId}' tidak ada di ${postsPath}`, en: `post '${postId}' is not in ${postsPath}` });
  const analyst = opts.decisions ? await readDecisions(opts.decisions, io.cwd, read, reporter.report) : new Map();
  const ctx = decideContext({ structure: input.structure, ruleset, ref: loadReferenceData(), analyst, reporter });
  const d = decidePost(post, decisionRules(ruleset), ctx);
  const L = opts.lang;
  const pl = placementOf(input.structure);
  const i = input.structure.indexOf(post)!;
  const opd = pl.opd(i);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify({
      postId, name: post.name, decision: d.decision, criterion: d.criterion, jf: d.jf, jenjang: d.jenjang, source: d.source,
      ruleIds: d.ruleIds, citations: d.citations, note: d.note?.[L] ?? null, jfStatus: d.jfStatus, basis: basisText(d.basis),
      placement: { unit: pl.unitName(i), unitType: pl.unitType(i), unitFrom: UNIT_FROM[pl.unitSource(i)].json, opd: opd.name, opdType: opd.type, opdFromTitle: opd.inferred },
      trace: d.trace.map((t) => ({ ruleId: t.ruleId, matched: t.matched, reason: t.reason[L] })),
      candidates: d.candidates,
    }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${post.id}  ${post.name}  (${post.kind ?? '?'}${post.eselon ? `, ${post.eselon}` : ''}) — ${post.file}:${post.line}`,
    placementLine(pl.unitName(i), pl.unitType(i), pl.unitSource(i), opd, L),
    L === 'id' ? 'Aturan yang dicoba:' : 'Rules tried:',
    ...d.trace.map((t) => `  ${t.matched ? '✔' : '·'} ${t.ruleId}: ${t.reason[L]}`),
    `${L === 'id' ? 'Keputusan' : 'Decision'}: ${d.decision}${d.criterion ? ` (${d.criterion})` : ''}${d.jf ? ` → ${d.jf.name} ${d.jenjang}` : ''}${d.source === 'analyst' ? (L === 'id' ? ' [keputusan analis]' : ' [analyst decision]') : ''}`,
    `${L === 'id' ? 'Dasar' : 'Basis'}: ${d.ruleIds.join(', ')} — ${d.citations.map(formatCitation).join('; ')}`,
  ];
  if (d.basis) lines.push(`${L === 'id' ? 'Bersandar pada inferensi' : 'Rests on an inference'}: ${basisReason(d.basis)[L]}`);
  if (d.jfStatus) lines.push(`${L === 'id' ? 'Status usulan JF' : 'JF proposal'}: ${d.jfStatus}`);
  if (d.note) lines.push(`${L === 'id' ? 'Catatan' : 'Note'}: ${d.note[L]}`);
  if (d.candidates.length) {
    lines.push(L === 'id' ? 'Kandidat JF:' : 'JF candidates:');
    for (const c of d.candidates) lines.push(`  ${c.score.toFixed(2).padStart(6)}  ${c.name}  ← ${c.evidence.map((e) => `'${e.word}' (${e.field}, +${e.weight})`).join(', ')}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** How a post's unit was read: the word of the json output, and the words of the text. */
const UNIT_FROM: Record<UnitSource, { json: string } & Text> = {
  [UNIT_SOURCE.data]: { json: 'data', id: 'dari kolom', en: 'from the columns' },
  [UNIT_SOURCE.title]: { json: 'title', id: 'dibaca dari nama jabatan', en: 'read from the title' },
  [UNIT_SOURCE.superior]: { json: 'superior', id: 'unit atasannya', en: "the superior's unit" },
  [UNIT_SOURCE.none]: { json: 'none', id: 'tidak diketahui', en: 'unknown' },
};

/** Where the post sits and what of it was read from titles. */
function placementLine(unit: string, type: UnitType | null, from: UnitSource, opd: OpdPlacement, L: Lang): string {
  const src = UNIT_FROM[from][L];
  const opdSrc = opd.inferred ? (L === 'id' ? ', dibaca dari nama jabatan kepalanya' : ", read from its head's title") : '';
  return L === 'id'
    ? `Unit: ${unit || '—'} (${type ?? '?'}; ${src}); perangkat daerah: ${opd.name || '—'} (${opd.type ?? '?'}${opdSrc})`
    : `Unit: ${unit || '—'} (${type ?? '?'}; ${src}); OPD: ${opd.name || '—'} (${opd.type ?? '?'}${opdSrc})`;
}
