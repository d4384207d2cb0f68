import { describe, expect, it } from 'vitest';
import { withDerivedEnds } from './version-periods.js';

describe('withDerivedEnds', () => {
  it('a version without an end of its own ends the day before the next one starts', () => {
    const versions = [
      { effectiveFrom: '2023-07-20', effectiveTo: null, name: 'new' },
      { effectiveFrom: '2022-05-01', effectiveTo: null, name: 'old' },
    ];
    expect(withDerivedEnds(versions)).toEqual([
      { effectiveFrom: '2022-05-01', effectiveTo: '2023-07-19', name: 'old' },
      { effectiveFrom: '2023-07-20', effectiveTo: null, name: 'new' },
    ]);
  });

  it('keeps a stored end and leaves the newest version open', () => {
    const versions = [
      { effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' },
      { effectiveFrom: '2024-03-01', effectiveTo: null },
    ];
    expect(withDerivedEnds(versions)).toEqual(versions);
  });

  it('crosses a month and a leap day', () => {
    const ended = withDerivedEnds([
      { effectiveFrom: '2024-01-01', effectiveTo: null },
      { effectiveFrom: '2024-03-01', effectiveTo: null },
    ]);
    expect(ended[0]?.effectiveTo).toBe('2024-02-29');
  });
});
