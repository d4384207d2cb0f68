import { z } from '@hono/zod-openapi';
import { discussionConclusions } from '../../domain/case/collective-discussion.js';
import { proposedOutcomes } from '../../domain/case/investigation-report.js';
import { reviewOpinions } from '../../domain/case/legal-review.js';
import { penaltyKinds } from '../../domain/case/penalty.js';

export const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');
const fen = z
  .number('金额应为以分为单位的整数')
  .int('金额应为以分为单位的整数')
  .min(0, '金额不能为负数')
  .max(100_000_000_000, '金额过大');

/** Which amount goes with which kind: a kind needs its amount, an amount its kind. */
const amountOfKind = [
  ['fine', 'fineFen', '罚款金额'],
  ['illegalGainsConfiscation', 'illegalGainsFen', '没收违法所得金额'],
  ['illegalPropertyConfiscation', 'illegalPropertyValueFen', '没收非法财物的价值'],
] as const;

/** Each chosen money penalty has its amount, and no amount stands without its kind. */
export function checkAmountsMatchKinds(
  penalty: {
    kinds: readonly string[];
    fineFen: number;
    illegalGainsFen: number;
    illegalPropertyValueFen: number;
  },
  ctx: z.RefinementCtx,
): void {
  for (const [kind, field, label] of amountOfKind) {
    if (penalty.kinds.includes(kind) !== penalty[field] > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: penalty.kinds.includes(kind)
          ? `请填写${label}（分）`
          : `未选择相应处罚种类，${label}应为 0`,
      });
    }
  }
}

export const penaltyAmounts = {
  fineFen: fen.default(0),
  illegalGainsFen: fen.default(0),
  illegalPropertyValueFen: fen.default(0),
};

/** 拟作出的行政处罚: kinds of 行政处罚法第九条, amounts in fen. */
export const proposedPenaltySchema = z
  .object({
    kinds: z
      .array(z.enum(penaltyKinds, '处罚种类不正确'))
      .max(penaltyKinds.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, '处罚种类不能重复'),
    ...penaltyAmounts,
  })
  .superRefine(checkAmountsMatchKinds)
  .openapi('ProposedPenalty');
export type ProposedPenaltyInput = z.infer<typeof proposedPenaltySchema>;

export const article58Schema = z
  .object({
    majorPublicInterest: z.boolean().default(false),
    majorRightsOfPartyOrThirdParty: z.boolean().default(false),
    complexOrSeveralLegalRelations: z.boolean().default(false),
    requiredByOtherLawOrRegulation: z.boolean().default(false),
  })
  .openapi('Article58Facts', { description: '行政处罚法第五十八条第一款所列情形' });

export const investigationReportInputSchema = z
  .object({
    reportDate: isoDate,
    facts: z.string().trim().min(10, '请写明调查认定的违法事实（至少10个字）').max(5000),
    evidenceIds: z.array(z.uuid('证据编号格式不正确')).max(500),
    violatedProvision: z.string().trim().max(500).default(''),
    penaltyBasis: z.string().trim().max(500).default(''),
    proposedOutcome: z.enum(proposedOutcomes, '处理建议应为给予处罚或不予处罚'),
    proposal: proposedPenaltySchema,
    article58: article58Schema.default({
      majorPublicInterest: false,
      majorRightsOfPartyOrThirdParty: false,
      complexOrSeveralLegalRelations: false,
      requiredByOtherLawOrRegulation: false,
    }),
    complexOrMajor: z
      .boolean()
      .default(false)
      .openapi({ description: '情节复杂或者重大违法行为，须集体讨论（第五十七条第二款）' }),
    opinion: z.string().trim().min(4, '请写明承办人的处理意见').max(2000),
    deviationReason: z
      .string()
      .trim()
      .min(4, '请写明超出裁量基准范围的理由（至少4个字）')
      .max(2000)
      .optional()
      .openapi({ description: '拟罚款超出裁量基准范围时的书面理由（须经法制审核）' }),
  })
  .superRefine((report, ctx) => {
    const penalty = report.proposedOutcome === 'penalty';
    if (penalty && report.proposal.kinds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposal', 'kinds'],
        message: '请选择拟给予的处罚种类',
      });
    }
    if (!penalty && report.proposal.kinds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposal', 'kinds'],
        message: '建议不予处罚的，不能选择处罚种类',
      });
    }
    for (const field of ['violatedProvision', 'penaltyBasis'] as const) {
      if (penalty && report[field].length < 4) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: field === 'violatedProvision' ? '请写明违反的法律规定' : '请写明处罚依据',
        });
      }
    }
  })
  .openapi('InvestigationReportInput');
export type InvestigationReportInput = z.infer<typeof investigationReportInputSchema>;

export const legalReviewRequestSchema = z
  .object({
    submission: z.string().trim().min(4, '请写明提请审核的说明（至少4个字）').max(2000),
    proposal: proposedPenaltySchema
      .optional()
      .openapi({ description: '按审核意见修改后的处理意见；不填则为告知的处罚' }),
  })
  .openapi('LegalReviewRequest');
export type LegalReviewRequest = z.infer<typeof legalReviewRequestSchema>;

export const legalReviewOpinionSchema = z
  .object({
    opinion: z.enum(reviewOpinions, '审核意见应为同意、不同意或建议修改后提交'),
    comments: z.string().trim().min(4, '请写明具体审核意见（至少4个字）').max(5000),
    legalProfessionCertificate: z
      .string()
      .trim()
      .min(6, '法律职业资格证书编号格式不正确')
      .max(40)
      .nullish()
      .openapi({ description: '法律职业资格证书编号；初次从事法制审核的须填写' }),
  })
  .openapi('LegalReviewOpinionInput');
export type LegalReviewOpinionInput = z.infer<typeof legalReviewOpinionSchema>;

export const discussionRequestSchema = z
  .object({ reason: z.string().trim().min(4, '请写明提交集体讨论的理由').max(1000) })
  .openapi('CollectiveDiscussionRequest');

export const collectiveDiscussionInputSchema = z
  .object({
    heldOn: isoDate,
    place: z.string().trim().min(2, '请填写讨论地点').max(100),
    participants: z
      .array(
        z.object({
          name: z.string().trim().min(2, '请填写参加人姓名').max(30),
          position: z.string().trim().min(2, '请填写参加人职务').max(30),
          opinion: z.string().trim().min(2, '请记录该参加人的意见').max(2000),
        }),
      )
      .max(30),
    conclusion: z.enum(discussionConclusions, '讨论结论不正确'),
    conclusionText: z.string().trim().min(4, '请写明集体讨论决定').max(2000),
    recorderName: z.string().trim().min(2, '请填写记录人').max(30),
  })
  .openapi('CollectiveDiscussionInput');
export type CollectiveDiscussionInput = z.infer<typeof collectiveDiscussionInputSchema>;

export const proposedPenaltyView = z.object({
  partyKind: z.enum(['citizen', 'organisation']),
  kinds: z.array(z.enum(penaltyKinds)),
  fineFen: z.number().int(),
  illegalGainsFen: z.number().int(),
  illegalPropertyValueFen: z.number().int(),
  summary: z.string().openapi({ description: '如“罚款 5,000.00元”' }),
});

export const reviewViewSchema = z
  .object({
    reports: z.array(
      z.object({
        id: z.uuid(),
        reportDate: z.string(),
        facts: z.string(),
        evidence: z.array(z.object({ evidenceId: z.uuid(), title: z.string(), type: z.string() })),
        violatedProvision: z.string(),
        penaltyBasis: z.string(),
        proposedOutcome: z.enum(proposedOutcomes),
        proposal: proposedPenaltyView,
        article58: article58Schema,
        complexOrMajor: z.boolean(),
        opinion: z.string(),
        createdAt: z.string(),
      }),
    ),
    legalReviewNeed: z
      .object({ required: z.boolean(), reasons: z.array(z.string()) })
      .nullable()
      .openapi({ description: '按最近的告知（或调查终结报告）与审核目录判断是否须法制审核' }),
    legalReviews: z.array(
      z.object({
        id: z.uuid(),
        round: z.number().int(),
        proposal: proposedPenaltyView,
        hearingHeld: z.boolean(),
        reasons: z.array(z.string()),
        submission: z.string(),
        requestedAt: z.string(),
        opinion: z
          .object({
            opinion: z.enum(reviewOpinions),
            opinionLabel: z.string(),
            comments: z.string(),
            reviewerName: z.string(),
            reviewedOn: z.string(),
          })
          .nullable(),
      }),
    ),
    discussionRequired: z.boolean(),
    discussions: z.array(
      z.object({
        id: z.uuid(),
        heldOn: z.string(),
        place: z.string(),
        participants: z.array(
          z.object({ name: z.string(), position: z.string(), opinion: z.string() }),
        ),
        conclusion: z.enum(discussionConclusions),
        conclusionLabel: z.string(),
        conclusionText: z.string(),
        recorderName: z.string(),
      }),
    ),
  })
  .openapi('CaseReview');
export type ReviewView = z.infer<typeof reviewViewSchema>;
export type ProposedPenaltyView = z.infer<typeof proposedPenaltyView>;
