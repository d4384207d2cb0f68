// The shapes the catalogue, the benchmarks and the lists share: citations, 适用条件, 处罚标准.
import { z } from '@hono/zod-openapi';
import { penaltyKinds } from '../../domain/case/penalty.js';
import {
  flagFacts,
  quantityFacts,
  type FlagFact,
  type QuantityFact,
} from '../../domain/discretion/case-facts.js';
import type { Condition } from '../../domain/discretion/condition.js';
import type { PenaltySpec } from '../../domain/discretion/penalty-rule.js';

const fen = z
  .number('金额应为以分为单位的整数')
  .int('金额应为以分为单位的整数')
  .min(0, '金额不能为负数')
  .max(100_000_000_000, '金额过大');

const ordinal = (what: string) =>
  z.number(`${what}应为数字`).int(`${what}应为整数`).min(1, `${what}应从 1 起`).max(999);

export const citationSchema = z
  .object({
    law: z.string('请填写法律法规简称').trim().min(2, '请填写法律法规简称').max(60),
    article: ordinal('条'),
    paragraph: ordinal('款').optional(),
    item: ordinal('项').optional(),
  })
  .openapi('Citation', {
    description: '引用：法律法规简称、条、款、项，如 道路运输条例第六十三条第一项',
  });

const quantityFactKeys = Object.keys(quantityFacts) as [QuantityFact, ...QuantityFact[]];
const flagFactKeys = Object.keys(flagFacts) as [FlagFact, ...FlagFact[]];

export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union(
      [
        z.object({
          fact: z.enum(quantityFactKeys, '情节数量不正确'),
          op: z.enum(['lt', 'lte', 'gt', 'gte', 'eq'], '比较方式应为 lt、lte、gt、gte 或 eq'),
          value: z.number('数值应为数字').int('数值应为整数（金额为分）').min(0).max(1e12),
        }),
        z.object({ flag: z.enum(flagFactKeys, '情节不正确'), is: z.boolean() }),
        z.object({ all: z.array(conditionSchema).max(20) }),
        z.object({ any: z.array(conditionSchema).min(1).max(20) }),
      ],
      '适用条件格式不正确',
    ),
  )
  .openapi('Condition', {
    description:
      '适用条件：数量比较、情节是否具备，或以 all（且）/ any（或）组合；{ all: [] } 为一般情形',
  });

const fineRuleSchema = z
  .discriminatedUnion(
    'basis',
    [
      z.object({ basis: z.literal('amount'), minFen: fen, maxFen: fen }),
      z.object({
        basis: z.literal('gainsMultiple'),
        min: z.number().min(0, '倍数不能为负数').max(100),
        max: z.number().min(0, '倍数不能为负数').max(100),
      }),
      z.object({
        basis: z.literal('perExcessTonne'),
        fenPerTonne: fen,
        warningUpToKg: z.number().int().min(0).max(1_000_000),
        capFen: fen,
      }),
    ],
    '罚款计算方式应为 amount、gainsMultiple 或 perExcessTonne',
  )
  .refine(
    (fine) =>
      fine.basis === 'perExcessTonne' ||
      (fine.basis === 'amount' ? fine.minFen <= fine.maxFen : fine.min <= fine.max),
    '罚款下限不能高于上限',
  );

export const penaltySpecSchema: z.ZodType<PenaltySpec> = z
  .object({
    kinds: z
      .array(z.enum(penaltyKinds, '处罚种类不正确'))
      .max(12)
      .openapi({ description: '处罚种类；为空表示该情形不予处罚（如责令改正而未拒不改正）' }),
    fine: fineRuleSchema.optional(),
  })
  .refine((spec) => spec.kinds.includes('fine') === (spec.fine !== undefined), {
    message: '处罚种类含罚款时须写明罚款幅度，不含罚款时不能写罚款幅度',
    path: ['fine'],
  })
  .refine((spec) => new Set(spec.kinds).size === spec.kinds.length, {
    message: '处罚种类不能重复',
    path: ['kinds'],
  })
  .openapi('PenaltySpec', { description: '处罚标准：处罚种类，以及罚款的计算方式（金额为分）' });

export const statutoryBranchSchema = z.object({
  when: conditionSchema,
  penalty: penaltySpecSchema,
  text: z.string('请填写条文原文').trim().min(2, '请填写该幅度的条文原文').max(2000),
});

export const violationRuleSchema = z
  .object({
    violated: z.array(citationSchema).min(1, '请填写违反条款').max(10),
    penaltyBasis: z.array(citationSchema).min(1, '请填写处罚依据').max(10),
    statutoryRange: z.array(statutoryBranchSchema).min(1, '请填写法定幅度').max(20),
    summaryAllowed: z.boolean('请说明能否适用简易程序'),
  })
  .openapi('ViolationRule', {
    description:
      '违法行为在一段时间内的规定：违反条款、处罚依据、法定幅度（依次匹配）、能否适用简易程序',
  });
