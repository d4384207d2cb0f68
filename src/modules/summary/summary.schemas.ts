import { z } from '@hono/zod-openapi';
import { enforcementCategories } from '../../domain/certificate.js';
import { penaltyKinds } from '../../domain/case/penalty.js';
import { partySchema } from '../case/case.schemas.js';

const areaCode = z.string().regex(/^\d{6}$/, '行政区划代码应为6位数字');
const instant = (what: string) => z.iso.datetime({ offset: true, message: `${what}格式不正确` });
const MAX_RANGE_SIZE = 10_000;

export const formNumberRangeInputSchema = z
  .object({
    officerId: z.uuid('执法人员编号格式不正确'),
    series: z
      .string()
      .trim()
      .min(1, '请填写号段字头（印在编号前的文字）')
      .max(30, '号段字头最多30个字'),
    firstNumber: z.number().int('起始编号须为整数').min(1, '起始编号从 1 起'),
    lastNumber: z.number().int('终止编号须为整数').min(1, '终止编号从 1 起'),
  })
  .refine((range) => range.lastNumber >= range.firstNumber, {
    message: '终止编号不能小于起始编号',
    path: ['lastNumber'],
  })
  .refine((range) => range.lastNumber - range.firstNumber < MAX_RANGE_SIZE, {
    message: `一个号段最多 ${MAX_RANGE_SIZE} 个编号`,
    path: ['lastNumber'],
  })
  .openapi('FormNumberRangeInput');
export type FormNumberRangeInput = z.infer<typeof formNumberRangeInputSchema>;

export const voidFormNumberSchema = z
  .object({
    number: z.number().int('编号须为整数').min(1),
    reason: z.string().trim().min(4, '请写明作废原因（至少4个字）').max(200),
  })
  .openapi('VoidFormNumber');
export type VoidFormNumber = z.infer<typeof voidFormNumberSchema>;

export const formNumberUseSchema = z.object({
  number: z.number().int(),
  documentNumber: z.string(),
  purpose: z.enum(['decision', 'voided']),
  voidReason: z.string().nullable(),
  decisionId: z.uuid().nullable(),
});

export const formNumberRangeSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    series: z.string(),
    firstNumber: z.number().int(),
    lastNumber: z.number().int(),
    label: z.string().openapi({ example: '清综执当罚0001–清综执当罚0050' }),
    officerId: z.uuid(),
    officerName: z.string(),
    issuedAt: z.string(),
    used: z.number().int(),
    voided: z.number().int(),
    remaining: z.number().int(),
    nextNumber: z.number().int().nullable().openapi({ description: '下一个未用编号；用完为 null' }),
    uses: z.array(formNumberUseSchema),
  })
  .openapi('FormNumberRange');
export type FormNumberRangeView = z.infer<typeof formNumberRangeSchema>;

export const collectionGrounds = ['smallFine', 'hardToEnforceLater', 'remoteArea'] as const;

export const summaryDecisionInputSchema = z
  .object({
    rangeId: z.uuid('号段编号格式不正确'),
    formNumber: z.number().int('决定书编号须为整数').min(1),
    colleagueIds: z.array(z.uuid()).min(1, '请选择共同执法的其他执法人员（执法人员不得少于两人）'),
    category: z.enum(enforcementCategories, '执法门类不正确'),
    party: partySchema,
    place: z.string().trim().min(2, '请填写违法地点').max(120),
    areaCode,
    actAt: instant('违法时间'),
    decidedAt: instant('决定时间'),
    facts: z.string().trim().min(6, '请写明违法事实（至少6个字）').max(1000),
    factsConfirmed: z.boolean(),
    violatedProvision: z.string().trim().min(4, '请写明违反的法律条款').max(200),
    legalBasis: z.string().trim().max(200),
    penaltyKinds: z.array(z.enum(penaltyKinds)).min(1, '请选择处罚种类'),
    fineFen: z.number().int('罚款金额以分为单位，须为整数').min(0),
    statement: z.string().trim().max(1000).nullish(),
    partyRefusedToSign: z.boolean().default(false),
    reconsiderationBody: z
      .string()
      .trim()
      .min(4, '请填写受理行政复议的机关（如某某县人民政府）')
      .max(60),
    litigationCourt: z.string().trim().min(4, '请填写受理行政诉讼的人民法院').max(60),
    collection: z
      .object({
        ground: z.enum(collectionGrounds, '当场收缴的情形不正确'),
        partyRequested: z.boolean().default(false),
        receiptNumber: z.string().trim().max(40).nullish(),
      })
      .nullish(),
  })
  .refine((input) => input.penaltyKinds.includes('fine') === input.fineFen > 0, {
    message: '选择罚款时须填写罚款金额；未选择罚款时金额应为 0',
    path: ['fineFen'],
  })
  .refine((input) => input.actAt <= input.decidedAt, {
    message: '决定时间不能早于违法时间',
    path: ['decidedAt'],
  })
  .openapi('SummaryDecisionInput');
export type SummaryDecisionInput = z.infer<typeof summaryDecisionInputSchema>;

export const summaryFilingInputSchema = z
  .object({ lateReason: z.string().trim().min(4, '请写明逾期备案的原因').max(500).nullish() })
  .openapi('SummaryFilingInput');

export const filingStatuses = ['filed', 'filedLate', 'pending', 'overdue'] as const;

export const summaryDecisionSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    documentNumber: z.string(),
    rangeId: z.uuid(),
    formNumber: z.number().int(),
    category: z.enum(enforcementCategories),
    party: partySchema,
    place: z.string(),
    areaCode: z.string(),
    actAt: z.string(),
    decidedAt: z.string(),
    facts: z.string(),
    violatedProvision: z.string(),
    legalBasis: z.string(),
    penaltyKinds: z.array(z.enum(penaltyKinds)),
    penaltyLabel: z.string().openapi({ example: '罚款 200.00元' }),
    fineFen: z.number().int(),
    statement: z.string().nullable(),
    partyRefusedToSign: z.boolean(),
    reconsiderationBody: z.string(),
    litigationCourt: z.string(),
    collection: z
      .object({ ground: z.enum(collectionGrounds), receiptNumber: z.string() })
      .nullable(),
    officers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    filingDeadline: z.string(),
    filingStatus: z.enum(filingStatuses),
    filing: z
      .object({ filedOn: z.string(), late: z.boolean(), lateReason: z.string().nullable() })
      .nullable(),
  })
  .openapi('SummaryDecision');
export type SummaryDecisionView = z.infer<typeof summaryDecisionSchema>;

export const summaryListQuerySchema = z.object({
  filingStatus: z.enum(filingStatuses).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  from: z.iso.date('日期应为 YYYY-MM-DD 格式').optional(),
  to: z.iso.date('日期应为 YYYY-MM-DD 格式').optional(),
});
export type SummaryListQuery = z.infer<typeof summaryListQuerySchema>;

export const summaryStatisticsSchema = z
  .object({
    agencies: z.array(
      z.object({
        agencyId: z.uuid(),
        agencyName: z.string(),
        decisions: z.number().int(),
        warnings: z.number().int(),
        fines: z.number().int(),
        fineTotalFen: z.number().int(),
        collectedOnSpot: z.number().int(),
        filedLate: z.number().int(),
        overdueUnfiled: z.number().int(),
      }),
    ),
  })
  .openapi('SummaryStatistics');
export type SummaryStatistics = z.infer<typeof summaryStatisticsSchema>;
