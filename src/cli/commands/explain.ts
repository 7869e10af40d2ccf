/** `setara explain`: every rule tried for one post, which fired and why, and the JF evidence. */
import { UsageError } from '../../errors.js';
import { formatCitation } from '../../model/finding.js';
import { decidePost } from '../../migrate/decide.js';
import { readDecisions } from '../../migrate/decisions-file.js';
import { decideContext } from '../../migrate/run.js';
import { decisionRules } from '../../rules/engine.js';
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
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify({
      postId, name: post.name, decision: d.decision, criterion: d.criterion, jf: d.jf, jenjang: d.jenjang, source: d.source,
      ruleIds: d.ruleIds, citations: d.citations, note: d.note?.[L] ?? null,
      trace: d.trace.map((t) => ({ ruleId: t.ruleId, matched: t.matched, reason: t.reason[L] })),
      candidates: d.candidates,
    }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${post.id}  ${post.name}  (${post.kind ?? '?'}${post.eselon ? `, ${post.eselon}` : ''}) — ${post.file}:${post.line}`,
    L === 'id' ? 'Aturan yang dicoba:' : 'Rules tried:',
    ...d.trace.map((t) => `  ${t.matched ? '✔' : '·'} ${t.ruleId}: ${t.reason[L]}`),
    `${L === 'id' ? 'Keputusan' : 'Decision'}: ${d.decision}${d.criterion ? ` (${d.criterion})` : ''}${d.jf ? ` → ${d.jf.name} ${d.jenjang}` : ''}${d.source === 'analyst' ? (L === 'id' ? ' [keputusan analis]' : ' [analyst decision]') : ''}`,
    `${L === 'id' ? 'Dasar' : 'Basis'}: ${d.ruleIds.join(', ')} — ${d.citations.map(formatCitation).join('; ')}`,
  ];
  if (d.note) lines.push(`${L === 'id' ? 'Catatan' : 'Note'}: ${d.note[L]}`);
  if (d.candidates.length) {
    lines.push(L === 'id' ? 'Kandidat JF:' : 'JF candidates:');
    for (const c of d.candidates) lines.push(`  ${c.score.toFixed(2).padStart(6)}  ${c.name}  ← ${c.evidence.map((e) => `'${e.word}' (${e.field}, +${e.weight})`).join(', ')}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
