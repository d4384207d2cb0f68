import type { RuleViolation } from '../rule-violation.js';

/**
 * 查处分离: the head whose approval the law requires (立案 and its refusal, 先行登记保存, 强制措施,
 * 延长) must not be one of the officers who handle the case, or the approval would be their own.
 */
export function approverIsCaseOfficer(
  approver: { officerId: string | null; name: string },
  caseOfficerIds: readonly string[],
  act: string,
  article: string,
): RuleViolation<'APPROVER_IS_CASE_OFFICER'> | null {
  if (approver.officerId === null || !caseOfficerIds.includes(approver.officerId)) return null;
  return {
    code: 'APPROVER_IS_CASE_OFFICER',
    article,
    message:
      `${approver.name}是本案执法人员，不能批准本案的${act}（${article}，查处分离）。` +
      '请由其他负责人审批。',
  };
}
