/** Which delimiter a CSV uses, judged from the text of its first bytes. */

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter that splits the most lines of the sample into the same number of cells (quotes respected):
 * the most common count per delimiter, scored by how many lines have it, then by its size. Blank and `#` lines say
 * nothing, and title lines with no delimiter do not count against one.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#')).slice(0, 40);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const c = countOutsideQuotes(l, d);
      if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    }
    for (const [count, lines] of freq) {
      const score = lines * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
