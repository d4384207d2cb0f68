import { z } from '@hono/zod-openapi';
import {
  courtRulingOutcomes,
  paymentChannels,
  remedyKinds,
  remedyOutcomes,
} from '../../domain/case/execution.js';

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');
const fen = z
  .number('金额应为数字（单位：分）')
  .int('金额以分为单位，应为整数')
  .positive('金额应大于零');
const text = (what: string, max = 200) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}个字`);

export const paymentInputSchema = z
  .object({
    amountFen: fen,
    paidOn: isoDate,
    channel: z.enum(paymentChannels, '缴款渠道应为指定银行或电子支付系统'),
    reference: z
      .string()
      .trim()
      .max(64, '凭证号不超过64个字符')
      .default('')
      .openapi({ description: '银行缴款凭证号或电子支付流水号（罚缴分离，必填）' }),
  })
  .openapi('PaymentInput');
export type PaymentInput = z.infer<typeof paymentInputSchema>;

const planFields = { appliedOn: isoDate, reason: text('申请理由', 500) };

export const paymentPlanInputSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('deferral'), ...planFields, deferredTo: isoDate }),
      z.object({
        kind: z.literal('instalments'),
        ...planFields,
        instalments: z
          .array(z.object({ dueDate: isoDate, amountFen: fen }))
          .min(1, '请至少填写一期')
          .max(36, '最多分36期'),
      }),
    ],
    { error: '申请种类应为延期（暂缓）缴纳或者分期缴纳' },
  )
  .openapi('PaymentPlanInput');
export type PaymentPlanInput = z.infer<typeof paymentPlanInputSchema>;

export const paymentPlanDecisionSchema = z
  .object({ approved: z.boolean(), reason: text('审批意见', 500) })
  .openapi('PaymentPlanDecision');
export type PaymentPlanDecisionInput = z.infer<typeof paymentPlanDecisionSchema>;

export const remedyStartSchema = z
  .object({
    kind: z.enum(remedyKinds, '应为行政复议或者行政诉讼'),
    body: text('复议机关或者人民法院'),
    startedOn: isoDate.openapi({ description: '申请复议或者起诉之日' }),
  })
  .openapi('RemedyStart');
export type RemedyStartInput = z.infer<typeof remedyStartSchema>;

export const remedyEndSchema = z
  .object({
    endedOn: isoDate.openapi({ description: '复议决定书或者裁判文书送达之日，或者撤回之日' }),
    outcome: z.enum(remedyOutcomes, '结果应为维持、变更、撤销或者撤回'),
  })
  .openapi('RemedyEnd');
export type RemedyEndInput = z.infer<typeof remedyEndSchema>;

export const demandInputSchema = z
  .object({
    issuedOn: isoDate,
    performBy: isoDate.openapi({ description: '催告履行的期限（行政强制法第三十五条第一项）' }),
  })
  .refine((demand) => demand.performBy > demand.issuedOn, {
    message: '履行期限应晚于催告日期',
    path: ['performBy'],
  })
  .openapi('DemandInput');
export type DemandInput = z.infer<typeof demandInputSchema>;

export const courtApplicationInputSchema = z
  .object({ appliedOn: isoDate, court: text('受理申请的人民法院', 100) })
  .openapi('CourtApplicationInput');
export type CourtApplicationInput = z.infer<typeof courtApplicationInputSchema>;

export const courtRulingInputSchema = z
  .object({
    outcome: z.enum(courtRulingOutcomes, '裁定结果应为准予执行、不准予执行或者不予受理'),
    ruledOn: isoDate,
    rulingNumber: text('裁定书文号', 100),
    note: z.string().trim().max(500).nullish(),
  })
  .openapi('CourtRulingInput');
export type CourtRulingInput = z.infer<typeof courtRulingInputSchema>;

const trancheSchema = z.object({ dueDate: z.string(), amountFen: z.number().int() });

export const executionSchema = z
  .object({
    asOf: z.string().openapi({ description: '余额与加处罚款计算至该日（今日）' }),
    stage: z.string(),
    decision: z
      .object({
        kind: z.enum(['penalty', 'noPenalty']),
        documentNumber: z.string().nullable(),
        fineFen: z.number().int(),
        decidedOn: z.string(),
      })
      .nullable(),
    servedOn: z.string().nullable(),
    dueDate: z.string().nullable().openapi({ description: '法定缴款期限（送达之日起十五日）' }),
    balance: z
      .object({
        fineFen: z.number().int(),
        lateFeeFen: z.number().int(),
        lateFeeDays: z.number().int(),
        paidFen: z.number().int(),
        outstandingFen: z.number().int(),
        principalOutstandingFen: z.number().int(),
        nextDue: trancheSchema.extend({ overdue: z.boolean() }).nullable(),
      })
      .nullable(),
    plans: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['deferral', 'instalments']),
        kindLabel: z.string(),
        appliedOn: z.string(),
        reason: z.string(),
        instalments: z.array(trancheSchema),
        status: z.enum(['pending', 'approved', 'refused']),
        decisionReason: z.string().nullable(),
        decidedOn: z.string().nullable(),
        inForce: z.boolean(),
      }),
    ),
    payments: z.array(
      z.object({
        id: z.uuid(),
        amountFen: z.number().int(),
        paidOn: z.string(),
        channel: z.enum(paymentChannels),
        reference: z.string(),
      }),
    ),
    remedyPeriods: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(remedyKinds),
        body: z.string(),
        startedOn: z.string(),
        endedOn: z.string().nullable(),
        outcome: z.enum(remedyOutcomes).nullable(),
      }),
    ),
    demands: z.array(
      z.object({
        id: z.uuid(),
        issuedOn: z.string(),
        performBy: z.string(),
        principalFen: z.number().int(),
        lateFeeFen: z.number().int(),
        servedOn: z.string().nullable(),
      }),
    ),
    courtApplications: z.array(
      z.object({
        id: z.uuid(),
        appliedOn: z.string(),
        court: z.string(),
        amountFen: z.number().int(),
        ruling: z
          .object({
            outcome: z.enum(courtRulingOutcomes),
            ruledOn: z.string(),
            rulingNumber: z.string(),
            note: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    courtWindow: z
      .object({
        opensOn: z.string(),
        closesOn: z.string(),
        article: z.string(),
        provisional: z.boolean(),
        earliestAfterDemand: z
          .string()
          .nullable()
          .openapi({ description: '催告书送达满十个工作日后可以申请之日；未送达催告书为 null' }),
      })
      .nullable(),
    completion: z.object({ complete: z.boolean(), missing: z.array(z.string()) }),
  })
  .openapi('Execution');
export type ExecutionView = z.infer<typeof executionSchema>;
