import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.js';
import { chinaDate } from '../../src/domain/china-date.js';
import type { TestClient, TestPlatform } from './platform.js';
import { poppler } from './poppler.js';

/**
 * 线索 and 申请立案 by `officer` in their brigade, waiting for the head's approval (立案待批):
 * the officer and a colleague with a valid 综合 certificate are its case officers. 运政 cause,
 * act ten days ago.
 */
export async function proposeFiling(
  officer: TestClient,
): Promise<{ id: string; leadId: string; officerIds: string[] }> {
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
  if (lead.status !== 201) throw new Error(`lead failed: ${JSON.stringify(lead.body)}`);
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
  return { id: proposed.body.id, leadId: lead.body.id, officerIds: [me.officerId, colleague.id] };
}

/** A filed case (立案 approved by `head`) as `proposeFiling` proposes it. */
export async function fileCase(
  officer: TestClient,
  head: TestClient,
): Promise<{ id: string; caseNumber: string; leadId: string; officerIds: string[] }> {
  const proposed = await proposeFiling(officer);
  const approved = await head.post(`/api/cases/${proposed.id}/approve-filing`);
  if (approved.status !== 200)
    throw new Error(`filing approval failed: ${JSON.stringify(approved.body)}`);
  return { ...proposed, id: approved.body.id, caseNumber: approved.body.caseNumber };
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
 * of 500 yuan unless told otherwise), citing that item and any `evidenceIds` already in the
 * case. Throws unless the case reached 调查终结.
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
    evidenceIds?: string[];
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
    evidenceIds: [...(options.evidenceIds ?? []), evidence.body.id],
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

export interface DecidedCase {
  id: string;
  caseNumber: string;
  leadId: string;
  officerIds: string[];
  /** 行政处罚决定书 文号 (the case number). */
  documentNumber: string;
  decision: { id: string; decidedOn: string; fineFen: number };
}

/**
 * A case brought to 已决定 through the API, for the steps that follow the decision: filed 40
 * days ago, investigated, notified 20 days ago, the statement period over, 法制审核 passed
 * when the catalogue requires it, and the head's 行政处罚决定 of a fine of `fineFen` (500 yuan
 * unless told; 0 makes it a 警告). `decidedOn` dates the decision earlier than today.
 */
export async function decidedCase(
  platform: TestPlatform,
  options: {
    prefix?: string;
    officer?: TestClient;
    head?: TestClient;
    fineFen?: number;
    decidedOn?: string;
  } = {},
): Promise<DecidedCase> {
  const prefix = options.prefix ?? 'qs';
  const officer = options.officer ?? (await platform.signIn(`${prefix}.zhifa1`));
  const head = options.head ?? (await platform.signIn(`${prefix}.fuzeren`));
  const fineFen = options.fineFen ?? 50_000;
  const filed = await fileCase(officer, head);
  await backdateFiling(platform, filed.id, 40);
  const review = await closeInvestigationOf(officer, filed.id, {
    reportDate: daysAgo(30),
    proposal: fineFen > 0 ? { kinds: ['fine'], fineFen } : { kinds: ['warning'] },
  });
  const notice = await serveNoticeOf(officer, filed.id, daysAgo(20));
  if (notice.status !== 200) throw new Error(`notice failed: ${JSON.stringify(notice.body)}`);
  const closed = await officer.post(`/api/cases/${filed.id}/close-statement-period`);
  if (closed.status !== 200) throw new Error(`period failed: ${JSON.stringify(closed.body)}`);
  if (review.legalReviewNeed.required) {
    await passLegalReview(officer, await platform.signIn(`${prefix}.fazhi`), filed.id);
  }
  const body =
    fineFen > 0
      ? penaltyDecisionBody(fineFen)
      : penaltyDecisionBody(0, {
          penalties: [
            {
              kind: 'warning',
              basis: { law: '中华人民共和国道路运输条例', article: '第六十三条' },
            },
          ],
        });
  const decided = await head.post(`/api/cases/${filed.id}/decision`, body);
  if (decided.status !== 200) throw new Error(`decision failed: ${JSON.stringify(decided.body)}`);
  const decision = decided.body.decision;
  if (options.decidedOn && options.decidedOn < decision.decidedOn) {
    // The head decides today; a decision made on an earlier day is this one moved back, as if
    // that time had passed (the 送达 and 执行 periods run from it). The earlier steps keep their
    // dates: their rows are append-only, and nothing after the decision reads them.
    await platform.database.db
      .updateTable('decision')
      .set({
        decidedOn: options.decidedOn,
        document: sql`jsonb_set(document, '{decisionDate}', to_jsonb(${options.decidedOn}::text))`,
      })
      .where('id', '=', decision.id)
      .execute();
    decision.decidedOn = options.decidedOn;
  }
  return { ...filed, documentNumber: decision.documentNumber, decision };
}

/** 法制审核: the officer submits the notified penalty and the reviewer passes it. */
async function passLegalReview(officer: TestClient, reviewer: TestClient, caseId: string) {
  const submitted = await officer.post(`/api/cases/${caseId}/legal-review-requests`, {
    submission: '拟按告知的处罚作出决定，请予审核。',
  });
  if (submitted.status !== 200) throw new Error(`review failed: ${JSON.stringify(submitted.body)}`);
  const passed = await reviewer.post(`/api/cases/${caseId}/legal-review-opinions`, {
    opinion: 'approved',
    comments: '事实清楚，证据确凿，程序合法，适用依据正确。',
    legalProfessionCertificate: 'A20184301000123',
  });
  if (passed.status !== 200) throw new Error(`review failed: ${JSON.stringify(passed.body)}`);
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
