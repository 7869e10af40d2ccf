import { describe, expect, it } from 'vitest';
import { parseCandidates } from '../../src/report/load-rows.js';

describe('mapping.csv cells', () => {
  it('reads the candidates column of mapping.csv', () => {
    expect(parseCandidates('pengawas-lingkungan-hidup:2[lingkungan hidup@title] perencana:1.75[a@parent,b c@opd]', (id) => id.toUpperCase())).toEqual([
      { jf: 'pengawas-lingkungan-hidup', name: 'PENGAWAS-LINGKUNGAN-HIDUP', score: 2 },
      { jf: 'perencana', name: 'PERENCANA', score: 1.75 },
    ]);
    expect(parseCandidates('', () => '')).toEqual([]);
  });
});
