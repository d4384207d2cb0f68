import { describe, expect, it } from 'vitest';
import { educationRequired, noPenaltyGrounds, noPenaltyViolations } from './no-penalty.js';

describe('不予行政处罚', () => {
  it.each([
    ['minorViolation', true],
    ['firstViolation', true],
    ['noFault', true],
    ['underFourteen', false],
    ['mentalIncapacity', false],
    ['factsNotEstablished', false],
  ] as const)('行政处罚法第三十三条第三款：%s 是否须教育 → %s', (ground, required) => {
    expect(educationRequired(ground)).toBe(required);
  });

  it('行政处罚法第三十三条第三款：轻微违法不罚而未记录教育的，拒绝', () => {
    expect(noPenaltyViolations('minorViolation', ' ')).toEqual([
      {
        code: 'NO_PENALTY_EDUCATION_MISSING',
        article: '行政处罚法第三十三条第三款',
        message:
          '以“违法行为轻微并及时改正，没有造成危害后果”不予行政处罚的，应当对当事人进行教育，请记录批评教育的时间、方式和内容',
      },
    ]);
  });

  it.each(noPenaltyGrounds.map((ground) => [ground]))(
    '行政处罚法第三十三条：%s 记录了教育即可',
    (ground) => {
      expect(noPenaltyViolations(ground, '当场对当事人进行了批评教育')).toEqual([]);
    },
  );
});
