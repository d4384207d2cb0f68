import { z } from '@hono/zod-openapi';
import { enforcementCategories } from '../../domain/certificate.js';
import { caseActions, caseStages } from '../../domain/case/case-stage.js';
import { caseStageGroups } from '../../domain/case/stage-groups.js';
import { harmCategories } from '../../domain/case/limitation.js';
import { creditCodeSchema, idNumberSchema } from '../../domain/validators/zod.js';
import { attentionStatuses, caseDeadlineSchema } from '../deadline/deadline.schemas.js';

export const leadSources = [
  'inspection',
  'report',
  'superiorAssigned',
  'subordinateReported',
  'transferredIn',
  'offSite',
  'other',
] as const;

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');
const areaCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, '联系电话格式不正确');

const reporterSchema = z.object({
  name: z.string().trim().min(1).max(30),
  phone: phone.optional(),
  address: z.string().trim().max(120).optional(),
});

export const leadInputSchema = z
  .object({
    agencyId: z.uuid('所属机构编号格式不正确'),
    source: z.enum(leadSources, '案件来源应为登记表所列来源之一'),
    receivedAt: z.iso.datetime({ offset: true, message: '受案时间格式不正确' }),
    cause: z.string().trim().min(4, '案由至少4个字').max(100),
    summary: z.string().trim().min(10, '请简要写明案件基本情况（至少10个字）').max(2000),
    place: z.string().trim().max(120).nullish(),
    areaCode,
    reporter: reporterSchema.nullish(),
  })
  .refine((lead) => lead.source !== 'report' || lead.reporter, {
    message: '投诉举报来源的线索须登记举报人（举报人信息受保护，不对办案以外人员显示）',
    path: ['reporter'],
  })
  .openapi('LeadInput');
export type LeadInput = z.infer<typeof leadInputSchema>;

export const partySchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('citizen'),
      name: z.string().trim().min(2, '当事人姓名至少2个字').max(30),
      idNumber: idNumberSchema,
      address: z.string().trim().min(2, '请填写当事人住址').max(120),
      phone: phone.optional(),
    }),
    z.object({
      kind: z.literal('organisation'),
      name: z.string().trim().min(2, '请填写单位名称').max(100),
      creditCode: creditCodeSchema,
      legalRepresentative: z.string().trim().min(2, '请填写法定代表人').max(30),
      address: z.string().trim().min(2, '请填写单位地址').max(120),
      phone: phone.optional(),
    }),
  ])
  .openapi('Party');
export type Party = z.infer<typeof partySchema>;

export const filingProposalSchema = z
  .object({
    cause: z.string().trim().min(4, '案由至少4个字').max(100),
    category: z.enum(enforcementCategories, '执法门类不正确'),
    actAreaCode: areaCode,
    actEndDate: isoDate,
    discoveryDate: isoDate,
    harmCategory: z.enum(harmCategories).default('none'),
    limitationException: z.string().trim().min(4).max(200).nullish(),
    party: partySchema,
    officerIds: z.array(z.uuid()).min(1, '请指定执法人员'),
  })
  .refine((proposal) => proposal.discoveryDate >= proposal.actEndDate, {
    message: '发现日期不能早于违法行为（终了）日期',
    path: ['discoveryDate'],
  })
  .openapi('FilingProposal');
export type FilingProposal = z.infer<typeof filingProposalSchema>;

export const reasonSchema = z
  .object({ reason: z.string().trim().min(4, '请写明理由（至少4个字）').max(500) })
  .openapi('Reason');

export const recusalInputSchema = z
  .object({
    officerId: z.uuid(),
    requestedBy: z.enum(['party', 'officer']),
    reason: z.string().trim().min(4, '请写明回避理由').max(500),
  })
  .openapi('RecusalInput');
export type RecusalInput = z.infer<typeof recusalInputSchema>;

export const recusalDecisionSchema = z
  .object({ granted: z.boolean(), reason: z.string().trim().min(2).max(500) })
  .openapi('RecusalDecision');

export const leadSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    source: z.enum(leadSources),
    receivedAt: z.string(),
    cause: z.string(),
    summary: z.string(),
    place: z.string().nullable(),
    areaCode: z.string(),
    reporter: reporterSchema.nullable().openapi({ description: '仅登记人、负责人与监督人员可见' }),
    reporterHidden: z.boolean(),
    status: z.enum(['open', 'filed', 'dismissed', 'transferred']),
    dispositionReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Lead');
export type LeadView = z.infer<typeof leadSchema>;

const nextActionSchema = z
  .object({
    action: z.enum(caseActions),
    label: z.string(),
    expected: z.boolean().openapi({ description: '程序上应当办理的下一步（而非撤销、移送等）' }),
    available: z.boolean(),
    blocker: z.enum(['role', 'notCaseOfficer', 'caseOfficer', 'waiting']).nullable(),
    reason: z.string().nullable(),
    article: z.string().nullable(),
  })
  .openapi('NextAction');

export const caseSchema = z
  .object({
    id: z.uuid(),
    leadId: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    caseNumber: z.string().nullable(),
    stage: z.enum(caseStages),
    stageLabel: z.string(),
    cause: z.string(),
    category: z.enum(enforcementCategories),
    actAreaCode: z.string(),
    actEndDate: z.string(),
    discoveryDate: z.string(),
    harmCategory: z.enum(harmCategories),
    party: partySchema,
    officers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    filingDate: z.string().nullable(),
    plate: z.string().nullable().openapi({ description: '涉案车辆号牌（裁量时登记）' }),
    returnReason: z.string().nullable().openapi({ description: '立案申请被退回时的理由' }),
    recusals: z.array(
      z.object({
        id: z.uuid(),
        officerId: z.uuid(),
        requestedBy: z.enum(['party', 'officer']),
        reason: z.string(),
        status: z.enum(['pending', 'granted', 'refused']),
      }),
    ),
    deadlines: z
      .array(caseDeadlineSchema)
      .openapi({ description: '尚未办结的法定期限，最近的在前' }),
    nextActions: z
      .array(nextActionSchema)
      .openapi({ description: '当前阶段允许的每一步：当前用户能否办理，不能时说明原因' }),
  })
  .openapi('PenaltyCase');
export type CaseView = z.infer<typeof caseSchema>;

export const caseListQuerySchema = z
  .object({
    stage: z.enum(caseStages).optional(),
    stageGroup: z.enum(caseStageGroups).optional(),
    officerId: z.uuid('执法人员编号格式不正确').optional(),
    leadId: z.uuid('线索编号格式不正确').optional(),
    deadlineStatus: z.enum(attentionStatuses).optional(),
    q: z.string().trim().min(1).max(40).optional(),
    agencyId: z.uuid('机构编号格式不正确').optional(),
    filedFrom: isoDate.optional(),
    filedTo: isoDate.optional(),
    sort: z
      .enum(['proposedAt', 'filingDate', 'updatedAt'])
      .default('proposedAt')
      .openapi({ description: '提请立案时间、立案日期或最近办理时间' }),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((query) => !query.filedFrom || !query.filedTo || query.filedFrom <= query.filedTo, {
    message: '立案日期的起始日不能晚于截止日',
    path: ['filedTo'],
  });
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseListSchema = z
  .object({ items: z.array(caseSchema), total: z.number().int() })
  .openapi('PenaltyCaseList');

export const timelineEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string().openapi({ description: 'ISO 8601（UTC），界面按北京时间显示' }),
    actorName: z.string(),
    actorCertificateNumber: z.string().nullable(),
    objectType: z.string(),
    action: z.string(),
    title: z.string().openapi({ description: '办理了什么，中文' }),
    details: z.array(z.object({ label: z.string(), value: z.string() })),
    change: z.unknown().openapi({ description: '记录的原始内容（举报人信息按权限隐去）' }),
  })
  .openapi('CaseTimelineEntry');
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
