import { describe, expect, it } from 'vitest';
import type { DiscretionAssessment } from './assessment.js';
import { oneActFineViolations, oneActOneFine } from './one-act.js';

function assessmentUnder(
  violationName: string,
  article: number,
  rangeFen: { minFen: number; maxFen: number } | null,
): DiscretionAssessment {
  return {
    violationCode: `RT-${article}`,
    violationName,
    rule: {
      effectiveFrom: '2022-05-01',
      violated: [{ law: '道路运输条例', article }],
      penaltyBasis: [{ law: '道路运输条例', article }],
      choice: '',
    },
    statutory: { text: '', penalty: { kinds: rangeFen ? ['fine'] : ['warning'] }, rangeFen },
    benchmark: null,
    tier: null,
    outcome: 'penalty',
    mitigation: 'none',
    kinds: rangeFen ? ['fine'] : ['warning'],
    rangeFen,
    suggestedFineFen: rangeFen?.minFen ?? 0,
    reasons: [],
  };
}

const modification = assessmentUnder('擅自改装营运车辆', 69, {
  minFen: 500_000,
  maxFen: 2_000_000,
});
const maintenance = assessmentUnder('未按规定维护车辆', 68, { minFen: 100_000, maxFen: 500_000 });
const sameMaxHigherMin = assessmentUnder('另一规定', 70, { minFen: 1_000_000, maxFen: 2_000_000 });
const warningOnly = assessmentUnder('只予警告的规定', 71, null);

describe('行政处罚法第二十九条：一事不再罚', () => {
  it('行政处罚法第二十九条：违反多个法律规范的，按照罚款数额高的规定处罚', () => {
    const { governing, reasons } = oneActOneFine([maintenance, modification, warningOnly]);
    expect(governing).toBe(modification);
    expect(reasons).toEqual([
      '同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚（行政处罚法第二十九条）：依据《道路运输条例》第六十九条对“擅自改装营运车辆”处罚',
      '不再依据《道路运输条例》第六十八条对“未按规定维护车辆”另行罚款（行政处罚法第二十九条）',
      '不再依据《道路运输条例》第七十一条对“只予警告的规定”另行罚款（行政处罚法第二十九条）',
    ]);
  });

  it('行政处罚法第二十九条：最高数额相同的，比较最低数额', () => {
    expect(oneActOneFine([modification, sameMaxHigherMin]).governing).toBe(sameMaxHigherMin);
    expect(oneActOneFine([sameMaxHigherMin, modification]).governing).toBe(sameMaxHigherMin);
  });

  it('行政处罚法第二十九条：只违反一个规范的，无需说明', () => {
    expect(oneActOneFine([maintenance])).toEqual({ governing: maintenance, reasons: [] });
  });

  it.each([
    ['两项罚款', [['fine'], ['warning', 'fine']], ['DOUBLE_FINE_FOR_ONE_ACT']],
    ['一项罚款、一项警告', [['fine'], ['warning']], []],
    ['罚款并没收违法所得', [['illegalGainsConfiscation', 'fine']], []],
  ] as const)('行政处罚法第二十九条：同一违法行为%s', (_case, kindsList, codes) => {
    const penalties = kindsList.map((kinds, index) => ({
      violationName: `规定${index + 1}`,
      kinds,
    }));
    const violations = oneActFineViolations(penalties);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
    for (const violation of violations) expect(violation.article).toBe('行政处罚法第二十九条');
  });
});
