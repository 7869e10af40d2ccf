/**
 * Rewrites the manifest in plan.json (`files`) for the files a migrate output folder holds now. For tests that edit
 * an output on purpose to see how `report` handles what it reads: without it, report refuses the edited folder first.
 * A plan.json that is not a JSON object is left as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MEMBERS = ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json'];

export function resealOutput(dir: string): void {
  const planPath = join(dir, 'plan.json');
  let plan: unknown;
  try {
    plan = JSON.parse(readFileSync(planPath, 'utf8'));
  } catch {
    return;
  }
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) return;
  (plan as { files: unknown }).files = MEMBERS.filter((f) => existsSync(join(dir, f))).map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
  writeFileSync(planPath, JSON.stringify(plan));
}
