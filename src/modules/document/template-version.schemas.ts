import { z } from '@hono/zod-openapi';

export const templateOrigins = ['builtin', 'platform', 'agency'] as const;

export const templateCodeParam = z.object({
  code: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/, '文书模板代码格式不正确')
    .openapi({ param: { name: 'code', in: 'path' }, example: 'filingRegister' }),
});

export const templateVersionParam = templateCodeParam.extend({
  version: z.coerce
    .number()
    .int('版本号须为整数')
    .min(1, '版本号须从 1 起')
    .openapi({ param: { name: 'version', in: 'path' }, example: 2 }),
});

export const agencyQuery = z.object({
  agencyId: z
    .uuid('机构编号格式不正确')
    .optional()
    .openapi({ description: '查看哪个机构的生效模板；不填为本人所属机构' }),
});

const templateJson = z
  .unknown()
  .openapi({ type: 'object', description: '文书模板 JSON（格式见 document-template.schemas.ts）' });

const noteSchema = z
  .string('请填写修改说明')
  .trim()
  .min(2, '请填写修改说明（为何修改、依据什么）')
  .max(500, '修改说明最多 500 字');

const publishTarget = z
  .uuid('机构编号格式不正确')
  .nullable()
  .openapi({ description: '发布给哪个机构（及其下级）；null 为全平台通用' });

export const publishInputSchema = z
  .object({ agencyId: publishTarget, template: templateJson, note: noteSchema })
  .openapi('TemplatePublishInput');
export type PublishInput = z.infer<typeof publishInputSchema>;

export const revertInputSchema = z
  .object({ agencyId: publishTarget, note: noteSchema })
  .openapi('TemplateRevertInput');
export type RevertInput = z.infer<typeof revertInputSchema>;

export const previewInputSchema = z.object({ template: templateJson });

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const templateVersionSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    formNumber: z.string(),
    version: z.number().int(),
    origin: z.enum(templateOrigins).openapi({
      description: 'builtin 内置；platform 全平台通用；agency 某机构发布（适用于其下级）',
    }),
    agency: agencyRef.nullable(),
    note: z.string().nullable(),
    revertedFrom: z.number().int().nullable().openapi({ description: '恢复自第几版' }),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
    inForce: z.boolean().openapi({ description: '是否为所查机构目前生效的版本' }),
  })
  .openapi('DocumentTemplateVersion');
export type TemplateVersionView = z.infer<typeof templateVersionSchema>;

export const templateVersionDetailSchema = templateVersionSchema
  .extend({
    template: z.record(z.string(), z.unknown()).openapi({ description: '模板 JSON' }),
    unfamiliarFields: z.array(z.string()).openapi({
      description: '内置模板没有用到的合并字段：案件数据可能不提供，打印时会是空白',
    }),
  })
  .openapi('DocumentTemplateVersionDetail');
export type TemplateVersionDetail = z.infer<typeof templateVersionDetailSchema>;

export const templatesInForceSchema = z
  .object({
    agency: agencyRef.nullable(),
    canPublishPlatformWide: z.boolean(),
    items: z.array(templateVersionSchema),
  })
  .openapi('DocumentTemplatesInForce');
export type TemplatesInForce = z.infer<typeof templatesInForceSchema>;
