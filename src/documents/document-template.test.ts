import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/app-error.js';
import { builtinTemplate, builtinTemplates } from './builtin-templates.js';
import { parseDocumentTemplate, type DocumentTemplate } from './document-template.schemas.js';
import {
  blankLine,
  conditionFields,
  mergeFields,
  missingFields,
  plainText,
  resolveDocument,
  resolveField,
  templateKeyword,
} from './document-template.js';
import { previewData, sampleFilingData, sampleNoticeData } from './sample-data.js';

function refusalOf(input: unknown): AppError {
  try {
    parseDocumentTemplate(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the template was accepted');
}

const minimalTemplate = {
  code: 'sampleNotice',
  title: '示例通知书',
  version: 2,
  formNumber: '示例式样',
  caseNumberField: 'case.number',
  body: [
    { type: 'heading', text: '{{agency.name}}' },
    { type: 'paragraph', text: '{{party.name}}：请于{{notice.deadline}}前到本机关接受调查。' },
    { type: 'paragraph', when: 'notice.hearingRight', text: '你有权要求听证。' },
    {
      type: 'fieldTable',
      rows: [
        { cells: [{ label: '案由', field: 'case.cause' }] },
        {
          when: 'party.isOrganisation',
          cells: [{ label: '统一社会信用代码', field: 'party.creditCode' }],
        },
      ],
    },
    { type: 'signatures', lines: [{ label: '{{agency.name}}（印章）', dateField: 'notice.date' }] },
  ],
} as const;

describe('文书模板的校验', () => {
  it('accepts every built-in template, each under its own code', () => {
    const codes = builtinTemplates.map((template) => template.code);
    expect(codes).toEqual(expect.arrayContaining(['filingRegister', 'violationNotice']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(builtinTemplate('filingRegister').formNumber).toBe('交通运输行政执法文书式样之一');
  });

  it('refuses a bad template with a Chinese message for each problem, under its path', () => {
    const refusal = refusalOf({
      ...minimalTemplate,
      code: 'Sample Notice',
      version: 1.5,
      body: [
        { type: 'paragraph', text: '{{party name}}：{{notice.deadline' },
        { type: 'stamp', text: '印章' },
        { type: 'fieldTable', rows: [] },
      ],
    });
    expect(refusal.code).toBe('VALIDATION_FAILED');
    expect(refusal.userMessage).toBe('文书模板不符合格式要求，请按提示修改后再导入');
    expect(refusal.details).toEqual([
      { path: 'code', message: '模板代码须为小写字母开头的英文标识，例如 filingRegister' },
      { path: 'version', message: '模板版本须为整数' },
      {
        path: 'body.0.text',
        message: '合并字段「{{party name}}」写法有误，应为以点分隔的英文标识，例如 {{case.number}}',
      },
      { path: 'body.0.text', message: '合并字段的双花括号 {{ }} 不成对' },
      {
        path: 'body.1.type',
        message: '文书块类型须为 heading、paragraph、fieldTable、signatures 或 footnote 之一',
      },
      { path: 'body.2.rows', message: '表格至少需要一行' },
    ]);
  });

  it('explains a missing property in Chinese too', () => {
    const withoutTitle: Record<string, unknown> = { ...minimalTemplate };
    delete withoutTitle.title;
    const refusal = refusalOf(withoutTitle);
    expect(refusal.details).toHaveLength(1);
    expect(refusal.details?.[0]?.path).toBe('title');
    expect(refusal.details?.[0]?.message).toBe('文书名称须为文字');
  });

  it('refuses a template that is not an object, in Chinese', () => {
    expect(refusalOf('立案登记表').details?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('合并字段', () => {
  const template: DocumentTemplate = parseDocumentTemplate(minimalTemplate);

  it('lists every field path once, conditions included, in order of use', () => {
    expect(mergeFields(template)).toEqual([
      'case.number',
      'agency.name',
      'party.name',
      'notice.deadline',
      'notice.hearingRight',
      'case.cause',
      'party.isOrganisation',
      'party.creditCode',
      'notice.date',
    ]);
  });

  it('lists the fields of the built-in 立案登记表, with the party and signature fields', () => {
    expect(mergeFields(builtinTemplate('filingRegister'))).toEqual(
      expect.arrayContaining([
        'case.number',
        'filing.source',
        'party.creditCode',
        'filing.headOpinionDate',
      ]),
    );
  });

  it('resolves a dotted path, and nothing from the prototype', () => {
    const data = { party: { name: '张晓明', age: 37 } };
    expect(resolveField(data, 'party.name')).toBe('张晓明');
    expect(resolveField(data, 'party.age')).toBe(37);
    expect(resolveField(data, 'party.address')).toBeUndefined();
    expect(resolveField(data, 'party.name.length')).toBeUndefined();
    expect(resolveField(data, 'party.constructor')).toBeUndefined();
  });

  it('prints a missing field as a blank line, never "undefined", and reports it', () => {
    const data = { case: { number: '临交罚〔2026〕第17号' }, party: { name: '张晓明' } };
    const document = resolveDocument(template, data);
    const first = document.blocks[1];
    expect(first?.type === 'paragraph' && plainText(first.segments)).toBe(
      `张晓明：请于${blankLine}前到本机关接受调查。`,
    );
    expect(JSON.stringify(document)).not.toContain('undefined');
    expect(missingFields(template, data)).toEqual([
      'agency.name',
      'notice.deadline',
      'case.cause',
      'notice.date',
      'notice.hearingRight',
      'party.isOrganisation',
    ]);
  });

  it('shows a block with `when` only when its field is true, and needs no fields of hidden rows', () => {
    const data = {
      case: { number: '临交罚〔2026〕第17号', cause: '未按规定携带道路运输证' },
      agency: { name: '临海市交通运输局' },
      party: { name: '张晓明', isOrganisation: false },
      notice: { deadline: '2026年3月9日', date: '2026年3月2日', hearingRight: false },
    };
    const shownTexts = resolveDocument(template, data).blocks.map((block) => block.type);
    expect(shownTexts).toEqual(['heading', 'paragraph', 'fieldTable', 'signatures']);
    expect(missingFields(template, data)).toEqual([]);

    const withHearing = { ...data, notice: { ...data.notice, hearingRight: true } };
    expect(resolveDocument(template, withHearing).blocks).toHaveLength(5);
  });

  it('reports a choice whose value matches no printed option', () => {
    const data = { ...sampleFilingData, filing: { source: 'rumour' } };
    expect(missingFields(builtinTemplate('filingRegister'), data)).toContain('filing.source');
  });

  it('needs nothing more for the sample 立案登记表 and 违法行为通知书', () => {
    expect(missingFields(builtinTemplate('filingRegister'), sampleFilingData)).toEqual([]);
    expect(missingFields(builtinTemplate('violationNotice'), sampleNoticeData)).toEqual([]);
  });

  it('lists the conditions of blocks and of table rows', () => {
    expect(conditionFields(template)).toEqual(['notice.hearingRight', 'party.isOrganisation']);
  });

  it('names the template version in the keyword recorded on each document', () => {
    expect(templateKeyword(template)).toBe('zhifa:template=sampleNotice@v2');
  });
});

describe('模板预览的示例数据', () => {
  it('previews a built-in template exactly as its sample case prints', () => {
    const template = builtinTemplate('filingRegister');
    expect(resolveDocument(template, previewData(template))).toEqual(
      resolveDocument(template, sampleFilingData),
    );
  });

  it('shows every block of a template without a sample case, each field named by its path', () => {
    const template = parseDocumentTemplate(minimalTemplate);
    const data = previewData(template);
    expect(missingFields(template, data)).toEqual([]);
    expect(resolveDocument(template, data).blocks).toHaveLength(5);
    expect(resolveField(data, 'notice.deadline')).toBe('〔notice.deadline〕');
    expect(resolveField(data, 'party.isOrganisation')).toBe(true);
  });

  it('adds the fields an edited template uses beyond the sample case', () => {
    const edited = parseDocumentTemplate({
      ...builtinTemplate('filingRegister'),
      body: [{ type: 'paragraph', text: '{{party.name}}，{{agency.name}}' }],
    });
    const data = previewData(edited);
    expect(resolveField(data, 'party.name')).toBe('张晓明');
    expect(resolveField(data, 'agency.name')).toBe('〔agency.name〕');
  });
});
