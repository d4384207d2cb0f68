import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.js';
import { chinaDate } from '../../src/domain/china-date.js';
import type { TestClient, TestPlatform } from './platform.js';
import { poppler } from './poppler.js';

/**
 * A filed case (立案 approved) in the officer's brigade: the officer and a colleague with a
 * valid 综合 certificate are its case officers. 运政 cause, act ten days ago.
 */
export async function fileCase(
  officer: TestClient,
  head: TestClient,
): Promise<{ id: string; caseNumber: string; leadId: string; officerIds: string[] }> {
  const me = (await officer.get('/api/auth/me')).body.user;
  const areaCode = (await officer.get(`/api/agencies/${me.agencyId}`)).body.regionCode;
  const colleagues = (
    await officer.get(`/api/officers?agencyId=${me.agencyId}&certificateStatus=valid&pageSize=200`)
  ).body.items;
  const colleague = colleagues.find(
    (o: { id: string; agencyId: string }) => o.id !== me.officerId && o.agencyId === me.agencyId,
  );
  const lead = await officer.post('/api/leads', {
    agencyId: me.agencyId,
    source: 'inspection',
    receivedAt: new Date().toISOString(),
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    summary: '执法人员检查时发现一辆货车无道路运输证从事货物运输。',
    areaCode,
  });
  const today = chinaDate();
  const proposed = await officer.post(`/api/leads/${lead.body.id}/filing`, {
    cause: '未取得道路运输经营许可擅自从事道路运输经营',
    category: 'transportAdministration',
    actAreaCode: areaCode,
    actEndDate: dayjs(today).subtract(10, 'day').format('YYYY-MM-DD'),
    discoveryDate: dayjs(today).subtract(1, 'day').format('YYYY-MM-DD'),
    party: { kind: 'citizen', name: '王五', idNumber: '11010519491231002X', address: '城关镇1号' },
    officerIds: [me.officerId, colleague.id],
  });
  if (proposed.status !== 201)
    throw new Error(`filing proposal failed: ${JSON.stringify(proposed.body)}`);
  const approved = await head.post(`/api/cases/${proposed.body.id}/approve-filing`);
  if (approved.status !== 200)
    throw new Error(`filing approval failed: ${JSON.stringify(approved.body)}`);
  return {
    id: approved.body.id,
    caseNumber: approved.body.caseNumber,
    leadId: lead.body.id,
    officerIds: [me.officerId, colleague.id],
  };
}

export function evidenceForm(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return form;
}

/**
 * Moves a case's 立案 date `days` back, straight in the database, so that its deadlines
 * (行政处罚法第六十条's ninety days first) fall due without waiting months.
 */
export async function backdateFiling(
  platform: TestPlatform,
  caseId: string,
  days: number,
): Promise<void> {
  await platform.database.db
    .updateTable('penaltyCase')
    .set({ filingDate: dayjs(chinaDate()).subtract(days, 'day').format('YYYY-MM-DD') })
    .where('id', '=', caseId)
    .execute();
}

/** The date `days` before today in China, as the API takes dates. */
export function daysAgo(days: number): string {
  return dayjs(chinaDate()).subtract(days, 'day').format('YYYY-MM-DD');
}

export interface ProposedPenaltyBody {
  kinds: string[];
  fineFen?: number;
  illegalGainsFen?: number;
  illegalPropertyValueFen?: number;
}

/**
 * 调查终结: registers one item of evidence and submits the report proposing `proposal` (a fine
 * of 500 yuan unless told otherwise). Throws unless the case reached 调查终结.
 */
export async function closeInvestigationOf(
  officer: TestClient,
  caseId: string,
  options: {
    reportDate: string;
    proposal?: ProposedPenaltyBody;
    proposedOutcome?: 'penalty' | 'noPenalty';
    complexOrMajor?: boolean;
    article58?: Record<string, boolean>;
  },
) {
  const evidence = await officer.post(
    `/api/cases/${caseId}/evidence`,
    evidenceForm({
      type: 'inspectionOrSiteRecord',
      title: '现场笔录',
      collectedAt: `${options.reportDate}T09:00:00+08:00`,
    }),
  );
  if (evidence.status !== 201) throw new Error(`evidence failed: ${JSON.stringify(evidence.body)}`);
  const outcome = options.proposedOutcome ?? 'penalty';
  const report = await officer.post(`/api/cases/${caseId}/investigation-report`, {
    reportDate: options.reportDate,
    facts: '当事人驾驶货车在未取得道路运输经营许可的情况下从事道路货物运输经营。',
    evidenceIds: [evidence.body.id],
    violatedProvision: '《中华人民共和国道路运输条例》第二十四条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条',
    proposedOutcome: outcome,
    proposal:
      options.proposal ??
      (outcome === 'penalty' ? { kinds: ['fine'], fineFen: 50_000 } : { kinds: [] }),
    complexOrMajor: options.complexOrMajor ?? false,
    ...(options.article58 ? { article58: options.article58 } : {}),
    opinion: '建议依法给予行政处罚。',
  });
  if (report.status !== 200) throw new Error(`report failed: ${JSON.stringify(report.body)}`);
  return report.body;
}

/** 送达违法行为通知书 on `servedOn` (直接送达); the proposal is the report's unless given. */
export async function serveNoticeOf(
  officer: TestClient,
  caseId: string,
  servedOn: string,
  extra: Record<string, unknown> = {},
) {
  return officer.post(`/api/cases/${caseId}/prior-notices`, {
    servedOn,
    serviceMethod: 'direct',
    contactPerson: '李执法',
    contactPhone: '0739-1234567',
    ...extra,
  });
}

/** A 行政处罚决定 with every element 行政处罚法第五十九条 requires: a fine of `fineFen`. */
export function penaltyDecisionBody(fineFen = 50_000, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'penalty',
    penalties: [
      { kind: 'fine', basis: { law: '中华人民共和国道路运输条例', article: '第六十三条' } },
    ],
    fineFen,
    performanceManner: '自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款',
    paymentAccount: '清水县非税收入汇缴专户 6222 0000 0000 0001',
    reconsiderationBody: '清水县人民政府',
    litigationCourt: '清水县人民法院',
    sealed: true,
    ...overrides,
  };
}

/**
 * A case decided with a fine of `fineFen` (below every review and hearing threshold): filed 40
 * days ago, investigated, notified 20 days ago, the statement period over, decided today.
 */
export async function decidedCase(platform: TestPlatform, prefix = 'qs', fineFen = 50_000) {
  const officer = await platform.signIn(`${prefix}.zhifa1`);
  const head = await platform.signIn(`${prefix}.fuzeren`);
  const filed = await fileCase(officer, head);
  await backdateFiling(platform, filed.id, 40);
  await closeInvestigationOf(officer, filed.id, {
    reportDate: daysAgo(30),
    proposal: { kinds: ['fine'], fineFen },
  });
  const notice = await serveNoticeOf(officer, filed.id, daysAgo(20));
  if (notice.status !== 200) throw new Error(`notice failed: ${JSON.stringify(notice.body)}`);
  await officer.post(`/api/cases/${filed.id}/close-statement-period`);
  const decided = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody(fineFen));
  if (decided.status !== 200) throw new Error(`decision failed: ${JSON.stringify(decided.body)}`);
  return { ...filed, decision: decided.body.decision };
}

/**
 * The text layer of a case document's PDF, whitespace removed, as 清水's first officer
 * downloads it (`item` picks one copy of a document the case has several of).
 */
export async function documentText(
  platform: TestPlatform,
  caseId: string,
  code: string,
  item?: string,
): Promise<string> {
  const origin = 'http://localhost';
  const login = await platform.app.request(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ username: 'qs.zhifa1', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const query = `format=pdf${item ? `&item=${item}` : ''}`;
  const response = await platform.app.request(
    `${origin}/api/cases/${caseId}/documents/${code}?${query}`,
    { headers: { Cookie: cookie } },
  );
  if (response.status !== 200) throw new Error(`${code}: ${await response.text()}`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhifa-document-')), `${code}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return poppler('pdftotext', [file, '-']).replace(/\s+/g, '');
}
