import { describe, expect, it } from 'vitest';
import { applyExemption } from './apply-exemption.js';
import type { DiscretionAssessment } from './assessment.js';
import type { ExemptionEntry } from './exemption-list.js';

const assessment: DiscretionAssessment = {
  violationCode: 'HS-69',
  violationName: '车辆载物拖拉、掉落、遗洒，损坏、污染公路',
  rule: {
    effectiveFrom: '2011-03-07',
    violated: [{ law: '公路安全保护条例', article: 69 }],
    penaltyBasis: [{ law: '公路安全保护条例', article: 69 }],
    choice: '适用违法行为发生时有效的规定',
  },
  statutory: {
    text: '处5000元以下的罚款',
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 0, maxFen: 500_000 } },
    rangeFen: { minFen: 20_000, maxFen: 500_000 },
  },
  benchmark: { violationCode: 'HS-69', version: 1, issuer: '某省交通运输厅' },
  tier: { name: '一般', circumstance: '污染面积较小', conditions: [] },
  outcome: 'penalty',
  mitigation: 'none',
  kinds: ['fine'],
  rangeFen: { minFen: 100_000, maxFen: 200_000 },
  suggestedFineFen: 150_000,
  reasons: ['建议罚款1,500.00元'],
};

const entry = (list: ExemptionEntry['list']): ExemptionEntry => ({
  code: `X-${list}`,
  list,
  matter: '载物遗洒污染公路面积较小',
  violationCodes: ['HS-69'],
  legalBasis: [{ law: '公路安全保护条例', article: 69 }],
  conditions: [{ code: 'first', text: '初次违法', kind: 'firstViolation' }],
});

describe('清单事项对裁量结果的影响', () => {
  it('行政处罚法第三十三条第一款：不予处罚清单 → 不予处罚，须教育', () => {
    const result = applyExemption(assessment, entry('noPenalty'));
    expect(result).toMatchObject({
      outcome: 'noPenalty',
      noPenaltyGround: 'firstViolation',
      kinds: [],
      rangeFen: null,
      suggestedFineFen: 0,
    });
    expect(result.reasons.at(-1)).toContain('第三十三条第三款');
  });

  it('行政处罚法第三十二条：从轻处罚清单 → 法定最低数额至阶次最低数额', () => {
    const result = applyExemption(assessment, entry('lighter'));
    expect(result).toMatchObject({
      mitigation: 'lighter',
      rangeFen: { minFen: 20_000, maxFen: 100_000 },
      suggestedFineFen: 20_000,
    });
  });

  it('行政处罚法第三十二条：减轻处罚清单 → 低于法定最低数额', () => {
    const result = applyExemption(assessment, entry('mitigated'));
    expect(result).toMatchObject({
      mitigation: 'mitigated',
      rangeFen: { minFen: 0, maxFen: 20_000 },
      suggestedFineFen: 10_000,
    });
  });

  it('已依法不予处罚的，清单不再改变结果', () => {
    const notPunished = { ...assessment, outcome: 'noPenalty' as const, kinds: [], rangeFen: null };
    expect(applyExemption(notPunished, entry('lighter'))).toBe(notPunished);
  });
});
