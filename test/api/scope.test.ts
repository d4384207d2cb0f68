import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceForm, fileCase } from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

/**
 * 管辖范围: a county user sees and acts only within their agency and its subordinates.
 * The API is enumerated from its own OpenAPI document, so a new endpoint that takes an
 * id is covered here automatically (or fails until it is given a sample).
 */

let platform: TestPlatform;
let countyAdmin: TestClient;
let countyOfficer: TestClient;
let countyReviewer: TestClient;
const foreign: Record<string, string> = {};

const evidenceFields = {
  type: 'audioVisual',
  title: '现场照片',
  collectedAt: '2026-11-20T08:00:00+08:00',
};

const validBodies: Record<string, unknown> = {
  'post /cases/{id}/investigation-report': {
    reportDate: '2026-11-20',
    facts: '越权提交的调查终结报告事实',
    evidenceIds: [],
    proposedOutcome: 'noPenalty',
    proposal: { kinds: [] },
    opinion: '越权提交',
  },
  'post /cases/{id}/reopen-investigation': { reason: '越权补充调查' },
  'post /cases/{id}/legal-review-requests': { submission: '越权提交法制审核' },
  'post /cases/{id}/legal-review-opinions': { opinion: 'approved', comments: '越权审核意见' },
  'post /cases/{id}/collective-discussion-requests': { reason: '越权提交集体讨论' },
  'post /cases/{id}/collective-discussions': {
    heldOn: '2026-11-20',
    place: '会议室',
    participants: [],
    conclusion: 'penalty',
    conclusionText: '越权记录讨论',
    recorderName: '记录人',
  },
  'post /cases/{id}/prior-notices': {
    servedOn: '2026-11-20',
    serviceMethod: 'direct',
    contactPerson: '联系人',
    contactPhone: '0739-1234567',
  },
  'post /cases/{id}/party-responses': {
    kind: 'statement',
    receivedOn: '2026-11-20',
    form: 'written',
    content: '越权登记陈述',
  },
  'post /cases/{id}/statement-reviews': {
    responseId: '00000000-0000-4000-8000-000000000001',
    adoption: 'adopted',
    reasoning: '越权复核',
  },
  'post /cases/{id}/hearings': {
    noticeServedOn: '2026-11-10',
    noticeServiceMethod: 'direct',
    hearingOn: '2026-11-20',
    place: '听证室',
    chairOfficerId: '00000000-0000-4000-8000-000000000001',
    recorderName: '记录员',
    agents: [],
  },
  'post /cases/{id}/hearing-records': {
    attendance: 'absentWithoutGoodReason',
    partySigned: false,
    refusalNote: '未到场',
    report: '越权记录听证',
  },
  'post /cases/{id}/close-statement-period': undefined,
  'post /cases/{id}/decision': { kind: 'noPenalty', ground: 'factsNotEstablished' },
  'post /cases/{id}/decision-extensions': { newDueDate: '2027-03-01', reason: '越权延长期限' },
  'patch /agencies/{id}': { phone: '0739-1234567' },
  'post /agencies/{id}/units': { name: '新中队', kind: '中队' },
  'patch /officers/{id}': { phone: '13900000000' },
  'post /officers/{id}/certificates': {
    number: 'SCOPE-0001',
    issuer: '湖江省人民政府',
    categories: ['roadAdministration'],
    areaCodes: ['439922'],
    areaName: '石门县',
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
  },
  'patch /certificates/{id}': { status: 'suspended' },
  'patch /users/{id}': { displayName: '改名' },
  'post /users/{id}/lock': undefined,
  'post /users/{id}/unlock': undefined,
  'post /users/{id}/reset-password': undefined,
  'post /leads/{id}/dismiss': { reason: '越权处理线索' },
  'post /leads/{id}/transfer': { reason: '越权移送线索' },
  'post /leads/{id}/filing': {
    cause: '越权立案的案由',
    category: 'transportAdministration',
    actAreaCode: '439921',
    actEndDate: '2026-11-01',
    discoveryDate: '2026-11-02',
    party: { kind: 'citizen', name: '张三', idNumber: '11010519491231002X', address: '某地' },
    officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  },
  'post /cases/{id}/approve-filing': undefined,
  'post /cases/{id}/return-filing': { reason: '越权退回' },
  'post /cases/{id}/dismiss': { reason: '越权撤销' },
  'post /cases/{id}/recusals': {
    officerId: '00000000-0000-4000-8000-000000000001',
    requestedBy: 'party',
    reason: '越权申请回避',
  },
  'post /recusals/{id}/decide': { granted: true, reason: '越权决定' },
  'post /cases/{id}/evidence': evidenceForm(evidenceFields, {
    name: 'b.jpg',
    type: 'image/jpeg',
    bytes: Buffer.from('越权'),
  }),
  'post /cases/{id}/service-address-confirmations': {
    recipient: '越权',
    signedOn: '2026-11-01',
    consentsToElectronic: false,
  },
  'post /cases/{id}/services': {
    documentCode: 'decision',
    method: 'direct',
    recipient: '越权',
    actedOn: '2026-11-01',
    place: '某地',
    signer: '越权',
    serverOfficerIds: ['00000000-0000-4000-8000-000000000001'],
  },
  'post /cases/{id}/execution/start': undefined,
  'post /cases/{id}/payments': {
    amountFen: 100,
    paidOn: '2026-11-01',
    channel: 'bank',
    reference: 'SCOPE-PAYMENT',
  },
  'post /cases/{id}/payment-plans': {
    kind: 'deferral',
    appliedOn: '2026-11-01',
    reason: '越权申请',
    deferredTo: '2026-12-01',
  },
  'post /cases/{id}/payment-plans/decision': { approved: true, reason: '越权批准' },
  'post /cases/{id}/remedy-periods': {
    kind: 'litigation',
    body: '某法院',
    startedOn: '2026-11-01',
  },
  'post /cases/{id}/remedy-periods/end': { endedOn: '2026-11-02', outcome: 'upheld' },
  'post /cases/{id}/demands': { issuedOn: '2026-11-01', performBy: '2026-11-11' },
  'post /cases/{id}/court-applications': { appliedOn: '2026-11-01', court: '某法院' },
  'post /cases/{id}/court-applications/ruling': {
    outcome: 'granted',
    ruledOn: '2026-11-02',
    rulingNumber: '越权',
  },
};

const listedItems = [{ name: '越权登记的物品', quantity: '1件' }];
Object.assign(validBodies, {
  'post /cases/{id}/transcripts': {
    kind: 'inquiry',
    startedAt: '2026-11-20T08:00:00+08:00',
    endedAt: '2026-11-20T08:30:00+08:00',
    place: '越权询问地点',
    officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
    recorderOfficerId: '00000000-0000-4000-8000-000000000001',
    subject: { name: '张三', relation: 'party' },
    signature: 'signed',
    questions: [{ question: '越权询问？', answer: '是。' }],
  },
  'post /cases/{id}/preservations': {
    items: listedItems,
    reason: '越权先行登记保存',
    place: '某地',
    storagePlace: '某地',
  },
  'post /preservations/{id}/decide': { approved: true, opinion: '越权批准' },
  'post /preservations/{id}/handle': { handling: 'returned' },
  'post /cases/{id}/measures': {
    kind: 'seizure',
    items: listedItems,
    reason: '越权扣押的理由',
    legalBasis: '越权扣押的依据',
    place: '某地',
  },
  'post /measures/{id}/decide': { approved: true, opinion: '越权批准' },
  'post /measures/{id}/implement': { implementedAt: '2026-11-20T08:00:00+08:00' },
  'post /measures/{id}/extend': { days: 10, reason: '越权延长期限' },
  'post /measures/{id}/lift': { reason: 'other' },
  'post /cases/{id}/correction-orders': {
    violation: '越权责令改正的违法行为',
    legalBasis: '越权引用的规定',
    requirement: '越权提出的改正要求',
  },
});

Object.assign(validBodies, {
  'post /form-number-ranges/{id}/void': { number: 1, reason: '越权作废编号' },
  'post /summary-decisions/{id}/filing': {},
  'post /cases/{id}/transfers': {
    kind: 'jurisdiction',
    recipient: '越权接收机关',
    reason: '越权移送的事实和理由',
    report: '越权移送的调查报告内容',
  },
  'post /transfers/{id}/decide': { approved: true, opinion: '越权批准' },
  'post /transfers/{id}/handover': {
    handedOverAt: '2026-11-20T08:00:00+08:00',
    receiptSignedBy: '越权接收人',
  },
  'post /transfers/{id}/events': { kind: 'returned', occurredOn: '2026-11-20' },
  'post /transfers/{id}/take-back': { reason: '越权收回案件' },
  'post /cases/{id}/closures': { summary: '越权提交的结案报告内容' },
  'post /cases/{id}/closures/decide': { approved: true, opinion: '越权批准' },
  'post /cases/{id}/archive': undefined,
  'post /cases/{id}/annotations': { text: '越权备注' },
  'post /cases/{id}/discretion': { violationCode: 'RT-63-1' },
  'post /cases/{id}/discretion/preview': { violationCode: 'RT-63-1' },
});

/** Reference data the whole platform shares (裁量基准 are issued province-wide), not a county's. */
const platformWidePaths = [/^\/benchmarks\/\{id\}/];

const idKindByPrefix: [RegExp, string][] = [
  [/^\/agencies\/\{id\}/, 'agency'],
  [/^\/officers\/\{id\}/, 'officer'],
  [/^\/certificates\/\{id\}/, 'certificate'],
  [/^\/users\/\{id\}/, 'user'],
  [/^\/leads\/\{id\}/, 'lead'],
  [/^\/cases\/\{id\}/, 'case'],
  [/^\/recusals\/\{id\}/, 'recusal'],
  [/^\/evidence\/\{id\}/, 'evidence'],
  [/^\/form-number-ranges\/\{id\}/, 'formNumberRange'],
  [/^\/summary-decisions\/\{id\}/, 'summaryDecision'],
  [/^\/transfers\/\{id\}/, 'transfer'],
  [/^\/preservations\/\{id\}/, 'preservation'],
  [/^\/measures\/\{id\}/, 'measure'],
];

beforeAll(async () => {
  platform = await startTestPlatform();
  const admin = await platform.signIn('admin');
  const agencies = (await admin.get('/api/agencies')).body.items as {
    id: string;
    name: string;
    units: { id: string }[];
  }[];
  const qsBrigade = agencies.find((a) => a.name === '清水县交通运输综合行政执法大队')!;
  const smBrigade = agencies.find((a) => a.name === '石门县交通运输综合行政执法大队')!;
  const created = await admin.post('/api/users', {
    username: 'qs.admin',
    displayName: '清水管理员',
    agencyId: qsBrigade.id,
    // Every role, so that no permission check can hide a missing scope check.
    roles: ['systemAdmin', 'officer', 'approver', 'legalReviewer', 'supervisor', 'disclosureAdmin'],
  });
  const first = await platform.signIn('qs.admin', created.body.temporaryPassword);
  await first.post('/api/auth/change-password', {
    currentPassword: created.body.temporaryPassword,
    newPassword: 'Qingshui#2027admin',
  });
  countyAdmin = await platform.signIn('qs.admin', 'Qingshui#2027admin');
  countyOfficer = await platform.signIn('qs.zhifa1');
  countyReviewer = await platform.signIn('qs.fazhi');

  const smOfficers = (await admin.get(`/api/officers?agencyId=${smBrigade.id}`)).body.items;
  const smOfficer = (await admin.get(`/api/officers/${smOfficers[0].id}`)).body;
  const smUser = (await admin.get('/api/users')).body.items.find(
    (u: { username: string }) => u.username === 'sm.zhifa1',
  );
  foreign.agency = smBrigade.id;
  foreign.officer = smOfficer.id;
  foreign.certificate = smOfficer.certificates[0].id;
  foreign.user = smUser.id;
  Object.assign(foreign, await foreignCase());
  Object.assign(foreign, await foreignSummaryAndTransfer(foreign.case!));
});
afterAll(() => platform.close());

/** A lead, a case, a recusal and an evidence item in 石门县, made by 石门's own people. */
/** A form number range, a 当场处罚 decision and a proposed transfer of 石门县. */
async function foreignSummaryAndTransfer(caseId: string) {
  const smOfficer = await platform.signIn('sm.zhifa1');
  const me = (await smOfficer.get('/api/auth/me')).body.user;
  const colleague = (await platform.signIn('sm.zhifa2')).get('/api/auth/me');
  const range = await (
    await platform.signIn('sm.fuzeren')
  ).post('/api/form-number-ranges', {
    officerId: me.officerId,
    series: '石综当罚',
    firstNumber: 1,
    lastNumber: 10,
  });
  const now = new Date().toISOString();
  const decision = await smOfficer.post('/api/summary-decisions', {
    rangeId: range.body.id,
    formNumber: 1,
    colleagueIds: [(await colleague).body.user.officerId],
    category: 'transportAdministration',
    party: { kind: 'citizen', name: '张三', idNumber: '11010519491231002X', address: '石门县' },
    place: '石门县某路口',
    areaCode: '439922',
    actAt: now,
    decidedAt: now,
    facts: '未随车携带道路运输证',
    factsConfirmed: true,
    violatedProvision: '《道路运输条例》第三十一条',
    legalBasis: '《道路运输条例》第六十八条',
    penaltyKinds: ['warning'],
    fineFen: 0,
    reconsiderationBody: '石门县人民政府',
    litigationCourt: '石门县人民法院',
  });
  const transfer = await smOfficer.post(
    `/api/cases/${caseId}/transfers`,
    validBodies['post /cases/{id}/transfers'],
  );
  return {
    formNumberRange: range.body.id,
    summaryDecision: decision.body.id,
    transfer: transfer.body.items[0].id,
  };
}

async function foreignCase() {
  const smOfficer = await platform.signIn('sm.zhifa1');
  const filed = await fileCase(smOfficer, await platform.signIn('sm.fuzeren'));
  const recusal = await smOfficer.post(`/api/cases/${filed.id}/recusals`, {
    officerId: filed.officerIds[1],
    requestedBy: 'party',
    reason: '石门县的回避申请',
  });
  const evidence = await smOfficer.post(
    `/api/cases/${filed.id}/evidence`,
    evidenceForm(evidenceFields, { name: 'a.jpg', type: 'image/jpeg', bytes: Buffer.from('石门') }),
  );
  const preservation = await smOfficer.post(
    `/api/cases/${filed.id}/preservations`,
    validBodies['post /cases/{id}/preservations'],
  );
  const measure = await smOfficer.post(
    `/api/cases/${filed.id}/measures`,
    validBodies['post /cases/{id}/measures'],
  );
  return {
    lead: filed.leadId,
    case: filed.id,
    recusal: recusal.body.recusals[0].id,
    evidence: evidence.body.id,
    preservation: preservation.body.id,
    measure: measure.body.id,
  };
}

async function operationsWithId() {
  const spec = (await countyAdmin.get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter(() => path.includes('{id}'))
      .map((method) => ({ method, path: path.replace(/^\/api/, '') }))
      .filter((operation) => !platformWidePaths.some((pattern) => pattern.test(operation.path))),
  );
}

async function recordCount(): Promise<number> {
  const row = await platform.database.db
    .selectFrom('recordLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`管辖范围：县级用户不能读取或改动其他县的数据 (${testBackend})`, () => {
  it('answers 404 on every endpoint that takes another county’s id, and writes nothing', async () => {
    const operations = await operationsWithId();
    expect(operations.length).toBeGreaterThanOrEqual(12);
    const before = await recordCount();
    for (const { method, path } of operations) {
      const kind = idKindByPrefix.find(([pattern]) => pattern.test(path))?.[1];
      if (!kind) throw new Error(`scope test: say which id ${path} takes (idKindByPrefix)`);
      const key = `${method} ${path}`;
      if (method !== 'get' && !(key in validBodies))
        throw new Error(`scope test: add a valid body for ${key}`);
      const url = `/api${path.replace('{id}', foreign[kind]!).replace('{code}', 'filingRegister')}${path.endsWith('/eligibility') ? '?category=roadAdministration&areaCode=439922&date=2026-06-01' : ''}`;
      for (const client of [countyAdmin, countyOfficer]) {
        const response = await (
          client as unknown as Record<
            string,
            (p: string, b?: unknown) => Promise<{ status: number; body: any }>
          >
        )[method]!(url, validBodies[key]);
        expect
          .soft([key, response.status])
          .toEqual([key, client === countyAdmin ? 404 : expect.toBeOneOf([403, 404])]);
      }
    }
    expect(await recordCount()).toBe(before);
  });

  it('lists only its own subtree', async () => {
    const agencies = (await countyOfficer.get('/api/agencies')).body.items.map(
      (a: { name: string }) => a.name,
    );
    expect(agencies).toEqual(
      expect.arrayContaining(['清水县交通运输综合行政执法大队', '清水县路政中队']),
    );
    expect(agencies.join()).not.toMatch(/石门|云溪|临江/);

    const officers = (await countyOfficer.get('/api/officers?pageSize=200')).body;
    expect(officers.total).toBe(12);
    expect(
      officers.items.every((o: { agencyName: string }) => o.agencyName.startsWith('清水县')),
    ).toBe(true);
    expect(
      (await countyOfficer.get(`/api/officers?agencyId=${foreign.agency}`)).body.items,
    ).toEqual([]);

    const users = (await countyAdmin.get('/api/users')).body.items.map(
      (u: { username: string }) => u.username,
    );
    expect(users.every((name: string) => name.startsWith('qs.'))).toBe(true);
  });

  it('shows no record of another county’s objects', async () => {
    const history = await countyReviewer.get(
      `/api/records?objectType=officer&objectId=${foreign.officer}`,
    );
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([]);
    const recent = (await countyReviewer.get('/api/records')).body.items as { objectId: string }[];
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.some((entry) => Object.values(foreign).includes(entry.objectId))).toBe(false);
  });

  it('cannot place new data under another county', async () => {
    const response = await countyAdmin.post('/api/officers', {
      agencyId: foreign.agency,
      name: '越权者',
      idNumber: '11010519491231002X',
    });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('不在您所属机构的管辖范围内');
  });
});
