import dayjs from 'dayjs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { serviceDeadlines } from '../../src/modules/service/service-deadlines.js';
import { decidedCase, type DecidedCase } from '../support/cases.js';
import { downloaderFor } from '../support/downloads.js';
import { pdfFile, pdfText } from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;

const today = chinaDate();
const daysAgo = (days: number) => dayjs(today).subtract(days, 'day').format('YYYY-MM-DD');
const FINE = 200_000;

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
});
afterAll(() => platform.close());

async function decided(decidedOn = daysAgo(20), fineFen = FINE): Promise<DecidedCase> {
  return decidedCase(platform, { officer, head, fineFen, decidedOn });
}

function direct(filed: DecidedCase, change: Record<string, unknown> = {}) {
  return {
    documentCode: 'decision',
    method: 'direct',
    recipient: '王五',
    actedOn: daysAgo(18),
    place: '清水县交通运输综合行政执法大队',
    signer: '王五',
    signerRelation: '本人',
    serverOfficerIds: filed.officerIds,
    ...change,
  };
}

async function stageOf(caseId: string): Promise<string> {
  return (await officer.get(`/api/cases/${caseId}`)).body.stage;
}

async function caseActions(caseId: string): Promise<string[]> {
  const items = (await head.get(`/api/records?objectType=case&objectId=${caseId}`)).body.items;
  return items.map((item: { action: string }) => item.action);
}

function ruleCodes(response: { body: any }): string[] {
  return response.body.error.details.map((detail: { path: string }) => detail.path);
}

describe(`送达：决定书 (${testBackend})`, () => {
  it('lists the decision to serve with its seven-working-day deadline (行政处罚法第六十一条)', async () => {
    const filed = await decided('2026-09-29');
    const overview = await officer.get(`/api/cases/${filed.id}/services`);
    expect(overview.status).toBe(200);
    expect(overview.body.documents).toEqual([
      {
        code: 'decision',
        itemId: null,
        title: `行政处罚决定书（${filed.documentNumber}）`,
        issuedOn: '2026-09-29',
        servedOn: null,
        failedAttempts: 0,
      },
    ]);
    // 国庆: 10-01..10-07 off, 10-10 (Saturday) worked.
    expect(overview.body.decisionServiceDue).toEqual({
      date: '2026-10-14',
      provisional: false,
      article: '行政处罚法第六十一条',
    });
    const pending = await serviceDeadlines.pending(
      platform.database.db,
      await loadWorkdayCalendar(platform.database.db),
      [filed.id],
    );
    expect(pending).toEqual([
      {
        caseId: filed.id,
        kind: 'decisionService',
        label: '送达行政处罚决定书（当事人不在场）',
        due: '2026-10-14',
        article: '行政处罚法第六十一条',
        provisional: false,
      },
    ]);
  });

  it('serves it directly: the case moves to 已送达 and, as it imposes a fine, to 执行', async () => {
    const filed = await decided();
    const response = await officer.post(`/api/cases/${filed.id}/services`, direct(filed));
    expect(response.status).toBe(201);
    expect(response.body.documents[0]).toMatchObject({ servedOn: daysAgo(18) });
    expect(response.body.decisionServiceDue).toBeNull();
    expect(response.body.services[0]).toMatchObject({
      method: 'direct',
      methodLabel: '直接送达',
      outcome: 'served',
      servedOn: daysAgo(18),
      details: { signer: '王五', place: '清水县交通运输综合行政执法大队' },
    });
    expect(response.body.services[0].servers).toHaveLength(2);
    expect(await stageOf(filed.id)).toBe('executing');
    expect((await caseActions(filed.id)).slice(-2)).toEqual(['serve', 'startExecution']);
    const pending = await serviceDeadlines.pending(
      platform.database.db,
      await loadWorkdayCalendar(platform.database.db),
      [filed.id],
    );
    expect(pending).toEqual([]);

    const again = await officer.post(`/api/cases/${filed.id}/services`, direct(filed));
    expect(again.status).toBe(409);
  });

  it('prints a 送达回证 (式样之二十三) for the service', async () => {
    const filed = await decided();
    const served = await officer.post(`/api/cases/${filed.id}/services`, direct(filed));
    const serviceId = served.body.services[0].id;
    const listed = (await officer.get(`/api/cases/${filed.id}/documents`)).body as {
      code: string;
      itemId: string;
    }[];
    expect(listed).toContainEqual(
      expect.objectContaining({ code: 'serviceReceipt', itemId: serviceId }),
    );
    const download = await downloaderFor(platform, 'qs.zhifa1');
    const pdf = await download(
      `/api/cases/${filed.id}/documents/serviceReceipt?format=pdf&item=${serviceId}`,
    );
    expect(pdf.status).toBe(200);
    const text = pdfText(pdfFile(pdf.bytes));
    for (const expected of [
      '送达回证',
      filed.caseNumber,
      `行政处罚决定书（${filed.documentNumber}）`,
      '王五（本人）',
      '直接送达',
      '清水县交通运输综合行政执法大队',
    ]) {
      expect(text).toContain(expected);
    }
    const docx = await download(
      `/api/cases/${filed.id}/documents/serviceReceipt?format=docx&item=${serviceId}`,
    );
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('serves the decision on the day of announcement only after it exists (行政处罚法第六十一条)', async () => {
    const filed = await decided(daysAgo(10));
    const response = await officer.post(
      `/api/cases/${filed.id}/services`,
      direct(filed, { actedOn: daysAgo(11) }),
    );
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toEqual(['SERVICE_BEFORE_DOCUMENT_ISSUED']);
    expect(await stageOf(filed.id)).toBe('decided');
  });

  it('refuses service by someone who is not a case officer, in the future, or a post without receipt', async () => {
    const filed = await decided();
    const colleagues = (await officer.get('/api/officers?pageSize=200')).body.items as {
      id: string;
    }[];
    const outsider = colleagues.find((o) => !filed.officerIds.includes(o.id))!;
    const cases = [
      direct(filed, { serverOfficerIds: [outsider.id] }),
      direct(filed, { actedOn: dayjs(today).add(1, 'day').format('YYYY-MM-DD') }),
      {
        ...direct(filed),
        method: 'post',
        postalAddress: '城关镇1号',
        trackingNumber: 'EMS1234567890',
      },
      { ...direct(filed), method: 'leftAtAddress', outcome: 'failed', failureReason: '无人' },
    ];
    for (const body of cases) {
      const response = await officer.post(`/api/cases/${filed.id}/services`, body);
      expect.soft(response.status).toBe(400);
      expect.soft(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await stageOf(filed.id)).toBe('decided');
  });

  it('lets only officers record a service', async () => {
    const filed = await decided();
    const reviewer = await platform.signIn('qs.fazhi');
    const response = await reviewer.post(`/api/cases/${filed.id}/services`, direct(filed));
    expect(response.status).toBe(403);
  });
});

describe(`送达：电子送达须有送达地址确认书 (${testBackend})`, () => {
  let filed: DecidedCase;
  const electronic = (address: string) => ({
    documentCode: 'decision',
    method: 'electronic',
    recipient: '王五',
    actedOn: daysAgo(17),
    channel: 'email',
    address,
    serverOfficerIds: filed.officerIds,
  });

  beforeAll(async () => {
    filed = await decided();
  });

  it('refuses electronic service without the party’s signed consent (行政处罚法第六十一条第二款)', async () => {
    const response = await officer.post(
      `/api/cases/${filed.id}/services`,
      electronic('wangwu@example.cn'),
    );
    expect(response.status).toBe(422);
    expect(ruleCodes(response)).toEqual(['ELECTRONIC_SERVICE_WITHOUT_CONSENT']);
    expect(response.body.error.message).toContain('行政处罚法第六十一条第二款');
  });

  it('records the 送达地址确认书 and then serves only to the confirmed address', async () => {
    const before = (await caseActions(filed.id)).length;
    const confirmation = await officer.post(
      `/api/cases/${filed.id}/service-address-confirmations`,
      {
        recipient: '王五',
        signedOn: daysAgo(19),
        postalAddress: '城关镇1号',
        phone: '13900000000',
        consentsToElectronic: true,
        electronicAddresses: [{ channel: 'email', address: 'wangwu@example.cn' }],
      },
    );
    expect(confirmation.status).toBe(201);
    expect(confirmation.body.addressConfirmations).toEqual([
      expect.objectContaining({ consentsToElectronic: true, signedOn: daysAgo(19) }),
    ]);
    expect((await caseActions(filed.id)).length).toBe(before + 1);

    const elsewhere = await officer.post(
      `/api/cases/${filed.id}/services`,
      electronic('other@example.cn'),
    );
    expect(elsewhere.status).toBe(422);
    expect(ruleCodes(elsewhere)).toEqual(['ELECTRONIC_SERVICE_ADDRESS_NOT_CONFIRMED']);

    const sent = await officer.post(
      `/api/cases/${filed.id}/services`,
      electronic('wangwu@example.cn'),
    );
    expect(sent.status).toBe(201);
    // The day the system showed the message sent is the service date.
    expect(sent.body.services[0]).toMatchObject({ method: 'electronic', servedOn: daysAgo(17) });
    expect(await stageOf(filed.id)).toBe('executing');
  });

  it('refuses a confirmation that consents without an address', async () => {
    const response = await officer.post(`/api/cases/${filed.id}/service-address-confirmations`, {
      recipient: '王五',
      signedOn: daysAgo(19),
      consentsToElectronic: true,
      electronicAddresses: [],
    });
    expect(response.status).toBe(400);
  });
});

describe(`送达：留置与公告送达 (${testBackend})`, () => {
  it('needs a witness or a recording to leave the document (民事诉讼法第八十九条)', async () => {
    const filed = await decided();
    const leftAtAddress = {
      ...direct(filed),
      method: 'leftAtAddress',
      refusalReason: '当事人拒绝签收',
      witnesses: [],
    };
    const refused = await officer.post(`/api/cases/${filed.id}/services`, leftAtAddress);
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused)).toEqual(['LEFT_AT_ADDRESS_WITHOUT_WITNESS']);
    const witnessed = await officer.post(`/api/cases/${filed.id}/services`, {
      ...leftAtAddress,
      witnesses: ['城关镇居委会 李四'],
    });
    expect(witnessed.status).toBe(201);
    expect(witnessed.body.services[0]).toMatchObject({
      method: 'leftAtAddress',
      servedOn: daysAgo(18),
      details: { witnesses: ['城关镇居委会 李四'] },
    });
  });

  it('serves by public notice only after another method failed; deemed served thirty days later (民事诉讼法第九十五条)', async () => {
    const filed = await decided(daysAgo(60));
    const notice = {
      documentCode: 'decision',
      method: 'publicNotice',
      recipient: '王五',
      actedOn: daysAgo(50),
      medium: '清水县交通运输局门户网站',
      serverOfficerIds: filed.officerIds,
    };
    const premature = await officer.post(`/api/cases/${filed.id}/services`, notice);
    expect(premature.status).toBe(422);
    expect(ruleCodes(premature)).toEqual(['PUBLIC_NOTICE_BEFORE_OTHER_METHODS']);

    const returned = await officer.post(`/api/cases/${filed.id}/services`, {
      documentCode: 'decision',
      method: 'post',
      recipient: '王五',
      actedOn: daysAgo(58),
      postalAddress: '城关镇1号',
      trackingNumber: 'EMS9876543210',
      outcome: 'failed',
      failureReason: '查无此人，邮件退回',
      serverOfficerIds: filed.officerIds,
    });
    expect(returned.status).toBe(201);
    expect(returned.body.documents[0]).toMatchObject({ servedOn: null, failedAttempts: 1 });
    expect(await stageOf(filed.id)).toBe('decided');
    expect((await caseActions(filed.id)).at(-1)).toBe('recordFailedService');

    const published = await officer.post(`/api/cases/${filed.id}/services`, notice);
    expect(published.status).toBe(201);
    expect(published.body.documents[0].servedOn).toBe(daysAgo(20));
    expect(await stageOf(filed.id)).toBe('executing');
    const execution = (await officer.get(`/api/cases/${filed.id}/execution`)).body;
    expect(execution).toMatchObject({ servedOn: daysAgo(20), dueDate: daysAgo(5) });
  });
});

describe(`送达记录不可更改 (${testBackend})`, () => {
  it('refuses to alter a recorded service in the database', async () => {
    const filed = await decided();
    await officer.post(`/api/cases/${filed.id}/services`, direct(filed));
    await expect(
      sql`update service set recipient = '他人' where case_id = ${filed.id}`.execute(
        platform.database.db,
      ),
    ).rejects.toThrow(/append-only/);
  });
});
