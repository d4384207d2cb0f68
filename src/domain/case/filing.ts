import {
  areaCovers,
  pickCertificate,
  type CertificateFacts,
  type EnforcementAct,
  type EnforcementCategory,
} from '../certificate.js';
import type { RuleViolation } from '../rule-violation.js';
import { checkLimitation, type LimitationFacts } from './limitation.js';

export type FilingRuleCode =
  | 'TOO_FEW_OFFICERS'
  | 'OFFICER_NOT_QUALIFIED'
  | 'APPROVER_IS_CASE_OFFICER'
  | 'NO_JURISDICTION'
  | 'LIMITATION_EXPIRED';

export interface CaseOfficer {
  id: string;
  name: string;
  certificates: readonly CertificateFacts[];
}

export interface FilingRequest {
  category: EnforcementCategory;
  /** 违法行为发生地, a GB/T 2260 region code. */
  actAreaCode: string;
  filingDate: string;
  agency: { name: string; regionCode: string };
  caseOfficers: readonly CaseOfficer[];
  /** Absent while 立案 is only proposed; its id is the approver's officer id. */
  approver?: { id: string; name: string };
  limitation: LimitationFacts;
}

const MIN_OFFICERS = 2;

/** Every reason 立案 must be refused; empty when the case may be filed. */
export function filingViolations(request: FilingRequest): RuleViolation<FilingRuleCode>[] {
  // 门类 and area are the case's; the date is the filing date, when the officers act.
  const act = {
    category: request.category,
    areaCode: request.actAreaCode,
    date: request.filingDate,
  };
  return [
    ...caseOfficerViolations(request.caseOfficers, act),
    approverIsCaseOfficer(request),
    jurisdictionViolation(request.agency, request.actAreaCode),
    checkLimitation(request.limitation),
  ].filter((violation) => violation !== null);
}

/**
 * 行政处罚法第四十二条 for any act of enforcement (立案, a 当场处罚 …): at least two officers,
 * each qualified for the act's 门类, place and date.
 */
export function caseOfficerViolations(
  officers: readonly CaseOfficer[],
  act: EnforcementAct,
): RuleViolation<'TOO_FEW_OFFICERS' | 'OFFICER_NOT_QUALIFIED'>[] {
  return [tooFewOfficers(officers), ...unqualifiedOfficers(officers, act)].filter(
    (violation) => violation !== null,
  );
}

function tooFewOfficers(
  officers: readonly CaseOfficer[],
): RuleViolation<'TOO_FEW_OFFICERS'> | null {
  const distinct = new Set(officers.map((officer) => officer.id)).size;
  if (distinct >= MIN_OFFICERS) return null;
  return {
    code: 'TOO_FEW_OFFICERS',
    article: '行政处罚法第四十二条',
    message:
      `本案只指定了 ${distinct} 名执法人员，执法人员不得少于两人` +
      '（行政处罚法第四十二条；道路运输条例第五十九条）。请再指定执法人员。',
  };
}

function unqualifiedOfficers(
  officers: readonly CaseOfficer[],
  act: EnforcementAct,
): RuleViolation<'OFFICER_NOT_QUALIFIED'>[] {
  return officers.flatMap((officer) => {
    const { eligibility } = pickCertificate(officer.certificates, act);
    if (eligibility.allowed) return [];
    return [
      {
        code: 'OFFICER_NOT_QUALIFIED' as const,
        article: '行政处罚法第四十二条',
        message:
          `执法人员${officer.name}不具备本案的行政执法资格：${eligibility.reasons.join('；')}` +
          '（行政处罚法第四十二条）。请更换持有有效执法证的执法人员。',
      },
    ];
  });
}

/**
 * 查处分离. 交通运输行政执法程序规定第六十三条 (2021 numbering) requires the head's approval of
 * 立案; approving one's own case would empty that approval. No article stating the separation
 * itself was confirmed (legal-facts lists it as a software constraint without a source), and
 * 行政处罚法第四十三条 is recusal for an interest in the case, a different rule.
 */
function approverIsCaseOfficer(request: FilingRequest): RuleViolation<FilingRuleCode> | null {
  const { approver } = request;
  if (!approver || !request.caseOfficers.some((officer) => officer.id === approver.id)) {
    return null;
  }
  return {
    code: 'APPROVER_IS_CASE_OFFICER',
    article: '交通运输行政执法程序规定第六十三条',
    message:
      `立案审批人${approver.name}是本案执法人员，不能审批自己承办的案件` +
      '（交通运输行政执法程序规定第六十三条，查处分离）。请由其他执法部门负责人审批。',
  };
}

/** 行政处罚法第二十二条: the agency of the place where the act happened. */
export function jurisdictionViolation(
  agency: { name: string; regionCode: string },
  actAreaCode: string,
): RuleViolation<'NO_JURISDICTION'> | null {
  if (areaCovers(agency.regionCode, actAreaCode)) return null;
  return {
    code: 'NO_JURISDICTION',
    article: '行政处罚法第二十二条',
    message:
      `违法行为发生地（${actAreaCode}）不在${agency.name}的管辖区域（${agency.regionCode}）内，` +
      '行政处罚由违法行为发生地的行政机关管辖（行政处罚法第二十二条）。请移送有管辖权的执法部门。',
  };
}
