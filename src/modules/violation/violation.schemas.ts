import { z } from '@hono/zod-openapi';
import { enforcementCategories } from '../../domain/certificate.js';
import { benchmarkViewSchema } from '../benchmark/benchmark.schemas.js';
import { exemptionEntryViewSchema } from '../exemption/exemption.schemas.js';
import { isoDate } from '../review/review.schemas.js';
import {
  citationSchema,
  conditionSchema,
  penaltySpecSchema,
  violationRuleSchema,
} from './catalogue.schemas.js';

const effectivePeriod = {
  effectiveFrom: isoDate.openapi({ description: '施行日期' }),
  effectiveTo: isoDate.nullish().openapi({
    description: '最后一天；不填则到下一版本施行前一日（或一直有效）',
  }),
};

export const violationCodeSchema = z
  .string('请填写违法行为编码')
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,39}$/, '违法行为编码只能由大写字母、数字和短横线组成，如 RT-63-1');

export const violationCodeParam = z.object({
  code: violationCodeSchema.openapi({ param: { name: 'code', in: 'path' }, example: 'RT-63-1' }),
});

export const newRuleVersionSchema = z
  .object({ ...effectivePeriod, rule: violationRuleSchema })
  .refine((input) => !input.effectiveTo || input.effectiveTo >= input.effectiveFrom, {
    message: '最后一天不能早于施行日期',
    path: ['effectiveTo'],
  })
  .openapi('NewViolationRuleVersion');
export type NewRuleVersion = z.infer<typeof newRuleVersionSchema>;

export const newViolationTypeSchema = z
  .object({
    code: violationCodeSchema,
    name: z.string('请填写违法行为名称').trim().min(4, '请填写违法行为名称').max(200),
    category: z.enum(enforcementCategories, '执法门类不正确'),
    ...effectivePeriod,
    rule: violationRuleSchema,
  })
  .refine((input) => !input.effectiveTo || input.effectiveTo >= input.effectiveFrom, {
    message: '最后一天不能早于施行日期',
    path: ['effectiveTo'],
  })
  .openapi('NewViolationType');
export type NewViolationType = z.infer<typeof newViolationTypeSchema>;

export const violationListQuery = z.object({
  category: z.enum(enforcementCategories, '执法门类不正确').optional(),
  q: z.string().trim().max(50).optional().openapi({ description: '按编码或名称查找' }),
});
export type ViolationListQuery = z.infer<typeof violationListQuery>;

const citationViewSchema = citationSchema.extend({ label: z.string() });

export const citedTextViewSchema = z
  .object({
    citation: citationSchema,
    label: z.string().openapi({ example: '《道路运输条例》第六十三条第一项' }),
    found: z.boolean().openapi({ description: '法律法规库中是否找到该条款' }),
    text: z.string(),
    lawId: z.string().nullable(),
    lawTitle: z.string(),
    versionDate: z.string().nullable(),
  })
  .openapi('CatalogueCitedText');

export const violationSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    category: z.enum(enforcementCategories),
    ruleFrom: z.string().nullable().openapi({ description: '目前施行的规定版本的施行日期' }),
    violated: z.array(citationViewSchema),
    penaltyBasis: z.array(citationViewSchema),
    summaryAllowed: z.boolean(),
    publishedBenchmarkInForce: z
      .boolean()
      .openapi({ description: '是否有已发布且正在施行的裁量基准' }),
  })
  .openapi('ViolationSummary');
export type ViolationSummary = z.infer<typeof violationSummarySchema>;

export const statutoryBranchViewSchema = z.object({
  text: z.string(),
  conditionText: z.string(),
  penaltyText: z.string(),
  when: conditionSchema,
  penalty: penaltySpecSchema,
});

export const ruleVersionViewSchema = z
  .object({
    id: z.uuid(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    inForce: z.boolean(),
    violated: z.array(citedTextViewSchema),
    penaltyBasis: z.array(citedTextViewSchema),
    statutoryRange: z.array(statutoryBranchViewSchema),
    summaryAllowed: z.boolean(),
  })
  .openapi('ViolationRuleVersion');
export type RuleVersionView = z.infer<typeof ruleVersionViewSchema>;

export const violationDetailSchema = violationSummarySchema
  .extend({
    rules: z.array(ruleVersionViewSchema).openapi({ description: '规定的各版本，按施行日期排列' }),
    benchmarks: z.array(benchmarkViewSchema),
    exemptionEntries: z.array(exemptionEntryViewSchema).openapi({
      description: '列有本违法行为的不予、从轻、减轻处罚清单事项（各事项的最新版本）',
    }),
  })
  .openapi('ViolationDetail');
export type ViolationDetail = z.infer<typeof violationDetailSchema>;
