/** `setara generate --posts N --seed S --out DIR`: a synthetic national-size dataset for scale tests and benchmarks. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OutputError, UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { GENERATED_FILES, generateDataset } from '../../generate/generate.js';
import { seedFrom } from '../../generate/prng.js';
import { progressReporter } from '../../io/progress.js';
import { guardTarget } from '../../io/write.js';
import type { MainIO } from '../context.js';

export interface GenerateCommandOptions {
  posts: number;
  seed: string;
  out?: string;
  force?: boolean;
  defectRate?: number;
  lang: Lang;
}

export async function generateCommand(opts: GenerateCommandOptions, io: MainIO): Promise<number> {
  if (!opts.out) throw new UsageError({ id: 'generate memerlukan --out DIR', en: 'generate needs --out DIR' });
  const dir = resolve(io.cwd, opts.out);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new OutputError({ id: `--out ${opts.out} adalah berkas, bukan folder`, en: `--out ${opts.out} is a file, not a directory` }, opts.out);
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: [] };
  // Refuse before any work: every output that exists without --force.
  for (const f of GENERATED_FILES) guardTarget(join(opts.out, f), join(opts.out, f), guard);
  const seed = seedFrom(opts.seed);
  const started = Date.now();
  const progress = progressReporter(io.stderr, io.env, opts.lang, true);
  const r = await generateDataset({
    posts: opts.posts, seed, outDir: opts.out, guard, ...(opts.defectRate !== undefined ? { defectRate: opts.defectRate } : {}),
    ...(progress ? { written: (bytes: number) => progress.written(opts.out!, bytes) } : {}),
  }).finally(() => progress?.clear());
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr.write(
    opts.lang === 'id'
      ? `${r.posts} jabatan, ${r.people} pegawai, ${r.regions} daerah, ${r.defects.length} cacat disengaja (defects.json) → ${opts.out} (${secs} dtk)\n`
      : `${r.posts} posts, ${r.people} people, ${r.regions} regions, ${r.defects.length} deliberate defects (defects.json) → ${opts.out} (${secs} s)\n`,
  );
  return 0;
}
