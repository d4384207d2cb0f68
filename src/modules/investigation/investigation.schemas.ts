import { z } from '@hono/zod-openapi';
import { evidenceTypes } from '../../domain/case/evidence.js';
import {
  compulsoryMeasureKinds,
  liftReasons,
  preservationHandlings,
  signatureStatuses,
  subjectRelations,
  transcriptKinds,
} from '../../domain/case/investigation.js';
import { idNumberSchema } from '../../domain/validators/zod.js';

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');
const instant = (what: string) => z.iso.datetime({ offset: true, message: `${what}格式不正确` });
const text = (what: string, min: number, max: number) =>
  z.string().trim().min(min, `请填写${what}（至少${min}个字）`).max(max, `${what}最多${max}个字`);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, '联系电话格式不正确');

// 笔录

const subjectSchema = z.object({
  name: text('姓名', 2, 30),
  idNumber: idNumberSchema.optional(),
  phone: phone.optional(),
  address: optionalText(120),
  relation: z.enum(subjectRelations, '请选择与案件的关系'),
});

const witnessSchema = z.object({
  name: text('见证人姓名', 2, 30),
  idNumber: idNumberSchema.optional(),
});

const questionSchema = z.object({
  question: text('问题', 1, 500),
  answer: text('回答', 1, 2000),
});

const transcriptFields = {
  startedAt: instant('开始时间'),
  endedAt: instant('结束时间'),
  place: text('地点', 2, 120),
  officerIds: z.array(z.uuid('执法人员编号格式不正确')).min(1, '请选择在场的执法人员'),
  recorderOfficerId: z.uuid('请选择记录人'),
  subject: subjectSchema,
  signature: z.enum(signatureStatuses, '请选择当事人是否签名'),
  witness: witnessSchema.nullish(),
  correctsId: z.uuid('被更正笔录的编号格式不正确').nullish(),
  attachmentIds: z.array(z.uuid('附件证据编号格式不正确')).max(50).default([]),
};

export const transcriptInputSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...transcriptFields,
      kind: z.literal('inquiry'),
      questions: z.array(questionSchema).min(1, '请至少记录一问一答').max(200),
    }),
    z.object({
      ...transcriptFields,
      kind: z.literal('site'),
      description: text('现场情况', 4, 5000),
    }),
    z.object({
      ...transcriptFields,
      kind: z.literal('survey'),
      object: text('勘验对象', 2, 200),
      description: text('勘验情况', 4, 5000),
    }),
  ])
  .refine((input) => new Date(input.endedAt) > new Date(input.startedAt), {
    message: '结束时间应晚于开始时间',
    path: ['endedAt'],
  })
  .refine((input) => new Date(input.endedAt) <= new Date(), {
    message: '结束时间不能晚于现在',
    path: ['endedAt'],
  })
  .refine((input) => input.signature === 'signed' || input.witness, {
    message: '当事人拒绝签名或者不在场的，应当写明见证人（行政强制法第十八条第八项、第九项）',
    path: ['witness'],
  })
  .openapi('TranscriptInput');
export type TranscriptInput = z.infer<typeof transcriptInputSchema>;

// 先行登记保存 and 强制措施

const listedItemSchema = z.object({
  name: text('物品名称', 1, 100),
  specification: optionalText(100),
  quantity: text('数量', 1, 30),
  note: optionalText(200),
});
const itemsSchema = z.array(listedItemSchema).min(1, '请至少列明一项物品').max(100);

export const preservationInputSchema = z
  .object({
    items: itemsSchema,
    reason: text('证据可能灭失或者以后难以取得的情形', 4, 1000),
    place: text('登记保存地点', 2, 120),
    storagePlace: text('保存地点（就地或者异地）', 2, 120),
  })
  .openapi('PreservationInput');
export type PreservationInput = z.infer<typeof preservationInputSchema>;

export const approvalDecisionSchema = z
  .object({ approved: z.boolean(), opinion: text('审批意见', 2, 500) })
  .openapi('ApprovalDecision');
export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;

export const preservationHandlingSchema = z
  .object({
    handling: z.enum(preservationHandlings, '请选择处理决定'),
    note: optionalText(1000),
    handledOn: isoDate.optional().openapi({ description: '作出处理决定的日期，默认今天' }),
  })
  .openapi('PreservationHandlingInput');
export type PreservationHandlingInput = z.infer<typeof preservationHandlingSchema>;

export const measureInputSchema = z
  .object({
    kind: z.enum(compulsoryMeasureKinds, '请选择查封或者扣押'),
    items: itemsSchema,
    reason: text('理由', 4, 1000),
    legalBasis: text('依据', 4, 500),
    place: text('地点', 2, 120),
    termDays: z.int('期限应为整数日').min(1, '期限至少1日').max(366).default(30),
    emergency: z.boolean().default(false),
    implementedAt: instant('当场实施时间').nullish(),
  })
  .refine((input) => !input.emergency || input.implementedAt, {
    message: '情况紧急当场实施的，请写明实施时间',
    path: ['implementedAt'],
  })
  .refine((input) => !input.implementedAt || new Date(input.implementedAt) <= new Date(), {
    message: '实施时间不能晚于现在',
    path: ['implementedAt'],
  })
  .openapi('CompulsoryMeasureInput');
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const implementationSchema = z
  .object({ implementedAt: instant('实施时间') })
  .openapi('MeasureImplementation');

export const extensionSchema = z
  .object({
    days: z.int('延长期限应为整数日').min(1, '延长期限至少1日').max(366),
    reason: text('延长理由（情况复杂的情形）', 4, 500),
  })
  .openapi('MeasureExtension');
export type ExtensionInput = z.infer<typeof extensionSchema>;

export const liftSchema = z
  .object({
    reason: z.enum(liftReasons, '请选择解除的理由'),
    note: optionalText(1000),
    liftedOn: isoDate.optional().openapi({ description: '解除日期，默认今天' }),
  })
  .openapi('MeasureLifting');
export type LiftInput = z.infer<typeof liftSchema>;

// 责令改正

export const correctionOrderInputSchema = z
  .object({
    violation: text('违法行为', 4, 1000),
    legalBasis: text('违反的规定', 4, 500),
    requirement: text('改正要求', 4, 1000),
    correctBy: isoDate
      .nullish()
      .openapi({ description: '限期改正的最后一日；不填为立即改正（责令改正）' }),
  })
  .openapi('CorrectionOrderInput');
export type CorrectionOrderInput = z.infer<typeof correctionOrderInputSchema>;

// Views

const presentOfficerSchema = z.object({
  officerId: z.uuid(),
  name: z.string(),
  certificateNumber: z.string(),
});

const itemSchema = z.object({
  name: z.string(),
  specification: z.string().optional(),
  quantity: z.string(),
  note: z.string().optional(),
});

export const transcriptSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(transcriptKinds),
    kindLabel: z.string(),
    evidenceId: z.uuid(),
    evidenceType: z.enum(evidenceTypes),
    correctsId: z.uuid().nullable(),
    correctedById: z.uuid().nullable().openapi({ description: '更正本笔录的笔录' }),
    startedAt: z.string(),
    endedAt: z.string(),
    place: z.string(),
    officers: z.array(presentOfficerSchema),
    recorder: z.object({ officerId: z.uuid(), name: z.string() }),
    subject: z.object({
      name: z.string(),
      idNumber: z.string().optional(),
      phone: z.string().optional(),
      address: z.string().optional(),
      relation: z.enum(subjectRelations),
    }),
    questions: z.array(z.object({ question: z.string(), answer: z.string() })).nullable(),
    object: z.string().nullable(),
    description: z.string().nullable(),
    signature: z.enum(signatureStatuses),
    witness: z.object({ name: z.string(), idNumber: z.string().optional() }).nullable(),
    attachments: z.array(z.object({ evidenceId: z.uuid(), title: z.string() })),
    createdAt: z.string(),
  })
  .openapi('Transcript');
export type TranscriptView = z.infer<typeof transcriptSchema>;

export const preservationSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    items: z.array(itemSchema),
    reason: z.string(),
    place: z.string(),
    storagePlace: z.string(),
    status: z.enum(['requested', 'approved', 'refused']),
    decidedAt: z.string().nullable(),
    decisionOpinion: z.string().nullable(),
    decisionDue: z.string().nullable().openapi({ description: '处理决定的最后一日（七个工作日）' }),
    decisionDueProvisional: z.boolean(),
    handling: z.enum(preservationHandlings).nullable(),
    handlingLabel: z.string().nullable(),
    handlingNote: z.string().nullable(),
    handledOn: z.string().nullable(),
    handledLate: z.boolean().openapi({ description: '处理决定超过七个工作日（照实记录）' }),
    createdAt: z.string(),
  })
  .openapi('EvidencePreservation');
export type PreservationView = z.infer<typeof preservationSchema>;

export const measureSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(compulsoryMeasureKinds),
    kindLabel: z.string(),
    items: z.array(itemSchema),
    reason: z.string(),
    legalBasis: z.string(),
    place: z.string(),
    termDays: z.number(),
    emergency: z.boolean(),
    status: z.enum([
      'requested',
      'refused',
      'approved',
      'awaitingApproval',
      'inForce',
      'mustLift',
      'lifted',
    ]),
    statusLabel: z.string(),
    requestedAt: z.string().openapi({ description: '申请或者（当场实施时）报告负责人的时间' }),
    reportLate: z.boolean().openapi({ description: '当场实施后超过二十四小时才报告' }),
    decidedAt: z.string().nullable(),
    decisionOpinion: z.string().nullable(),
    implementedAt: z.string().nullable(),
    endsOn: z.string().nullable().openapi({ description: '期限的最后一日（含延长）' }),
    extensionDays: z.number().nullable(),
    extensionReason: z.string().nullable(),
    liftedOn: z.string().nullable(),
    liftReason: z.enum(liftReasons).nullable(),
    liftReasonLabel: z.string().nullable(),
    liftNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('CompulsoryMeasure');
export type MeasureView = z.infer<typeof measureSchema>;

export const correctionOrderSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    violation: z.string(),
    legalBasis: z.string(),
    requirement: z.string(),
    correctBy: z.string().nullable(),
    issuedOn: z.string(),
    createdAt: z.string(),
  })
  .openapi('CorrectionOrder');
export type CorrectionOrderView = z.infer<typeof correctionOrderSchema>;

export const investigationSchema = z
  .object({
    transcripts: z.array(transcriptSchema),
    preservations: z.array(preservationSchema),
    measures: z.array(measureSchema),
    correctionOrders: z.array(correctionOrderSchema),
  })
  .openapi('Investigation');
export type InvestigationView = z.infer<typeof investigationSchema>;
