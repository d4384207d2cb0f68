/**
 * 调查取证 acts other than plain evidence: 笔录 (行政处罚法第五十五条), 先行登记保存 (第五十六条),
 * 行政强制措施 (行政强制法第十八条至第二十八条) and 责令改正 (行政处罚法第二十八条).
 */
import dayjs from 'dayjs';
import { pickCertificate, type CertificateFacts, type EnforcementAct } from '../certificate.js';
import type { RuleViolation } from '../rule-violation.js';
import type { WorkdayCalendar } from '../workday-calendar.js';
import { computeDeadline, parseCaseDate, type Deadline } from './case-deadlines.js';
import { caseStageLabels, type CaseStage } from './case-stage.js';
import type { EvidenceType } from './evidence.js';

export type InvestigationRuleCode =
  | 'INVESTIGATION_NOT_OPEN'
  | 'TOO_FEW_OFFICERS_PRESENT'
  | 'OFFICER_NOT_QUALIFIED'
  | 'APPROVER_IS_CASE_OFFICER'
  | 'MEASURE_TERM_TOO_LONG'
  | 'MEASURE_EXTENSION_TOO_LONG'
  | 'MEASURE_ALREADY_EXTENDED'
  | 'MEASURE_TERM_EXPIRED'
  | 'EMERGENCY_MEASURE_REPORT_LATE';

type Violation = RuleViolation<InvestigationRuleCode>;

export const transcriptKinds = ['inquiry', 'site', 'survey'] as const;
export type TranscriptKind = (typeof transcriptKinds)[number];
export const transcriptKindLabels: Record<TranscriptKind, string> = {
  inquiry: '询问笔录',
  site: '现场笔录',
  survey: '勘验笔录',
};

/** How the person questioned or present stands to the case. */
export const subjectRelations = ['party', 'agent', 'witness', 'other'] as const;
export type SubjectRelation = (typeof subjectRelations)[number];
export const subjectRelationLabels: Record<SubjectRelation, string> = {
  party: '当事人',
  agent: '当事人的工作人员或者委托代理人',
  witness: '证人',
  other: '其他有关人员',
};

export interface TranscriptSubject {
  name: string;
  idNumber?: string | undefined;
  phone?: string | undefined;
  address?: string | undefined;
  relation: SubjectRelation;
}

/** 行政强制法第十八条第八项、第九项: a refusal is noted; an absent party is replaced by a witness. */
export const signatureStatuses = ['signed', 'refused', 'absent'] as const;
export type SignatureStatus = (typeof signatureStatuses)[number];
export const signatureStatusLabels: Record<SignatureStatus, string> = {
  signed: '当事人（被询问人）已签名',
  refused: '当事人（被询问人）拒绝签名',
  absent: '当事人不在场，由见证人签名',
};

/**
 * Which of the eight evidence types (行政处罚法第四十六条) a 笔录 is: what the party or its staff
 * say is 当事人的陈述, what anyone else says is 证人证言, and what officers see is 现场笔录/勘验笔录.
 */
export function transcriptEvidenceType(
  kind: TranscriptKind,
  relation: SubjectRelation,
): EvidenceType {
  if (kind !== 'inquiry') return 'inspectionOrSiteRecord';
  return relation === 'party' || relation === 'agent' ? 'partyStatement' : 'witnessTestimony';
}

const INVESTIGATION_ARTICLE = '行政处罚法第五十四条';

/** 笔录, 先行登记保存, 强制措施 and 责令改正 are started only while the case is under investigation. */
export function investigationOpen(stage: CaseStage, act: string): Violation | null {
  if (stage === 'investigating') return null;
  return {
    code: 'INVESTIGATION_NOT_OPEN',
    article: INVESTIGATION_ARTICLE,
    message:
      `案件处于“${caseStageLabels[stage]}”阶段，不能${act}：调查取证只能在立案后、调查终结前进行` +
      `（${INVESTIGATION_ARTICLE}）。如需补充调查，请先由负责人决定补充调查。`,
  };
}

export interface OfficerFacts {
  id: string;
  name: string;
  certificates: readonly CertificateFacts[];
}

export interface PresentOfficer {
  officerId: string;
  name: string;
  /** The number of the certificate shown to the party; empty when the officer holds none. */
  certificateNumber: string;
}

const MIN_OFFICERS_PRESENT = 2;
const PRESENT_ARTICLE = '行政处罚法第四十二条、第五十五条';

/**
 * The officers who questioned or inspected: at least two, each with a certificate valid for the
 * case's 门类 and place on the day (第四十二条), whose number the 笔录 prints (第五十五条).
 */
export function presentOfficers(
  officers: readonly OfficerFacts[],
  act: EnforcementAct,
): { officers: PresentOfficer[]; violations: Violation[] } {
  const judged = officers.map((officer) => ({
    officer,
    ...pickCertificate(officer.certificates, act),
  }));
  const distinct = new Set(officers.map((officer) => officer.id)).size;
  const tooFew: Violation | null =
    distinct >= MIN_OFFICERS_PRESENT
      ? null
      : {
          code: 'TOO_FEW_OFFICERS_PRESENT',
          article: PRESENT_ARTICLE,
          message:
            `笔录只记载了 ${distinct} 名执法人员，调查或者检查时执法人员不得少于两人，并应当出示执法证件` +
            `（${PRESENT_ARTICLE}）。请写明在场的两名以上执法人员。`,
        };
  const unqualified = judged
    .filter((entry) => !entry.eligibility.allowed)
    .map((entry): Violation => ({
      code: 'OFFICER_NOT_QUALIFIED',
      article: '行政处罚法第四十二条',
      message:
        `执法人员${entry.officer.name}在${act.date}不具备本案的行政执法资格：` +
        `${entry.eligibility.reasons.join('；')}（行政处罚法第四十二条）。`,
    }));
  return {
    officers: judged.map((entry) => ({
      officerId: entry.officer.id,
      name: entry.officer.name,
      certificateNumber: entry.certificate?.number ?? '',
    })),
    violations: [tooFew, ...unqualified].filter((violation) => violation !== null),
  };
}

// 先行登记保存

export const preservationHandlings = [
  'returned',
  'appraisal',
  'seizure',
  'confiscation',
  'transferred',
  'other',
] as const;
export type PreservationHandling = (typeof preservationHandlings)[number];
export const preservationHandlingLabels: Record<PreservationHandling, string> = {
  returned: '解除先行登记保存，退还当事人',
  appraisal: '送交检测、检验、检疫或者技术鉴定',
  seizure: '依法采取查封、扣押措施',
  confiscation: '依法予以没收',
  transferred: '移送有关机关处理',
  other: '其他处理',
};

/** The handling decision is due seven working days after the head approves (第五十六条、第八十五条). */
export function preservationDecisionDue(approvedOn: string, calendar: WorkdayCalendar): Deadline {
  return computeDeadline('preservationDecision', approvedOn, calendar);
}

/**
 * A decision after the seven days is unlawful but is still the decision taken: it is recorded,
 * and flagged, rather than refused.
 */
export function isPreservationDecisionLate(handledOn: string, due: string): boolean {
  return handledOn > due;
}

// 行政强制措施

export const compulsoryMeasureKinds = ['seizure', 'sealing'] as const;
export type CompulsoryMeasureKind = (typeof compulsoryMeasureKinds)[number];
export const compulsoryMeasureKindLabels: Record<CompulsoryMeasureKind, string> = {
  seizure: '扣押',
  sealing: '查封',
};

/** 行政强制法第二十八条's grounds for lifting, and 第十九条's for a measure not approved. */
export const liftReasons = [
  'noViolation',
  'unrelated',
  'decided',
  'termExpired',
  'notApproved',
  'other',
] as const;
export type LiftReason = (typeof liftReasons)[number];
export const liftReasonLabels: Record<LiftReason, string> = {
  noViolation: '当事人没有违法行为',
  unrelated: '查封、扣押的场所、设施或者财物与违法行为无关',
  decided: '对违法行为已经作出处理决定，不再需要查封、扣押',
  termExpired: '查封、扣押期限已经届满',
  notApproved: '当场实施后未在二十四小时内报告或者负责人不予批准',
  other: '其他不再需要采取查封、扣押措施的情形',
};

const TERM_ARTICLE = '行政强制法第二十五条';
export const MAX_MEASURE_DAYS = 30;
export const MAX_EXTENSION_DAYS = 30;
const REPORT_HOURS = 24;

export function measureTermViolation(termDays: number): Violation | null {
  if (termDays <= MAX_MEASURE_DAYS) return null;
  return {
    code: 'MEASURE_TERM_TOO_LONG',
    article: TERM_ARTICLE,
    message:
      `查封、扣押的期限不得超过三十日，不能定为 ${termDays} 日（${TERM_ARTICLE}）。` +
      '情况复杂的，可以在期限内经负责人批准延长一次。',
  };
}

/** The last day of the measure: the day of carrying it out is not counted. */
export function measureEnd(implementedOn: string, termDays: number, extensionDays = 0): string {
  return parseCaseDate(implementedOn)
    .add(termDays + extensionDays, 'day')
    .format('YYYY-MM-DD');
}

export interface MeasureTerm {
  implementedOn: string;
  termDays: number;
  extensionDays: number | null;
}

/** 第二十五条: one extension, of at most thirty days, decided before the term runs out. */
export function extensionViolations(
  measure: MeasureTerm,
  requestedDays: number,
  today: string,
): Violation[] {
  const violations: Violation[] = [];
  if (measure.extensionDays !== null) {
    violations.push({
      code: 'MEASURE_ALREADY_EXTENDED',
      article: TERM_ARTICLE,
      message:
        `该措施已经延长过 ${measure.extensionDays} 日，查封、扣押只能经负责人批准延长一次` +
        `（${TERM_ARTICLE}）。期限届满应当及时作出处理决定或者解除。`,
    });
  }
  if (requestedDays > MAX_EXTENSION_DAYS) {
    violations.push({
      code: 'MEASURE_EXTENSION_TOO_LONG',
      article: TERM_ARTICLE,
      message: `延长期限不得超过三十日，不能延长 ${requestedDays} 日（${TERM_ARTICLE}）。`,
    });
  }
  const end = measureEnd(measure.implementedOn, measure.termDays, measure.extensionDays ?? 0);
  if (today > end) {
    violations.push({
      code: 'MEASURE_TERM_EXPIRED',
      article: TERM_ARTICLE,
      message:
        `查封、扣押期限已于 ${end} 届满，不能再延长（${TERM_ARTICLE}）；` +
        '期限届满的，应当解除查封、扣押（行政强制法第二十八条第一款第四项）。',
    });
  }
  return violations;
}

/** 行政强制法第十九条: an emergency measure is reported to the head within 24 hours. */
export function isEmergencyReportLate(implementedAt: Date, reportedAt: Date): boolean {
  return dayjs(reportedAt).diff(dayjs(implementedAt), 'minute') > REPORT_HOURS * 60;
}

export function emergencyReportViolation(implementedAt: Date, reportedAt: Date): Violation | null {
  if (!isEmergencyReportLate(implementedAt, reportedAt)) return null;
  return {
    code: 'EMERGENCY_MEASURE_REPORT_LATE',
    article: '行政强制法第十九条',
    message:
      '当场实施的行政强制措施未在二十四小时内向负责人报告，不能补办批准，应当立即解除' +
      '（行政强制法第十九条）。',
  };
}

export type MeasureStatus =
  'requested' | 'refused' | 'approved' | 'awaitingApproval' | 'inForce' | 'mustLift' | 'lifted';

export const measureStatusLabels: Record<MeasureStatus, string> = {
  requested: '待负责人批准',
  refused: '负责人不予批准',
  approved: '已批准，待实施',
  awaitingApproval: '已当场实施，待负责人补办批准',
  inForce: '实施中',
  mustLift: '应当立即解除',
  lifted: '已解除',
};

export interface MeasureFacts {
  approval: 'pending' | 'approved' | 'refused';
  implemented: boolean;
  lifted: boolean;
  reportLate: boolean;
}

export function measureStatus(measure: MeasureFacts): MeasureStatus {
  if (measure.lifted) return 'lifted';
  if (!measure.implemented) {
    if (measure.approval === 'pending') return 'requested';
    return measure.approval === 'refused' ? 'refused' : 'approved';
  }
  if (measure.approval === 'approved') return 'inForce';
  if (measure.approval === 'refused' || measure.reportLate) return 'mustLift';
  return 'awaitingApproval';
}
