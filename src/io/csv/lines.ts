/** Physical lines of CSV records: CRLF, LF and CR are one line break each, also inside quotes and across chunks. */
import { createReadStream } from 'node:fs';

/** The line after the bytes counted so far. */
export class LineCounter {
  line = 1;
  private prevCr = false;

  add(chunk: Uint8Array): this {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        if (!this.prevCr) this.line++;
        this.prevCr = false;
      } else if (b === 0x0d) {
        this.line++;
        this.prevCr = true;
      } else this.prevCr = false;
    }
    return this;
  }

  copy(): LineCounter {
    const c = new LineCounter();
    c.line = this.line;
    c.prevCr = this.prevCr;
    return c;
  }
}

/** The physical line of byte `offset` of the file, counted from byte `start` (error path only). */
export async function lineAtOffset(path: string, start: number, offset: number): Promise<number> {
  const counter = new LineCounter();
  if (offset <= start) return counter.line;
  for await (const chunk of createReadStream(path, { start, end: offset - 1 }) as AsyncIterable<Buffer>) counter.add(chunk);
  return counter.line;
}

/** Line breaks inside the cells of a record (its quoted cells). */
export function newlinesInCells(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += (c.match(/\r\n|\r|\n/g) ?? []).length;
  return n;
}

/**
 * The line of each record as the parsers hand them out: a record starts after the previous one's lines and the empty
 * lines skipped in between (neither parser reports lines itself).
 */
export class RecordLines {
  private nextLine: number;

  constructor(firstLine: number) {
    this.nextLine = firstLine;
  }

  /** The line of a record after `emptyBefore` skipped empty lines, with `breaks` line breaks inside its cells. */
  record(emptyBefore: number, breaks: number): number {
    const line = this.nextLine + emptyBefore;
    this.nextLine = line + 1 + breaks;
    return line;
  }

  /** Where the next record starts after `emptyBefore` more skipped empty lines: where a malformed one is reported. */
  nextStart(emptyBefore: number): number {
    return this.nextLine + emptyBefore;
  }

  /** Empty lines skipped with no record after them (yet). */
  skip(emptyLines: number): void {
    this.nextLine += emptyLines;
  }
}
