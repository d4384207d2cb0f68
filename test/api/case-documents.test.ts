import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileCase } from '../support/cases.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { poppler } from '../support/poppler.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let filed: { id: string; caseNumber: string };
let cookie: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  filed = await fileCase(await platform.signIn('qs.zhifa1'), await platform.signIn('qs.fuzeren'));
  const login = await platform.app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify({ username: 'qs.zhifa1', password: 'Zhifa@demo2026' }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
});
afterAll(() => platform.close());

async function download(format: 'pdf' | 'docx') {
  const response = await platform.app.request(
    `http://localhost/api/cases/${filed.id}/documents/filingRegister?format=${format}`,
    { headers: { Cookie: cookie } },
  );
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe(`执法文书：立案登记表 (${testBackend})`, () => {
  it('fills the form from the case and renders it as PDF with the case number', async () => {
    const { response, bytes } = await download('pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('立案登记表'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhifa-doc-')), 'filing.pdf');
    writeFileSync(file, bytes);
    const text = poppler('pdftotext', [file, '-']).replace(/\s+/g, '');
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
  });

  it('gives staff an editable DOCX of the same form', async () => {
    const { response, bytes } = await download('docx');
    expect(response.status).toBe(200);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
