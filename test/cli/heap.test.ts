import { beforeEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { boundHeapGrowth } = await import('../../src/cli/heap.js');

describe('boundHeapGrowth', () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it('bounds the old generation growth to 1.5× what the last full collection kept', () => {
    boundHeapGrowth(['--enable-source-maps']);
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=50']]);
  });

  it("leaves a user's own --heap-growing-percent alone", () => {
    boundHeapGrowth(['--heap-growing-percent=0']);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
