import { z } from '@hono/zod-openapi';
import { caseStages } from '../../domain/case/case-stage.js';

export const closureInputSchema = z
  .object({
    summary: z.string().trim().min(10, '请写明案件基本情况和处理结果（至少10个字）').max(4000),
    executionSummary: z.string().trim().max(2000).nullish(),
  })
  .openapi('ClosureInput');
export type ClosureInput = z.infer<typeof closureInputSchema>;

export const closureDecisionSchema = z
  .object({
    approved: z.boolean(),
    opinion: z.string().trim().min(2, '请填写审批意见').max(1000),
  })
  .openapi('ClosureDecision');
export type ClosureDecision = z.infer<typeof closureDecisionSchema>;

export const closureStatuses = ['pending', 'approved', 'returned'] as const;

export const closureSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    status: z.enum(closureStatuses),
    statusLabel: z.string(),
    summary: z.string(),
    executionSummary: z.string().nullable(),
    proposedAt: z.string(),
    headOpinion: z.string().nullable(),
    decidedOn: z.string().nullable(),
  })
  .openapi('CaseClosure');
export type ClosureView = z.infer<typeof closureSchema>;

export const annotationInputSchema = z
  .object({ text: z.string().trim().min(2, '请填写备注内容').max(1000) })
  .openapi('AnnotationInput');

const fileEntrySchema = z.object({
  seq: z.number().int(),
  title: z.string(),
  pages: z.string().openapi({ description: '页号（如 第2–4页）；证据为件数；未计算页数时为空' }),
});

export const caseFileSchema = z
  .object({
    caseId: z.uuid(),
    stage: z.enum(caseStages),
    entries: z
      .array(fileEntrySchema)
      .openapi({ description: '卷内目录：文书按办案顺序，证据在后' }),
    gaps: z.array(z.string()).openapi({ description: '案卷还缺少的材料，如“缺少送达回证”' }),
    archivable: z.boolean(),
    archive: z
      .object({
        archivedAt: z.string(),
        archivedBy: z.string(),
        sealSha256: z.string(),
        documents: z.array(
          z.object({
            code: z.string(),
            itemId: z.string().nullable(),
            title: z.string(),
            sha256: z.string(),
          }),
        ),
      })
      .nullable(),
    annotations: z.array(
      z.object({
        id: z.uuid(),
        text: z.string(),
        createdBy: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('CaseFile');
export type CaseFileView = z.infer<typeof caseFileSchema>;

export const sealCheckSchema = z
  .object({
    intact: z.boolean(),
    sealSha256: z.string(),
    recomputedSha256: z.string(),
    changed: z.array(z.string()).openapi({ description: '内容与归档时不一致的材料' }),
  })
  .openapi('SealCheck');
export type SealCheck = z.infer<typeof sealCheckSchema>;
