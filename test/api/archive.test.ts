import { sql } from 'kysely';
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
let headUserId: string;

const today = chinaDate();

function ruleCodes(body: { error: { code: string; details?: { path: string }[] } }) {
  expect(body.error.code).toBe('RULE_VIOLATED');
  return body.error.details?.map((detail) => detail.path);
}

async function stageOf(caseId: string): Promise<string> {
  return (await officer.get(`/api/cases/${caseId}`)).body.stage;
}

/**
 * Puts a filed case straight into a later stage, as the decision, service and execution steps
 * would leave it, so that 结案 can be tested on its own: a 不予行政处罚决定 served, or a case
 * in execution. Written through the database on purpose (fixture state, not the API).
 */
async function fixtureStage(
  caseId: string,
  stage: 'served' | 'executing',
  noPenaltyDecision: boolean,
): Promise<void> {
  const { db } = platform.database;
  if (noPenaltyDecision) {
    await sql`insert into decision (case_id, kind, document, decided_on, decided_by,
        no_penalty_ground)
      values (${caseId}, 'noPenalty', '{}', ${today}, ${headUserId}, 'minorViolation')`.execute(db);
  }
  await db.updateTable('penaltyCase').set({ stage }).where('id', '=', caseId).execute();
}

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  headUserId = (await head.get('/api/auth/me')).body.user.id;
});
afterAll(() => platform.close());

describe(`结案 (${testBackend})`, () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
  });

  it('交通运输行政执法程序规定（案件终结）：调查中的案件不能结案', async () => {
    const early = await officer.post(`/api/cases/${caseId}/closures`, {
      summary: '案件已经办理完毕，申请结案。',
    });
    expect(early.status).toBe(422);
    expect(ruleCodes(early.body)).toEqual(['ILLEGAL_STAGE_TRANSITION']);
  });

  it('交通运输行政执法程序规定（案件终结）：执行中的案件未执行完毕不能结案', async () => {
    const executing = (await fileCase(officer, head)).id;
    await fixtureStage(executing, 'executing', false);
    const refused = await officer.post(`/api/cases/${executing}/closures`, {
      summary: '当事人已经缴纳罚款，申请结案。',
    });
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused.body)).toEqual(['CLOSURE_EXECUTION_INCOMPLETE']);
    expect(refused.body.error.message).toContain('尚未执行完毕');
  });

  it('行政强制法第二十八条：扣押未解除的案件不能结案，解除后可以', async () => {
    const seized = (await fileCase(officer, head)).id;
    const measure = await officer.post(`/api/cases/${seized}/measures`, {
      kind: 'seizure',
      items: [{ name: '湘N12345号货车', specification: '重型厢式货车', quantity: '1辆' }],
      reason: '涉嫌未取得道路运输经营许可擅自从事道路运输经营',
      legalBasis: '《中华人民共和国道路运输条例》第六十八条',
      place: '清水县S315线治超检测站',
    });
    await head.post(`/api/measures/${measure.body.id}/decide`, { approved: true, opinion: '同意' });
    const implemented = await officer.post(`/api/measures/${measure.body.id}/implement`, {
      implementedAt: new Date().toISOString(),
    });
    expect(implemented.body.status).toBe('inForce');
    await fixtureStage(seized, 'served', true);
    const closure = { summary: '违法行为轻微并及时改正，已作出不予行政处罚决定并送达。' };
    const refused = await officer.post(`/api/cases/${seized}/closures`, closure);
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused.body)).toEqual(['CLOSURE_PROPERTY_STILL_HELD']);
    expect(refused.body.error.message).toContain('1项查封、扣押尚未解除');

    const lifted = await officer.post(`/api/measures/${measure.body.id}/lift`, {
      liftedOn: chinaDate(),
      reason: 'decided',
    });
    expect(lifted.status).toBe(200);
    expect((await officer.post(`/api/cases/${seized}/closures`, closure)).status).toBe(200);
  });

  it('the case officers submit the 结案报告 of a served 不予行政处罚决定', async () => {
    await fixtureStage(caseId, 'served', true);
    const byHead = await head.post(`/api/cases/${caseId}/closures`, {
      summary: '违法行为轻微并及时改正，已作出不予行政处罚决定并送达。',
    });
    expect(byHead.status).toBe(403);
    const submitted = await officer.post(`/api/cases/${caseId}/closures`, {
      summary: '违法行为轻微并及时改正，已作出不予行政处罚决定并送达。',
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.items).toEqual([
      expect.objectContaining({ status: 'pending', statusLabel: '待负责人审批' }),
    ]);
    const again = await officer.post(`/api/cases/${caseId}/closures`, {
      summary: '再次提交结案报告的内容。',
    });
    expect(again.status).toBe(409);
  });

  it('the head returns it with reasons, then approves the corrected report: 已结案', async () => {
    const byOfficer = await officer.post(`/api/cases/${caseId}/closures/decide`, {
      approved: true,
      opinion: '同意结案',
    });
    expect(byOfficer.status).toBe(403);
    const returned = await head.post(`/api/cases/${caseId}/closures/decide`, {
      approved: false,
      opinion: '请写明改正情况',
    });
    expect(returned.body.items[0]).toMatchObject({
      status: 'returned',
      headOpinion: '请写明改正情况',
    });
    expect(await stageOf(caseId)).toBe('served');
    await officer.post(`/api/cases/${caseId}/closures`, {
      summary: '违法行为轻微，当事人已当场改正，作出不予行政处罚决定并送达。',
    });
    const approved = await head.post(`/api/cases/${caseId}/closures/decide`, {
      approved: true,
      opinion: '同意结案',
    });
    expect(approved.body.items.at(-1)).toMatchObject({
      status: 'approved',
      headOpinion: '同意结案',
      decidedOn: today,
    });
    expect(await stageOf(caseId)).toBe('closed');
  });

  it('prints the 结案报告 with the head’s opinion', async () => {
    const download = await downloaderFor(platform, 'qs.zhifa1');
    const pdf = await download(`/api/cases/${caseId}/documents/closureReport?format=pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdfFile(pdf.bytes));
    for (const expected of ['结案报告', '不予行政处罚', '当事人已当场改正', '同意结案']) {
      expect(text).toContain(expected);
    }
  });

  it('交通运输行政执法程序规定（案件终结）：案卷不齐全的不能归档，并写明缺少的材料', async () => {
    const file = await officer.get(`/api/cases/${caseId}/file`);
    expect(file.body).toMatchObject({ archivable: false, archive: null });
    expect(file.body.gaps).toEqual(expect.arrayContaining(['缺少送达回证', '缺少证据材料']));
    expect(file.body.entries[0]).toMatchObject({ seq: 1, title: '立案登记表' });
    const refused = await officer.post(`/api/cases/${caseId}/archive`);
    expect(refused.status).toBe(422);
    expect(ruleCodes(refused.body)).toEqual(['CASE_FILE_INCOMPLETE']);
    expect(refused.body.error.message).toContain('缺少送达回证');
    expect(await stageOf(caseId)).toBe('closed');
  });
});

describe(`归档：移送公安机关的案件 (${testBackend})`, () => {
  let caseId: string;
  let transferId: string;

  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
    const evidence = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({
        type: 'expertOpinion',
        title: '道路运输证真伪鉴定意见',
        collectedAt: new Date().toISOString(),
      }),
    );
    const proposed = await officer.post(`/api/cases/${caseId}/transfers`, {
      kind: 'crime',
      recipient: '清水县公安局',
      reason: '当事人伪造道路运输证从事客运经营。',
      suspectedOffence: '伪造国家机关证件罪',
      report: '经调查，当事人使用伪造的道路运输证从事客运经营。',
      evidenceIds: [evidence.body.id],
    });
    transferId = proposed.body.items[0].id;
    await head.post(`/api/transfers/${transferId}/decide`, { approved: true, opinion: '同意移送' });
  });

  it('交通运输行政执法程序规定（案件终结）：移送的案件待回执和公安机关立案后归档', async () => {
    const beforeHandover = await officer.get(`/api/cases/${caseId}/file`);
    expect(beforeHandover.body.gaps).toEqual(['尚未登记移送（受移送机关签收回执）']);
    await officer.post(`/api/transfers/${transferId}/handover`, {
      handedOverAt: new Date().toISOString(),
      receiptSignedBy: '清水县公安局 刘警官',
    });
    const awaitingPolice = await officer.post(`/api/cases/${caseId}/archive`);
    expect(ruleCodes(awaitingPolice.body)).toEqual(['CASE_FILE_INCOMPLETE']);
    expect(awaitingPolice.body.error.message).toContain('缺少公安机关立案通知');
    await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'accepted',
      occurredOn: today,
      organ: '清水县公安局',
    });
    const file = await officer.get(`/api/cases/${caseId}/file?pages=true`);
    expect(file.body).toMatchObject({ gaps: [], archivable: true });
    expect(file.body.entries).toEqual([
      { seq: 1, title: '立案登记表', pages: '第1页' },
      { seq: 2, title: '涉嫌犯罪案件移送书（清水县公安局）', pages: expect.stringMatching(/^第2/) },
      { seq: 3, title: '鉴定意见：道路运输证真伪鉴定意见', pages: '1件' },
    ]);
  });

  it('交通运输行政执法程序规定（案件终结）：归档封存案卷，记录卷内目录和材料的指纹', async () => {
    const archived = await officer.post(`/api/cases/${caseId}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archive.sealSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(archived.body.archive.documents.map((d: { title: string }) => d.title)).toEqual([
      '立案登记表',
      '涉嫌犯罪案件移送书（清水县公安局）',
    ]);
    expect(await stageOf(caseId)).toBe('archived');
    const verify = await officer.get(`/api/cases/${caseId}/archive/verify`);
    expect(verify.body).toMatchObject({ intact: true, changed: [] });

    const download = await downloaderFor(platform, 'qs.zhifa1');
    const index = await download(`/api/cases/${caseId}/documents/fileIndex?format=pdf`);
    const text = pdfText(pdfFile(index.bytes));
    for (const expected of [
      '卷内目录',
      '立案登记表（第1页）',
      '涉嫌犯罪案件移送书（清水县公安局）',
      '道路运输证真伪鉴定意见',
      archived.body.archive.sealSha256,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('交通运输行政执法程序规定（案件终结）：归档后不能再改动案件', async () => {
    const event = await officer.post(`/api/transfers/${transferId}/events`, {
      kind: 'procuratorateCopied',
      occurredOn: today,
      organ: '清水县人民检察院',
    });
    expect(event.status).toBe(409);
    expect(event.body.error.message).toContain('已归档');
    const again = await officer.post(`/api/cases/${caseId}/archive`);
    expect(again.status).toBe(422);
    const { db } = platform.database;
    await expect(
      db.updateTable('penaltyCase').set({ cause: '改动' }).where('id', '=', caseId).execute(),
    ).rejects.toThrow(/sealed|已归档/);
    await expect(
      db.updateTable('caseTransfer').set({ report: '改动' }).where('id', '=', transferId).execute(),
    ).rejects.toThrow(/sealed|已归档/);
  });

  it('allows remarks on the sealed file, recorded and never changed', async () => {
    const supervisor = await platform.signIn('shi.jiandu');
    const annotated = await supervisor.post(`/api/cases/${caseId}/annotations`, {
      text: '经案卷评查，本案移送及时，材料齐全。',
    });
    expect(annotated.status).toBe(200);
    expect(annotated.body.annotations).toEqual([
      expect.objectContaining({ text: '经案卷评查，本案移送及时，材料齐全。' }),
    ]);
    const records = await head.get(`/api/records?objectType=case&objectId=${caseId}`);
    expect(records.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['archive', 'annotate']),
    );
    await expect(
      platform.database.db.updateTable('caseAnnotation').set({ text: '改动' }).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('detects content changed behind the seal', async () => {
    const { db } = platform.database;
    await sql`alter table case_transfer disable trigger case_transfer_sealed_when_archived`.execute(
      db,
    );
    await db
      .updateTable('caseTransfer')
      .set({ report: '事后改动的调查报告' })
      .where('id', '=', transferId)
      .execute();
    await sql`alter table case_transfer enable trigger case_transfer_sealed_when_archived`.execute(
      db,
    );
    const verify = await officer.get(`/api/cases/${caseId}/archive/verify`);
    expect(verify.body).toMatchObject({
      intact: false,
      changed: ['涉嫌犯罪案件移送书（清水县公安局）'],
    });
  });
});

describe(`归档：不予立案的案件 (${testBackend})`, () => {
  it('交通运输行政执法程序规定（案件终结）：撤销立案的案件，案卷较短，也要归档', async () => {
    const { id: caseId } = await fileCase(officer, head);
    const dismissed = await head.post(`/api/cases/${caseId}/dismiss`, {
      reason: '违法事实不能成立，撤销立案',
    });
    expect(dismissed.status).toBe(200);
    const file = await officer.get(`/api/cases/${caseId}/file`);
    expect(file.body).toMatchObject({ gaps: [], archivable: true });
    const archived = await head.post(`/api/cases/${caseId}/archive`);
    expect(archived.status).toBe(200);
    expect(await stageOf(caseId)).toBe('archived');
  });
});

describe(`结案到归档：不予处罚案件的全过程 (${testBackend})`, () => {
  it('交通运输行政执法程序规定（案件终结）：调查、决定、送达、结案后案卷齐全，归档封存', async () => {
    const filed = await fileCase(officer, head);
    const caseId = filed.id;
    const evidence = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm({
        type: 'audioVisual',
        title: '现场照片',
        collectedAt: new Date().toISOString(),
      }),
    );
    const report = await officer.post(`/api/cases/${caseId}/investigation-report`, {
      reportDate: today,
      facts: '当事人未随车携带道路运输证，经查持有有效证件，已当场改正。',
      evidenceIds: [evidence.body.id],
      proposedOutcome: 'noPenalty',
      proposal: { kinds: [], fineFen: 0, illegalGainsFen: 0, illegalPropertyValueFen: 0 },
      opinion: '违法行为轻微并及时改正，建议不予行政处罚',
    });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const decided = await head.post(`/api/cases/${caseId}/decision`, {
      kind: 'noPenalty',
      ground: 'minorViolation',
      education: '执法人员当场对当事人进行了批评教育',
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      sealed: true,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const served = await officer.post(`/api/cases/${caseId}/services`, {
      documentCode: 'decision',
      method: 'direct',
      recipient: '王五',
      actedOn: today,
      place: '清水县交通运输综合行政执法大队',
      signer: '王五',
      serverOfficerIds: filed.officerIds,
    });
    expect(served.status, JSON.stringify(served.body)).toBeLessThan(300);
    expect(await stageOf(caseId)).toBe('served');

    await officer.post(`/api/cases/${caseId}/closures`, {
      summary: '违法行为轻微并及时改正，作出不予行政处罚决定并直接送达。',
    });
    await head.post(`/api/cases/${caseId}/closures/decide`, {
      approved: true,
      opinion: '同意结案',
    });
    expect(await stageOf(caseId)).toBe('closed');

    const file = await officer.get(`/api/cases/${caseId}/file`);
    expect(file.body.gaps).toEqual([]);
    const titles = file.body.entries.map((entry: { title: string }) => entry.title);
    expect(titles[0]).toBe('立案登记表');
    for (const title of ['不予行政处罚决定书', '送达回证', '结案报告']) {
      expect(titles.some((entry: string) => entry.startsWith(title))).toBe(true);
    }
    expect(titles.at(-1)).toBe('视听资料：现场照片');
    const archived = await officer.post(`/api/cases/${caseId}/archive`);
    expect(archived.status).toBe(200);
    expect(await stageOf(caseId)).toBe('archived');
    expect((await officer.get(`/api/cases/${caseId}/archive/verify`)).body.intact).toBe(true);
  });
});
