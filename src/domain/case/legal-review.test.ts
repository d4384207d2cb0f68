import { describe, expect, it } from 'vitest';
import {
  defaultLegalReviewCatalog,
  legalReviewRequired,
  reviewGate,
  reviewCoversDecision,
  reviewerViolations,
  type LegalReview,
  type LegalReviewProposal,
  type LegalReviewer,
} from './legal-review.js';
import { formatYuan } from './penalty.js';

const noTrigger = {
  majorPublicInterest: false,
  majorRightsOfPartyOrThirdParty: false,
  complexOrSeveralLegalRelations: false,
  requiredByOtherLawOrRegulation: false,
};

const proposal: LegalReviewProposal = {
  partyKind: 'citizen',
  kinds: ['fine'],
  fineFen: 50_000,
  illegalGainsFen: 0,
  illegalPropertyValueFen: 0,
  hearingHeld: false,
  article58: noTrigger,
};

describe('法制审核是否必需', () => {
  it.each([
    ['涉及重大公共利益', { article58: { ...noTrigger, majorPublicInterest: true } }, ['第一项']],
    [
      '重大权益且经过听证',
      { hearingHeld: true, article58: { ...noTrigger, majorRightsOfPartyOrThirdParty: true } },
      ['第二项', '经过听证的案件'],
    ],
    [
      '疑难复杂、涉及多个法律关系',
      { article58: { ...noTrigger, complexOrSeveralLegalRelations: true } },
      ['第三项'],
    ],
    [
      '法律、法规规定的其他情形',
      { article58: { ...noTrigger, requiredByOtherLawOrRegulation: true } },
      ['第四项'],
    ],
  ] as const)('行政处罚法第五十八条：%s须经法制审核', (_case, change, fragments) => {
    const need = legalReviewRequired({ ...proposal, ...change }, defaultLegalReviewCatalog);
    expect(need.required).toBe(true);
    expect(need.reasons).toHaveLength(fragments.length);
    fragments.forEach((fragment, index) => expect(need.reasons[index]).toContain(fragment));
  });

  it('行政处罚法第五十八条：重大权益未经听证的，第二项不适用', () => {
    const need = legalReviewRequired(
      { ...proposal, article58: { ...noTrigger, majorRightsOfPartyOrThirdParty: true } },
      defaultLegalReviewCatalog,
    );
    expect(need).toEqual({ required: false, reasons: [] });
  });

  it.each([
    ['对公民罚款恰为 3000 元', { fineFen: 300_000 }, true],
    ['对公民罚款 2999.99元', { fineFen: 299_999 }, false],
    ['对组织罚款恰为 20000 元', { partyKind: 'organisation', fineFen: 2_000_000 }, true],
    ['对组织罚款 19999.99元', { partyKind: 'organisation', fineFen: 1_999_999 }, false],
    ['对组织罚款 3000 元', { partyKind: 'organisation', fineFen: 300_000 }, false],
    ['吊销许可证件', { kinds: ['licenceRevocation'], fineFen: 0 }, true],
    ['降低资质等级', { kinds: ['qualificationDowngrade'], fineFen: 0 }, true],
    ['责令停产停业', { kinds: ['productionSuspension'], fineFen: 0 }, true],
    ['责令关闭', { kinds: ['closure'], fineFen: 0 }, true],
    ['限制从业', { kinds: ['practiceRestriction'], fineFen: 0 }, true],
    ['经过听证的案件', { hearingHeld: true }, true],
    ['警告', { kinds: ['warning'], fineFen: 0 }, false],
    ['暂扣许可证件', { kinds: ['licenceSuspension'], fineFen: 0 }, false],
  ] as const)('行政处罚法第五十八条（重大执法决定法制审核目录）：%s', (_case, change, required) => {
    const need = legalReviewRequired({ ...proposal, ...change }, defaultLegalReviewCatalog);
    expect(need.required).toBe(required);
    expect(need.reasons.length > 0).toBe(required);
  });

  it('行政处罚法第五十八条（重大执法决定法制审核目录）：理由写明金额与标准', () => {
    const need = legalReviewRequired({ ...proposal, fineFen: 300_000 }, defaultLegalReviewCatalog);
    expect(need.reasons).toEqual([
      '重大执法决定法制审核目录：对公民罚款 3,000.00元，达到 3,000.00元',
    ]);
  });

  it('行政处罚法第五十八条：本地目录可调整，但法定情形不能被目录关闭', () => {
    const emptyCatalog = {
      fineThresholdFen: { citizen: Infinity, organisation: Infinity },
      kinds: [],
      everyHeardCase: false,
    };
    const need = legalReviewRequired(
      { ...proposal, article58: { ...noTrigger, majorPublicInterest: true } },
      emptyCatalog,
    );
    expect(need.required).toBe(true);
    expect(legalReviewRequired({ ...proposal, fineFen: 10_000_000 }, emptyCatalog).required).toBe(
      false,
    );
  });

  it('行政处罚法第三十四条：罚款超出裁量基准范围的须经法制审核，并说明原因', () => {
    const reason = '裁量基准：拟罚款500.00元超出裁量范围1,000.00元至2,000.00元，须经法制审核';
    const need = legalReviewRequired(
      { ...proposal, fineFen: 50_000, benchmarkDeviation: reason },
      defaultLegalReviewCatalog,
    );
    expect(need).toEqual({ required: true, reasons: [reason] });
  });
});

describe('金额显示', () => {
  it.each([
    [300_000, '3,000.00元'],
    [299_999, '2,999.99元'],
    [5, '0.05元'],
  ])('%i 分 → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});

const qualified: LegalReviewer = {
  officerId: 'reviewer-1',
  name: '李审',
  firstTimeInLegalReview: true,
  holdsLegalProfessionQualification: true,
};

function review(round: number, opinion: LegalReview['opinion'], reviewer = qualified) {
  return { round, opinion, reviewer };
}

describe('法制审核把关', () => {
  const caseOfficerIds = ['officer-1', 'officer-2'];

  it.each([
    ['最近一轮同意', [review(1, 'approved')], []],
    ['退回修改后再审同意', [review(1, 'returned'), review(2, 'approved')], []],
    ['未经法制审核', [], ['LEGAL_REVIEW_MISSING']],
    ['最近一轮不同意', [review(1, 'rejected')], ['LEGAL_REVIEW_NOT_PASSED']],
    ['最近一轮建议修改后提交', [review(1, 'returned')], ['LEGAL_REVIEW_NOT_PASSED']],
    ['先同意后又退回', [review(2, 'returned'), review(1, 'approved')], ['LEGAL_REVIEW_NOT_PASSED']],
  ] as const)('行政处罚法第五十八条第一款：%s', (_case, reviews, codes) => {
    const violations = reviewGate(reviews, caseOfficerIds);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it('行政处罚法第五十八条第一款：退回意见提示修改后重新提交', () => {
    const [violation] = reviewGate([review(1, 'returned')], caseOfficerIds);
    expect(violation?.message).toBe(
      '第1轮法制审核意见为“建议修改后提交”，审核未通过，请按审核意见修改后重新提交法制审核',
    );
    expect(violation?.article).toBe('行政处罚法第五十八条第一款');
  });

  it.each([
    ['审核人员是办案人员', { officerId: 'officer-2' }, ['LEGAL_REVIEWER_IS_CASE_OFFICER']],
    [
      '初次从事审核且无法律职业资格',
      { holdsLegalProfessionQualification: false },
      ['LEGAL_REVIEWER_UNQUALIFIED'],
    ],
    [
      '非初次从事审核、无法律职业资格',
      { firstTimeInLegalReview: false, holdsLegalProfessionQualification: false },
      [],
    ],
  ] as const)('行政处罚法第五十八条：%s', (_case, change, codes) => {
    const reviewer = { ...qualified, ...change };
    const violations = reviewGate([review(1, 'approved', reviewer)], caseOfficerIds);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it('行政处罚法第五十八条第二款：消息说明理由和做法', () => {
    const reviewer = { ...qualified, holdsLegalProfessionQualification: false };
    expect(reviewGate([review(1, 'approved', reviewer)], [])).toEqual([
      {
        code: 'LEGAL_REVIEWER_UNQUALIFIED',
        article: '行政处罚法第五十八条第二款',
        message: '李审初次从事法制审核，尚未取得法律职业资格，请改由具备资格的人员审核',
      },
    ]);
  });
});

describe('法制审核意见的出具人', () => {
  it.each([
    ['非办案人员出具不同意意见', 'reviewer-1', 'rejected', []],
    ['办案人员出具同意意见', 'officer-1', 'approved', ['LEGAL_REVIEWER_IS_CASE_OFFICER']],
    ['办案人员出具退回意见', 'officer-1', 'returned', ['LEGAL_REVIEWER_IS_CASE_OFFICER']],
  ] as const)('行政处罚法第五十八条：%s', (_case, officerId, opinion, codes) => {
    const reviewer = { ...qualified, officerId };
    const violations = reviewerViolations(review(1, opinion, reviewer), ['officer-1']);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });
});

describe('法制审核通过的范围', () => {
  const reviewed = {
    kinds: ['fine'] as const,
    fineFen: 500_000,
    illegalGainsFen: 0,
    illegalPropertyValueFen: 0,
  };
  it.each([
    ['按审核的处理意见决定', {}, null],
    ['减轻罚款', { fineFen: 400_000 }, null],
    ['加重罚款', { fineFen: 600_000 }, 'LEGAL_REVIEW_NOT_COVERING_DECISION'],
    ['增加处罚种类', { kinds: ['fine', 'warning'] as const }, 'LEGAL_REVIEW_NOT_COVERING_DECISION'],
  ] as const)('行政处罚法第五十八条第一款：%s', (_case, change, code) => {
    expect(reviewCoversDecision(reviewed, { ...reviewed, ...change })?.code ?? null).toBe(code);
  });
});
