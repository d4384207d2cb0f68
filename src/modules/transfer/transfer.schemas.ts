import { z } from '@hono/zod-openapi';
import { transferEventKinds, transferKinds } from '../../domain/case/transfer.js';

const text = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max);

export const transferItemSchema = z.object({
  name: text(1, 60, '请填写物品名称'),
  quantity: text(1, 30, '请填写数量（含单位）'),
  note: z.string().trim().max(200).optional(),
});

export const transferProposalSchema = z
  .object({
    kind: z.enum(transferKinds, '移送类别应为涉嫌犯罪或者管辖移送'),
    recipient: text(4, 60, '请填写接受移送的机关（如某某县公安局）'),
    reason: text(10, 2000, '请写明移送的事实和理由（至少10个字）'),
    suspectedOffence: z.string().trim().min(2).max(60).nullish(),
    report: text(10, 10000, '请写明调查报告的内容（至少10个字）'),
    items: z.array(transferItemSchema).max(200).default([]),
    evidenceIds: z.array(z.uuid()).max(500).default([]),
  })
  .refine((proposal) => proposal.kind !== 'crime' || proposal.suspectedOffence, {
    message: '移送涉嫌犯罪案件须写明涉嫌的罪名',
    path: ['suspectedOffence'],
  })
  .openapi('TransferProposal');
export type TransferProposal = z.infer<typeof transferProposalSchema>;

export const transferDecisionSchema = z
  .object({
    approved: z.boolean(),
    opinion: text(2, 1000, '请填写审批意见'),
  })
  .refine((decision) => decision.approved || decision.opinion.length >= 4, {
    message: '不批准移送的，应当写明理由（至少4个字）',
    path: ['opinion'],
  })
  .openapi('TransferDecision');
export type TransferDecision = z.infer<typeof transferDecisionSchema>;

export const transferHandoverSchema = z
  .object({
    handedOverAt: z.iso.datetime({ offset: true, message: '移送时间格式不正确' }),
    receiptSignedBy: text(2, 60, '请填写在回执上签字的接收人'),
  })
  .openapi('TransferHandover');
export type TransferHandover = z.infer<typeof transferHandoverSchema>;

const needsOrgan = ['forwarded', 'procuratorateCopied', 'supervisionRequested'];

export const transferEventInputSchema = z
  .object({
    kind: z.enum(transferEventKinds, '事项类别不正确'),
    occurredOn: z.iso.date('日期应为 YYYY-MM-DD 格式'),
    organ: z.string().trim().min(2).max(60).nullish(),
    documentNumber: z.string().trim().max(60).nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .refine((event) => event.kind !== 'notAccepted' || (event.note ?? '').length >= 4, {
    message: '请记录公安机关不予立案的理由',
    path: ['note'],
  })
  .refine((event) => !needsOrgan.includes(event.kind) || event.organ, {
    message: '请填写机关名称',
    path: ['organ'],
  })
  .openapi('TransferEventInput');
export type TransferEventInput = z.infer<typeof transferEventInputSchema>;

export const takeBackSchema = z
  .object({ reason: text(4, 1000, '请写明收回继续处理的理由') })
  .openapi('TakeBackTransfer');

export const transferStatuses = [
  'proposed',
  'refused',
  'approved',
  'handedOver',
  'takenBack',
] as const;

export const transferSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(transferKinds),
    kindLabel: z.string(),
    recipient: z.string(),
    reason: z.string(),
    suspectedOffence: z.string().nullable(),
    report: z.string(),
    items: z.array(transferItemSchema),
    evidence: z.array(z.object({ id: z.uuid(), title: z.string(), typeLabel: z.string() })),
    proposedAt: z.string(),
    status: z.enum(transferStatuses),
    statusLabel: z.string(),
    decision: z
      .object({
        approved: z.boolean(),
        opinion: z.string(),
        decidedAt: z.string(),
        late: z.boolean().openapi({ description: '超过三日作出决定（移送规定第五条）' }),
      })
      .nullable(),
    handover: z
      .object({
        handedOverAt: z.string(),
        receiptSignedBy: z.string(),
        late: z.boolean().openapi({ description: '批准后超过二十四小时移送（移送规定第五条）' }),
      })
      .nullable(),
    events: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(transferEventKinds),
        label: z.string(),
        occurredOn: z.string(),
        organ: z.string().nullable(),
        documentNumber: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    answer: z.enum(transferEventKinds).nullable().openapi({ description: '受移送机关最近的答复' }),
    eventKinds: z
      .array(z.enum(transferEventKinds))
      .openapi({ description: '此类移送可以登记的事项' }),
  })
  .openapi('CaseTransfer');
export type TransferView = z.infer<typeof transferSchema>;
