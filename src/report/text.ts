/** Small helpers on texts and lists the report modules share. */

/** The distinct items, in order. */
export function uniq(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(it);
  }
  return out;
}

/**
 * Text for DOCX and XLSX: XML 1.0 has no U+FFFE or U+FFFF, which docx and exceljs (dropping control characters)
 * write as they are, so one such character in an edited CSV cell made the whole document unreadable.
 */
export function xmlText(s: string): string {
  return s.replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
}
