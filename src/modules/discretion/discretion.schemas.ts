import { z } from '@hono/zod-openapi';
import { penaltyKinds } from '../../domain/case/penalty.js';
import { noPenaltyGrounds } from '../../domain/case/no-penalty.js';
import {
  flagFacts,
  mandatoryMitigations,
  quantityFacts,
  type FlagFact,
  type MandatoryMitigation,
  type QuantityFact,
} from '../../domain/discretion/case-facts.js';
import { plateSchema } from '../../domain/validators/zod.js';
import { isoDate } from '../review/review.schemas.js';

/** 此前同类违法次数 is counted from the party's history, never entered. */
const enteredQuantities = (Object.keys(quantityFacts) as QuantityFact[]).filter(
  (fact) => fact !== 'priorViolations',
);

const quantitiesSchema = z
  .object(
    Object.fromEntries(
      enteredQuantities.map((fact) => [
        fact,
        z
          .number(`${quantityFacts[fact].label}应为数字`)
          .int(`${quantityFacts[fact].label}应为整数`)
          .min(0, `${quantityFacts[fact].label}不能为负数`)
          .max(1e12)
          .optional(),
      ]),
    ) as Record<Exclude<QuantityFact, 'priorViolations'>, z.ZodOptional<z.ZodNumber>>,
  )
  .openapi({ description: '案件情节数量：金额为分，重量为千克，尺寸为毫米' });

const flagsSchema = z.object(
  Object.fromEntries(
    (Object.keys(flagFacts) as FlagFact[]).map((flag) => [flag, z.boolean().optional()]),
  ) as Record<FlagFact, z.ZodOptional<z.ZodBoolean>>,
);

const mitigationKeys = Object.keys(mandatoryMitigations) as [
  MandatoryMitigation,
  ...MandatoryMitigation[],
];

export const exemptionClaimSchema = z
  .object({
    entryCode: z.string().trim().min(1).max(40),
    confirmations: z
      .array(
        z.object({
          conditionCode: z.string().trim().min(1).max(40),
          evidenceIds: z.array(z.uuid('证据编号格式不正确')).max(50),
          note: z.string().trim().max(500).optional(),
        }),
      )
      .max(30),
  })
  .openapi('ExemptionClaim', {
    description: '适用的不予处罚、从轻或减轻处罚清单事项及其条件的证据',
  });

export const discretionInputSchema = z
  .object({
    violationCode: z.string().trim().min(1, '请选择违法行为').max(40),
    decisionDate: isoDate
      .optional()
      .openapi({ description: '拟作出决定的日期，默认今天（从旧兼从轻，第三十七条）' }),
    plate: plateSchema.optional().openapi({ description: '涉案车辆号牌，用于查询同类违法记录' }),
    quantities: quantitiesSchema.default({}),
    flags: flagsSchema.default({}),
    partyAge: z.number().int().min(0).max(150).nullish(),
    mentalCapacity: z.enum(['full', 'partial', 'none']).default('full'),
    mitigations: z.array(z.enum(mitigationKeys, '从轻、减轻情形不正确')).max(10).default([]),
    exemption: exemptionClaimSchema.optional(),
  })
  .openapi('DiscretionInput');
export type DiscretionInput = z.infer<typeof discretionInputSchema>;

const citationSchema = z.object({
  law: z.string(),
  article: z.number(),
  paragraph: z.number().optional(),
  item: z.number().optional(),
});

const citedTextSchema = z
  .object({ label: z.string(), text: z.string(), found: z.boolean(), versionDate: z.string() })
  .openapi('CitedText');

const fenRangeSchema = z.object({ minFen: z.number(), maxFen: z.number() }).nullable();

export const assessmentSchema = z
  .object({
    violationCode: z.string(),
    violationName: z.string(),
    rule: z.object({
      effectiveFrom: z.string(),
      violated: z.array(citationSchema),
      penaltyBasis: z.array(citationSchema),
      choice: z.string(),
    }),
    statutory: z.object({ text: z.string(), penalty: z.unknown(), rangeFen: fenRangeSchema }),
    benchmark: z
      .object({ violationCode: z.string(), version: z.number(), issuer: z.string() })
      .nullable(),
    tier: z
      .object({ name: z.string(), circumstance: z.string(), conditions: z.array(z.string()) })
      .nullable(),
    outcome: z.enum(['penalty', 'noPenalty']),
    noPenaltyGround: z.enum(noPenaltyGrounds).optional(),
    mitigation: z.enum(['none', 'lighter', 'mitigated', 'noPenalty']),
    kinds: z.array(z.enum(penaltyKinds)),
    rangeFen: fenRangeSchema,
    suggestedFineFen: z.number(),
    reasons: z.array(z.string()),
  })
  .openapi('DiscretionAssessment');

const peersSchema = z
  .object({
    violationCode: z.string(),
    tierName: z.string().nullable(),
    count: z.number(),
    medianFen: z.number().nullable(),
    p25Fen: z.number().nullable(),
    p75Fen: z.number().nullable(),
    histogram: z.array(z.object({ fromFen: z.number(), toFen: z.number(), count: z.number() })),
  })
  .openapi('PeerAmounts', { description: '类案同罚：管辖范围内同一违法行为、同一阶次的已决罚款' });

export const deviationSchema = z
  .object({
    stage: z.enum(['report', 'decision']),
    fineFen: z.number(),
    outsideBenchmark: z.boolean(),
    deviationReason: z.string().nullable(),
    peerDeviation: z.number().nullable(),
    flagged: z.boolean(),
    message: z.string(),
  })
  .openapi('DiscretionDeviation');

export const discretionPreviewSchema = z
  .object({
    assessment: assessmentSchema,
    citedTexts: z.array(citedTextSchema),
    priorCases: z.array(z.object({ caseId: z.string(), caseNumber: z.string().nullable() })),
    peers: peersSchema,
  })
  .openapi('DiscretionPreview');
export type DiscretionPreview = z.infer<typeof discretionPreviewSchema>;

const exemptionEntryViewSchema = z
  .object({
    code: z.string(),
    version: z.number(),
    list: z.enum(['noPenalty', 'lighter', 'mitigated']),
    matter: z.string(),
    conditions: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        kind: z.enum(['confirmed', 'firstViolation']),
      }),
    ),
    note: z.string().optional(),
  })
  .openapi('ApplicableExemptionEntry');

/** A trial adds what the form needs next: the facts to ask for and the list entries open. */
export const discretionTrialSchema = discretionPreviewSchema
  .extend({
    factsUsed: z.object({ quantities: z.array(z.string()), flags: z.array(z.string()) }),
    exemptionEntries: z.array(exemptionEntryViewSchema),
  })
  .openapi('DiscretionTrial');
export type DiscretionTrial = z.infer<typeof discretionTrialSchema>;

export const discretionViewSchema = z
  .object({
    latest: discretionPreviewSchema
      .extend({
        id: z.string(),
        createdAt: z.string(),
        createdBy: z.string(),
        facts: z.unknown(),
        exemption: z.unknown().nullable(),
        benchmarkId: z.string().nullable(),
      })
      .nullable(),
    history: z.array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        createdBy: z.string(),
        tierName: z.string().nullable(),
        suggestedFineFen: z.number(),
      }),
    ),
    deviations: z.array(deviationSchema),
  })
  .openapi('DiscretionView');
export type DiscretionView = z.infer<typeof discretionViewSchema>;

export const inconsistentDecisionSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string().nullable(),
    agencyName: z.string(),
    violationCode: z.string(),
    violationName: z.string(),
    tierName: z.string().nullable(),
    decidedOn: z.string(),
    fineFen: z.number(),
    medianFen: z.number(),
    peerCount: z.number(),
    deviation: z.number(),
    outsideBenchmark: z.boolean(),
    deviationReason: z.string().nullable(),
  })
  .openapi('InconsistentDecision');
