import { describe, expect, it } from 'vitest';
import { flagFacts, quantityFacts, type FlagFact, type QuantityFact } from './case-facts.js';
import { describeCondition, parseConditionText } from './condition-text.js';
import type { Comparison, Condition } from './condition.js';

describe('describeCondition', () => {
  it.each<[string, Condition, string]>([
    [
      '次数与金额（元）的比较',
      {
        all: [
          { fact: 'priorViolations', op: 'gte', value: 3 },
          { fact: 'illegalGainsFen', op: 'gt', value: 2_000_000 },
        ],
      },
      '此前同类违法次数≥3次 且 违法所得>20000元',
    ],
    ['情节', { flag: 'serious', is: true }, '情节严重'],
    ['否定的情节', { flag: 'harmCaused', is: false }, '未造成危害后果'],
    ['没有条件的阶次', { all: [] }, '一般情形'],
    ['不足一元的金额保留小数', { fact: 'damageFen', op: 'lte', value: 2_050 }, '造成损失≤20.5元'],
    [
      '几个条件组成的部分加括号',
      {
        all: [
          { flag: 'refusedCorrection', is: true },
          {
            any: [
              { fact: 'overweightKg', op: 'lt', value: 1_000 },
              { fact: 'vehicleCount', op: 'eq', value: 2 },
            ],
          },
        ],
      },
      '拒不改正 且 （超限重量<1000千克 或 涉及车辆=2辆）',
    ],
  ])('%s', (_, condition, text) => {
    expect(describeCondition(condition)).toBe(text);
  });
});

describe('parseConditionText', () => {
  it.each<[string, string, Condition]>([
    [
      '空格、>= 与「并且」',
      '此前同类违法次数 >= 3 次 并且 违法所得 > 20000 元',
      {
        all: [
          { fact: 'priorViolations', op: 'gte', value: 3 },
          { fact: 'illegalGainsFen', op: 'gt', value: 2_000_000 },
        ],
      },
    ],
    [
      '「和」「或者」与半角括号',
      '情节严重 和 (涉及旅客<=10人 或者 造成安全事故)',
      {
        all: [
          { flag: 'serious', is: true },
          {
            any: [
              { fact: 'passengerCount', op: 'lte', value: 10 },
              { flag: 'accident', is: true },
            ],
          },
        ],
      },
    ],
    ['全角比较符号、省略单位', '违法持续时间＞30', { fact: 'durationDays', op: 'gt', value: 30 }],
    [
      '金额中的千位分隔符',
      '违法所得≥10,000.5元',
      { fact: 'illegalGainsFen', op: 'gte', value: 1_000_050 },
    ],
    ['一个条件外的括号', '（及时改正）', { flag: 'correctedInTime', is: true }],
  ])('%s', (_, text, condition) => {
    expect(parseConditionText(text)).toEqual({ ok: true, condition });
  });

  it.each<[string, string, string]>([
    ['空白', '  ', '请填写适用条件'],
    ['未知的情形', '态度恶劣', '无法识别「态度恶劣」'],
    ['未知的事实', '罚款次数>3次', '「罚款次数」不是可比较的事实'],
    ['单位不符', '超限重量>5吨', '「超限重量」的单位是千克'],
    ['金额超过两位小数', '违法所得>1.005元', '不是有效的金额'],
    ['且与或不加括号连用', '情节严重 且 拒不改正 或 造成安全事故', '请用括号标明先后'],
    ['缺少右括号', '（情节严重 或 拒不改正', '缺少右括号'],
    ['多出右括号', '情节严重）', '多出右括号'],
    ['连接词后没有条件', '情节严重 且', '前后都要写条件'],
  ])('拒绝%s', (_, text, message) => {
    const result = parseConditionText(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

describe('适用条件的文字读回同一个结构', () => {
  it('随机生成的条件写出再读回，结构不变', () => {
    const random = seededRandom(20261204);
    for (let round = 0; round < 500; round += 1) {
      const condition = randomCondition(random, 3);
      const text = describeCondition(condition);
      expect({ text, result: parseConditionText(text) }).toEqual({
        text,
        result: { ok: true, condition },
      });
    }
  });
});

const quantities = Object.keys(quantityFacts) as QuantityFact[];
const flags = Object.keys(flagFacts) as FlagFact[];
const comparisons: Comparison[] = ['lt', 'lte', 'gt', 'gte', 'eq'];

/** Conditions as describeCondition writes them out: every combination joins two or more. */
function randomCondition(random: () => number, depth: number): Condition {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (depth > 0 && roll < 0.35) {
    const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
      randomCondition(random, depth - 1),
    );
    return random() < 0.5 ? { all: parts } : { any: parts };
  }
  if (roll < 0.4) return random() < 0.5 ? { all: [] } : { any: [] };
  if (roll < 0.65) return { flag: pick(flags), is: random() < 0.5 };
  const fact = pick(quantities);
  const money = quantityFacts[fact].unit === '元';
  return {
    fact,
    op: pick(comparisons),
    value: Math.floor(random() * (money ? 100_000_000 : 50_000)),
  };
}

/** mulberry32: the same sequence on every run, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
