import { z } from 'zod';
import { AppError } from '../domain/app-error.js';

/**
 * A 执法文书 template is data an administrator edits (JSON), not code. Its body is a list of
 * blocks whose text refers to case data as `{{case.number}}`; a block or table row with `when`
 * appears only when that field is `true`.
 */

const fieldPathPattern = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
export const mergeFieldPattern = /\{\{([^{}]*)\}\}/g;

const fieldPathSchema = z
  .string({ error: '字段路径须为文字' })
  .regex(fieldPathPattern, { error: '字段路径须为以点分隔的英文标识，例如 case.number' });

function requiredText(what: string) {
  return z
    .string({ error: `${what}须为文字` })
    .trim()
    .min(1, { error: `${what}不能为空` });
}

/** The paths written as `{{path}}` in a text, in order. */
export function mergeFieldNames(text: string): string[] {
  return [...text.matchAll(mergeFieldPattern)].map((match) => match[1] ?? '');
}

function mergeFieldProblems(text: string): string[] {
  const names = mergeFieldNames(text);
  const badNames = names.filter((name) => !fieldPathPattern.test(name));
  const strayBraces = /\{\{|\}\}/.test(text.replace(mergeFieldPattern, ''));
  return [
    ...badNames.map(
      (name) => `合并字段「{{${name}}}」写法有误，应为以点分隔的英文标识，例如 {{case.number}}`,
    ),
    ...(strayBraces ? ['合并字段的双花括号 {{ }} 不成对'] : []),
  ];
}

/** Text that may contain merge fields; each malformed one is its own issue. */
function mergeText(what: string) {
  return requiredText(what).superRefine((text, ctx) => {
    for (const message of mergeFieldProblems(text)) ctx.addIssue({ code: 'custom', message });
  });
}

const whenSchema = fieldPathSchema.optional();

const signatureLineSchema = z.object({
  label: mergeText('签名栏文字'),
  dateField: fieldPathSchema.optional(),
});

const choiceSchema = z.object({ value: requiredText('选项值'), text: requiredText('选项文字') });

const tableCellSchema = z.object({
  label: requiredText('表格栏目名称'),
  field: fieldPathSchema,
  choices: z.array(choiceSchema).min(2, { error: '勾选栏目至少需要两个选项' }).optional(),
  signature: signatureLineSchema.optional(),
});

const tableRowSchema = z.object({
  when: whenSchema,
  group: requiredText('栏目分组名称').optional(),
  cells: z
    .array(tableCellSchema)
    .min(1, { error: '表格每行至少需要一个栏目' })
    .max(3, { error: '表格每行最多三个栏目' }),
});

const blockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('heading'), when: whenSchema, text: mergeText('标题文字') }),
    z.object({
      type: z.literal('paragraph'),
      when: whenSchema,
      text: mergeText('段落文字'),
      indent: z.boolean({ error: '首行缩进须为 true 或 false' }).default(true),
    }),
    z.object({
      type: z.literal('fieldTable'),
      when: whenSchema,
      rows: z.array(tableRowSchema).min(1, { error: '表格至少需要一行' }),
    }),
    z.object({
      type: z.literal('signatures'),
      when: whenSchema,
      lines: z.array(signatureLineSchema).min(1, { error: '签名块至少需要一行' }),
    }),
    z.object({ type: z.literal('footnote'), when: whenSchema, text: mergeText('附注文字') }),
  ],
  { error: '文书块类型须为 heading、paragraph、fieldTable、signatures 或 footnote 之一' },
);

export const documentTemplateSchema = z.object({
  code: z.string({ error: '模板代码须为文字' }).regex(/^[a-z][A-Za-z0-9]*$/, {
    error: '模板代码须为小写字母开头的英文标识，例如 filingRegister',
  }),
  title: requiredText('文书名称'),
  version: z
    .number({ error: '模板版本须为数字' })
    .int({ error: '模板版本须为整数' })
    .min(1, { error: '模板版本须从 1 起' }),
  formNumber: requiredText('文书式样编号'),
  caseNumberField: fieldPathSchema,
  body: z.array(blockSchema).min(1, { error: '文书正文至少需要一个块' }),
});

export type DocumentTemplate = z.output<typeof documentTemplateSchema>;
export type DocumentBlock = DocumentTemplate['body'][number];
export type TableRow = z.output<typeof tableRowSchema>;
export type TableCell = z.output<typeof tableCellSchema>;
export type SignatureLine = z.output<typeof signatureLineSchema>;

/** Validates a template loaded from JSON; every problem is reported in Chinese with its path. */
export function parseDocumentTemplate(input: unknown): DocumentTemplate {
  const result = documentTemplateSchema.safeParse(input, { error: z.locales.zhCN().localeError });
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', '文书模板不符合格式要求，请按提示修改后再导入', details);
}
