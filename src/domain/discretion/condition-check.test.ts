import { describe, expect, it } from 'vitest';
import type { CaseFacts } from './case-facts.js';
import {
  conditionHolds,
  heldConditions,
  traceCondition,
  unenteredFactNotes,
} from './condition-check.js';
import { always, type Condition } from './condition.js';

const facts: CaseFacts = {
  partyKind: 'citizen',
  actDate: '2024-03-01',
  decisionDate: '2024-03-05',
  quantities: { priorViolations: 2, illegalGainsFen: 2_000_000 },
  flags: { serious: true, harmCaused: false },
  mitigations: [],
};

describe('适用条件的判断', () => {
  it.each([
    ['一般情形总是成立', always, true],
    ['比较：等于', { fact: 'priorViolations', op: 'eq', value: 2 }, true],
    ['比较：小于', { fact: 'priorViolations', op: 'lt', value: 2 }, false],
    ['比较：不大于', { fact: 'priorViolations', op: 'lte', value: 2 }, true],
    ['比较：大于', { fact: 'illegalGainsFen', op: 'gt', value: 2_000_000 }, false],
    ['比较：不小于', { fact: 'illegalGainsFen', op: 'gte', value: 2_000_000 }, true],
    ['情节', { flag: 'serious', is: true }, true],
    ['否定的情节', { flag: 'harmCaused', is: false }, true],
    ['未录入的数量按0计', { fact: 'vehicleCount', op: 'eq', value: 0 }, true],
    ['未录入的情节按不具有计', { flag: 'accident', is: false }, true],
    [
      '且：全部成立',
      {
        all: [
          { flag: 'serious', is: true },
          { fact: 'priorViolations', op: 'gte', value: 3 },
        ],
      },
      false,
    ],
    [
      '或：任一成立',
      {
        any: [
          { flag: 'accident', is: true },
          { fact: 'priorViolations', op: 'gte', value: 2 },
        ],
      },
      true,
    ],
    ['没有任何选项的或不成立', { any: [] }, false],
  ] as const satisfies readonly (readonly [string, Condition, boolean])[])(
    '%s',
    (_case, condition, holds) => {
      expect(conditionHolds(condition, facts)).toBe(holds);
    },
  );

  it('记录每一项条件的结果和未录入的事实，用于裁量说明', () => {
    const trace = traceCondition(
      {
        any: [
          { flag: 'accident', is: true },
          {
            all: [
              { fact: 'priorViolations', op: 'gte', value: 2 },
              { flag: 'serious', is: true },
            ],
          },
        ],
      },
      facts,
    );
    expect(trace.holds).toBe(true);
    expect(trace.leaves.map((leaf) => [leaf.held, leaf.entered])).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
    expect(heldConditions(trace)).toEqual(['此前同类违法次数≥2次', '情节严重']);
    expect(unenteredFactNotes([trace])).toEqual(['未录入“造成安全事故”，按不具有该情节计']);
  });

  it('同一未录入的事实只说明一次', () => {
    const traces = [
      traceCondition({ fact: 'durationDays', op: 'gt', value: 30 }, facts),
      traceCondition({ fact: 'durationDays', op: 'gt', value: 90 }, facts),
    ];
    expect(unenteredFactNotes(traces)).toEqual(['未录入“违法持续时间”，按0日计']);
  });
});
