import { fileCase } from './cases.js';
import type { TestClient, TestPlatform } from './platform.js';

export interface DecidedCase {
  id: string;
  caseNumber: string;
  officerIds: string[];
  documentNumber: string;
}

/**
 * A filed case brought to 已决定 with a penalty decision (罚款 `fineFen`, decided on
 * `decidedOn`), for the 送达 and 执行 tests. The decision API belongs to another area and was
 * built in parallel, so this writes the 调查终结报告, the 违法行为通知书 and the decision straight
 * into the database and sets the stage; an API walk-through scenario replaces it later.
 */
export async function decidedCase(
  platform: TestPlatform,
  officer: TestClient,
  head: TestClient,
  options: { fineFen: number; decidedOn: string },
): Promise<DecidedCase> {
  const filed = await fileCase(officer, head);
  const headUserId = (await head.get('/api/auth/me')).body.user.id as string;
  const officerUserId = (await officer.get('/api/auth/me')).body.user.id as string;
  const documentNumber = `${filed.caseNumber}-决`;
  const db = platform.database.db;
  const penalty = {
    partyKind: 'citizen' as const,
    proposedKinds: JSON.stringify(['fine']),
    fineFen: options.fineFen,
    illegalGainsFen: 0,
    illegalPropertyValueFen: 0,
  };
  const facts = '未取得道路运输经营许可，擅自从事道路货物运输经营';
  const report = await db
    .insertInto('investigationReport')
    .values({
      caseId: filed.id,
      reportDate: options.decidedOn,
      facts,
      evidence: JSON.stringify([]),
      violatedProvision: '《道路运输条例》第二十四条',
      penaltyBasis: '《道路运输条例》第六十三条',
      proposedOutcome: 'penalty',
      ...penalty,
      article58: JSON.stringify({
        majorPublicInterest: false,
        majorRightsOfPartyOrThirdParty: false,
        complexOrSeveralLegalRelations: false,
        requiredByOtherLawOrRegulation: false,
      }),
      complexOrMajor: false,
      opinion: '建议处罚',
      createdBy: officerUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('priorNotice')
    .values({
      caseId: filed.id,
      sequence: 1,
      reportId: report.id,
      facts,
      evidence: JSON.stringify([]),
      violatedProvision: '《道路运输条例》第二十四条',
      penaltyBasis: '《道路运输条例》第六十三条',
      ...penalty,
      hearingRight: false,
      hearingReasons: JSON.stringify([]),
      statementDeadline: options.decidedOn,
      hearingRequestDeadline: null,
      servedOn: options.decidedOn,
      serviceMethod: 'direct',
      contactPerson: '张队',
      contactPhone: '0739-1234567',
      createdBy: officerUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('decision')
    .values({
      caseId: filed.id,
      kind: 'penalty',
      documentNumber,
      document: JSON.stringify({
        partyName: '王五',
        partyAddress: '城关镇1号',
        facts,
        evidence: ['现场笔录'],
        penalties: [{ kind: 'fine', basis: { law: '道路运输条例', article: '第六十三条' } }],
        performanceManner: '自收到本决定书之日起十五日内缴纳罚款',
        paymentAccount: '清水县农村商业银行城关支行（非税收入汇缴账户）',
        paymentDeadlineDays: 15,
        reconsiderationBody: '清水县人民政府',
        reconsiderationDays: 60,
        litigationCourt: '清水县人民法院',
        litigationMonths: 6,
        agencyName: '清水县交通运输局',
        decisionDate: options.decidedOn,
        sealed: true,
      }),
      penaltyKinds: JSON.stringify(['fine']),
      fineFen: options.fineFen,
      decidedOn: options.decidedOn,
      decidedBy: headUserId,
      noticeId: notice.id,
    })
    .execute();
  await db
    .updateTable('penaltyCase')
    .set({ stage: 'decided' })
    .where('id', '=', filed.id)
    .execute();
  return {
    id: filed.id,
    caseNumber: filed.caseNumber,
    officerIds: filed.officerIds,
    documentNumber,
  };
}
