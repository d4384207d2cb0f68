import dayjs from 'dayjs';
import type { EnforcementCategory } from '../domain/certificate.js';
import type { EvidenceType } from '../domain/case/evidence.js';
import type { PenaltyKind } from '../domain/case/penalty.js';
import { approveFiling, createLead, proposeFiling } from '../modules/case/case.service.js';
import {
  filingProposalSchema,
  leadInputSchema,
  type LeadInput,
  type Party,
} from '../modules/case/case.schemas.js';
import { closureDecisionSchema, closureInputSchema } from '../modules/archive/archive.schemas.js';
import { decideClosure, submitClosure } from '../modules/archive/archive.service.js';
import type { ServiceContext } from '../modules/context.js';
import { decisionInputSchema } from '../modules/decision/decision.schemas.js';
import { decide } from '../modules/decision/decision.service.js';
import { addEvidence, listEvidence } from '../modules/evidence/evidence.service.js';
import { paymentInputSchema } from '../modules/execution/execution.schemas.js';
import { recordPayment } from '../modules/execution/execution.service.js';
import { transcriptInputSchema } from '../modules/investigation/investigation.schemas.js';
import { createTranscript } from '../modules/investigation/investigation.service.js';
import {
  partyResponseInputSchema,
  priorNoticeInputSchema,
} from '../modules/notice/notice.schemas.js';
import {
  closeStatementPeriod,
  recordPartyResponse,
  servePriorNotice,
} from '../modules/notice/notice.service.js';
import {
  investigationReportInputSchema,
  legalReviewOpinionSchema,
  legalReviewRequestSchema,
} from '../modules/review/review.schemas.js';
import {
  closeInvestigation,
  giveLegalReviewOpinion,
  requestLegalReview,
} from '../modules/review/review.service.js';
import { serviceInputSchema } from '../modules/service/service.schemas.js';
import { recordService } from '../modules/service/service.service.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/database.js';
import {
  discretionInputSchema,
  type DiscretionInput,
} from '../modules/discretion/discretion.schemas.js';
import { assessCase } from '../modules/discretion/discretion.service.js';

/**
 * The people of 清水县 who work the demo cases. Every case has the two officers as its case
 * officers; the head and the legal reviewer never are (查处分离).
 */
export interface DemoDesk {
  db: Db;
  blobStore: BlobStore;
  agencyId: string;
  today: string;
  /** qs.zhifa1, who registers the leads and takes most steps. */
  officer: ServiceContext;
  /** qs.zhifa2, the second case officer, who writes some of the reports and 笔录. */
  colleague: ServiceContext;
  /** qs.fuzeren: approves, decides and closes. */
  head: ServiceContext;
  /** qs.fazhi: 法制审核. */
  reviewer: ServiceContext;
  /** The officer ids of qs.zhifa1 and qs.zhifa2. */
  officerIds: string[];
  /** Officers of the 运政中队 with no account, who chair hearings or join a case. */
  others: { id: string; name: string }[];
}

/** A legal-profession certificate number for the demo reviewer's opinions (第五十八条第二款). */
const REVIEWER_CERTIFICATE = 'A20154399210387';
const SERVICE_PLACE = '清水县交通运输综合行政执法大队';

/** The date `days` before the desk's today, as the API takes dates. */
export function daysAgo(desk: DemoDesk, days: number): string {
  return dayjs(desk.today).subtract(days, 'day').format('YYYY-MM-DD');
}

export function daysAhead(desk: DemoDesk, days: number): string {
  return dayjs(desk.today).add(days, 'day').format('YYYY-MM-DD');
}

/** `clock` (HH:mm, Beijing time) on the day `days` ago, never later than a minute ago. */
export function momentOf(desk: DemoDesk, days: number, clock: string): string {
  const moment = new Date(`${daysAgo(desk, days)}T${clock}:00+08:00`);
  const latest = new Date(Date.now() - 60_000);
  return (moment > latest ? latest : moment).toISOString();
}

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}

/** What a case is about, from its lead to its 立案. */
export interface CaseStory {
  cause: string;
  summary: string;
  place: string;
  source?: LeadInput['source'];
  reporter?: LeadInput['reporter'];
  category: EnforcementCategory;
  party: Party;
  /** Days before today: the act ended; the lead came in and 立案 was proposed (and approved). */
  actDaysAgo: number;
  filedDaysAgo: number;
  /** When the lead came in, if not at 09:20 on the day of 立案. */
  receivedAt?: string;
  /** Officers besides qs.zhifa1 and qs.zhifa2. */
  extraOfficerIds?: string[];
}

/** The lead and the filing proposal, as qs.zhifa1 enters them: the case waits for the head. */
export async function proposeCase(desk: DemoDesk, story: CaseStory): Promise<string> {
  const received = story.receivedAt ?? momentOf(desk, story.filedDaysAgo, '09:20');
  const lead = await createLead(
    desk.officer,
    leadInputSchema.parse({
      agencyId: desk.agencyId,
      source: story.source ?? 'inspection',
      receivedAt: received,
      cause: story.cause,
      summary: story.summary,
      place: story.place,
      areaCode: '439921',
      reporter: story.reporter ?? null,
    }),
  );
  const proposed = await proposeFiling(
    desk.officer,
    lead.id,
    filingProposalSchema.parse({
      cause: story.cause,
      category: story.category,
      actAreaCode: '439921',
      actEndDate: daysAgo(desk, story.actDaysAgo),
      discoveryDate: daysAgo(desk, story.filedDaysAgo),
      party: story.party,
      officerIds: [...desk.officerIds, ...(story.extraOfficerIds ?? [])],
    }),
  );
  return proposed.id;
}

/**
 * 立案 approved by the head. The service dates it today; a demo case whose story began weeks
 * ago gets its 立案 date (and proposal time) moved back here, the one row the seeding writes
 * directly: every later step takes its date from the input and is checked against 立案 (a
 * report is not dated before it; 第六十条's ninety days run from it).
 */
export async function fileCase(desk: DemoDesk, story: CaseStory): Promise<string> {
  const caseId = await proposeCase(desk, story);
  await approveFiling(desk.head, caseId);
  if (story.filedDaysAgo > 0) {
    await desk.db
      .updateTable('penaltyCase')
      .set({
        filingDate: daysAgo(desk, story.filedDaysAgo),
        proposedAt: new Date(momentOf(desk, story.filedDaysAgo, '10:30')),
      })
      .where('id', '=', caseId)
      .execute();
  }
  return caseId;
}

export interface EvidenceItem {
  type: EvidenceType;
  title: string;
  description: string;
  daysAgo: number;
  file?: { name: string; mediaType: string; text: string };
}

export async function addEvidenceItems(
  desk: DemoDesk,
  caseId: string,
  items: readonly EvidenceItem[],
): Promise<void> {
  for (const item of items) {
    await addEvidence(
      desk.officer,
      desk.blobStore,
      caseId,
      {
        type: item.type,
        title: item.title,
        description: item.description,
        collectedAt: momentOf(desk, item.daysAgo, '10:00'),
      },
      item.file
        ? {
            name: item.file.name,
            mediaType: item.file.mediaType,
            content: Buffer.from(item.file.text, 'utf8'),
          }
        : null,
    );
  }
}

/** A 笔录 written by qs.zhifa2 with qs.zhifa1 present, signed by the person questioned. */
export type TranscriptStory = {
  /** When it began (ISO 8601); it lasts forty minutes, or until now. */
  startedAt: string;
  place: string;
  subject: {
    name: string;
    relation: 'party' | 'agent' | 'witness' | 'other';
    idNumber?: string;
    phone?: string;
  };
} & (
  | { kind: 'inquiry'; questions: { question: string; answer: string }[] }
  | { kind: 'site'; description: string }
  | { kind: 'survey'; object: string; description: string }
);

export async function recordTranscript(
  desk: DemoDesk,
  caseId: string,
  story: TranscriptStory,
): Promise<void> {
  const endedAt = new Date(new Date(story.startedAt).getTime() + 40 * 60_000);
  await createTranscript(
    desk.colleague,
    caseId,
    transcriptInputSchema.parse({
      ...story,
      endedAt: (endedAt > new Date() ? new Date() : endedAt).toISOString(),
      officerIds: desk.officerIds,
      recorderOfficerId: desk.colleague.actor.officerId,
      signature: 'signed',
    }),
  );
}

/** A proposed penalty as entered: its kinds and, for a fine, the amount in fen. */
export interface Proposal {
  kinds: PenaltyKind[];
  fineFen?: number;
}

export interface ReportStory {
  daysAgo: number;
  /** Why the proposed fine leaves the 裁量 range (it then goes to 法制审核). */
  deviationReason?: string;
  facts: string;
  violatedProvision: string;
  penaltyBasis: string;
  proposal: Proposal;
  complexOrMajor?: boolean;
  article58?: { majorPublicInterest?: boolean; complexOrSeveralLegalRelations?: boolean };
  opinion: string;
}

/** 裁量 by qs.zhifa2 on the facts found, with the catalogue's benchmark in force. */
export async function assessWith(
  desk: DemoDesk,
  caseId: string,
  facts: Pick<DiscretionInput, 'violationCode'> & Partial<DiscretionInput>,
): Promise<void> {
  await assessCase(desk.colleague, caseId, discretionInputSchema.parse(facts));
}

/** 调查终结报告 by qs.zhifa2, resting on every item of evidence the case has. */
export async function closeInvestigationWith(
  desk: DemoDesk,
  caseId: string,
  report: ReportStory,
): Promise<void> {
  const evidence = await listEvidence(desk.colleague, caseId);
  await closeInvestigation(
    desk.colleague,
    caseId,
    investigationReportInputSchema.parse({
      ...report,
      reportDate: daysAgo(desk, report.daysAgo),
      evidenceIds: evidence.map((item) => item.id),
      proposedOutcome: 'penalty',
    }),
  );
}

/** 违法行为通知书 handed to the party on the day `days` ago (the report's proposal). */
export async function serveNotice(desk: DemoDesk, caseId: string, days: number): Promise<void> {
  await servePriorNotice(
    desk.officer,
    caseId,
    priorNoticeInputSchema.parse({
      servedOn: daysAgo(desk, days),
      serviceMethod: 'direct',
      contactPerson: desk.officer.actor.displayName,
      contactPhone: '0739-6212328',
    }),
  );
}

export async function recordAnswer(
  desk: DemoDesk,
  caseId: string,
  answer: { kind: 'statement' | 'hearingRequest' | 'waiver'; daysAgo: number; content: string },
): Promise<string> {
  const view = await recordPartyResponse(
    desk.officer,
    caseId,
    partyResponseInputSchema.parse({
      kind: answer.kind,
      receivedOn: daysAgo(desk, answer.daysAgo),
      form: 'written',
      content: answer.content,
    }),
  );
  return view.responses.at(-1)?.id ?? '';
}

/** The period to answer the notice is over (or waived): the case waits for the decision. */
export async function endStatementPeriod(desk: DemoDesk, caseId: string): Promise<void> {
  await closeStatementPeriod(desk.officer, caseId);
}

export async function submitForLegalReview(
  desk: DemoDesk,
  caseId: string,
  submission: string,
  proposal?: Proposal,
): Promise<void> {
  await requestLegalReview(
    desk.officer,
    caseId,
    legalReviewRequestSchema.parse({ submission, ...(proposal ? { proposal } : {}) }),
  );
}

export async function giveReviewOpinion(
  desk: DemoDesk,
  caseId: string,
  opinion: 'approved' | 'returned',
  comments: string,
): Promise<void> {
  await giveLegalReviewOpinion(
    desk.reviewer,
    caseId,
    legalReviewOpinionSchema.parse({
      opinion,
      comments,
      legalProfessionCertificate: REVIEWER_CERTIFICATE,
    }),
  );
}

export interface DecisionStory {
  kind: 'warning' | 'fine';
  law: string;
  article: string;
  fineFen?: number;
  /** The facts as decided, when they differ from the report's. */
  facts?: string;
}

/** The head's 行政处罚决定, dated today, with every element 第五十九条 asks for. */
export async function decidePenalty(
  desk: DemoDesk,
  caseId: string,
  story: DecisionStory,
): Promise<void> {
  const fine = story.kind === 'fine';
  await decide(
    desk.head,
    caseId,
    decisionInputSchema.parse({
      kind: 'penalty',
      penalties: [{ kind: story.kind, basis: { law: story.law, article: story.article } }],
      fineFen: story.fineFen ?? 0,
      facts: story.facts,
      performanceManner: fine
        ? '自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款'
        : '本决定书送达之日起执行警告',
      paymentAccount: fine ? '清水县非税收入汇缴结算户（清水县农村商业银行城关支行）' : '',
      reconsiderationBody: '清水县人民政府',
      litigationCourt: '清水县人民法院',
      sealed: true,
    }),
  );
}

/** 送达: the decision (or another document) handed to the party today by the two officers. */
export async function serveDocument(
  desk: DemoDesk,
  caseId: string,
  method: Record<string, unknown>,
  documentCode = 'decision',
  documentItemId: string | null = null,
): Promise<void> {
  await recordService(
    desk.officer,
    caseId,
    serviceInputSchema.parse({
      method: 'direct',
      place: SERVICE_PLACE,
      ...method,
      documentCode,
      documentItemId,
      actedOn: desk.today,
      serverOfficerIds: desk.officerIds,
    }),
  );
}

/** 罚缴分离: the bank's (or e-payment system's) confirmation of a payment made today. */
export async function recordBankPayment(
  desk: DemoDesk,
  caseId: string,
  amountFen: number,
  reference: string,
  channel: 'bank' | 'ePayment' = 'bank',
): Promise<void> {
  await recordPayment(
    desk.officer,
    caseId,
    paymentInputSchema.parse({ amountFen, paidOn: desk.today, channel, reference }),
  );
}

/** 结案报告 by the case officers, approved by the head. */
export async function closeCase(
  desk: DemoDesk,
  caseId: string,
  summary: string,
  executionSummary: string,
): Promise<void> {
  await submitClosure(
    desk.officer,
    caseId,
    closureInputSchema.parse({ summary, executionSummary }),
  );
  await decideClosure(
    desk.head,
    caseId,
    closureDecisionSchema.parse({ approved: true, opinion: '同意结案' }),
  );
}

/** A payment reference as the bank prints it: date and a serial unique within the demo. */
export function paymentReference(desk: DemoDesk, serial: number): string {
  return `QSFS${desk.today.replaceAll('-', '')}${String(serial).padStart(5, '0')}`;
}
