import { z } from '@hono/zod-openapi';
import { isoDate } from '../review/review.schemas.js';
import { conditionSchema, penaltySpecSchema } from '../violation/catalogue.schemas.js';

export const benchmarkStatuses = ['draft', 'published', 'inForce'] as const;
export type BenchmarkStatus = (typeof benchmarkStatuses)[number];

const tierSchema = z.object({
  name: z.string('请填写违法程度').trim().min(1, '请填写违法程度（阶次）').max(20),
  circumstance: z.string('请填写情形').trim().min(1, '请填写情形').max(1000),
  when: conditionSchema,
  penalty: penaltySpecSchema,
});

export const newBenchmarkSchema = z
  .object({
    violationCode: z.string('请选择违法行为').trim().min(1, '请选择违法行为').max(40),
    issuer: z.string('请填写发布机关').trim().min(2, '请填写发布机关').max(100),
    effectiveFrom: isoDate.openapi({ description: '施行日期' }),
    effectiveTo: isoDate.nullish().openapi({ description: '最后一天；不填则到下一版本施行前一日' }),
    tiers: z.array(tierSchema).min(1, '请至少填写一个裁量阶次').max(20),
  })
  .refine((input) => !input.effectiveTo || input.effectiveTo >= input.effectiveFrom, {
    message: '最后一天不能早于施行日期',
    path: ['effectiveTo'],
  })
  .openapi('NewBenchmark', { description: '裁量基准的新版本（草稿），版本号自动顺延' });
export type NewBenchmark = z.infer<typeof newBenchmarkSchema>;

export const benchmarkListQuery = z.object({
  violationCode: z.string().trim().max(40).optional(),
  status: z
    .enum(benchmarkStatuses, '状态应为 draft、published 或 inForce')
    .optional()
    .openapi({ description: 'draft 草稿；published 已发布；inForce 已发布且正在施行' }),
});
export type BenchmarkListQuery = z.infer<typeof benchmarkListQuery>;

export const tierViewSchema = tierSchema.extend({
  conditionText: z.string().openapi({ description: '适用条件的文字说明' }),
  penaltyText: z.string().openapi({ description: '处罚标准的文字说明' }),
});

export const benchmarkViewSchema = z
  .object({
    id: z.uuid(),
    violationCode: z.string(),
    violationName: z.string(),
    version: z.number().int(),
    issuer: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    status: z.enum(['draft', 'published']),
    inForce: z.boolean().openapi({ description: '已发布且今天正在施行' }),
    publishedAt: z.string().nullable(),
    createdBy: z.string().nullable().openapi({ description: '登记人；随系统提供的示例基准为空' }),
    createdAt: z.string(),
    tiers: z.array(tierViewSchema),
  })
  .openapi('Benchmark');
export type BenchmarkView = z.infer<typeof benchmarkViewSchema>;

export const importedBenchmarksSchema = z
  .object({ items: z.array(benchmarkViewSchema).openapi({ description: '新登记的草稿版本' }) })
  .openapi('ImportedBenchmarks');

const publicTierSchema = z.object({
  name: z.string(),
  circumstance: z.string(),
  conditionText: z.string(),
  penaltyText: z.string(),
});

/** What the public may read of a published benchmark (第三十四条): no one's name, no ids. */
export const publicBenchmarkSchema = z
  .object({
    violationCode: z.string(),
    violationName: z.string(),
    violated: z.array(z.string()).openapi({ description: '违反条款' }),
    penaltyBasis: z.array(z.string()).openapi({ description: '处罚依据' }),
    version: z.number().int(),
    issuer: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    tiers: z.array(publicTierSchema),
  })
  .openapi('PublicBenchmark');
export type PublicBenchmark = z.infer<typeof publicBenchmarkSchema>;

export const publicBenchmarksSchema = z
  .object({ onDate: z.string(), items: z.array(publicBenchmarkSchema) })
  .openapi('PublicBenchmarks');
export type PublicBenchmarks = z.infer<typeof publicBenchmarksSchema>;
