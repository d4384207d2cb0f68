import { z } from '@hono/zod-openapi';
import { evidenceTypes } from '../../domain/case/evidence.js';

export const evidenceFieldsSchema = z.object({
  type: z.enum(evidenceTypes, '证据种类应为行政处罚法第四十六条所列八种之一'),
  title: z.string().trim().min(2, '请填写证据名称').max(100),
  description: z.string().trim().max(1000).optional(),
  collectedAt: z.iso.datetime({ offset: true, message: '取证时间格式不正确' }),
});
export type EvidenceFields = z.infer<typeof evidenceFieldsSchema>;

export const evidenceSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    type: z.enum(evidenceTypes),
    typeLabel: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    collectedAt: z.string(),
    file: z
      .object({ sha256: z.string(), name: z.string(), mediaType: z.string(), size: z.number() })
      .nullable(),
    createdAt: z.string(),
  })
  .openapi('Evidence');
export type EvidenceView = z.infer<typeof evidenceSchema>;
