import { describe, expect, it } from 'vitest';
import {
  checkFormNumberUse,
  checkNewRange,
  describeRange,
  formatFormNumber,
} from './form-number-range.js';

const range = { series: '清综当罚', first: 1, last: 50 };

describe('行政处罚法第五十二条：预定格式、编有号码的决定书', () => {
  it.each([
    ['同一字头、号段相接', { series: '清综当罚', first: 51, last: 100 }, null],
    [
      '同一字头、号段重叠一个编号',
      { series: '清综当罚', first: 50, last: 60 },
      'FORM_NUMBER_RANGE_OVERLAP',
    ],
    [
      '同一字头、号段包含在内',
      { series: '清综当罚', first: 10, last: 20 },
      'FORM_NUMBER_RANGE_OVERLAP',
    ],
    ['不同字头、编号相同', { series: '石综当罚', first: 1, last: 50 }, null],
  ] as const)('行政处罚法第五十二条：%s', (_case, candidate, code) => {
    const violation = checkNewRange(candidate, [range]);
    expect(violation?.code ?? null).toBe(code);
    if (violation) {
      expect(violation.article).toBe('行政处罚法第五十二条');
      expect(violation.message).toContain('清综当罚0001–清综当罚0050');
    }
  });

  const use = { range: { ...range, officerId: 'a' }, officerId: 'a', used: new Set([1, 2]) };

  it.each([
    ['本人号段内未用的编号', {}, null],
    ['号段发给他人', { officerId: 'b' }, 'FORM_NUMBER_NOT_ISSUED_TO_OFFICER'],
    ['编号在号段之外', { number: 51 }, 'FORM_NUMBER_OUT_OF_RANGE'],
    ['编号为 0', { number: 0 }, 'FORM_NUMBER_OUT_OF_RANGE'],
    ['编号已使用或已作废', { number: 2 }, 'FORM_NUMBER_ALREADY_USED'],
  ] as const)('行政处罚法第五十二条：%s', (_case, change, code) => {
    const violation = checkFormNumberUse({ ...use, number: 3, ...change });
    expect(violation?.code ?? null).toBe(code);
    if (violation) expect(violation.message).toContain('行政处罚法第五十二条');
  });

  it('prints the number padded like the range, at least four digits', () => {
    expect(formatFormNumber(range, 7)).toBe('清综当罚0007');
    expect(formatFormNumber({ series: 'A', first: 1, last: 123_456 }, 7)).toBe('A000007');
    expect(describeRange(range)).toBe('清综当罚0001–清综当罚0050');
  });
});
