import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/china-date.js';
import { evidenceForm, fileCase } from '../support/cases.js';
import { downloaderFor } from '../support/downloads.js';
import { pdfFile, pdfText } from '../support/pdf-files.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;

const today = chinaDate();
const daysAgo = (days: number) => dayjs(today).subtract(days, 'day').format('YYYY-MM-DD');

function crimeProposal(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'crime',
    recipient: '清水县公安局',
    reason: '当事人伪造道路运输证从事客运经营，查获伪造的道路运输证 12 本。',
    suspectedOffence: '伪造国家机关证件罪',
    report: '经调查，当事人自 2026 年 3 月起使用伪造的道路运输证从事客运经营……',
    items: [{ name: '伪造的道路运输证', quantity: '12本' }],
    evidenceIds: [],
    ...overrides,
  };
}

async function addEvidence(caseId: string, type: string, title: string): Promise<string> {
  const response = await officer.post(
    `/api/cases/${caseId}/evidence`,
    evidenceForm({ type, title, collectedAt: new Date().toISOString() }),
  );
  expect(response.status).toBe(201);
  return response.body.id;
}

function ruleCodes(body: { error: { code: string; details?: { path: string }[] } }) {
  expect(body.error.code).toBe('RULE_VIOLATED');
  return body.error.details?.map((detail) => detail.path);
}

async function caseView(caseId: string) {
  return (await officer.get(`/api/cases/${caseId}`)).body;
}

async function deadlineKinds(caseId: string): Promise<string[]> {
  return (await caseView(caseId)).deadlines.map((deadline: { kind: string }) => deadline.kind);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
});
afterAll(() => platform.close());

describe(`移送涉嫌犯罪案件 (${testBackend})`, () => {
  let caseId: string;
  let transferId: string;
  let reportId: string;

  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
    reportId = await addEvidence(caseId, 'expertOpinion', '道路运输证真伪鉴定意见');
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第六条：移送须附检验报告或者鉴定结论', async () => {
    const missing = await officer.post(`/api/cases/${caseId}/transfers`, crimeProposal());
    expect(missing.status).toBe(422);
    expect(ruleCodes(missing.body)).toEqual(['TRANSFER_ATTACHMENT_MISSING']);
    expect(missing.body.error.message).toContain('道路运输证真伪鉴定意见');
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第五条：执法人员提出移送，负责人三日内决定', async () => {
    const proposed = await officer.post(
      `/api/cases/${caseId}/transfers`,
      crimeProposal({ evidenceIds: [reportId] }),
    );
    expect(proposed.status).toBe(200);
    const [transfer] = proposed.body.items;
    transferId = transfer.id;
    expect(transfer).toMatchObject({
      status: 'proposed',
      kindLabel: '涉嫌犯罪移送公安机关',
      evidence: [{ id: reportId, title: '道路运输证真伪鉴定意见', typeLabel: '鉴定意见' }],
      decision: null,
    });
    const view = await caseView(caseId);
    expect(view.stage).toBe('investigating');
    expect(view.deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'transferDecision',
        due: dayjs(today).add(3, 'day').format('YYYY-MM-DD'),
        article: '行政执法机关移送涉嫌犯罪案件的规定第五条',
      }),
    );
    const second = await officer.post(
      `/api/cases/${caseId}/transfers`,
      crimeProposal({ evidenceIds: [reportId] }),
    );
    expect(second.status).toBe(409);
  });

  it('only the head decides, and not as one of the case officers', async () => {
    const byOfficer = await officer.post(`/api/transfers/${transferId}/decide`, {
      approved: true,
      opinion: '同意移送',
    });
    expect(byOfficer.status).toBe(403);
  });

  it('行政处罚法第二十七条：批准移送后案件转入“已移送”，二十四小时内移送', async () => {
    const decided = await head.post(`/api/transfers/${transferId}/decide`, {
      approved: true,
      opinion: '同意移送清水县公安局',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.items[0]).toMatchObject({
      status: 'approved',
      decision: { approved: true, opinion: '同意移送清水县公安局', late: false },
    });
    expect((await caseView(caseId)).stage).toBe('transferred');
    expect(await deadlineKinds(caseId)).toContain('transferHandover');
    const evidence = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({ type: 'documentary', title: '补充', collectedAt: new Date().toISOString() }),
    );
    expect(evidence.status).toBe(422);
  });

  it('prints the 涉嫌犯罪案件移送书 with its report and list of items', async () => {
    const documents = (await officer.get(`/api/cases/${caseId}/documents`)).body;
    const letter = documents.find((d: { code: string }) => d.code === 'crimeTransferLetter');
    expect(letter).toMatchObject({
      itemId: transferId,
      label: '涉嫌犯罪案件移送书（清水县公安局）',
    });
    const download = await downloaderFor(platform, 'qs.zhifa1');
    const pdf = await download(
      `/api/cases/${caseId}/documents/crimeTransferLetter?format=pdf&item=${transferId}`,
    );
    expect(pdf.status).toBe(200);
    const text = pdfText(pdfFile(pdf.bytes));
    for (const expected of [
      '涉嫌犯罪案件移送书',
      '清水县公安局',
      '伪造国家机关证件罪',
      '涉嫌犯罪案件情况的调查报告',
      '伪造的道路运输证，12本',
      '道路运输证真伪鉴定意见',
      '回执',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第七条：登记移送及回执签收，跟踪公安机关答复', async () => {
    const handedOver = await officer.post(`/api/transfers/${transferId}/handover`, {
      handedOverAt: new Date().toISOString(),
      receiptSignedBy: '清水县公安局 刘警官',
    });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body.items[0]).toMatchObject({
      status: 'handedOver',
      handover: { receiptSignedBy: '清水县公安局 刘警官', late: false },
      answer: null,
    });
    expect(await deadlineKinds(caseId)).toEqual(['policeFilingDecision']);
  });

  it('records the copy to the procuratorate and the police decision to 立案', async () => {
    const wrongKind = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'received',
      occurredOn: today,
    });
    expect(wrongKind.status).toBe(400);
    const copied = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'procuratorateCopied',
      occurredOn: today,
      organ: '清水县人民检察院',
    });
    expect(copied.status).toBe(200);
    const accepted = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'accepted',
      occurredOn: today,
      organ: '清水县公安局',
      documentNumber: '清公（刑）立字〔2026〕18号',
    });
    expect(accepted.body.items[0]).toMatchObject({
      answer: 'accepted',
      events: [
        { kind: 'procuratorateCopied', label: '抄送人民检察院', organ: '清水县人民检察院' },
        {
          kind: 'accepted',
          label: '公安机关决定立案',
          documentNumber: '清公（刑）立字〔2026〕18号',
        },
      ],
    });
    expect(await deadlineKinds(caseId)).toEqual([]);
  });

  it('行政处罚法第二十七条：公安机关已立案的，不能收回作行政处罚', async () => {
    const takeBack = await officer.post(`/api/transfers/${transferId}/take-back`, {
      reason: '想要自行处罚',
    });
    expect(takeBack.status).toBe(422);
    expect(ruleCodes(takeBack.body)).toEqual(['TRANSFER_NOT_RETURNED']);
    expect((await caseView(caseId)).stage).toBe('transferred');
  });

  it('records every step of the transfer', async () => {
    const records = await head.get(`/api/records?objectType=case&objectId=${caseId}`);
    const actions = records.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'proposeTransfer',
        'transfer',
        'handOverTransfer',
        'recordTransferEvent',
      ]),
    );
  });
});

describe(`移送：不批准、不予立案与收回 (${testBackend})`, () => {
  let caseId: string;
  let transferId: string;

  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第五条：不批准移送的，理由记录在案，案件继续办理', async () => {
    const proposed = await officer.post(`/api/cases/${caseId}/transfers`, crimeProposal());
    transferId = proposed.body.items[0].id;
    const noReason = await head.post(`/api/transfers/${transferId}/decide`, {
      approved: false,
      opinion: '不同意',
    });
    expect(noReason.status).toBe(400);
    const refused = await head.post(`/api/transfers/${transferId}/decide`, {
      approved: false,
      opinion: '涉案金额未达追诉标准，依法作出行政处罚',
    });
    expect(refused.body.items[0]).toMatchObject({
      status: 'refused',
      statusLabel: '不批准移送',
      decision: { approved: false, opinion: '涉案金额未达追诉标准，依法作出行政处罚' },
    });
    expect((await caseView(caseId)).stage).toBe('investigating');
    expect(await deadlineKinds(caseId)).not.toContain('transferDecision');
  });

  it('flags a head decision made later than three days after the report', async () => {
    const proposed = await officer.post(`/api/cases/${caseId}/transfers`, crimeProposal());
    transferId = proposed.body.items.at(-1).id;
    await platform.database.db
      .updateTable('caseTransfer')
      .set({ proposedAt: dayjs().subtract(5, 'day').toDate() })
      .where('id', '=', transferId)
      .execute();
    const board = await head.get('/api/supervision/deadlines');
    expect(JSON.stringify(board.body)).toContain('transferDecision');
    const approved = await head.post(`/api/transfers/${transferId}/decide`, {
      approved: true,
      opinion: '同意移送',
    });
    expect(approved.body.items.at(-1).decision.late).toBe(true);
    await officer.post(`/api/transfers/${transferId}/handover`, {
      handedOverAt: new Date().toISOString(),
      receiptSignedBy: '值班民警王某',
    });
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第九条：不予立案后三日内可以提请复议', async () => {
    const late = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'notAccepted',
      occurredOn: daysAgo(5),
      note: '认为犯罪事实显著轻微',
    });
    expect(late.status).toBe(200);
    const reconsideration = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'reconsiderationRequested',
      occurredOn: today,
    });
    expect(reconsideration.status).toBe(422);
    expect(ruleCodes(reconsideration.body)).toEqual(['TRANSFER_RECONSIDERATION_NOT_ALLOWED']);
  });

  it('行政处罚法第二十七条：不予立案的案件收回本机关依法处理', async () => {
    const takenBack = await officer.post(`/api/transfers/${transferId}/take-back`, {
      reason: '公安机关不予立案，依法给予行政处罚',
    });
    expect(takenBack.status).toBe(200);
    expect(takenBack.body.items.at(-1).status).toBe('takenBack');
    expect((await caseView(caseId)).stage).toBe('investigating');
  });
});

describe(`管辖移送 (${testBackend})`, () => {
  it('行政处罚法第二十二条：不属于本机关管辖的案件移送有管辖权的机关，以案件移送函', async () => {
    const { id: caseId } = await fileCase(officer, head);
    const proposed = await officer.post(`/api/cases/${caseId}/transfers`, {
      kind: 'jurisdiction',
      recipient: '石门县交通运输综合行政执法大队',
      reason: '违法行为发生地在石门县境内，不属于本机关管辖。',
      report: '经核实，车辆的装货地和违法行为发生地均在石门县。',
    });
    expect(proposed.status).toBe(200);
    const transferId = proposed.body.items[0].id;
    await head.post(`/api/transfers/${transferId}/decide`, { approved: true, opinion: '同意移送' });
    expect(await deadlineKinds(caseId)).toEqual([]);
    await officer.post(`/api/transfers/${transferId}/handover`, {
      handedOverAt: new Date().toISOString(),
      receiptSignedBy: '石门县大队 陈某',
    });
    const received = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'received',
      occurredOn: today,
    });
    expect(received.body.items[0].answer).toBe('received');
    const download = await downloaderFor(platform, 'qs.zhifa1');
    const pdf = await download(
      `/api/cases/${caseId}/documents/caseTransferLetter?format=pdf&item=${transferId}`,
    );
    const text = pdfText(pdfFile(pdf.bytes));
    expect(text).toContain('案件移送函');
    expect(text).toContain('石门县交通运输综合行政执法大队');
    expect(text).toContain('不属于本机关管辖');
  });
});
