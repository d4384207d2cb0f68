import { caseActionLabels, caseStageLabels } from './case-stage.js';
import { discussionConclusionLabels } from './collective-discussion.js';
import { reviewOpinionLabels } from './legal-review.js';

/** Acts on a case's other objects, by `objectType.action`; a case's own steps use their label. */
const objectActLabels: Record<string, string> = {
  'lead.create': '登记线索',
  'lead.dismiss': '线索不予立案',
  'lead.transfer': '线索移送其他机关',
  'case.addEvidence': '登记证据',
  'case.recordTranscript': '制作笔录',
  'case.requestPreservation': '申请先行登记保存',
  'case.approvePreservation': '批准先行登记保存',
  'case.refusePreservation': '不批准先行登记保存',
  'case.handlePreservation': '对先行登记保存的证据作出处理决定',
  'case.requestMeasure': '申请实施行政强制措施',
  'case.reportEmergencyMeasure': '报告当场实施的行政强制措施',
  'case.approveMeasure': '批准行政强制措施',
  'case.refuseMeasure': '不批准行政强制措施',
  'case.implementMeasure': '实施行政强制措施',
  'case.extendMeasure': '延长行政强制措施期限',
  'case.liftMeasure': '解除行政强制措施',
  'case.issueCorrectionOrder': '责令改正违法行为',
  'case.assessDiscretion': '裁量（适用裁量基准）',
  'case.recordCollectiveDiscussion': '记录集体讨论',
  'case.recordPartyResponse': '登记陈述、申辩或者听证申请',
  'case.reviewStatement': '复核陈述、申辩',
  'case.scheduleHearing': '安排听证',
  'case.recordHearing': '记录听证',
  'case.extendDecisionDeadline': '批准延长办案期限',
  'case.recordServiceAddressConfirmation': '登记送达地址确认书',
  'case.serveDocument': '送达文书',
  'case.recordFailedService': '记录未能送达',
  'case.recordPayment': '登记缴纳罚款',
  'case.applyForPaymentPlan': '申请分期（延期）缴纳罚款',
  'case.approvePaymentPlan': '批准分期（延期）缴纳罚款',
  'case.refusePaymentPlan': '不批准分期（延期）缴纳罚款',
  'case.startRemedyPeriod': '登记申请复议或者提起诉讼',
  'case.endRemedyPeriod': '登记复议或者诉讼结束',
  'case.issueDemand': '送达催告书',
  'case.applyToCourt': '申请人民法院强制执行',
  'case.recordCourtRuling': '登记人民法院裁定',
  'case.proposeTransfer': '提出移送',
  'case.refuseTransfer': '不批准移送',
  'case.handOverTransfer': '移交案件',
  'case.recordTransferEvent': '登记移送的回复',
  'case.submitClosure': '提交结案报告',
  'case.returnClosure': '退回结案报告',
  'case.annotate': '添加备注',
  'case.generateDocument': '生成执法文书',
  'recusal.request': '申请回避',
  'recusal.grant': '决定回避',
  'recusal.refuse': '决定不予回避',
};

/** What a timeline entry says was done; an act without a name yet is shown as recorded. */
export function caseActLabel(objectType: string, action: string): string {
  return (
    objectActLabels[`${objectType}.${action}`] ??
    (caseActionLabels as Record<string, string>)[action] ??
    `其他操作（${action}）`
  );
}

const detailLabels: Record<string, string> = {
  caseNumber: '案号',
  stage: '进入阶段',
  filingDate: '立案日期',
  cause: '案由',
  title: '名称',
  reason: '理由',
  opinion: '意见',
  conclusion: '结论',
  text: '内容',
};

/** Fields recorded as codes (a stage, a 法制审核 opinion, a 集体讨论 conclusion), shown by label. */
const codeLabels: Record<string, Record<string, string>> = {
  stage: caseStageLabels,
  opinion: reviewOpinionLabels,
  conclusion: discussionConclusionLabels,
};

export interface TimelineDetail {
  label: string;
  value: string;
}

/** The few fields of a recorded change that say what happened, in Chinese. */
export function timelineDetails(change: unknown): TimelineDetail[] {
  if (typeof change !== 'object' || change === null) return [];
  const fields = change as Record<string, unknown>;
  return Object.entries(detailLabels).flatMap(([key, label]) => {
    const value = fields[key];
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    return [{ label, value: codeLabels[key]?.[String(value)] ?? String(value) }];
  });
}

/** The change without the 举报人 anywhere in it, for a reader who may not know who reported. */
export function withoutReporter(change: unknown): unknown {
  if (Array.isArray(change)) return change.map(withoutReporter);
  if (typeof change !== 'object' || change === null) return change;
  return Object.fromEntries(
    Object.entries(change)
      .filter(([key]) => key !== 'reporter')
      .map(([key, value]) => [key, withoutReporter(value)]),
  );
}
