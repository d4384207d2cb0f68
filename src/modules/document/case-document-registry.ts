import { filingRegister } from '../case/case-documents.js';
import {
  correctionOrder,
  inquiryRecord,
  measureDecision,
  preservationList,
  siteRecord,
  surveyRecord,
} from '../investigation/investigation-documents.js';
import { demandNotice, instalmentNotice } from '../execution/execution-documents.js';
import { serviceReceipt } from '../service/service-documents.js';
import { caseTransferLetter, crimeTransferLetter } from '../transfer/transfer-documents.js';
import { closureReport, fileIndex } from '../archive/archive-documents.js';
import {
  collectiveDiscussionDocument,
  investigationReportDocument,
  legalReviewOpinionDocument,
} from '../review/review-documents.js';
import {
  hearingNoticeDocument,
  hearingRecordDocument,
  violationNoticeDocument,
} from '../notice/notice-documents.js';
import {
  noPenaltyDecisionDocument,
  penaltyDecisionDocument,
} from '../decision/decision-documents.js';
import type { CaseDocumentKind } from './case-document-kind.js';

/** Every 执法文书 a case can produce, in the order the procedure uses them. */
export const caseDocumentKinds: readonly CaseDocumentKind[] = [
  filingRegister,
  inquiryRecord,
  surveyRecord,
  siteRecord,
  preservationList,
  measureDecision,
  correctionOrder,
  investigationReportDocument,
  violationNoticeDocument,
  hearingNoticeDocument,
  hearingRecordDocument,
  legalReviewOpinionDocument,
  collectiveDiscussionDocument,
  penaltyDecisionDocument,
  noPenaltyDecisionDocument,
  crimeTransferLetter,
  caseTransferLetter,
  instalmentNotice,
  demandNotice,
  serviceReceipt,
  closureReport,
  fileIndex,
];
