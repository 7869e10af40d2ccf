import { describe, expect, it } from 'vitest';
import { summaryView } from '../../src/report/summary.js';
import { model } from './sample-model.js';

describe('summary', () => {
  it('summarises findings by type, most severe first, with rule descriptions where known', () => {
    const s = summaryView(model(), 'id');
    expect(s.findings.map((f) => [f.ruleId, f.severity, f.count])).toEqual([['jf/ambiguous', 'warning', 1], ['person/income-protection', 'info', 2]]);
    expect(s.total.equalised).toBe(2);
  });
});
