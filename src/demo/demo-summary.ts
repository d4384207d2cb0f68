import type { ServiceContext } from '../modules/context.js';
import {
  createSummaryDecision,
  fileSummaryDecision,
  issueFormNumberRange,
} from '../modules/summary/summary.service.js';

/**
 * 简易程序 in 清水县: the head issues pre-numbered forms to both officers, and the first officer
 * has decided one 当场处罚 and filed it, so the 简易程序 page has something to show.
 */
export async function seedDemoSummary(
  officer: ServiceContext,
  head: ServiceContext,
  colleagueOfficerId: string,
): Promise<void> {
  const range = await issueFormNumberRange(head, {
    officerId: officer.actor.officerId ?? '',
    series: '清综当罚',
    firstNumber: 1,
    lastNumber: 50,
  });
  await issueFormNumberRange(head, {
    officerId: colleagueOfficerId,
    series: '清综当罚',
    firstNumber: 51,
    lastNumber: 100,
  });
  const decidedAt = new Date();
  const decision = await createSummaryDecision(officer, {
    rangeId: range.id,
    formNumber: 1,
    colleagueIds: [colleagueOfficerId],
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '钱小明',
      idNumber: '439921198505050018',
      address: '清水县河西镇新街6号',
    },
    place: 'S315线清水检查站',
    areaCode: '439921',
    actAt: new Date(decidedAt.getTime() - 20 * 60 * 1000).toISOString(),
    decidedAt: decidedAt.toISOString(),
    facts: '驾驶营运客车未随车携带道路运输证',
    factsConfirmed: true,
    violatedProvision: '《中华人民共和国道路运输条例》第三十一条',
    legalBasis: '《中华人民共和国道路运输条例》第六十八条',
    penaltyKinds: ['fine'],
    fineFen: 5_000,
    partyRefusedToSign: false,
    reconsiderationBody: '清水县人民政府',
    litigationCourt: '清水县人民法院',
    collection: { ground: 'smallFine', partyRequested: true, receiptNumber: 'QS2026000001' },
  });
  await fileSummaryDecision(officer, decision.id, null);
}
