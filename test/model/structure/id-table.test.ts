/** IdTable answers as a Map from key to the first item with that key does, whatever the keys. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../src/model/structure/id-table.js';

interface Item {
  id: string;
}
const idOf = (x: Item) => x.id;

describe('IdTable (property)', () => {
  it('adds the first item of each key, refuses the rest, and finds each by key as a Map does', () => {
    const idArb = fc.oneof(fc.constantFrom('A', 'A.1', '', '__proto__', 'constructor'), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 300 }), fc.array(idArb, { maxLength: 30 }), (ids, probes) => {
        const items = ids.map((id) => ({ id }));
        const table = new IdTable(items, idOf);
        const map = new Map<string, number>();
        items.forEach((x, k) => {
          expect(table.add(k)).toBe(!map.has(x.id));
          if (!map.has(x.id)) map.set(x.id, k);
        });
        expect(table.size).toBe(map.size);
        // `of` builds the same table in one call.
        const whole = IdTable.of(items, idOf);
        for (const id of [...ids, ...probes]) {
          const k = map.get(id);
          expect(table.indexOf(id)).toBe(k ?? -1);
          expect(whole.indexOf(id)).toBe(k ?? -1);
          expect(table.get(id)).toBe(k === undefined ? undefined : items[k]);
          expect(table.has(id)).toBe(k !== undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fills to its planned size and still finds every item (a table never more than half full, no resize)', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: `1101.DINKES.${i}` }));
    const table = new IdTable(items, idOf);
    for (let k = 0; k < items.length; k++) expect(table.add(k)).toBe(true);
    expect(table.size).toBe(50_000);
    for (let k = 0; k < items.length; k += 997) expect(table.get(items[k]!.id)).toBe(items[k]);
    expect(table.get('1101.DINKES.50000')).toBeUndefined();
  });
});
