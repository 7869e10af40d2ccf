/** Near matches for a name a user typed (`--opd`): shared words, then edit distance, so a typo or a partial name still points somewhere. */
import { editDistance } from '../io/columns.js';

/** Lower-case words (letters and digits). */
export function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface Score {
  /** Letters of the query's words found in the key (a word within one edit per four letters counts). */
  shared: number;
  /** For each query word not found: the edits to the key's nearest word, summed. */
  miss: number;
  /** Letters of the key's words the query does not name. */
  rest: number;
  /** Edit distance from the whole query to the whole key. */
  distance: number;
}

const better = (a: Score, b: Score): number => b.shared - a.shared || a.miss - b.miss || a.rest - b.rest || a.distance - b.distance;

/**
 * At most `n` candidates, closest first; a candidate is as close as its closest key: the most letters of shared words
 * (so short words such as `dan` weigh little), then the fewest edits to the nearest words for the rest, then the fewest
 * letters of the key left unnamed, then the smallest edit distance of the whole, then the given order.
 */
export function closest<T>(query: string, candidates: readonly T[], keys: (c: T) => string[], n: number): T[] {
  const q = query.trim().toLowerCase();
  const qWords = words(q);
  const slack = (w: string) => Math.floor(w.length / 4);
  const near = (w: string, k: string) => editDistance(w, k, slack(w)) <= slack(w);
  const score = (key: string): Score => {
    const kWords = words(key);
    let shared = 0;
    let miss = 0;
    let rest = 0;
    for (const w of qWords) {
      const d = Math.min(w.length, ...kWords.map((k) => editDistance(w, k, w.length)));
      if (d <= slack(w)) shared += w.length;
      else miss += d;
    }
    for (const k of kWords) if (!qWords.some((w) => near(w, k))) rest += k.length;
    return { shared, miss, rest, distance: editDistance(q, key.toLowerCase(), Infinity) };
  };
  return candidates
    .map((c, i) => ({ c, i, s: keys(c).filter(Boolean).map(score).sort(better)[0] ?? { shared: 0, miss: Infinity, rest: Infinity, distance: Infinity } }))
    .sort((a, b) => better(a.s, b.s) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.c);
}
