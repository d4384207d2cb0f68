import { z } from '@hono/zod-openapi';
import { searchQueryProblem } from '../../domain/law/law-search.js';
import { parseCitation } from '../../domain/law/citation.js';

const isoDate = z.iso.date('日期应为 YYYY-MM-DD 格式');

export const lawIdParam = z.object({
  lawId: z.uuid('法律法规编号格式不正确').openapi({ param: { name: 'lawId', in: 'path' } }),
});

export const onDateQuery = z.object({
  on: isoDate.optional().openapi({ description: '适用日期（默认今天）：取当日有效的版本' }),
});

export const searchQuerySchema = onDateQuery.extend({
  q: z
    .string('请输入要查找的词语')
    .max(100, '查找内容不超过100个字')
    .superRefine((q, ctx) => {
      const problem = searchQueryProblem(q);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .openapi({
      description: '查找词，多个词用空格分开（每个至少两个字，如 超限）',
      example: '超限',
    }),
  limit: z.coerce.number().int('条数应为整数').min(1).max(200).default(20),
});

export const citeQuerySchema = onDateQuery.extend({
  ref: z
    .union([z.string(), z.array(z.string())], '请填写要引用的条文')
    .transform((ref) => (Array.isArray(ref) ? ref : [ref]))
    .pipe(
      z
        .array(
          z.string().refine((text) => parseCitation(text) !== null, {
            error: (issue) =>
              `无法识别的引用「${String(issue.input)}」，应如 道路运输条例第六十三条第一项`,
          }),
        )
        .min(1, '请填写要引用的条文')
        .max(50, '一次最多引用50条'),
    )
    .openapi({
      description: '引用，可重复，如 道路运输条例第六十三条第一项',
      example: '道路运输条例第六十三条第一项',
    }),
});

const lawKindSchema = z
  .enum(['law', 'regulation', 'localRegulation'])
  .openapi({ description: 'law 法律；regulation 行政法规或规章；localRegulation 地方性法规' });

export const lawCitationSchema = z
  .object({
    law: z.string(),
    article: z.number().int(),
    paragraph: z.number().int().optional(),
    item: z.number().int().optional(),
  })
  .openapi('LawCitation', { description: '引用：法律法规简称、条、款、项' });

export const lawVersionSchema = z
  .object({
    id: z.uuid(),
    versionDate: isoDate.openapi({ description: '版本日期（文件名中的日期）' }),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().openapi({ description: '最后一天：下一版本施行前一日' }),
    title: z.string(),
  })
  .openapi('LawVersion');

const lawFields = { id: z.uuid(), shortTitle: z.string(), title: z.string(), kind: lawKindSchema };

export const lawSchema = z
  .object({ ...lawFields, versions: z.array(lawVersionSchema) })
  .openapi('Law');

export const lawArticleSchema = z
  .object({
    number: z.number().int(),
    label: z.string().openapi({ example: '第六十三条' }),
    paragraphs: z.array(
      z.object({
        text: z.string().openapi({ description: '款' }),
        items: z.array(z.string()).openapi({ description: '本款所列的项' }),
      }),
    ),
    text: z.string(),
  })
  .openapi('LawArticle');

export const lawTextSchema = z
  .object({
    law: z.object(lawFields),
    version: lawVersionSchema,
    chapters: z.array(
      z.object({
        title: z.string().nullable().openapi({ description: '章；不分章的法规为 null' }),
        sections: z.array(
          z.object({
            title: z.string().nullable().openapi({ description: '节；不分节为 null' }),
            articles: z.array(lawArticleSchema),
          }),
        ),
      }),
    ),
  })
  .openapi('LawText');

export const lawSearchHitSchema = z
  .object({
    lawId: z.uuid(),
    lawTitle: z.string(),
    versionId: z.uuid(),
    versionDate: isoDate,
    articleNumber: z.number().int(),
    articleLabel: z.string(),
    citation: lawCitationSchema,
    citationLabel: z.string().openapi({ example: '《公路法》第七十六条' }),
    snippet: z.object({
      text: z.string(),
      marks: z
        .array(z.object({ start: z.number().int(), length: z.number().int() }))
        .openapi({ description: '查找词在片段中的位置（UTF-16 偏移）' }),
    }),
  })
  .openapi('LawSearchHit');

export const citedTextSchema = z
  .object({
    citation: lawCitationSchema,
    label: z.string().openapi({ example: '《道路运输条例》第六十三条第一项' }),
    found: z.boolean().openapi({ description: '法律法规库中是否有此条文（当日有效的版本）' }),
    text: z.string(),
    lawId: z.uuid().nullable(),
    lawTitle: z.string(),
    versionDate: z.string().openapi({ description: '条文所在版本；未找到时为空' }),
  })
  .openapi('CitedText');
