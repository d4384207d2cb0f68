import type { RuleViolation } from '../rule-violation.js';
import { heavierThan, type PenaltyAmounts } from './decision-content.js';
import {
  formatYuan,
  partyKindLabels,
  penaltyKindLabels,
  type PartyKind,
  type PenaltyKind,
  type ProposedPenalty,
} from './penalty.js';

/** The facts behind 行政处罚法第五十八条第一款's four triggers, as the case officer records them. */
export interface Article58Facts {
  majorPublicInterest: boolean;
  /** 直接关系当事人或者第三人重大权益; triggers review only together with a hearing. */
  majorRightsOfPartyOrThirdParty: boolean;
  complexOrSeveralLegalRelations: boolean;
  requiredByOtherLawOrRegulation: boolean;
}

export interface LegalReviewProposal extends ProposedPenalty {
  hearingHeld: boolean;
  article58: Article58Facts;
  /** Why the fine leaves its 裁量基准 range, which sends the case to 法制审核; null within it. */
  benchmarkDeviation?: string | null;
}

/**
 * 重大执法决定法制审核目录: the agency's own list on top of the statute. 第五十八条's triggers
 * are not in it because no catalogue may switch them off.
 */
export interface LegalReviewCatalog {
  /** "以上" includes the amount itself (民法典第一千二百五十九条): exactly the threshold needs review. */
  fineThresholdFen: Record<PartyKind, number>;
  kinds: readonly PenaltyKind[];
  everyHeardCase: boolean;
}

export const defaultLegalReviewCatalog: LegalReviewCatalog = {
  fineThresholdFen: { citizen: 300_000, organisation: 2_000_000 },
  kinds: [
    'qualificationDowngrade',
    'licenceRevocation',
    'productionSuspension',
    'closure',
    'practiceRestriction',
  ],
  everyHeardCase: true,
};

export interface LegalReviewNeed {
  required: boolean;
  reasons: string[];
}

function article58Reasons(proposal: LegalReviewProposal): string[] {
  const facts = proposal.article58;
  const article = '行政处罚法第五十八条第一款';
  return [
    facts.majorPublicInterest && `${article}第一项：涉及重大公共利益`,
    facts.majorRightsOfPartyOrThirdParty &&
      proposal.hearingHeld &&
      `${article}第二项：直接关系当事人或者第三人重大权益，经过听证程序`,
    facts.complexOrSeveralLegalRelations && `${article}第三项：案件情况疑难复杂、涉及多个法律关系`,
    facts.requiredByOtherLawOrRegulation &&
      `${article}第四项：法律、法规规定应当进行法制审核的其他情形`,
  ].filter((reason): reason is string => typeof reason === 'string');
}

function catalogReasons(proposal: LegalReviewProposal, catalog: LegalReviewCatalog): string[] {
  const source = '重大执法决定法制审核目录';
  const threshold = catalog.fineThresholdFen[proposal.partyKind];
  const fineReason =
    proposal.fineFen >= threshold &&
    `${source}：对${partyKindLabels[proposal.partyKind]}罚款 ${formatYuan(proposal.fineFen)}，达到 ${formatYuan(threshold)}`;
  const kindReasons = proposal.kinds
    .filter((kind) => catalog.kinds.includes(kind))
    .map((kind) => `${source}：${penaltyKindLabels[kind]}`);
  const hearingReason =
    catalog.everyHeardCase && proposal.hearingHeld && `${source}：经过听证的案件`;
  return [fineReason, ...kindReasons, hearingReason].filter(
    (reason): reason is string => typeof reason === 'string',
  );
}

/** Must this proposed decision pass 法制审核 before the agency head decides? */
export function legalReviewRequired(
  proposal: LegalReviewProposal,
  catalog: LegalReviewCatalog,
): LegalReviewNeed {
  const reasons = [
    ...article58Reasons(proposal),
    ...catalogReasons(proposal, catalog),
    ...(proposal.benchmarkDeviation ? [proposal.benchmarkDeviation] : []),
  ];
  return { required: reasons.length > 0, reasons };
}

export const reviewOpinions = ['approved', 'rejected', 'returned'] as const;
export type ReviewOpinion = (typeof reviewOpinions)[number];

export const reviewOpinionLabels: Record<ReviewOpinion, string> = {
  approved: '同意',
  rejected: '不同意',
  returned: '建议修改后提交',
};

export interface LegalReviewer {
  officerId: string;
  name: string;
  /**
   * 第五十八条第二款 binds people who take up legal-review work for the first time (初次从事),
   * not a reviewer's first case: reviewers already in post are not required to re-qualify.
   */
  firstTimeInLegalReview: boolean;
  holdsLegalProfessionQualification: boolean;
}

export interface LegalReview {
  round: number;
  reviewer: LegalReviewer;
  opinion: ReviewOpinion;
}

export type ReviewGateCode =
  | 'LEGAL_REVIEW_MISSING'
  | 'LEGAL_REVIEW_NOT_PASSED'
  | 'LEGAL_REVIEWER_IS_CASE_OFFICER'
  | 'LEGAL_REVIEWER_UNQUALIFIED';

function latestReview(reviews: readonly LegalReview[]): LegalReview | undefined {
  return reviews.reduce<LegalReview | undefined>(
    (latest, review) => (latest === undefined || review.round > latest.round ? review : latest),
    undefined,
  );
}

function opinionViolation(review: LegalReview): RuleViolation<ReviewGateCode> | null {
  if (review.opinion === 'approved') return null;
  const advice =
    review.opinion === 'returned' ? '请按审核意见修改后重新提交法制审核' : '不得作出处罚决定';
  return {
    code: 'LEGAL_REVIEW_NOT_PASSED',
    article: '行政处罚法第五十八条第一款',
    message: `第${review.round}轮法制审核意见为“${reviewOpinionLabels[review.opinion]}”，审核未通过，${advice}`,
  };
}

function separationViolation(
  review: LegalReview,
  caseOfficerIds: readonly string[],
): RuleViolation<ReviewGateCode> | null {
  if (!caseOfficerIds.includes(review.reviewer.officerId)) return null;
  return {
    code: 'LEGAL_REVIEWER_IS_CASE_OFFICER',
    article: '行政处罚法第五十八条第一款',
    message: `法制审核人员${review.reviewer.name}是本案办案人员，审核与查处应当分离，请改由其他法制审核人员审核`,
  };
}

function qualificationViolation(review: LegalReview): RuleViolation<ReviewGateCode> | null {
  const reviewer = review.reviewer;
  if (!reviewer.firstTimeInLegalReview || reviewer.holdsLegalProfessionQualification) return null;
  return {
    code: 'LEGAL_REVIEWER_UNQUALIFIED',
    article: '行政处罚法第五十八条第二款',
    message: `${reviewer.name}初次从事法制审核，尚未取得法律职业资格，请改由具备资格的人员审核`,
  };
}

/** May the agency head decide now? Only on the latest round, and only if it passed. */
export function reviewGate(
  reviews: readonly LegalReview[],
  caseOfficerIds: readonly string[],
): RuleViolation<ReviewGateCode>[] {
  const latest = latestReview(reviews);
  if (latest === undefined) {
    return [
      {
        code: 'LEGAL_REVIEW_MISSING',
        article: '行政处罚法第五十八条第一款',
        message: '本案须经法制审核，未经法制审核不得作出处罚决定，请先提交法制审核',
      },
    ];
  }
  return [opinionViolation(latest), ...reviewerViolations(latest, caseOfficerIds)].filter(
    (violation) => violation !== null,
  );
}

/** May this reviewer give an opinion at all? Checked when the opinion is recorded, too. */
export function reviewerViolations(
  review: LegalReview,
  caseOfficerIds: readonly string[],
): RuleViolation<ReviewGateCode>[] {
  return [separationViolation(review, caseOfficerIds), qualificationViolation(review)].filter(
    (violation) => violation !== null,
  );
}

/**
 * The passed review covers what it reviewed: a decision heavier than the reviewed proposal
 * was never reviewed, so it needs another round.
 */
export function reviewCoversDecision(
  reviewed: PenaltyAmounts,
  decided: PenaltyAmounts,
): RuleViolation<'LEGAL_REVIEW_NOT_COVERING_DECISION'> | null {
  const parts = heavierThan(reviewed, decided, '法制审核');
  if (parts.length === 0) return null;
  return {
    code: 'LEGAL_REVIEW_NOT_COVERING_DECISION',
    article: '行政处罚法第五十八条第一款',
    message: `拟作出的决定重于法制审核通过的处理意见（${parts.join('；')}），请按拟作出的决定重新提交法制审核`,
  };
}
