import {
  measureEnd,
  signatureStatusLabels,
  subjectRelationLabels,
  transcriptKindLabels,
  type TranscriptKind,
} from '../../domain/case/investigation.js';
import { chinaDate } from '../../domain/china-date.js';
import { listCaseOfficers, type CaseWithAgency } from '../case/case.repository.js';
import { chineseDate, chineseDay, chineseTime, partyFields } from '../case/case-documents.js';
import type { Party } from '../case/case.schemas.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { perItemDocument, type PerItemDocumentSpec } from '../document/per-item-document.js';
import type {
  CorrectionOrderView,
  InvestigationView,
  MeasureView,
  PreservationView,
  TranscriptView,
} from './investigation.schemas.js';
import { investigationOf } from './investigation.service.js';

/** Items listed one per line: 名称、规格、数量、备注. */
function itemLines(items: PreservationView['items']): string {
  return items
    .map((item, index) =>
      [`${index + 1}. ${item.name}`, item.specification, item.quantity, item.note]
        .filter(Boolean)
        .join('　'),
    )
    .join('\n');
}

/**
 * The case as the investigation's forms print it: fewer fields than the later steps' forms,
 * kept as they are because each document's merge data is sealed into the archive.
 */
function caseFields(penaltyCase: CaseWithAgency) {
  return {
    case: { number: penaltyCase.caseNumber ?? '（待编号）', cause: penaltyCase.cause },
    agency: { name: penaltyCase.agencyName },
    party: partyFields(penaltyCase.party as Party, penaltyCase.filingDate ?? chinaDate()),
  };
}

/** A kind of document with one copy per item of the investigation (each 笔录, each 决定书 …). */
function perItem<T extends { id: string }>(
  spec: Omit<PerItemDocumentSpec<InvestigationView, T>, 'load' | 'caseFields'>,
): CaseDocumentKind {
  return perItemDocument({
    ...spec,
    load: (ctx, penaltyCase) => investigationOf(ctx.db, penaltyCase.id),
    caseFields: (_ctx, penaltyCase) => caseFields(penaltyCase),
  });
}

function subjectFields(subject: TranscriptView['subject'], onDate: string) {
  const person = subject.idNumber
    ? partyFields(
        {
          kind: 'citizen',
          name: subject.name,
          idNumber: subject.idNumber,
          address: subject.address ?? '',
        },
        onDate,
      )
    : {};
  return { ...person, ...subject, relation: subjectRelationLabels[subject.relation] };
}

function transcriptFields(transcript: TranscriptView, transcripts: readonly TranscriptView[]) {
  const corrected = transcripts.find((other) => other.id === transcript.correctsId);
  const onDate = chinaDate(new Date(transcript.startedAt));
  return {
    subject: subjectFields(transcript.subject, onDate),
    transcript: {
      period: `${chineseTime(new Date(transcript.startedAt))}至${chineseTime(new Date(transcript.endedAt))}`,
      date: chineseDate(transcript.endedAt),
      place: transcript.place,
      officerNames: transcript.officers.map((officer) => officer.name).join('、'),
      certificateNumbers: transcript.officers
        .map((officer) => officer.certificateNumber)
        .join('、'),
      recorder: transcript.recorder.name,
      subjectRole: transcript.kind === 'inquiry' ? '被询问人' : '当事人（在场人）',
      questions: (transcript.questions ?? [])
        .map((pair) => `问：${pair.question}\n答：${pair.answer}`)
        .join('\n'),
      object: transcript.object ?? '',
      description: transcript.description ?? '',
      signature: signatureStatusLabels[transcript.signature],
      hasWitness: transcript.witness !== null,
      witness: transcript.witness
        ? [transcript.witness.name, transcript.witness.idNumber]
            .filter(Boolean)
            .join('，身份证件号：')
        : '',
      isCorrection: corrected !== undefined,
      corrects: corrected
        ? `${chineseTime(new Date(corrected.startedAt))}制作的${corrected.kindLabel}`
        : '',
      hasAttachments: transcript.attachments.length > 0,
      attachments: transcript.attachments.map((attachment) => attachment.title).join('、'),
    },
  };
}

function transcriptDocument(kind: TranscriptKind, code: string): CaseDocumentKind {
  return perItem<TranscriptView>({
    code,
    title: transcriptKindLabels[kind],
    items: (investigation) => investigation.transcripts.filter((t) => t.kind === kind),
    label: (t) => `${t.kindLabel}（${t.subject.name}，${chineseTime(new Date(t.startedAt))}）`,
    fill: (_ctx, _case, transcript, investigation) =>
      transcriptFields(transcript, investigation.transcripts),
  });
}

/** 询问笔录 (式样之二), 勘验笔录 (式样之三), 现场笔录 (式样之四). */
export const inquiryRecord = transcriptDocument('inquiry', 'inquiryRecord');
export const surveyRecord = transcriptDocument('survey', 'surveyRecord');
export const siteRecord = transcriptDocument('site', 'siteRecord');

/** 证据登记保存清单 (式样之六), issued once the head has approved. */
export const preservationList = perItem<PreservationView>({
  code: 'preservationList',
  title: '证据登记保存清单',
  items: (investigation) => investigation.preservations.filter((p) => p.status === 'approved'),
  label: (p) => `证据登记保存清单（${p.items.map((item) => item.name).join('、')}）`,
  async fill(ctx, penaltyCase, preservation) {
    const officers = await listCaseOfficers(ctx.db, [penaltyCase.id]);
    return {
      preservation: {
        reason: preservation.reason,
        items: itemLines(preservation.items),
        place: preservation.place,
        storagePlace: preservation.storagePlace,
        officerNames: officers.map((officer) => officer.name).join('、'),
        approvedDate: preservation.decidedAt ? chineseDate(preservation.decidedAt) : '',
        decisionDue: preservation.decisionDue ? chineseDay(preservation.decisionDue) : '',
        handled: preservation.handling !== null,
        handling: preservation.handlingLabel ?? '',
        handledOn: preservation.handledOn ? chineseDay(preservation.handledOn) : '',
      },
    };
  },
});

function measureTerm(measure: MeasureView): string {
  if (!measure.implementedAt) return `自实施之日起${measure.termDays}日`;
  const implementedOn = chinaDate(new Date(measure.implementedAt));
  const end = measureEnd(implementedOn, measure.termDays);
  return `自${chineseDay(implementedOn)}起至${chineseDay(end)}止，共${measure.termDays}日`;
}

/** A measure approved beforehand has its decision once approved; an emergency one on the spot. */
const decidedStatuses: readonly MeasureView['status'][] = ['approved', 'inForce', 'lifted'];

/** 行政强制措施决定书 (式样之八): made on approval, or on the spot in an emergency. */
export const measureDecision = perItem<MeasureView>({
  code: 'measureDecision',
  title: '行政强制措施决定书',
  items: (investigation) =>
    investigation.measures.filter((m) => m.emergency || decidedStatuses.includes(m.status)),
  label: (m) =>
    `行政强制措施决定书（${m.kindLabel}：${m.items.map((item) => item.name).join('、')}）`,
  fill: (_ctx, _case, measure) => ({
    measure: {
      kind: measure.kindLabel,
      reason: measure.reason,
      legalBasis: measure.legalBasis,
      items: itemLines(measure.items),
      place: measure.place,
      term: measureTerm(measure),
      emergency: measure.emergency,
      implementedAt: measure.implementedAt ? chineseTime(new Date(measure.implementedAt)) : '',
      date: chineseDate(
        (measure.emergency ? measure.implementedAt : measure.decidedAt) ?? measure.createdAt,
      ),
    },
  }),
});

/** 责令改正违法行为通知书 (式样之十六). */
export const correctionOrder = perItem<CorrectionOrderView>({
  code: 'correctionOrder',
  title: '责令改正违法行为通知书',
  items: (investigation) => investigation.correctionOrders,
  label: (order) => `责令改正违法行为通知书（${chineseDay(order.issuedOn)}）`,
  fill: (_ctx, _case, order) => ({
    order: {
      violation: order.violation,
      legalBasis: order.legalBasis,
      requirement: order.requirement,
      immediate: order.correctBy === null,
      hasDeadline: order.correctBy !== null,
      correctBy: order.correctBy ? chineseDay(order.correctBy) : '',
      issuedOn: chineseDay(order.issuedOn),
    },
  }),
});
