import { describe, expect, it } from 'vitest';
import {
  amountNotAboveNotice,
  decisionNotHeavierThanNotice,
  missingDecisionElements,
  missingNoPenaltyElements,
  type DecisionDocument,
  type NoPenaltyDocument,
} from './decision-content.js';

const complete: DecisionDocument = {
  partyName: '蓝城顺达货运有限公司',
  partyAddress: '蓝城市河西区工业路 8 号',
  facts: '2026年3月2日，当事人所属车辆未取得道路运输证从事道路货物运输经营。',
  evidence: ['询问笔录', '现场笔录', '现场照片'],
  penalties: [
    {
      kind: 'fine',
      basis: { law: '中华人民共和国道路运输条例', article: '第六十三条' },
    },
  ],
  performanceManner: '自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款',
  paymentAccount: '蓝城市非税收入专户 6222 0000 0000 0000',
  paymentDeadlineDays: 15,
  reconsiderationBody: '蓝城市人民政府',
  reconsiderationDays: 60,
  litigationCourt: '蓝城市河西区人民法院',
  litigationMonths: 6,
  agencyName: '蓝城市交通运输局',
  decisionDate: '2026-04-01',
  sealed: true,
};

const revocation = {
  kind: 'licenceRevocation',
  basis: { law: '中华人民共和国道路运输条例', article: '第六十八条' },
} as const;

describe('行政处罚决定书内容', () => {
  it('行政处罚法第五十九条：要素齐全的决定书没有问题', () => {
    expect(missingDecisionElements(complete)).toEqual([]);
  });

  it.each([
    ['第一项：当事人名称', { partyName: ' ' }, 'DECISION_PARTY_NAME_MISSING'],
    ['第一项：当事人地址', { partyAddress: '' }, 'DECISION_PARTY_ADDRESS_MISSING'],
    ['第二项：违法事实', { facts: '' }, 'DECISION_FACTS_MISSING'],
    ['第二项：证据', { evidence: [] }, 'DECISION_EVIDENCE_MISSING'],
    ['第三项：处罚种类', { penalties: [] }, 'DECISION_PENALTY_MISSING'],
    [
      '第三项：依据缺法律名称',
      { penalties: [{ kind: 'fine', basis: { law: '', article: '第六十三条' } }] },
      'DECISION_LEGAL_BASIS_INCOMPLETE',
    ],
    [
      '第三项：依据缺条',
      { penalties: [{ kind: 'fine', basis: { law: '道路运输条例', article: '' } }] },
      'DECISION_LEGAL_BASIS_INCOMPLETE',
    ],
    [
      '第三项：款的写法不对',
      {
        penalties: [
          { kind: 'fine', basis: { law: '道路运输条例', article: '第六十三条', paragraph: '1' } },
        ],
      },
      'DECISION_LEGAL_BASIS_INCOMPLETE',
    ],
    ['第四项：履行方式', { performanceManner: '' }, 'DECISION_PERFORMANCE_MANNER_MISSING'],
    ['第四项：缴款账户', { paymentAccount: '' }, 'DECISION_PAYMENT_ACCOUNT_MISSING'],
    ['第四项：缴款期限不是十五日', { paymentDeadlineDays: 30 }, 'DECISION_PAYMENT_DEADLINE_WRONG'],
    ['第五项：复议机关', { reconsiderationBody: '' }, 'DECISION_RECONSIDERATION_BODY_MISSING'],
    [
      '第五项：复议期限不是六十日',
      { reconsiderationDays: 15 },
      'DECISION_RECONSIDERATION_PERIOD_WRONG',
    ],
    ['第五项：管辖法院', { litigationCourt: '' }, 'DECISION_LITIGATION_COURT_MISSING'],
    ['第五项：沿用三个月的起诉期限', { litigationMonths: 3 }, 'DECISION_LITIGATION_PERIOD_WRONG'],
    ['第六项：行政机关名称', { agencyName: '' }, 'DECISION_AGENCY_MISSING'],
    ['第六项：决定日期', { decisionDate: '' }, 'DECISION_DATE_MISSING'],
    ['第二款：印章', { sealed: false }, 'DECISION_SEAL_MISSING'],
  ] as const)('行政处罚法第五十九条%s', (_case, change, code) => {
    const violations = missingDecisionElements({ ...complete, ...change });
    expect(violations.map((violation) => violation.code)).toEqual([code]);
  });

  it.each([
    [
      '依据写明款、项',
      { law: '道路运输条例', article: '第六十三条', paragraph: '第一款', item: '第二项' },
    ],
    ['条号用阿拉伯数字', { law: '道路运输条例', article: '第63条' }],
    ['“条之一”', { law: '道路运输条例', article: '第七十条之一' }],
  ] as const)('行政处罚法第五十九条第三项：%s的依据完整', (_case, basis) => {
    expect(missingDecisionElements({ ...complete, penalties: [{ kind: 'fine', basis }] })).toEqual(
      [],
    );
  });

  it('行政处罚法第五十九条第四项：吊销许可证件不需要缴款账户和十五日缴款期限', () => {
    const document = {
      ...complete,
      penalties: [revocation],
      performanceManner: '自收到本决定书之日起交回道路运输经营许可证',
      paymentAccount: '',
      paymentDeadlineDays: 0,
    };
    expect(missingDecisionElements(document)).toEqual([]);
  });

  it('行政处罚法第五十九条：空白决定书逐项列出所缺要素（中文）', () => {
    const blank: DecisionDocument = {
      partyName: '',
      partyAddress: '',
      facts: '',
      evidence: [],
      penalties: [],
      performanceManner: '',
      paymentAccount: '',
      paymentDeadlineDays: 0,
      reconsiderationBody: '',
      reconsiderationDays: 60,
      litigationCourt: '',
      litigationMonths: 6,
      agencyName: '',
      decisionDate: '',
      sealed: false,
    };
    expect(missingDecisionElements(blank).map((violation) => violation.message)).toEqual([
      '决定书缺少当事人的姓名或者名称',
      '决定书缺少当事人的地址',
      '决定书缺少违反法律、法规、规章的事实',
      '决定书缺少认定违法事实的证据',
      '决定书缺少行政处罚的种类',
      '决定书缺少行政处罚的履行方式',
      '决定书缺少受理行政复议的机关名称',
      '决定书缺少受理行政诉讼的人民法院名称',
      '决定书缺少作出决定的行政机关名称',
      '决定书缺少作出决定的日期',
      '决定书未加盖作出决定的行政机关印章',
    ]);
  });
});

describe('不得因陈述申辩加重处罚', () => {
  it.each([
    ['决定与告知金额相同', 500_000, 500_000, false, null],
    ['决定低于告知金额', 500_000, 300_000, false, null],
    ['决定高出 0.01元', 500_000, 500_001, false, 'DECISION_HARSHER_THAN_NOTICE'],
    ['有新的违法事实并已记录', 500_000, 800_000, true, null],
  ] as const)('行政处罚法第四十五条：%s', (_case, noticeFen, decisionFen, newFacts, code) => {
    expect(amountNotAboveNotice(noticeFen, decisionFen, newFacts)?.code ?? null).toBe(code);
  });

  it('行政处罚法第四十五条：消息写明两个金额和做法', () => {
    expect(amountNotAboveNotice(500_000, 800_000, false)).toEqual({
      code: 'DECISION_HARSHER_THAN_NOTICE',
      article: '行政处罚法第四十五条第二款',
      message:
        '决定罚款8,000.00元，高于告知的5,000.00元，不得因当事人陈述、申辩而加重处罚；如发现新的违法事实，请记录并重新告知',
    });
  });
});

describe('决定不得重于告知', () => {
  const notified = {
    kinds: ['fine'] as const,
    fineFen: 500_000,
    illegalGainsFen: 0,
    illegalPropertyValueFen: 0,
  };
  it.each([
    ['与告知相同', {}, []],
    ['罚款低于告知', { fineFen: 300_000 }, []],
    ['罚款高于告知', { fineFen: 600_000 }, ['DECISION_HARSHER_THAN_NOTICE']],
    [
      '增加了告知时没有的处罚种类',
      { kinds: ['fine', 'licenceSuspension'] as const },
      ['DECISION_HARSHER_THAN_NOTICE'],
    ],
    ['没收违法所得高于告知', { illegalGainsFen: 1 }, ['DECISION_HARSHER_THAN_NOTICE']],
  ] as const)('行政处罚法第四十五条第二款：%s', (_case, change, codes) => {
    const violations = decisionNotHeavierThanNotice(notified, { ...notified, ...change });
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });
});

describe('不予行政处罚决定书', () => {
  const complete: NoPenaltyDocument = {
    partyName: '王五',
    partyAddress: '城关镇1号',
    facts: '当事人驾驶车辆未随车携带道路运输证，已当场改正。',
    ground: '违法行为轻微并及时改正，没有造成危害后果（行政处罚法第三十三条第一款）',
    reconsiderationBody: '清水县人民政府',
    reconsiderationDays: 60,
    litigationCourt: '清水县人民法院',
    litigationMonths: 6,
    agencyName: '清水县交通运输综合行政执法大队',
    decisionDate: '2026-04-01',
    sealed: true,
  };
  it.each([
    ['要素齐全', {}, []],
    ['缺少不予处罚理由', { ground: '' }, ['DECISION_NO_PENALTY_GROUND_MISSING']],
    ['起诉期限写成三个月', { litigationMonths: 3 }, ['DECISION_LITIGATION_PERIOD_WRONG']],
    ['未盖章', { sealed: false }, ['DECISION_SEAL_MISSING']],
  ] as const)('行政处罚法第五十九条（参照）：%s', (_case, change, codes) => {
    const violations = missingNoPenaltyElements({ ...complete, ...change });
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });
});
