import { AppError } from '../domain/app-error.js';
import { parseDocumentTemplate, type DocumentTemplate } from './document-template.schemas.js';
import filingRegister from './templates/filing-register.json' with { type: 'json' };
import violationNotice from './templates/violation-notice.json' with { type: 'json' };
import investigationReport from './templates/investigation-report.json' with { type: 'json' };
import hearingNotice from './templates/hearing-notice.json' with { type: 'json' };
import hearingRecord from './templates/hearing-record.json' with { type: 'json' };
import legalReviewOpinion from './templates/legal-review-opinion.json' with { type: 'json' };
import collectiveDiscussionRecord from './templates/collective-discussion-record.json' with { type: 'json' };
import penaltyDecision from './templates/penalty-decision.json' with { type: 'json' };
import noPenaltyDecision from './templates/no-penalty-decision.json' with { type: 'json' };
import summaryDecision from './templates/summary-decision.json' with { type: 'json' };
import crimeTransferLetter from './templates/crime-transfer-letter.json' with { type: 'json' };
import caseTransferLetter from './templates/case-transfer-letter.json' with { type: 'json' };
import closureReport from './templates/closure-report.json' with { type: 'json' };
import fileIndex from './templates/file-index.json' with { type: 'json' };
import inquiryRecord from './templates/inquiry-record.json' with { type: 'json' };
import surveyRecord from './templates/survey-record.json' with { type: 'json' };
import siteRecord from './templates/site-record.json' with { type: 'json' };
import preservationList from './templates/preservation-list.json' with { type: 'json' };
import measureDecision from './templates/measure-decision.json' with { type: 'json' };
import correctionOrder from './templates/correction-order.json' with { type: 'json' };
import serviceReceipt from './templates/service-receipt.json' with { type: 'json' };
import instalmentNotice from './templates/instalment-notice.json' with { type: 'json' };
import demandNotice from './templates/demand-notice.json' with { type: 'json' };

/** The templates zhifa ships, shaped after the national forms; an agency may add its own versions. */
export const builtinTemplates: readonly DocumentTemplate[] = [
  filingRegister,
  inquiryRecord,
  surveyRecord,
  siteRecord,
  preservationList,
  measureDecision,
  correctionOrder,
  investigationReport,
  violationNotice,
  hearingNotice,
  hearingRecord,
  legalReviewOpinion,
  collectiveDiscussionRecord,
  penaltyDecision,
  noPenaltyDecision,
  summaryDecision,
  crimeTransferLetter,
  caseTransferLetter,
  closureReport,
  fileIndex,
  instalmentNotice,
  demandNotice,
  serviceReceipt,
].map((template) => parseDocumentTemplate(template));

export function builtinTemplate(code: string): DocumentTemplate {
  const template = builtinTemplates.find((candidate) => candidate.code === code);
  if (!template) throw new AppError('NOT_FOUND', `没有代码为「${code}」的内置文书模板`);
  return template;
}
