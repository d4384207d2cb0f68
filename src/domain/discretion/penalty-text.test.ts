import { describe, expect, it } from 'vitest';
import { penaltyKinds, type PenaltyKind } from '../case/penalty.js';
import type { FineRule, PenaltySpec } from './penalty-rule.js';
import { describePenaltySpec, parsePenaltyText } from './penalty-text.js';

const examples: [string, PenaltySpec, string][] = [
  ['警告', { kinds: ['warning'] }, '警告'],
  [
    '数额幅度',
    { kinds: ['fine'], fine: { basis: 'amount', minFen: 3_000_000, maxFen: 5_000_000 } },
    '罚款30000元以上50000元以下',
  ],
  [
    '固定数额',
    { kinds: ['fine'], fine: { basis: 'amount', minFen: 3_000_000, maxFen: 3_000_000 } },
    '罚款30000元',
  ],
  [
    '只有上限的数额',
    { kinds: ['fine'], fine: { basis: 'amount', minFen: 0, maxFen: 20_000 } },
    '罚款200元以下',
  ],
  [
    '违法所得倍数',
    { kinds: ['fine'], fine: { basis: 'gainsMultiple', min: 2, max: 5 } },
    '处违法所得2倍以上5倍以下的罚款',
  ],
  [
    '没收违法所得并处倍数罚款（道路运输条例第六十三条）',
    {
      kinds: ['illegalGainsConfiscation', 'fine'],
      fine: { basis: 'gainsMultiple', min: 2, max: 5 },
    },
    '没收违法所得，并处违法所得2倍以上5倍以下的罚款',
  ],
  [
    '超限运输车辆行驶公路管理规定第四十三条：按超限吨数计罚',
    {
      kinds: ['fine'],
      fine: {
        basis: 'perExcessTonne',
        fenPerTonne: 50_000,
        capFen: 3_000_000,
        warningUpToKg: 1_000,
      },
    },
    '每超限1000千克罚款500元，最高30000元；超限1000千克以内的予以警告',
  ],
  [
    '罚款之外的处罚种类',
    {
      kinds: ['productionSuspension', 'fine', 'licenceRevocation'],
      fine: { basis: 'amount', minFen: 100_050, maxFen: 1_000_000 },
    },
    '责令停产停业，并处罚款1000.5元以上10000元以下，吊销许可证件',
  ],
  ['不处罚的阶次', { kinds: [] }, '不予处罚'],
];

describe('describePenaltySpec', () => {
  it.each(examples)('%s', (_, spec, text) => {
    expect(describePenaltySpec(spec)).toBe(text);
  });
});

describe('parsePenaltyText', () => {
  it.each(examples)('读回%s', (_, spec, text) => {
    expect(parsePenaltyText(text)).toEqual({ ok: true, spec });
  });

  it('容许空格和半角标点', () => {
    expect(parsePenaltyText(' 没收违法所得 , 并处罚款 200 元以上 1000 元以下 ')).toEqual({
      ok: true,
      spec: {
        kinds: ['illegalGainsConfiscation', 'fine'],
        fine: { basis: 'amount', minFen: 20_000, maxFen: 100_000 },
      },
    });
  });

  it.each<[string, string, string]>([
    ['空白', '', '请填写处罚标准'],
    ['未知的处罚', '批评教育', '无法识别处罚标准中的「批评教育」'],
    ['不完整的幅度', '罚款30000元以上', '无法识别处罚标准中的「罚款30000元以上」'],
    ['重复的种类', '警告，罚款200元，警告', '「警告」写了不止一次'],
    ['两处罚款', '罚款200元，并处违法所得1倍的罚款', '「罚款」写了不止一次'],
    ['下限高于上限', '罚款5000元以上3000元以下', '下限高于上限'],
  ])('拒绝%s', (_, text, message) => {
    const result = parsePenaltyText(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

describe('处罚标准的文字读回同一个结构', () => {
  it('每种处罚、每种罚款计算方式的组合写出再读回，结构不变', () => {
    const specs = penaltyKinds.flatMap((first) =>
      fineRules.flatMap((fine) => [
        specOf([first], fine),
        specOf([first, 'fine'], fine),
        specOf(['fine', first], fine),
        specOf([...penaltyKinds].reverse(), fine),
      ]),
    );
    for (const spec of specs) {
      const text = describePenaltySpec(spec);
      expect({ text, result: parsePenaltyText(text) }).toEqual({
        text,
        result: { ok: true, spec },
      });
    }
  });
});

const fineRules: (FineRule | undefined)[] = [
  undefined,
  { basis: 'amount', minFen: 1, maxFen: 99 },
  { basis: 'amount', minFen: 0, maxFen: 123_456 },
  { basis: 'amount', minFen: 500_000, maxFen: 500_000 },
  { basis: 'gainsMultiple', min: 0.5, max: 1 },
  { basis: 'gainsMultiple', min: 3, max: 3 },
  { basis: 'perExcessTonne', fenPerTonne: 50_000, capFen: 3_000_000, warningUpToKg: 0 },
];

/** A spec whose kinds are distinct and whose fine rule goes with the fine kind. */
function specOf(kinds: PenaltyKind[], fine: FineRule | undefined): PenaltySpec {
  const distinct = [...new Set(kinds)];
  return distinct.includes('fine') && fine ? { kinds: distinct, fine } : { kinds: distinct };
}
