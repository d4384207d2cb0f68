import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { builtinTemplate } from './builtin-templates.js';
import { renderDocx } from './render-docx.js';
import { sampleFilingData, sampleNoticeData } from './sample-data.js';

async function docxParts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`the DOCX has no ${name}`);
    return file.async('string');
  };
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    core: await part('docProps/core.xml'),
  };
}

/** Word splits text into runs; joining the text nodes gives what a reader sees. */
function visibleText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join('');
}

describe('执法文书 rendered to DOCX', () => {
  it('holds the 立案登记表 labels and case values as Chinese text', async () => {
    const parts = await docxParts(
      await renderDocx(builtinTemplate('filingRegister'), sampleFilingData),
    );
    const text = visibleText(parts.document);
    for (const expected of [
      '立案登记表',
      '案号：临交罚〔2026〕第17号',
      '■1.在行政检查中发现的；',
      '案由',
      '张晓明',
      '浙江省临海市古城街道紫阳街88号',
      '执法部门负责人意见',
      '同意立案，由李建国、陈静负责调查。',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('统一社会信用代码');
  });

  it('keeps the line breaks of a merged multi-line value as Word line breaks', async () => {
    const data = {
      ...sampleFilingData,
      filing: { ...(sampleFilingData.filing as object), summary: '第一行事实\n第二行事实' },
    };
    const parts = await docxParts(await renderDocx(builtinTemplate('filingRegister'), data));
    expect(parts.document).toMatch(
      /第一行事实<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>第二行事实/,
    );
  });

  it('names a CJK font for East Asian text and records the template version', async () => {
    const parts = await docxParts(
      await renderDocx(builtinTemplate('filingRegister'), sampleFilingData),
    );
    expect(parts.styles).toContain('w:eastAsia="宋体"');
    expect(parts.document).toContain('w:eastAsia="黑体"');
    expect(parts.core).toContain('<cp:keywords>zhifa:template=filingRegister@v1</cp:keywords>');
  });

  it('prints the hearing paragraph of the 违法行为通知书 only when the case carries the right', async () => {
    const render = async (hearingRight: boolean) => {
      const notice = { ...(sampleNoticeData.notice as object), hearingRight };
      const buffer = await renderDocx(builtinTemplate('violationNotice'), {
        ...sampleNoticeData,
        notice,
      });
      return visibleText((await docxParts(buffer)).document);
    };
    expect(await render(true)).toContain('应当在收到本通知书之日起五个工作日内向本机关提出');
    expect(await render(false)).not.toContain('听证');
  });
});
