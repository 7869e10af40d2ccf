/** Colour is decided once: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then TERM=dumb, then whether the target is a TTY. */
import { Chalk, type ChalkInstance } from 'chalk';

export function resolveColour(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): ChalkInstance | null {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined) on = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else if (env.TERM === 'dumb') on = false;
  else on = isTTY === true;
  if (!on) return null;
  const forced = Number(env.FORCE_COLOR);
  const level = forced >= 1 && forced <= 3 ? (forced as 1 | 2 | 3) : 1;
  return new Chalk({ level });
}
