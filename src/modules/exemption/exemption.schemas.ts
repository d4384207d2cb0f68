import { z } from '@hono/zod-openapi';
import { exemptionLists } from '../../domain/discretion/exemption-list.js';
import { isoDate } from '../review/review.schemas.js';
import { citationSchema } from '../violation/catalogue.schemas.js';

const entryCode = z
  .string('请填写事项编码')
  .trim()
  .regex(/^[A-Za-z0-9-]{2,40}$/, '事项编码只能由字母、数字和短横线组成，如 NP-HS-69');

const exemptionConditionSchema = z.object({
  code: entryCode,
  text: z.string('请填写适用条件').trim().min(2, '请填写适用条件').max(500),
  kind: z
    .enum(['confirmed', 'firstViolation'], '条件类型应为 confirmed 或 firstViolation')
    .openapi({
      description: 'confirmed 由执法人员凭证据确认；firstViolation 初次违法，由系统查询',
    }),
});

export const newExemptionEntrySchema = z
  .object({
    code: entryCode.openapi({ description: '事项编码；已有的编码登记为其新版本' }),
    list: z.enum(exemptionLists, '清单应为 noPenalty、lighter 或 mitigated'),
    matter: z.string('请填写事项名称').trim().min(2, '请填写事项名称').max(200),
    violationCodes: z
      .array(z.string().trim().min(1).max(40))
      .min(1, '请选择适用的违法行为')
      .max(50),
    legalBasis: z.array(citationSchema).min(1, '请填写法律依据').max(10),
    conditions: z.array(exemptionConditionSchema).min(1, '请至少填写一个适用条件').max(20),
    note: z.string().trim().max(1000).optional(),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullish(),
  })
  .refine((input) => !input.effectiveTo || input.effectiveTo >= input.effectiveFrom, {
    message: '最后一天不能早于施行日期',
    path: ['effectiveTo'],
  })
  .refine(
    (input) => new Set(input.conditions.map((c) => c.code)).size === input.conditions.length,
    {
      message: '同一事项的条件编码不能重复',
      path: ['conditions'],
    },
  )
  .openapi('NewExemptionEntry');
export type NewExemptionEntry = z.infer<typeof newExemptionEntrySchema>;

export const exemptionListQuery = z.object({
  violationCode: z.string().trim().max(40).optional(),
  list: z.enum(exemptionLists, '清单应为 noPenalty、lighter 或 mitigated').optional(),
});
export type ExemptionListQuery = z.infer<typeof exemptionListQuery>;

export const exemptionEntryViewSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    version: z.number().int(),
    list: z.enum(exemptionLists),
    matter: z.string(),
    violationCodes: z.array(z.string()),
    legalBasis: z.array(citationSchema.extend({ label: z.string() })),
    conditions: z.array(exemptionConditionSchema),
    note: z.string().nullable(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    inForce: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('ExemptionEntry');
export type ExemptionEntryView = z.infer<typeof exemptionEntryViewSchema>;
