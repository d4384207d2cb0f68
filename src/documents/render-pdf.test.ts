import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplate, builtinTemplates } from './builtin-templates.js';
import { renderPdf } from './render-pdf.js';
import { previewData, sampleFilingData, sampleNoticeData } from './sample-data.js';
import {
  darkPixelShare,
  darkShareWithoutSystemFonts,
  fontlessFontconfig,
  pdfFile as writePdfFile,
  pdfKeywords,
  pdfText,
} from '../../test/support/pdf-files.js';
import { poppler } from '../../test/support/poppler.js';

const workFolder = mkdtempSync(path.join(tmpdir(), 'zhifa-documents-'));
const pdfFile = path.join(workFolder, 'filing-register.pdf');

beforeAll(async () => {
  writeFileSync(pdfFile, await renderPdf(builtinTemplate('filingRegister'), sampleFilingData));
});

afterAll(() => rmSync(workFolder, { recursive: true, force: true }));

describe('立案登记表 rendered to PDF', () => {
  it('has a text layer with the Chinese labels and the case values', () => {
    const text = poppler('pdftotext', ['-layout', pdfFile, '-']);
    for (const expected of [
      '立案登记表',
      '案号：临交罚〔2026〕第17号',
      '案件来源',
      '■1.在行政检查中发现的',
      '□2.个人、法人及其他组织举报经核实的',
      '案由',
      '受案时间',
      '当',
      '张晓明',
      '浙江省临海市古城街道紫阳街88号',
      '33108219880615231X',
      '经办机构负责',
      '同意立案',
      '2026年3月3日',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('统一社会信用代码');
    expect(text).not.toContain('undefined');
  });

  it('embeds Noto Sans SC as a subset, so the file stays small', () => {
    const fonts = poppler('pdffonts', [pdfFile]);
    expect(fonts).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s.*\byes\s+yes\s+yes\s+\d+\s+\d+$/m);
    expect(fonts).toMatch(/^[A-Z]{6}\+NotoSansSC-Bold\s.*\byes\s+yes\s+yes\s+\d+\s+\d+$/m);
    expect(statSync(pdfFile).size).toBeLessThan(300_000);
  });

  it('draws its text with system fonts hidden', () => {
    const env = { ...process.env, FONTCONFIG_FILE: fontlessFontconfig(workFolder) };
    const pngPrefix = path.join(workFolder, 'page');
    poppler('pdftoppm', ['-r', '50', '-png', '-singlefile', pdfFile, pngPrefix], env);
    expect(statSync(`${pngPrefix}.png`).size).toBeGreaterThan(10_000);

    const greyPrefix = path.join(workFolder, 'grey');
    poppler('pdftoppm', ['-r', '50', '-gray', '-singlefile', pdfFile, greyPrefix], env);
    expect(darkPixelShare(readFileSync(`${greyPrefix}.pgm`))).toBeGreaterThan(0.02);
  });

  it('records the template code and version in the metadata', () => {
    const info = poppler('pdfinfo', [pdfFile]);
    expect(info).toMatch(/^Title:\s+立案登记表$/m);
    expect(info).toMatch(/^Subject:\s+交通运输行政执法文书式样之一$/m);
    expect(info).toMatch(/^Keywords:\s+zhifa:template=filingRegister@v1$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });
});

describe('违法行为通知书 rendered to PDF', () => {
  async function noticeText(hearingRight: boolean): Promise<string> {
    const notice = { ...(sampleNoticeData.notice as object), hearingRight };
    const file = path.join(workFolder, `notice-${hearingRight}.pdf`);
    writeFileSync(
      file,
      await renderPdf(builtinTemplate('violationNotice'), { ...sampleNoticeData, notice }),
    );
    return poppler('pdftotext', [file, '-']).replace(/\s+/g, '');
  }

  it('tells of the hearing right within 5 working days only when the case carries it', async () => {
    const withHearing = await noticeText(true);
    expect(withHearing).toContain('张晓明：');
    expect(withHearing).toContain('现场笔录；询问笔录；现场照片6张；运费收款记录');
    expect(withHearing).toContain('陈述、申辩');
    expect(withHearing).toContain('五个工作日内');
    expect(withHearing).toContain('临海市交通运输局（印章）');
    expect(await noticeText(false)).not.toContain('听证');
  });
});

describe('every built-in 执法文书 rendered to PDF with its preview data', () => {
  it.each(builtinTemplates.map((template) => [template.title, template] as const))(
    '%s: titled, versioned, drawn with system fonts hidden',
    async (title, template) => {
      const file = writePdfFile(
        await renderPdf(template, previewData(template)),
        `${template.code}.pdf`,
      );
      expect(pdfText(file)).toContain(title.replace(/\s+/g, ''));
      expect(pdfKeywords(file)).toBe(`zhifa:template=${template.code}@v${template.version}`);
      expect(poppler('pdfinfo', [file])).toMatch(
        new RegExp(`^Subject:\\s+${template.formNumber.replace(/[()（）]/g, '.')}$`, 'm'),
      );
      expect(darkShareWithoutSystemFonts(file)).toBeGreaterThan(0.01);
    },
  );
});
