import { describe, expect, it } from 'vitest';
import { checkClosure, heldPropertyViolation, type ClosureFacts } from './closure.js';

const fine: ClosureFacts['decision'] = { kind: 'penalty', penaltyKinds: ['fine'] };

describe('交通运输行政执法程序规定（案件终结）：结案的条件', () => {
  it.each<[string, ClosureFacts, boolean]>([
    [
      '不予行政处罚决定已送达',
      { stage: 'served', decision: { kind: 'noPenalty', penaltyKinds: [] }, execution: null },
      true,
    ],
    [
      '警告决定已送达（送达即执行）',
      {
        stage: 'served',
        decision: { kind: 'penalty', penaltyKinds: ['warning'] },
        execution: null,
      },
      true,
    ],
    ['罚款决定已送达、尚未执行', { stage: 'served', decision: fine, execution: null }, false],
    ['已送达但没有决定', { stage: 'served', decision: null, execution: null }, false],
    [
      '执行完毕',
      { stage: 'executing', decision: fine, execution: { complete: true, missing: [] } },
      true,
    ],
    [
      '执行中、罚款未缴清',
      {
        stage: 'executing',
        decision: fine,
        execution: { complete: false, missing: ['罚款未缴清'] },
      },
      false,
    ],
  ])('交通运输行政执法程序规定（案件终结）：%s', (_case, facts, allowed) => {
    const violation = checkClosure(facts);
    expect(violation === null).toBe(allowed);
    if (violation) {
      expect(violation.code).toBe('CLOSURE_EXECUTION_INCOMPLETE');
      expect(violation.message).toContain('不能结案');
    }
  });

  it('names what execution still lacks', () => {
    const violation = checkClosure({
      stage: 'executing',
      decision: fine,
      execution: { complete: false, missing: ['罚款未缴清', '加处罚款未缴清'] },
    });
    expect(violation?.message).toContain('罚款未缴清；加处罚款未缴清');
  });

  it('names the penalty that is still to be carried out', () => {
    const violation = checkClosure({
      stage: 'served',
      decision: { kind: 'penalty', penaltyKinds: ['warning', 'fine', 'licenceSuspension'] },
      execution: null,
    });
    expect(violation?.message).toContain('罚款、暂扣许可证件尚待执行');
  });
});

describe('行政强制法第二十八条、行政处罚法第五十六条：财物仍被查封扣押或者登记保存的，不能结案', () => {
  it.each([
    ['无查封扣押、无登记保存', { measuresInForce: 0, preservationsUndecided: 0 }, null],
    ['扣押未解除', { measuresInForce: 1, preservationsUndecided: 0 }, '1项查封、扣押尚未解除'],
    [
      '登记保存未处理',
      { measuresInForce: 0, preservationsUndecided: 2 },
      '2项先行登记保存尚未作出处理决定',
    ],
  ])('行政强制法第二十八条、行政处罚法第五十六条：%s', (_case, held, gap) => {
    const violation = heldPropertyViolation(held);
    if (gap === null) {
      expect(violation).toBeNull();
    } else {
      expect(violation?.code).toBe('CLOSURE_PROPERTY_STILL_HELD');
      expect(violation?.message).toContain(gap);
    }
  });
});
