import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backdateFiling,
  daysAgo,
  documentText,
  evidenceForm,
  fileCase,
  penaltyDecisionBody,
  serveNoticeOf,
} from '../support/cases.js';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let officer: TestClient;
let head: TestClient;
let reviewer: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
  head = await platform.signIn('qs.fuzeren');
  reviewer = await platform.signIn('qs.fazhi');
});
afterAll(() => platform.close());

const ruleCodes = (response: { body: { error?: { details?: { path: string }[] } } }) =>
  (response.body.error?.details ?? []).map((detail) => detail.path);

/** 未取得道路运输经营许可，擅自从事道路普通货物运输经营 (道路运输条例第六十三条第一项). */
const unlicensedFreight = { violationCode: 'RT-63-1' };

async function addEvidence(caseId: string, title = '现场笔录'): Promise<string> {
  const added = await officer.post(
    `/api/cases/${caseId}/evidence`,
    evidenceForm({
      type: 'inspectionOrSiteRecord',
      title,
      collectedAt: `${daysAgo(30)}T09:00:00+08:00`,
    }),
  );
  expect(added.status).toBe(201);
  return added.body.id;
}

function reportBody(evidenceId: string, fineFen: number, extra: Record<string, unknown> = {}) {
  return {
    reportDate: daysAgo(20),
    facts: '当事人驾驶货车在未取得道路运输经营许可的情况下从事道路货物运输经营。',
    evidenceIds: [evidenceId],
    violatedProvision: '《中华人民共和国道路运输条例》第二十四条第一项',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条第一项',
    proposedOutcome: 'penalty',
    proposal: { kinds: ['fine'], fineFen },
    opinion: '建议依法给予行政处罚。',
    ...extra,
  };
}

describe('裁量：按违法行为和情节试算', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
    await backdateFiling(platform, caseId, 40);
  });

  it('explains the article, the tier, the range and the suggestion for a first unlicensed freight operation', async () => {
    const trial = await officer.post(`/api/cases/${caseId}/discretion/preview`, unlicensedFreight);
    expect(trial.status).toBe(200);
    const { assessment } = trial.body;
    expect(assessment.rule.penaltyBasis).toEqual([{ law: '道路运输条例', article: 63, item: 1 }]);
    expect(assessment.statutory.rangeFen).toEqual({ minFen: 300_000, maxFen: 1_000_000 });
    expect(assessment.tier.name).toBe('轻微');
    expect(assessment.rangeFen).toEqual({ minFen: 300_000, maxFen: 475_000 });
    expect(assessment.suggestedFineFen).toBe(387_500);
    expect(assessment.benchmark).toMatchObject({ version: 1 });
    expect(assessment.reasons.join('\n')).toContain('第六十三条');
    expect(trial.body.factsUsed.quantities).toContain('illegalGainsFen');
    const basis = trial.body.citedTexts.find((cited: { label: string }) =>
      cited.label.includes('第六十三条第一项'),
    );
    expect(basis).toMatchObject({ found: true });
    expect(basis.text).toContain('擅自从事道路普通货物运输经营');
  });

  it('道路运输条例第六十三条第一项：违法所得超过1万元的，按违法所得的倍数罚款并没收违法所得', async () => {
    const trial = await officer.post(`/api/cases/${caseId}/discretion/preview`, {
      ...unlicensedFreight,
      quantities: { illegalGainsFen: 2_000_000 },
    });
    expect(trial.status).toBe(200);
    expect(trial.body.assessment.kinds).toEqual(
      expect.arrayContaining(['fine', 'illegalGainsConfiscation']),
    );
    expect(trial.body.assessment.rangeFen).toEqual({ minFen: 2_000_000, maxFen: 4_000_000 });
  });

  it('行政处罚法第三十条：不满十四周岁的不予处罚；已满十四周岁不满十八周岁的应当从轻', async () => {
    const child = await officer.post(`/api/cases/${caseId}/discretion/preview`, {
      ...unlicensedFreight,
      partyAge: 13,
    });
    expect(child.body.assessment).toMatchObject({
      outcome: 'noPenalty',
      noPenaltyGround: 'underFourteen',
    });
    const minor = await officer.post(`/api/cases/${caseId}/discretion/preview`, {
      ...unlicensedFreight,
      partyAge: 16,
    });
    expect(minor.body.assessment).toMatchObject({
      mitigation: 'lighter',
      rangeFen: { minFen: 300_000, maxFen: 300_000 },
      suggestedFineFen: 300_000,
    });
  });

  it('refuses an unknown violation and answers 404 outside the county', async () => {
    const unknown = await officer.post(`/api/cases/${caseId}/discretion/preview`, {
      violationCode: 'NO-SUCH',
    });
    expect(unknown.status).toBe(404);
    const stranger = await platform.signIn('sm.zhifa1');
    expect((await stranger.get(`/api/cases/${caseId}/discretion`)).status).toBe(404);
  });

  it('only a case officer saves the 裁量, and the case records it', async () => {
    expect((await head.post(`/api/cases/${caseId}/discretion`, unlicensedFreight)).status).toBe(
      403,
    );
    const saved = await officer.post(`/api/cases/${caseId}/discretion`, {
      ...unlicensedFreight,
      plate: '湘A12345',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.latest.assessment.suggestedFineFen).toBe(387_500);
    expect(saved.body.history).toHaveLength(1);
    expect((await officer.get(`/api/cases/${caseId}`)).body.plate).toBe('湘A12345');
    const timeline = (await officer.get(`/api/cases/${caseId}/timeline`)).body;
    expect(JSON.stringify(timeline)).toContain('assessDiscretion');
  });

  it('行政处罚法第三十四条：超出裁量范围的拟罚款须写明理由，并须经法制审核', async () => {
    const evidenceId = await addEvidence(caseId);
    const bare = await officer.post(
      `/api/cases/${caseId}/investigation-report`,
      reportBody(evidenceId, 600_000),
    );
    expect(bare.status).toBe(422);
    expect(ruleCodes(bare)).toContain('BENCHMARK_DEVIATION_REASON_MISSING');
    const reasoned = await officer.post(
      `/api/cases/${caseId}/investigation-report`,
      reportBody(evidenceId, 600_000, { deviationReason: '当事人经营车辆较多，持续时间较长。' }),
    );
    expect(reasoned.status).toBe(200);
    expect(reasoned.body.legalReviewNeed.required).toBe(true);
    expect(reasoned.body.legalReviewNeed.reasons.join()).toContain('裁量基准');
    const stored = await platform.database.db
      .selectFrom('investigationReport')
      .select(['assessmentId', 'deviationReason'])
      .where('caseId', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stored.assessmentId).not.toBeNull();
    expect(stored.deviationReason).toBe('当事人经营车辆较多，持续时间较长。');
    const view = (await reviewer.get(`/api/cases/${caseId}/discretion`)).body;
    expect(view.deviations).toEqual([
      expect.objectContaining({ stage: 'report', outsideBenchmark: true, flagged: true }),
    ]);
  });
});

describe('裁量：决定记录裁量基准，文书引用条文原文，首违依当事人记录判断', () => {
  let decidedId: string;

  it('records the benchmark id and version on the decision and prints the cited article text', async () => {
    const filed = await fileCase(officer, head);
    decidedId = filed.id;
    await backdateFiling(platform, filed.id, 40);
    // The act happened well before the next case's, so that it counts as an earlier violation.
    await platform.database.db
      .updateTable('penaltyCase')
      .set({ actEndDate: daysAgo(60) })
      .where('id', '=', filed.id)
      .execute();
    await officer.post(`/api/cases/${filed.id}/discretion`, unlicensedFreight);
    const evidenceId = await addEvidence(filed.id);
    const report = await officer.post(
      `/api/cases/${filed.id}/investigation-report`,
      reportBody(evidenceId, 200_000, { deviationReason: '当事人主动停止经营，情节较轻。' }),
    );
    expect(report.status).toBe(200);
    expect((await serveNoticeOf(officer, filed.id, daysAgo(10))).status).toBe(200);
    expect((await officer.post(`/api/cases/${filed.id}/close-statement-period`)).status).toBe(200);
    const early = await head.post(`/api/cases/${filed.id}/decision`, penaltyDecisionBody(200_000));
    expect(ruleCodes(early)).toContain('LEGAL_REVIEW_MISSING');
    expect(
      (
        await officer.post(`/api/cases/${filed.id}/legal-review-requests`, {
          submission: '拟罚款低于裁量范围，理由已写明，请予审核。',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewer.post(`/api/cases/${filed.id}/legal-review-opinions`, {
          opinion: 'approved',
          comments: '理由充分，同意低于裁量范围处罚。',
          legalProfessionCertificate: 'A20184301000123',
        })
      ).status,
    ).toBe(200);
    const decided = await head.post(
      `/api/cases/${filed.id}/decision`,
      penaltyDecisionBody(200_000),
    );
    expect(decided.status).toBe(200);
    const row = await platform.database.db
      .selectFrom('decision')
      .innerJoin('benchmark', 'benchmark.id', 'decision.benchmarkId')
      .select([
        'decision.assessmentId',
        'decision.benchmarkVersion',
        'decision.deviationReason',
        'benchmark.violationCode',
      ])
      .where('decision.caseId', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      benchmarkVersion: 1,
      violationCode: 'RT-63-1',
      deviationReason: '当事人主动停止经营，情节较轻。',
    });
    const text = await documentText(platform, filed.id, 'penaltyDecision');
    expect(text).toContain('附：本决定引用的法律条文');
    expect(text).toContain('擅自从事道路普通货物运输经营');
  });

  it('lists the decision outside its benchmark range for supervisors (类案同罚)', async () => {
    const supervisor = await platform.signIn('shi.jiandu');
    const listed = await supervisor.get('/api/supervision/consistency');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseId: decidedId, outsideBenchmark: true, fineFen: 200_000 }),
      ]),
    );
    expect((await officer.get('/api/supervision/consistency')).status).toBe(403);
  });

  it('counts the decided case as the same party’s earlier violation: the next case is not a first one', async () => {
    const next = await fileCase(officer, head);
    const trial = await officer.post(`/api/cases/${next.id}/discretion/preview`, unlicensedFreight);
    expect(trial.body.priorCases).toEqual([expect.objectContaining({ caseId: decidedId })]);
    expect(trial.body.assessment.tier.name).toBe('一般');
    expect(trial.body.peers.count).toBe(0);
  });
});

describe('首违不罚清单（行政处罚法第三十三条第一款）', () => {
  const spilling = { violationCode: 'HS-69' };
  let caseId: string;
  let evidenceId: string;
  const conditions = ['noObstruction', 'loadCorrected', 'slightHarm', 'cleanedUp'];

  beforeAll(async () => {
    caseId = (await fileCase(officer, head)).id;
    await backdateFiling(platform, caseId, 40);
    evidenceId = await addEvidence(caseId, '清理完毕照片');
  });

  it('offers the list entries of the violation, with the first-violation check done by the system', async () => {
    const trial = await officer.post(`/api/cases/${caseId}/discretion/preview`, spilling);
    expect(trial.status).toBe(200);
    expect(trial.body.exemptionEntries.map((entry: { code: string }) => entry.code)).toEqual(
      expect.arrayContaining(['NP-HS-69', 'LT-32-1']),
    );
    expect(trial.body.priorCases).toEqual([]);
  });

  it('applies only when every condition is confirmed with the case’s evidence', async () => {
    const partly = await officer.post(`/api/cases/${caseId}/discretion/preview`, {
      ...spilling,
      exemption: {
        entryCode: 'NP-HS-69',
        confirmations: [{ conditionCode: 'noObstruction', evidenceIds: [evidenceId] }],
      },
    });
    expect(partly.status).toBe(422);
    expect(ruleCodes(partly)).toEqual([
      'EXEMPTION_CONDITION_UNCONFIRMED',
      'EXEMPTION_CONDITION_UNCONFIRMED',
      'EXEMPTION_CONDITION_UNCONFIRMED',
    ]);
    const full = await officer.post(`/api/cases/${caseId}/discretion`, {
      ...spilling,
      exemption: {
        entryCode: 'NP-HS-69',
        confirmations: conditions.map((conditionCode) => ({
          conditionCode,
          evidenceIds: [evidenceId],
        })),
      },
    });
    expect(full.status).toBe(200);
    expect(full.body.latest.assessment).toMatchObject({
      outcome: 'noPenalty',
      noPenaltyGround: 'firstViolation',
      suggestedFineFen: 0,
    });
    expect(full.body.latest.exemption).toMatchObject({ code: 'NP-HS-69', priorCaseNumbers: [] });
  });

  it('行政处罚法第三十三条第一款：按清单不予处罚的，拟处罚款会被拒绝', async () => {
    const report = await officer.post(
      `/api/cases/${caseId}/investigation-report`,
      reportBody(evidenceId, 50_000),
    );
    expect(report.status).toBe(422);
    expect(ruleCodes(report)).toContain('NO_PENALTY_REQUIRED');
  });
});
