import { describe, expect, it } from 'vitest';
import { exemptionGround, exemptionViolations, type ExemptionClaim } from './exemption-check.js';
import type { ExemptionEntry } from './exemption-list.js';

const spilling: ExemptionEntry = {
  code: 'NP-HS-69',
  list: 'noPenalty',
  matter: '车辆载物拖拉、掉落、遗洒，污染公路面积较小',
  violationCodes: ['HS-69'],
  legalBasis: [{ law: '公路安全保护条例', article: 69 }],
  conditions: [
    { code: 'first', text: '初次违法', kind: 'firstViolation' },
    { code: 'cleaned', text: '在规定期限内清理完毕', kind: 'confirmed' },
  ],
};

function claim(overrides: Partial<ExemptionClaim> = {}): ExemptionClaim {
  return {
    entry: spilling,
    violationCode: 'HS-69',
    confirmations: [{ conditionCode: 'cleaned', evidenceIds: ['e1'] }],
    priorCaseNumbers: [],
    caseEvidenceIds: new Set(['e1', 'e2']),
    ...overrides,
  };
}

const codes = (c: ExemptionClaim) => exemptionViolations(c).map((v) => v.code);

describe('不予处罚清单的适用条件（行政处罚法第三十三条第一款）', () => {
  it.each([
    ['全部条件经证据确认、初次违法：适用', claim(), []],
    [
      '行政处罚法第三十三条第一款：已有同类违法案件的不是初次违法',
      claim({ priorCaseNumbers: ['清交罚〔2026〕3号'] }),
      ['NOT_FIRST_VIOLATION'],
    ],
    [
      '清单条件须同时满足：未确认的条件不适用',
      claim({ confirmations: [] }),
      ['EXEMPTION_CONDITION_UNCONFIRMED'],
    ],
    [
      '确认条件须有证据',
      claim({ confirmations: [{ conditionCode: 'cleaned', evidenceIds: [] }] }),
      ['EXEMPTION_EVIDENCE_MISSING'],
    ],
    [
      '证据须为本案已登记的证据',
      claim({ confirmations: [{ conditionCode: 'cleaned', evidenceIds: ['e1', 'other-case'] }] }),
      ['EXEMPTION_EVIDENCE_MISSING'],
    ],
    [
      '清单事项须与本案违法行为对应',
      claim({ violationCode: 'RT-63-1' }),
      ['EXEMPTION_NOT_FOR_VIOLATION'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('names the earlier cases when the party is not a first offender', () => {
    const [violation] = exemptionViolations(claim({ priorCaseNumbers: ['A号', 'B号'] }));
    expect(violation?.message).toContain('A号、B号');
    expect(violation?.article).toBe('行政处罚法第三十三条第一款');
  });

  it('行政处罚法第三十三条第一款：含初次违法条件的为首违不罚，否则为轻微不罚', () => {
    expect(exemptionGround(spilling)).toBe('firstViolation');
    const minor = { ...spilling, conditions: spilling.conditions.slice(1) };
    expect(exemptionGround(minor)).toBe('minorViolation');
    expect(exemptionGround({ ...spilling, list: 'lighter' })).toBeNull();
  });
});
