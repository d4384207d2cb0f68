import { z } from '@hono/zod-openapi';
import { deadlineKinds } from '../../domain/case/case-deadlines.js';
import { caseStages } from '../../domain/case/case-stage.js';

export const deadlineStatuses = ['ok', 'dueSoon', 'overdue'] as const;
/** What the 督办 board and the case list filter on: a deadline needing attention. */
export const attentionStatuses = ['overdue', 'dueSoon'] as const;

export const caseDeadlineSchema = z
  .object({
    caseId: z.uuid(),
    kind: z.enum(deadlineKinds),
    label: z.string(),
    due: z
      .string()
      .openapi({ description: 'YYYY-MM-DD：最后一日；bound 为 noEarlierThan 时为最早可办日' }),
    bound: z.enum(['noLaterThan', 'noEarlierThan']),
    article: z.string(),
    provisional: z.boolean().openapi({ description: '该年度节假日安排未加载，日期可能变动' }),
    status: z
      .enum(deadlineStatuses)
      .nullable()
      .openapi({ description: '督办状态；“不早于”的日期不会逾期，为 null' }),
    daysLeft: z.number().int().openapi({ description: '距 due 的天数，已过为负数' }),
  })
  .openapi('CaseDeadline');
export type CaseDeadlineView = z.infer<typeof caseDeadlineSchema>;

export const boardQuerySchema = z.object({
  kind: z.enum(deadlineKinds).optional(),
  status: z.enum(attentionStatuses).optional(),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;

const boardPartySchema = z.object({
  kind: z.enum(['citizen', 'organisation']),
  name: z.string(),
  idNumber: z.string().nullable().openapi({ description: '居民身份证号，已脱敏' }),
  creditCode: z.string().nullable(),
});

export const boardItemSchema = caseDeadlineSchema
  .extend({
    caseNumber: z.string().nullable(),
    cause: z.string(),
    stage: z.enum(caseStages),
    stageLabel: z.string(),
    agencyName: z.string(),
    party: boardPartySchema,
    officers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .openapi('DeadlineBoardItem');
export type BoardItem = z.infer<typeof boardItemSchema>;

export const boardSchema = z
  .object({
    today: z.string(),
    warningDays: z.number().int(),
    total: z.number().int(),
    groups: z.array(
      z.object({
        kind: z.enum(deadlineKinds),
        label: z.string(),
        overdue: z.number().int(),
        dueSoon: z.number().int(),
        items: z.array(boardItemSchema),
      }),
    ),
  })
  .openapi('DeadlineBoard');
export type DeadlineBoard = z.infer<typeof boardSchema>;
