/** csv-parse through its public API: records and skipped empty lines as written, errors at once, as InputError. */
import type { CsvError } from 'csv-parse';
import { parse, type Options } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { CsvParseFallback, toInputError } from '../../../src/io/csv/fallback.js';

function reader(delimiter = ',') {
  const got: Array<[string[], number]> = [];
  const fallback = new CsvParseFallback(delimiter, (cells, emptyBefore) => got.push([cells, emptyBefore]));
  return { fallback, got };
}

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as CsvError).code;
  }
  return undefined;
};

describe('CsvParseFallback', () => {
  it('records as each write completes them, with the empty lines skipped just before each', () => {
    const { fallback, got } = reader(';');
    fallback.write(Buffer.from('a;b\n\n\r\nc;"d\r\n'));
    expect(got).toEqual([[['a', 'b'], 0]]);
    fallback.write(Buffer.from('e"\n\nf'));
    expect(got).toEqual([[['a', 'b'], 0], [['c', 'd\r\ne'], 2]]);
    fallback.end();
    expect(got).toEqual([[['a', 'b'], 0], [['c', 'd\r\ne'], 2], [['f'], 1]]);
  });

  it('a malformed record fails the write that reaches it, after the records before it', () => {
    const { fallback, got } = reader();
    expect(codeOf(() => fallback.write(Buffer.from('a,b\nc,d"e\nf,g\n')))).toBe('INVALID_OPENING_QUOTE');
    expect(got).toEqual([[['a', 'b'], 0]]);
    const other = reader();
    expect(codeOf(() => other.fallback.write(Buffer.from('"a"b,c\n')))).toBe('CSV_INVALID_CLOSING_QUOTE');
  });

  it('a quote left open is reported by the end of the file, not before', () => {
    const { fallback, got } = reader();
    expect(codeOf(() => fallback.write(Buffer.from('a,b\nc,"d\n')))).toBeUndefined();
    expect(codeOf(() => fallback.end())).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(got).toEqual([[['a', 'b'], 0]]);
  });
});

describe('toInputError', () => {
  /** The error csv-parse itself throws on `text`. */
  const csvError = (text: string, options: Options = {}): unknown => {
    try {
      parse(text, options);
    } catch (e) {
      return e;
    }
    throw new Error(`no error for ${text}`);
  };

  it('csv-parse errors: one line naming the file and the line of the record', () => {
    const unclosed = toInputError(csvError('a,"b\n'), 'posts.csv', 7);
    expect(unclosed).toBeInstanceOf(InputError);
    expect(unclosed).toMatchObject({ file: 'posts.csv', line: 7 });
    expect((unclosed as InputError).text.en).toBe('unclosed quote in the record starting at line 7');
    expect((toInputError(csvError('a,b"c\n'), 'p.csv', 3) as InputError).text.id).toBe('tanda kutip salah bentuk pada rekaman yang mulai di baris 3');
    expect((toInputError(csvError('abcdef\n', { max_record_size: 3 }), 'p.csv', 3) as InputError).text.en).toBe('record larger than 64 MB');
    // Other codes (setara's options make them unlikely): at csv-parse's own line.
    expect(toInputError(csvError('a,b\nc,d\ne\n'), 'p.csv', 9)).toMatchObject({ line: 3 });
  });

  it('a system error is the file not read; an InputError and anything else pass unchanged', () => {
    const enoent = toInputError(Object.assign(new Error('gone'), { code: 'ENOENT' }), 'p.csv', 1) as InputError;
    expect(enoent.text.en).toBe('cannot read file (ENOENT)');
    const input = new InputError({ id: 'x', en: 'x' }, 'p.csv', 2);
    expect(toInputError(input, 'q.csv', 9)).toBe(input);
    const bug = new TypeError('bug');
    expect(toInputError(bug, 'p.csv', 1)).toBe(bug);
  });
});
