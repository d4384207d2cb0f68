import { z } from '@hono/zod-openapi';
import { noPenaltyGrounds } from '../../domain/case/no-penalty.js';
import { penaltyKinds } from '../../domain/case/penalty.js';
import { checkAmountsMatchKinds, isoDate, penaltyAmounts } from '../review/review.schemas.js';

/** Texts the 第五十九条 check judges: blank is accepted here and refused with its rule code. */
const documentText = (max: number) => z.string().trim().max(max).default('');

const remedies = {
  reconsiderationBody: documentText(100).openapi({ description: '受理行政复议的机关' }),
  reconsiderationDays: z.number().int().min(0).max(365).default(60),
  litigationCourt: documentText(100).openapi({ description: '受理行政诉讼的人民法院' }),
  litigationMonths: z.number().int().min(0).max(24).default(6),
  sealed: z.boolean().default(false).openapi({ description: '已加盖行政机关印章' }),
};

const facts = z
  .string()
  .trim()
  .max(5000)
  .optional()
  .openapi({ description: '违法事实；不填则为调查终结报告认定的事实' });

export const legalBasisSchema = z
  .object({
    law: documentText(100).openapi({ example: '《中华人民共和国道路运输条例》' }),
    article: documentText(20).openapi({ example: '第六十三条' }),
    paragraph: z.string().trim().max(10).optional(),
    item: z.string().trim().max(10).optional(),
  })
  .openapi('LegalBasisCitation');

const penaltyDecisionSchema = z
  .object({
    kind: z.literal('penalty'),
    penalties: z
      .array(z.object({ kind: z.enum(penaltyKinds, '处罚种类不正确'), basis: legalBasisSchema }))
      .max(penaltyKinds.length)
      .refine(
        (penalties) => new Set(penalties.map((p) => p.kind)).size === penalties.length,
        '处罚种类不能重复',
      ),
    ...penaltyAmounts,
    facts,
    performanceManner: documentText(500),
    paymentAccount: documentText(200),
    paymentDeadlineDays: z.number().int().min(0).max(365).default(15),
    deviationReason: z
      .string()
      .trim()
      .min(4, '请写明超出裁量基准范围的理由（至少4个字）')
      .max(2000)
      .optional()
      .openapi({ description: '罚款超出裁量基准范围的理由；不填则沿用调查终结报告中的理由' }),
    ...remedies,
  })
  .superRefine((decision, ctx) =>
    checkAmountsMatchKinds({ ...decision, kinds: decision.penalties.map((p) => p.kind) }, ctx),
  );

const noPenaltyDecisionSchema = z.object({
  kind: z.literal('noPenalty'),
  ground: z.enum(noPenaltyGrounds, '不予处罚的理由不正确'),
  education: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .openapi({ description: '批评教育的时间、方式和内容（第三十三条第三款）' }),
  facts,
  ...remedies,
});

export const decisionInputSchema = z
  .discriminatedUnion('kind', [penaltyDecisionSchema, noPenaltyDecisionSchema])
  .openapi('DecisionInput');
export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type PenaltyDecisionInput = z.infer<typeof penaltyDecisionSchema>;
export type NoPenaltyDecisionInput = z.infer<typeof noPenaltyDecisionSchema>;

export const extensionInputSchema = z
  .object({
    newDueDate: isoDate,
    reason: z.string().trim().min(4, '请写明延长办案期限的理由').max(1000),
  })
  .openapi('DecisionExtensionInput');
export type ExtensionInput = z.infer<typeof extensionInputSchema>;

const ruleViolation = z.object({ code: z.string(), article: z.string(), message: z.string() });

export const decisionViewSchema = z
  .object({
    filingDate: z.string().nullable(),
    statutoryDue: z.string().nullable().openapi({ description: '立案之日起九十日' }),
    due: z
      .object({ date: z.string(), extended: z.boolean() })
      .nullable()
      .openapi({ description: '现行办案期限（经批准延长的以最后一次为准）' }),
    extensions: z.array(
      z.object({
        id: z.uuid(),
        previousDue: z.string(),
        newDue: z.string(),
        reason: z.string(),
        approvedOn: z.string(),
        approverName: z.string(),
      }),
    ),
    decision: z
      .object({
        id: z.uuid(),
        kind: z.enum(['penalty', 'noPenalty']),
        documentNumber: z.string().nullable(),
        decidedOn: z.string(),
        deciderName: z.string(),
        penaltyKinds: z.array(z.enum(penaltyKinds)),
        fineFen: z.number().int(),
        confiscationFen: z.number().int(),
        illegalPropertyValueFen: z.number().int(),
        summary: z.string(),
        noPenaltyGround: z.enum(noPenaltyGrounds).nullable(),
        document: z.record(z.string(), z.unknown()),
      })
      .nullable(),
    blockers: z.array(ruleViolation).openapi({
      description: '按告知的处罚今天作出决定还有哪些法定障碍（决定书内容另行检查）',
    }),
  })
  .openapi('CaseDecision');
export type DecisionView = z.infer<typeof decisionViewSchema>;
