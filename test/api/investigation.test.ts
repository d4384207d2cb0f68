import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/domain/case/case-deadlines.js';
import { chinaDate } from '../../src/domain/china-date.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.js';
import { loadWorkdayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { evidenceForm } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { poppler } from '../support/poppler.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;
let outsider: TestClient;
let reviewer: TestClient;
let head: TestClient;
let cityHead: TestClient;
let me: string;
let partner: string;
let headOfficer: string;
/** The main case: 调查取证 by qs.zhifa1 and a partner; qs.zhifa2 is not one of its officers. */
let caseId: string;
let caseNumber: string;

const party = {
  kind: 'citizen',
  name: '王五',
  idNumber: '11010519491231002X',
  address: '清水县城关镇1号',
};

/** 立案 of a case with the given officers, approved by `approver`. */
async function fileCaseWith(
  officerIds: string[],
  approver: TestClient,
  category = 'transportAdministration',
) {
  const whoAmI = (await officer.get('/api/auth/me')).body.user;
  const areaCode = (await officer.get(`/api/agencies/${whoAmI.agencyId}`)).body.regionCode;
  const today = chinaDate();
  const lead = await officer.post('/api/leads', {
    agencyId: whoAmI.agencyId,
    source: 'inspection',
    receivedAt: new Date().toISOString(),
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    summary: '执法人员检查时发现一辆货车无道路运输证从事货物运输。',
    areaCode,
  });
  const proposed = await officer.post(`/api/leads/${lead.body.id}/filing`, {
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    category,
    actAreaCode: areaCode,
    actEndDate: dayjs(today).subtract(10, 'day').format('YYYY-MM-DD'),
    discoveryDate: dayjs(today).subtract(1, 'day').format('YYYY-MM-DD'),
    party,
    officerIds,
  });
  if (proposed.status !== 201) throw new Error(JSON.stringify(proposed.body));
  const approved = await approver.post(`/api/cases/${proposed.body.id}/approve-filing`);
  if (approved.status !== 200) throw new Error(JSON.stringify(approved.body));
  return approved.body as { id: string; caseNumber: string };
}

function inquiry(overrides: Record<string, unknown> = {}) {
  const start = dayjs().subtract(2, 'hour');
  return {
    kind: 'inquiry',
    startedAt: start.toISOString(),
    endedAt: start.add(45, 'minute').toISOString(),
    place: '清水县S315线治超检测站询问室',
    officerIds: [me, partner],
    recorderOfficerId: partner,
    subject: { ...party, relation: 'party', phone: '13900001111' },
    signature: 'signed',
    questions: [
      { question: '你驾驶的货车这次运的是什么？', answer: '帮朋友拉一车家具到县城。' },
      { question: '收运费了吗？', answer: '收了三百元运费。' },
    ],
    ...overrides,
  };
}

function siteRecord(overrides: Record<string, unknown> = {}) {
  return {
    ...inquiry(),
    kind: 'site',
    questions: undefined,
    subject: { name: '王五', relation: 'party' },
    description:
      '湘N12345号货车停放于检测站停车场，车厢内装有家具约二十件，驾驶人未能出示道路运输证。',
    ...overrides,
  };
}

const items = [{ name: '湘N12345号货车随车托运单', quantity: '3张', note: '原件' }];

function measure(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'seizure',
    items: [{ name: '湘N12345号货车', specification: '重型厢式货车', quantity: '1辆' }],
    reason: '涉嫌未取得道路运输经营许可擅自从事道路运输经营，且无法当场提供车辆营运证明',
    legalBasis: '《中华人民共和国道路运输条例》第六十八条',
    place: '清水县S315线治超检测站',
    ...overrides,
  };
}

const codesOf = (response: { body: { error: { details: { path: string }[] } } }) =>
  response.body.error.details.map((detail) => detail.path);

async function caseRecord(id: string) {
  return (await head.get(`/api/records?objectType=case&objectId=${id}`)).body.items as {
    action: string;
    change: Record<string, unknown>;
  }[];
}

async function countRows(table: string): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(table)}`.execute(platform.database.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  outsider = await platform.signIn('qs.zhifa2');
  reviewer = await platform.signIn('qs.fazhi');
  head = await platform.signIn('qs.fuzeren');
  cityHead = await platform.signIn('shi.fuzeren');
  const officerOf = async (client: TestClient) =>
    (await client.get('/api/auth/me')).body.user.officerId as string;
  me = await officerOf(officer);
  headOfficer = await officerOf(head);
  const taken = new Set([me, headOfficer, await officerOf(outsider), await officerOf(reviewer)]);
  const officers = (await officer.get('/api/officers?pageSize=200')).body.items as {
    id: string;
    certificateStatus: string;
    agencyName: string;
  }[];
  partner = officers.find(
    (o) =>
      o.certificateStatus === 'valid' && /大队|运政中队/.test(o.agencyName) && !taken.has(o.id),
  )!.id;
  ({ id: caseId, caseNumber } = await fileCaseWith([me, partner], head));
});
afterAll(() => platform.close());

describe(`笔录 (${testBackend})`, () => {
  it('行政处罚法第五十五条：records a 询问笔录 with the officers’ certificate numbers, as evidence', async () => {
    const created = await officer.post(`/api/cases/${caseId}/transcripts`, inquiry());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'inquiry',
      kindLabel: '询问笔录',
      evidenceType: 'partyStatement',
      recorder: { officerId: partner },
      questions: inquiry().questions,
      signature: 'signed',
      correctsId: null,
    });
    expect(created.body.officers).toHaveLength(2);
    for (const present of created.body.officers)
      expect(present.certificateNumber).toMatch(/\d{6,}/);

    const evidence = (await officer.get(`/api/cases/${caseId}/evidence`)).body.items;
    expect(evidence).toContainEqual(
      expect.objectContaining({
        id: created.body.evidenceId,
        type: 'partyStatement',
        title: '询问笔录（王五）',
      }),
    );
    const listed = (await officer.get(`/api/cases/${caseId}/investigation`)).body;
    expect(listed.transcripts.map((t: { id: string }) => t.id)).toContain(created.body.id);
    const record = await caseRecord(caseId);
    expect(record.map((entry) => entry.action)).toContain('recordTranscript');
    expect((await officer.get(`/api/cases/${caseId}`)).body.stage).toBe('investigating');
  });

  it('行政处罚法第四十二条、第五十五条：refuses a 笔录 with fewer than two officers, writing nothing', async () => {
    const before = await countRows('evidence');
    const refused = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      inquiry({ officerIds: [me], recorderOfficerId: me }),
    );
    expect(refused.status).toBe(422);
    expect(codesOf(refused)).toEqual(['TOO_FEW_OFFICERS_PRESENT']);
    expect(refused.body.error.message).toContain('行政处罚法第四十二条');
    expect(await countRows('evidence')).toBe(before);

    const stranger = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      inquiry({ officerIds: [me, headOfficer] }),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toContain('本案执法人员');
  });

  it('行政处罚法第四十二条：refuses a 笔录 when an officer’s certificate is no longer valid', async () => {
    const admin = await platform.signIn('admin');
    const partnerCertificate = (await admin.get(`/api/officers/${partner}`)).body.certificates[0];
    await admin.patch(`/api/certificates/${partnerCertificate.id}`, { status: 'suspended' });
    try {
      const refused = await officer.post(`/api/cases/${caseId}/transcripts`, inquiry());
      expect(refused.status).toBe(422);
      expect(codesOf(refused)).toEqual(['OFFICER_NOT_QUALIFIED']);
    } finally {
      await admin.patch(`/api/certificates/${partnerCertificate.id}`, { status: 'valid' });
    }
  });

  it('lets only the case officers write a 笔录', async () => {
    const notOnCase = await outsider.post(`/api/cases/${caseId}/transcripts`, inquiry());
    expect(notOnCase.status).toBe(403);
    expect(notOnCase.body.error.message).toContain('只有本案执法人员');
    expect((await reviewer.post(`/api/cases/${caseId}/transcripts`, inquiry())).status).toBe(403);
    expect((await head.post(`/api/cases/${caseId}/transcripts`, inquiry())).status).toBe(403);
  });

  it('行政强制法第十八条：a refusal to sign needs a witness; a 现场笔录 is 勘验笔录、现场笔录 evidence', async () => {
    const noWitness = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      siteRecord({ signature: 'refused' }),
    );
    expect(noWitness.status).toBe(400);
    expect(noWitness.body.error.details[0].path).toBe('witness');

    const photo = await officer.post(
      `/api/cases/${caseId}/evidence`,
      evidenceForm(
        { type: 'audioVisual', title: '现场照片', collectedAt: new Date().toISOString() },
        { name: 'site.jpg', type: 'image/jpeg', bytes: Buffer.from('照片') },
      ),
    );
    const created = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      siteRecord({
        signature: 'refused',
        witness: { name: '赵见证' },
        attachmentIds: [photo.body.id],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'site',
      evidenceType: 'inspectionOrSiteRecord',
      signature: 'refused',
      witness: { name: '赵见证' },
      attachments: [{ evidenceId: photo.body.id, title: '现场照片' }],
    });

    const foreignAttachment = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      siteRecord({ attachmentIds: ['00000000-0000-4000-8000-000000000001'] }),
    );
    expect(foreignAttachment.status).toBe(400);
  });

  it('keeps a 笔录 unchanged forever: a correction is a new 笔录 naming the old one', async () => {
    const original = (
      await officer.post(
        `/api/cases/${caseId}/transcripts`,
        inquiry({ subject: { ...party, relation: 'witness' } }),
      )
    ).body;
    expect(original.evidenceType).toBe('witnessTestimony');
    await expect(
      platform.database.db
        .updateTable('transcript')
        .set({ place: '改过的地点' })
        .where('id', '=', original.id)
        .execute(),
    ).rejects.toMatchObject({ code: 'ZF002' });
    await expect(
      platform.database.db.deleteFrom('transcript').where('id', '=', original.id).execute(),
    ).rejects.toMatchObject({ code: 'ZF002' });

    const wrongKind = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      siteRecord({ correctsId: original.id }),
    );
    expect(wrongKind.status).toBe(400);
    const correction = await officer.post(
      `/api/cases/${caseId}/transcripts`,
      inquiry({
        correctsId: original.id,
        questions: [{ question: '上次的回答有需要更正的吗？', answer: '运费是三百五十元。' }],
      }),
    );
    expect(correction.status).toBe(201);
    expect(correction.body.correctsId).toBe(original.id);
    const transcripts = (await officer.get(`/api/cases/${caseId}/investigation`)).body
      .transcripts as { id: string; correctedById: string | null; place: string }[];
    expect(transcripts.find((t) => t.id === original.id)).toMatchObject({
      correctedById: correction.body.id,
      place: inquiry().place,
    });
  });
});

describe(`先行登记保存 (${testBackend})`, () => {
  it('行政处罚法第五十六条：officers request, the head approves, and the decision is due in seven working days', async () => {
    const requested = await officer.post(`/api/cases/${caseId}/preservations`, {
      items,
      reason: '托运单可能被当事人销毁，以后难以取得',
      place: '清水县S315线治超检测站',
      storagePlace: '清水县交通运输综合行政执法大队证据室',
    });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: 'requested', decisionDue: null });

    expect(
      (
        await officer.post(`/api/preservations/${requested.body.id}/decide`, {
          approved: true,
          opinion: '同意',
        })
      ).status,
    ).toBe(403);
    const approved = await head.post(`/api/preservations/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意先行登记保存',
    });
    expect(approved.status).toBe(200);
    const calendar = await loadWorkdayCalendar(platform.database.db);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decisionDue: computeDeadline('preservationDecision', chinaDate(), calendar).date,
      handling: null,
    });
    const again = await head.post(`/api/preservations/${requested.body.id}/decide`, {
      approved: false,
      opinion: '再次决定',
    });
    expect(again.status).toBe(409);

    const handled = await officer.post(`/api/preservations/${requested.body.id}/handle`, {
      handling: 'returned',
      note: '经核对后退还当事人',
    });
    expect(handled.status).toBe(200);
    expect(handled.body).toMatchObject({
      handling: 'returned',
      handledOn: chinaDate(),
      handledLate: false,
    });
    const twice = await officer.post(`/api/preservations/${requested.body.id}/handle`, {
      handling: 'appraisal',
    });
    expect(twice.status).toBe(409);
    const actions = (await caseRecord(caseId)).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['requestPreservation', 'approvePreservation', 'handlePreservation']),
    );
  });

  it('行政处罚法第五十六条：a late handling decision is recorded, flagged late, and was overdue on the board', async () => {
    const requested = await officer.post(`/api/cases/${caseId}/preservations`, {
      items,
      reason: '托运单可能被当事人销毁',
      place: '检测站',
      storagePlace: '就地保存',
    });
    await head.post(`/api/preservations/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意',
    });
    // As if approved twelve days ago: its seven working days have run out.
    await platform.database.db
      .updateTable('evidencePreservation')
      .set({
        decidedAt: dayjs().subtract(12, 'day').toDate(),
        decisionDue: dayjs(chinaDate()).subtract(2, 'day').format('YYYY-MM-DD'),
      })
      .where('id', '=', requested.body.id)
      .execute();
    const board = (await head.get('/api/supervision/deadlines?kind=preservationDecision')).body;
    const overdue = board.groups
      .flatMap((group: { items: { caseId: string; status: string }[] }) => group.items)
      .filter((item: { caseId: string }) => item.caseId === caseId);
    expect(overdue).toContainEqual(
      expect.objectContaining({ kind: 'preservationDecision', status: 'overdue' }),
    );

    const handled = await officer.post(`/api/preservations/${requested.body.id}/handle`, {
      handling: 'seizure',
    });
    expect(handled.status).toBe(200);
    expect(handled.body.handledLate).toBe(true);
    const entry = (await caseRecord(caseId)).find(
      (e) => e.action === 'handlePreservation' && e.change.preservationId === requested.body.id,
    );
    expect(entry?.change.late).toBe(true);
  });

  it('查处分离: a head who is a case officer cannot approve; a refused one needs no decision', async () => {
    const conflicted = await fileCaseWith([me, headOfficer], cityHead, 'roadAdministration');
    const requested = await officer.post(`/api/cases/${conflicted.id}/preservations`, {
      items,
      reason: '证据可能灭失',
      place: '检测站',
      storagePlace: '就地保存',
    });
    const refused = await head.post(`/api/preservations/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意',
    });
    expect(refused.status).toBe(422);
    expect(codesOf(refused)).toEqual(['APPROVER_IS_CASE_OFFICER']);
    const declined = await cityHead.post(`/api/preservations/${requested.body.id}/decide`, {
      approved: false,
      opinion: '证据可以通过复印取得，不必先行登记保存',
    });
    expect(declined.body).toMatchObject({ status: 'refused', decisionDue: null });
    const handle = await officer.post(`/api/preservations/${requested.body.id}/handle`, {
      handling: 'returned',
    });
    expect(handle.status).toBe(409);
  });

  it('refuses a request without items', async () => {
    const empty = await officer.post(`/api/cases/${caseId}/preservations`, {
      items: [],
      reason: '证据可能灭失',
      place: '检测站',
      storagePlace: '就地保存',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('请至少列明一项物品');
  });
});

describe(`行政强制措施 (${testBackend})`, () => {
  it('行政强制法第十八条、第二十五条：approved first, carried out, extended once by the head, then lifted', async () => {
    const requested = await officer.post(`/api/cases/${caseId}/measures`, measure());
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: 'requested', termDays: 30, emergency: false });
    const early = await officer.post(`/api/measures/${requested.body.id}/implement`, {
      implementedAt: new Date().toISOString(),
    });
    expect(early.status).toBe(409);
    expect(
      (
        await officer.post(`/api/measures/${requested.body.id}/decide`, {
          approved: true,
          opinion: '同意',
        })
      ).status,
    ).toBe(403);
    const approved = await head.post(`/api/measures/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意扣押',
    });
    expect(approved.body.status).toBe('approved');
    const implemented = await officer.post(`/api/measures/${requested.body.id}/implement`, {
      implementedAt: new Date().toISOString(),
    });
    expect(implemented.status).toBe(200);
    const today = chinaDate();
    expect(implemented.body).toMatchObject({
      status: 'inForce',
      endsOn: dayjs(today).add(30, 'day').format('YYYY-MM-DD'),
    });

    const tooLong = await head.post(`/api/measures/${requested.body.id}/extend`, {
      days: 31,
      reason: '案情复杂，需要进一步调查',
    });
    expect(tooLong.status).toBe(422);
    expect(codesOf(tooLong)).toEqual(['MEASURE_EXTENSION_TOO_LONG']);
    expect(tooLong.body.error.message).toContain('行政强制法第二十五条');
    const byOfficer = await officer.post(`/api/measures/${requested.body.id}/extend`, {
      days: 30,
      reason: '案情复杂',
    });
    expect(byOfficer.status).toBe(403);
    const extended = await head.post(`/api/measures/${requested.body.id}/extend`, {
      days: 30,
      reason: '案情复杂，需要进一步调查车辆来源',
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({
      extensionDays: 30,
      endsOn: dayjs(today).add(60, 'day').format('YYYY-MM-DD'),
    });
    const secondExtension = await head.post(`/api/measures/${requested.body.id}/extend`, {
      days: 5,
      reason: '仍需调查',
    });
    expect(secondExtension.status).toBe(422);
    expect(codesOf(secondExtension)).toEqual(['MEASURE_ALREADY_EXTENDED']);

    const lifted = await officer.post(`/api/measures/${requested.body.id}/lift`, {
      reason: 'unrelated',
      note: '车辆已查明与违法行为无关，当场退还',
    });
    expect(lifted.status).toBe(200);
    expect(lifted.body).toMatchObject({
      status: 'lifted',
      liftedOn: today,
      liftReason: 'unrelated',
    });
    const actions = (await caseRecord(caseId)).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'requestMeasure',
        'approveMeasure',
        'implementMeasure',
        'extendMeasure',
        'liftMeasure',
      ]),
    );
  });

  it('行政强制法第二十五条：refuses a term over thirty days and an extension after the term ran out', async () => {
    const tooLong = await officer.post(`/api/cases/${caseId}/measures`, measure({ termDays: 45 }));
    expect(tooLong.status).toBe(422);
    expect(codesOf(tooLong)).toEqual(['MEASURE_TERM_TOO_LONG']);

    const requested = await officer.post(`/api/cases/${caseId}/measures`, measure());
    await head.post(`/api/measures/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意',
    });
    await officer.post(`/api/measures/${requested.body.id}/implement`, {
      implementedAt: new Date().toISOString(),
    });
    await platform.database.db
      .updateTable('compulsoryMeasure')
      .set({ implementedAt: dayjs().subtract(32, 'day').toDate() })
      .where('id', '=', requested.body.id)
      .execute();
    const expired = await head.post(`/api/measures/${requested.body.id}/extend`, {
      days: 10,
      reason: '案情复杂',
    });
    expect(expired.status).toBe(422);
    expect(codesOf(expired)).toEqual(['MEASURE_TERM_EXPIRED']);
    const board = (await head.get('/api/supervision/deadlines?kind=seizure')).body;
    expect(
      board.groups.flatMap((group: { items: { caseId: string; status: string }[] }) => group.items),
    ).toContainEqual(expect.objectContaining({ caseId, kind: 'seizure', status: 'overdue' }));
    await officer.post(`/api/measures/${requested.body.id}/lift`, { reason: 'termExpired' });
  });

  it('行政强制法第十九条：an emergency measure reported within 24 hours awaits the head’s approval', async () => {
    const reported = await officer.post(
      `/api/cases/${caseId}/measures`,
      measure({ emergency: true, implementedAt: dayjs().subtract(2, 'hour').toISOString() }),
    );
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ status: 'awaitingApproval', reportLate: false });
    const calendar = await loadWorkdayCalendar(platform.database.db);
    const board = (await head.get('/api/supervision/deadlines?kind=emergencyMeasureReport')).body;
    expect(
      board.groups.flatMap((group: { items: { caseId: string }[] }) => group.items),
    ).toContainEqual(
      expect.objectContaining({
        caseId,
        kind: 'emergencyMeasureReport',
        due: computeDeadline(
          'emergencyMeasureReport',
          chinaDate(dayjs().subtract(2, 'hour').toDate()),
          calendar,
        ).date,
      }),
    );
    const approved = await head.post(`/api/measures/${reported.body.id}/decide`, {
      approved: true,
      opinion: '同意补办批准',
    });
    expect(approved.body.status).toBe('inForce');
    const lifted = await officer.post(`/api/measures/${reported.body.id}/lift`, {
      reason: 'decided',
    });
    expect(lifted.body.status).toBe('lifted');
  });

  it('行政强制法第十九条：one reported after 24 hours cannot be approved and must be lifted', async () => {
    const reported = await officer.post(
      `/api/cases/${caseId}/measures`,
      measure({ emergency: true, implementedAt: dayjs().subtract(25, 'hour').toISOString() }),
    );
    expect(reported.body).toMatchObject({ status: 'mustLift', reportLate: true });
    const approval = await head.post(`/api/measures/${reported.body.id}/decide`, {
      approved: true,
      opinion: '同意',
    });
    expect(approval.status).toBe(422);
    expect(codesOf(approval)).toEqual(['EMERGENCY_MEASURE_REPORT_LATE']);
    const refusal = await head.post(`/api/measures/${reported.body.id}/decide`, {
      approved: false,
      opinion: '未按时报告，立即解除',
    });
    expect(refusal.body.status).toBe('mustLift');
    const lifted = await officer.post(`/api/measures/${reported.body.id}/lift`, {
      reason: 'notApproved',
    });
    expect(lifted.body).toMatchObject({ status: 'lifted', liftReasonLabel: expect.any(String) });
  });

  it('查处分离: a head who is a case officer cannot approve a measure', async () => {
    const conflicted = await fileCaseWith([me, headOfficer], cityHead, 'roadAdministration');
    const requested = await officer.post(`/api/cases/${conflicted.id}/measures`, measure());
    const refused = await head.post(`/api/measures/${requested.body.id}/decide`, {
      approved: true,
      opinion: '同意',
    });
    expect(refused.status).toBe(422);
    expect(codesOf(refused)).toEqual(['APPROVER_IS_CASE_OFFICER']);
    expect(refused.body.error.message).toContain('行政强制法第十八条第一项');
  });
});

describe(`责令改正 (${testBackend})`, () => {
  it('行政处罚法第二十八条：orders correction at once or by a later date, never altered', async () => {
    const byDate = await officer.post(`/api/cases/${caseId}/correction-orders`, {
      violation: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
      legalBasis: '《中华人民共和国道路运输条例》第二十四条',
      requirement: '立即停止未经许可的道路运输经营活动，依法申请道路运输经营许可',
      correctBy: dayjs(chinaDate()).add(15, 'day').format('YYYY-MM-DD'),
    });
    expect(byDate.status).toBe(201);
    expect(byDate.body.issuedOn).toBe(chinaDate());
    const atOnce = await officer.post(`/api/cases/${caseId}/correction-orders`, {
      violation: '车辆未随车携带道路运输证',
      legalBasis: '《中华人民共和国道路运输条例》第三十四条',
      requirement: '随车携带道路运输证',
    });
    expect(atOnce.body.correctBy).toBeNull();
    const today = await officer.post(`/api/cases/${caseId}/correction-orders`, {
      violation: '车辆未随车携带道路运输证',
      legalBasis: '《中华人民共和国道路运输条例》第三十四条',
      requirement: '随车携带道路运输证',
      correctBy: chinaDate(),
    });
    expect(today.status).toBe(400);
    expect(
      (
        await outsider.post(`/api/cases/${caseId}/correction-orders`, {
          violation: '车辆未随车携带道路运输证',
          legalBasis: '《中华人民共和国道路运输条例》第三十四条',
          requirement: '随车携带道路运输证',
        })
      ).status,
    ).toBe(403);
    await expect(
      platform.database.db
        .updateTable('correctionOrder')
        .set({ requirement: '改过' })
        .where('id', '=', byDate.body.id)
        .execute(),
    ).rejects.toMatchObject({ code: 'ZF002' });
  });
});

describe(`调查取证只在调查阶段 (${testBackend})`, () => {
  it('行政处罚法第五十四条：nothing new after 撤销立案, but a seizure can still be lifted', async () => {
    const filed = await fileCaseWith([me, partner], head);
    const requested = await officer.post(
      `/api/cases/${filed.id}/measures`,
      measure({ emergency: true, implementedAt: dayjs().subtract(1, 'hour').toISOString() }),
    );
    await head.post(`/api/cases/${filed.id}/dismiss`, { reason: '违法事实不能成立' });
    for (const [path, body] of [
      ['transcripts', inquiry()],
      ['preservations', { items, reason: '证据可能灭失', place: '检测站', storagePlace: '就地' }],
      ['measures', measure()],
      [
        'correction-orders',
        { violation: '未随车携带道路运输证', legalBasis: '道路运输条例', requirement: '随车携带' },
      ],
    ] as const) {
      const refused = await officer.post(`/api/cases/${filed.id}/${path}`, body);
      expect([path, refused.status]).toEqual([path, 422]);
      expect(codesOf(refused)).toEqual(['INVESTIGATION_NOT_OPEN']);
    }
    const lifted = await officer.post(`/api/measures/${requested.body.id}/lift`, {
      reason: 'noViolation',
    });
    expect(lifted.status).toBe(200);
  });
});

describe(`调查取证文书 (${testBackend})`, () => {
  let cookie: string;
  let investigation: {
    transcripts: { id: string; kind: string }[];
    preservations: { id: string; status: string }[];
    measures: { id: string; emergency: boolean; status: string }[];
    correctionOrders: { id: string }[];
  };

  beforeAll(async () => {
    const login = await platform.app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
      body: JSON.stringify({ username: 'qs.zhifa1', password: DEMO_PASSWORD }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    await officer.post(
      `/api/cases/${caseId}/transcripts`,
      siteRecord({
        kind: 'survey',
        object: '湘N12345号货车车厢',
        description: '车厢长6.8米，装载木质家具二十件，无其他货物。',
      }),
    );
    investigation = (await officer.get(`/api/cases/${caseId}/investigation`)).body;
  });

  /** The PDF's text layer, whitespace removed, after its 式样 number from the metadata. */
  async function pdfText(code: string, itemId: string) {
    const response = await platform.app.request(
      `http://localhost/api/cases/${caseId}/documents/${code}?format=pdf&item=${itemId}`,
      { headers: { Cookie: cookie } },
    );
    expect(response.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhifa-doc-')), `${code}.pdf`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const subject = /Subject:\s*(.+)/.exec(poppler('pdfinfo', [file]))?.[1] ?? '';
    return `${subject}${poppler('pdftotext', [file, '-'])}`.replace(/\s+/g, '');
  }

  it('lists every 笔录, 清单, 决定书 and 通知书 of the case among its documents', async () => {
    const listed = (await officer.get(`/api/cases/${caseId}/documents`)).body as {
      code: string;
      itemId: string | null;
    }[];
    const codes = new Set(listed.map((document) => document.code));
    for (const code of [
      'inquiryRecord',
      'siteRecord',
      'surveyRecord',
      'preservationList',
      'measureDecision',
      'correctionOrder',
    ]) {
      expect(codes).toContain(code);
    }
    const inquiries = listed.filter((document) => document.code === 'inquiryRecord');
    expect(inquiries.map((document) => document.itemId).sort()).toEqual(
      investigation.transcripts
        .filter((t) => t.kind === 'inquiry')
        .map((t) => t.id)
        .sort(),
    );
  });

  it('prints the 询问笔录 with the officers, their certificate numbers and the questions and answers', async () => {
    const transcript = investigation.transcripts.find((t) => t.kind === 'inquiry')!;
    const text = await pdfText('inquiryRecord', transcript.id);
    for (const expected of [
      '询问笔录',
      '交通运输行政执法文书式样之二',
      caseNumber,
      '王五',
      '问：你驾驶的货车这次运的是什么？',
      '答：帮朋友拉一车家具到县城。',
      '执法证件号码',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the 现场笔录 with the refusal and its witness, and the 勘验笔录 with its object', async () => {
    const site = investigation.transcripts.find((t) => t.kind === 'site')!;
    const siteText = await pdfText('siteRecord', site.id);
    for (const expected of ['现场笔录', '式样之四', '拒绝签名', '赵见证', '现场照片']) {
      expect(siteText).toContain(expected);
    }
    const survey = investigation.transcripts.find((t) => t.kind === 'survey')!;
    const surveyText = await pdfText('surveyRecord', survey.id);
    for (const expected of ['勘验笔录', '式样之三', '湘N12345号货车车厢', '木质家具二十件']) {
      expect(surveyText).toContain(expected);
    }
  });

  it('prints the 证据登记保存清单, the 行政强制措施决定书 and the 责令改正违法行为通知书', async () => {
    const preservation = investigation.preservations.find((p) => p.status === 'approved')!;
    const list = await pdfText('preservationList', preservation.id);
    for (const expected of [
      '证据登记保存清单',
      '式样之六',
      '湘N12345号货车随车托运单',
      '第五十六条',
    ]) {
      expect(list).toContain(expected);
    }
    const decided = investigation.measures.find((m) => !m.emergency && m.status !== 'refused')!;
    const decision = await pdfText('measureDecision', decided.id);
    for (const expected of [
      '行政强制措施决定书',
      '式样之八',
      '扣押',
      '湘N12345号货车',
      '六十日内',
    ]) {
      expect(decision).toContain(expected);
    }
    const order = investigation.correctionOrders[0]!;
    const notice = await pdfText('correctionOrder', order.id);
    for (const expected of ['责令改正违法行为通知书', '式样之十六', '第二十八条', '王五']) {
      expect(notice).toContain(expected);
    }
  });

  it('gives an editable DOCX, and 404 for an item that is not this case’s', async () => {
    const transcript = investigation.transcripts[0]!;
    const docx = await platform.app.request(
      `http://localhost/api/cases/${caseId}/documents/inquiryRecord?format=docx&item=${transcript.id}`,
      { headers: { Cookie: cookie } },
    );
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const missing = await officer.get(
      `/api/cases/${caseId}/documents/measureDecision?item=00000000-0000-4000-8000-000000000009`,
    );
    expect(missing.status).toBe(404);
  });
});
