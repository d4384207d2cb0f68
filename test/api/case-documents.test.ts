import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileCase } from '../support/cases.js';
import { downloaderFor, type Download } from '../support/downloads.js';
import { pdfFile, pdfKeywords, pdfText } from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let filed: { id: string; caseNumber: string };
let download: (path: string) => Promise<Download>;

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  filed = await fileCase(officer, await platform.signIn('qs.fuzeren'));
  download = await downloaderFor(platform, 'qs.zhifa1');
});
afterAll(() => platform.close());

const filingRegister = (format: 'pdf' | 'docx') =>
  download(`/api/cases/${filed.id}/documents/filingRegister?format=${format}`);

describe(`执法文书：立案登记表 (${testBackend})`, () => {
  it('lists the documents the case can produce, none generated yet', async () => {
    const response = await officer.get(`/api/cases/${filed.id}/documents`);
    expect(response.status).toBe(200);
    expect(response.body[0]).toEqual({
      code: 'filingRegister',
      title: '立案登记表',
      itemId: null,
      label: '立案登记表',
      lastGenerated: null,
    });
  });

  it('fills the form from the case and renders it as PDF with the case number', async () => {
    const { status, headers, bytes } = await filingRegister('pdf');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('content-disposition')).toContain(encodeURIComponent('立案登记表'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = pdfFile(bytes, 'filing.pdf');
    const text = pdfText(file);
    for (const expected of [
      '立案登记表',
      filed.caseNumber,
      '王五',
      '未取得道路运输经营许可',
      '同意立案',
      '女',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfKeywords(file)).toBe('zhifa:template=filingRegister@v1');
  });

  it('gives staff an editable DOCX of the same form', async () => {
    const { status, bytes } = await filingRegister('docx');
    expect(status).toBe(200);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the last copy generated: built-in version, format and fingerprint', async () => {
    const pdf = await filingRegister('pdf');
    const listing = await officer.get(`/api/cases/${filed.id}/documents`);
    expect(listing.body[0].lastGenerated).toMatchObject({
      templateVersion: 1,
      format: 'pdf',
      sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
      size: pdf.bytes.length,
    });
  });

  it('answers 404 for a document the case does not have', async () => {
    const response = await officer.get(`/api/cases/${filed.id}/documents/noSuchForm`);
    expect(response.status).toBe(404);
  });
});
