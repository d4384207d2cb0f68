import type {
  CaseStage,
  Category,
  CertificateStatus,
  EvidenceType,
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

/** The same words as the server's caseStageLabels. */
export const caseStageLabels: Record<CaseStage, string> = {
  lead: '线索',
  filingPending: '立案待批',
  investigating: '已立案（调查取证）',
  investigationClosed: '调查终结',
  priorNoticeServed: '已告知',
  statementPeriod: '陈述申辩/听证期',
  awaitingDecision: '待决定',
  legalReview: '法制审核',
  collectiveDiscussion: '集体讨论',
  decided: '已决定',
  served: '已送达',
  executing: '执行中',
  closed: '已结案',
  archived: '已归档',
  dismissed: '不予立案/撤销立案',
  transferred: '已移送',
};

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

export const categoryLabels: Record<Category, string> = {
  roadAdministration: '路政',
  transportAdministration: '运政',
  portAndShipping: '港航',
  qualitySupervision: '质监',
  maritime: '海事',
  comprehensive: '综合',
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

export const certificateStatusLabels: Record<CertificateStatus, string> = {
  valid: '有效',
  expiringSoon: '即将到期',
  expired: '已过期',
  suspended: '暂扣',
  revoked: '注销',
  unverified: '未年审',
};

export const certificateStatusColors: Record<CertificateStatus, string> = {
  valid: 'green',
  expiringSoon: 'orange',
  expired: 'red',
  suspended: 'volcano',
  revoked: 'default',
  unverified: 'gold',
};

/** The eight kinds of evidence of 行政处罚法第四十六条, in the law's words. */
export const evidenceTypeLabels: Record<EvidenceType, string> = {
  documentary: '书证',
  physical: '物证',
  audioVisual: '视听资料',
  electronicData: '电子数据',
  witnessTestimony: '证人证言',
  partyStatement: '当事人的陈述',
  expertOpinion: '鉴定意见',
  inspectionOrSiteRecord: '勘验笔录、现场笔录',
};
