import { z } from '@hono/zod-openapi';
import { hearingAttendances } from '../../domain/case/hearing.js';
import {
  partyResponseKinds,
  responseForms,
  statementAdoptions,
} from '../../domain/case/prior-notice.js';
import { serviceMethods } from '../../domain/case/service.js';
import { isoDate, proposedPenaltySchema, proposedPenaltyView } from '../review/review.schemas.js';

const serviceMethod = z.enum(serviceMethods, '送达方式应为直接、留置、邮寄、电子或公告送达');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{7,20}$/, '联系电话格式不正确');
const ruleViolation = z.object({ code: z.string(), article: z.string(), message: z.string() });

export const priorNoticeInputSchema = z
  .object({
    servedOn: isoDate.openapi({ description: '违法行为通知书送达当事人的日期' }),
    serviceMethod,
    contactPerson: z.string().trim().min(2, '请填写联系人').max(30),
    contactPhone: phone,
    proposal: proposedPenaltySchema
      .optional()
      .openapi({ description: '拟作出的处罚；不填则为调查终结报告的处理建议' }),
    newFacts: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .openapi({ description: '重新告知较重处罚时，新发现的违法事实（第四十五条第二款）' }),
    otherHeavierPenalty: z
      .boolean()
      .default(false)
      .openapi({ description: '其他较重的行政处罚（第六十三条第一款第五项）' }),
    otherStatutoryCase: z
      .boolean()
      .default(false)
      .openapi({ description: '法律、法规、规章规定的其他听证情形（第六十三条第一款第六项）' }),
  })
  .openapi('PriorNoticeInput');
export type PriorNoticeInput = z.infer<typeof priorNoticeInputSchema>;

export const partyResponseInputSchema = z
  .object({
    kind: z.enum(partyResponseKinds, '请选择陈述申辩、要求听证或书面放弃'),
    receivedOn: isoDate,
    form: z.enum(responseForms, '请选择书面或口头'),
    content: z.string().trim().min(2, '请记录当事人的意见').max(10_000),
  })
  .refine((response) => response.kind !== 'waiver' || response.form === 'written', {
    path: ['form'],
    message: '放弃陈述、申辩权利须有当事人的书面声明（行政处罚法第六十二条）',
  })
  .openapi('PartyResponseInput');
export type PartyResponseInput = z.infer<typeof partyResponseInputSchema>;

export const statementReviewInputSchema = z
  .object({
    responseId: z.uuid('陈述申辩编号格式不正确'),
    adoption: z.enum(statementAdoptions, '请选择采纳、部分采纳或不予采纳'),
    reasoning: z.string().trim().min(4, '请写明复核的理由').max(5000),
  })
  .openapi('StatementReviewInput');
export type StatementReviewInput = z.infer<typeof statementReviewInputSchema>;

export const hearingScheduleInputSchema = z
  .object({
    noticeServedOn: isoDate.openapi({ description: '听证通知书送达当事人的日期' }),
    noticeServiceMethod: serviceMethod,
    hearingOn: isoDate,
    place: z.string().trim().min(2, '请填写听证地点').max(100),
    chairOfficerId: z.uuid('请选择听证主持人'),
    recorderName: z.string().trim().min(2, '请填写听证记录员').max(30),
    public: z.boolean().default(true),
    closedReason: z.string().trim().max(200).nullish(),
    agents: z
      .array(
        z.object({
          name: z.string().trim().min(2, '请填写代理人姓名').max(30),
          relation: z.string().trim().min(2, '请填写代理人身份（如律师、近亲属）').max(30),
        }),
      )
      .max(10),
  })
  .refine((hearing) => hearing.public || (hearing.closedReason ?? '').length >= 2, {
    path: ['closedReason'],
    message: '不公开举行听证的，请写明理由（涉及国家秘密、商业秘密或者个人隐私）',
  })
  .openapi('HearingScheduleInput');
export type HearingScheduleInput = z.infer<typeof hearingScheduleInputSchema>;

export const hearingRecordInputSchema = z
  .object({
    attendance: z.enum(hearingAttendances, '请选择当事人到场情况'),
    investigatorsStatement: z.string().trim().max(10_000).default(''),
    partyStatement: z.string().trim().max(10_000).default(''),
    crossExamination: z.string().trim().max(10_000).default(''),
    partySigned: z.boolean(),
    refusalNote: z.string().trim().max(500).nullish(),
    report: z.string().trim().min(4, '请写明听证主持人的意见（听证报告）').max(10_000),
  })
  .superRefine((record, ctx) => {
    if (record.attendance === 'attended') {
      const parts = [
        ['investigatorsStatement', '调查人员提出的违法事实、证据和处罚建议'],
        ['partyStatement', '当事人的申辩和质证意见'],
        ['crossExamination', '质证和辩论的经过'],
      ] as const;
      for (const [field, what] of parts) {
        if (record[field].length < 4) {
          ctx.addIssue({ code: 'custom', path: [field], message: `请记录${what}` });
        }
      }
    }
    if (!record.partySigned && (record.refusalNote ?? '').length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['refusalNote'],
        message: '当事人未签名的，请注明拒绝签名或者未到场的情况',
      });
    }
  })
  .openapi('HearingRecordInput');
export type HearingRecordInput = z.infer<typeof hearingRecordInputSchema>;

export const noticeViewSchema = z
  .object({
    statementPeriodWorkdays: z.number().int(),
    draft: z
      .object({
        proposal: proposedPenaltyView,
        hearingRight: z.object({ applies: z.boolean(), reasons: z.array(z.string()) }),
      })
      .nullable()
      .openapi({ description: '按调查终结报告拟告知的处罚及听证权利' }),
    notices: z.array(
      z.object({
        id: z.uuid(),
        sequence: z.number().int(),
        facts: z.string(),
        evidence: z.array(z.string()).openapi({ description: '通知书列明的证据' }),
        violatedProvision: z.string(),
        penaltyBasis: z.string(),
        proposal: proposedPenaltyView,
        hearingRight: z.boolean(),
        hearingReasons: z.array(z.string()),
        servedOn: z.string(),
        serviceMethod: z.enum(serviceMethods),
        serviceMethodLabel: z.string(),
        statementDeadline: z.string(),
        hearingRequestDeadline: z.string().nullable(),
        newFacts: z.string().nullable(),
        contactPerson: z.string(),
        contactPhone: z.string(),
      }),
    ),
    responses: z.array(
      z.object({
        id: z.uuid(),
        noticeId: z.uuid(),
        kind: z.enum(partyResponseKinds),
        kindLabel: z.string(),
        receivedOn: z.string(),
        form: z.enum(responseForms),
        content: z.string(),
        review: z
          .object({
            adoption: z.enum(statementAdoptions),
            adoptionLabel: z.string(),
            reasoning: z.string(),
          })
          .nullable(),
      }),
    ),
    hearings: z.array(
      z.object({
        id: z.uuid(),
        requestId: z.uuid(),
        noticeServedOn: z.string(),
        earliestHearingOn: z.string(),
        hearingOn: z.string(),
        place: z.string(),
        chairOfficerId: z.uuid(),
        chairName: z.string(),
        recorderName: z.string(),
        public: z.boolean(),
        closedReason: z.string().nullable(),
        agents: z.array(z.object({ name: z.string(), relation: z.string() })),
        record: z
          .object({
            attendance: z.enum(hearingAttendances),
            attendanceLabel: z.string(),
            outcome: z.enum(['held', 'waived', 'postponed']),
            outcomeLabel: z.string(),
            investigatorsStatement: z.string(),
            partyStatement: z.string(),
            crossExamination: z.string(),
            partySigned: z.boolean(),
            refusalNote: z.string().nullable(),
            report: z.string(),
          })
          .nullable(),
      }),
    ),
    closingBlockers: z
      .array(ruleViolation)
      .openapi({ description: '今天结束陈述申辩期（及作出处罚决定）还有哪些法定障碍' }),
  })
  .openapi('CasePriorNotice');
export type NoticeView = z.infer<typeof noticeViewSchema>;
