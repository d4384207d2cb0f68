import type {
  CaseStage,
  CertificateStatus,
  HarmCategory,
  LeadSource,
  LeadStatus,
  RecusalRequester,
  RecusalStatus,
} from './api';

export const leadSourceLabels: Record<LeadSource, string> = {
  inspection: '检查发现',
  report: '投诉举报',
  superiorAssigned: '上级交办',
  subordinateReported: '下级报请',
  transferredIn: '部门移送',
  offSite: '非现场执法',
  other: '其他',
};

export const leadStatusLabels: Record<LeadStatus, string> = {
  open: '待处理',
  filed: '已立案',
  dismissed: '不予立案',
  transferred: '已移送',
};

/** antd Tag colours; 'default' is the grey tag. */
export const leadStatusColors: Record<LeadStatus, string> = {
  open: 'processing',
  filed: 'success',
  dismissed: 'default',
  transferred: 'purple',
};

export { caseStageLabels } from '@domain/case/case-stage.js';
export { caseStageGroupLabels } from '@domain/case/stage-groups.js';
export { evidenceTypeLabels } from '@domain/case/evidence.js';
export {
  enforcementCategoryLabels as categoryLabels,
  certificateStandingLabels as certificateStatusLabels,
} from '@domain/certificate.js';

export const caseStageColors: Record<CaseStage, string> = {
  lead: 'orange',
  filingPending: 'gold',
  investigating: 'blue',
  investigationClosed: 'blue',
  priorNoticeServed: 'cyan',
  statementPeriod: 'cyan',
  awaitingDecision: 'geekblue',
  legalReview: 'purple',
  collectiveDiscussion: 'purple',
  decided: 'green',
  served: 'green',
  executing: 'green',
  closed: 'default',
  archived: 'default',
  dismissed: 'default',
  transferred: 'magenta',
};

export const harmCategoryLabels: Record<HarmCategory, string> = {
  none: '无',
  lifeHealthWithHarm: '涉及生命健康安全且有危害后果',
  financialWithHarm: '涉及金融安全且有危害后果',
};

export const recusalRequesterLabels: Record<RecusalRequester, string> = {
  party: '当事人',
  officer: '执法人员',
};

export const recusalStatusLabels: Record<RecusalStatus, string> = {
  pending: '待决定',
  granted: '同意回避',
  refused: '不同意回避',
};

export const recusalStatusColors: Record<RecusalStatus, string> = {
  pending: 'gold',
  granted: 'green',
  refused: 'default',
};

export const certificateStatusColors: Record<CertificateStatus, string> = {
  valid: 'green',
  expiringSoon: 'orange',
  expired: 'red',
  suspended: 'volcano',
  revoked: 'default',
  unverified: 'gold',
  notYetValid: 'blue',
};
