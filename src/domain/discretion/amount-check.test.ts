import { describe, expect, it } from 'vitest';
import { outsideBenchmark, penaltyViolations } from './amount-check.js';
import type { DiscretionAssessment } from './assessment.js';

/** 一般 tier of a benchmark: 30,000–50,000 yuan within the statutory 10,000–100,000. */
const assessment: DiscretionAssessment = {
  violationCode: 'RT-63-2',
  violationName: '未取得道路客运经营许可，擅自从事道路客运经营',
  rule: {
    effectiveFrom: '2022-05-01',
    violated: [{ law: '道路运输条例', article: 10 }],
    penaltyBasis: [{ law: '道路运输条例', article: 63, item: 2 }],
    choice: '适用违法行为发生时有效的规定',
  },
  statutory: {
    text: '处1万元以上10万元以下的罚款',
    penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 1_000_000, maxFen: 10_000_000 } },
    rangeFen: { minFen: 1_000_000, maxFen: 10_000_000 },
  },
  benchmark: { violationCode: 'RT-63-2', version: 3, issuer: '某省交通运输厅' },
  tier: { name: '一般', circumstance: '第2次被查处', conditions: ['此前同类违法次数=1次'] },
  outcome: 'penalty',
  mitigation: 'none',
  kinds: ['fine'],
  rangeFen: { minFen: 3_000_000, maxFen: 5_000_000 },
  suggestedFineFen: 4_000_000,
  reasons: [],
};

const lighter: DiscretionAssessment = {
  ...assessment,
  mitigation: 'lighter',
  rangeFen: { minFen: 1_000_000, maxFen: 3_000_000 },
  suggestedFineFen: 1_000_000,
};

const underFourteen: DiscretionAssessment = {
  ...assessment,
  outcome: 'noPenalty',
  noPenaltyGround: 'underFourteen',
  mitigation: 'noPenalty',
  kinds: [],
  rangeFen: null,
  suggestedFineFen: 0,
};

const fine = (yuan: number) => ({ kinds: ['fine' as const], fineFen: yuan * 100 });

describe('拟定或者决定的处罚与裁量结果', () => {
  it.each([
    ['行政处罚法第三十四条：在裁量基准幅度内的，无需说明理由', assessment, fine(40_000), null, []],
    ['行政处罚法第三十四条：在幅度的两端也在幅度内', assessment, fine(50_000), null, []],
    [
      '行政处罚法第三十四条：超出裁量基准幅度而没有书面理由的，不予通过',
      assessment,
      fine(60_000),
      '  ',
      ['BENCHMARK_DEVIATION_REASON_MISSING'],
    ],
    [
      '行政处罚法第三十四条：超出裁量基准幅度并写明理由的，可以',
      assessment,
      fine(60_000),
      '多次拒不改正',
      [],
    ],
    [
      '行政处罚法第三十四条：低于裁量基准幅度并写明理由的，可以',
      assessment,
      fine(20_000),
      '积极配合调查',
      [],
    ],
    [
      '法定幅度：超过法定最高数额的，有理由也不允许',
      assessment,
      fine(100_001),
      '情节特别严重',
      ['ABOVE_STATUTORY_RANGE'],
    ],
    [
      '行政处罚法第三十条：不满十四周岁的，不得处罚',
      underFourteen,
      { kinds: ['warning' as const], fineFen: 0 },
      null,
      ['NO_PENALTY_REQUIRED'],
    ],
    [
      '行政处罚法第三十条：不满十四周岁的，不予处罚可以',
      underFourteen,
      { kinds: [], fineFen: 0 },
      null,
      [],
    ],
    ['行政处罚法第三十二条：应当从轻的，在从轻幅度内可以', lighter, fine(30_000), null, []],
    [
      '行政处罚法第三十二条：应当从轻的，高于从轻幅度的，有理由也不允许',
      lighter,
      fine(35_000),
      '情节较重',
      ['MITIGATION_REQUIRED'],
    ],
    [
      '行政处罚法第三十二条：低于法定最低数额减轻处罚并写明理由的，可以',
      lighter,
      fine(5_000),
      '受胁迫且主动消除危害后果',
      [],
    ],
    [
      '行政处罚法第三十二条：减轻处罚没有写明理由的，不予通过',
      lighter,
      fine(5_000),
      null,
      ['BENCHMARK_DEVIATION_REASON_MISSING'],
    ],
    [
      '不处罚款的处罚不检查罚款数额',
      assessment,
      { kinds: ['warning' as const], fineFen: 0 },
      null,
      [],
    ],
  ] as const)('%s', (_case, assessed, proposal, reason, codes) => {
    const violations = penaltyViolations(
      assessed,
      { kinds: [...proposal.kinds], fineFen: proposal.fineFen },
      reason,
    );
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it('说明依据的条款、基准和幅度', () => {
    const [above] = penaltyViolations(assessment, fine(120_000), null);
    expect(above?.article).toBe('《道路运输条例》第六十三条第二项');
    expect(above?.message).toContain('法定最高数额100,000.00元');
    const [deviation] = penaltyViolations(assessment, fine(60_000), null);
    expect(deviation?.article).toBe('行政处罚法第三十四条');
    expect(deviation?.message).toBe(
      '拟罚款60,000.00元不在某省交通运输厅行政处罚裁量基准（第3版）“一般”阶次的罚款幅度（罚款30,000.00元至50,000.00元）内，请书面说明理由，案件须经法制审核',
    );
    const [noPenalty] = penaltyViolations(underFourteen, fine(100), null);
    expect(noPenalty?.article).toBe('行政处罚法第三十条');
  });
});

describe('超出裁量基准（须经法制审核）', () => {
  it.each([
    ['幅度内', assessment, 3_000_000, false],
    ['低于幅度', assessment, 2_999_999, true],
    ['高于幅度', assessment, 5_000_001, true],
    ['不予处罚而罚款', underFourteen, 100, true],
    ['不予处罚也不罚款', underFourteen, 0, false],
  ] as const)('行政处罚法第三十四条：%s', (_case, assessed, fineFen, outside) => {
    expect(outsideBenchmark(assessed, fineFen)).toBe(outside);
  });
});
