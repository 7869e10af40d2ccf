/** The official each post works under: the level-1 or level-2 official that owns its work teams (model/work-system). */
import type { Structure } from '../structure.js';
import { ownsTeams } from '../work-system.js';
import { nearestAbove } from './chains.js';

/** Per structure, the nearest level-1 or level-2 official above each post (computed once: one pass, any shape). */
const officialsAbove = new WeakMap<Structure, Int32Array>();

/** The level-1 or level-2 official post i works under: itself if it is one, else the nearest above (NONE: none). */
export function officialOf(s: Structure, i: number): number {
  if (ownsTeams(s.indexed[i]!.kind)) return i;
  let above = officialsAbove.get(s);
  if (!above) officialsAbove.set(s, (above = nearestAbove(s, (p) => ownsTeams(p.kind))));
  return above[i]!;
}
