import { describe, expect, it } from 'vitest';
import {
  defaultHearingConfig,
  hearingOutcome,
  hearingProcedureViolations,
  hearingRequestViolations,
  hearingRight,
  type HearingProcedure,
  type HearingProposal,
} from './hearing.js';

const proposal: HearingProposal = {
  partyKind: 'citizen',
  kinds: ['fine'],
  fineFen: 50_000,
  illegalGainsFen: 0,
  illegalPropertyValueFen: 0,
  otherHeavierPenalty: false,
  otherStatutoryCase: false,
};

describe('听证权利', () => {
  it.each([
    ['对公民罚款恰为 10000 元', { fineFen: 1_000_000 }, '第一项'],
    ['对组织罚款恰为 100000 元', { partyKind: 'organisation', fineFen: 10_000_000 }, '第一项'],
    [
      '没收较大数额违法所得',
      { kinds: ['illegalGainsConfiscation'], fineFen: 0, illegalGainsFen: 1_000_000 },
      '第二项：没收违法所得',
    ],
    [
      '没收较大价值非法财物',
      { kinds: ['illegalPropertyConfiscation'], fineFen: 0, illegalPropertyValueFen: 1_000_000 },
      '第二项：没收非法财物',
    ],
    ['降低资质等级', { kinds: ['qualificationDowngrade'], fineFen: 0 }, '降低资质等级'],
    ['吊销许可证件', { kinds: ['licenceRevocation'], fineFen: 0 }, '吊销许可证件'],
    ['责令停产停业', { kinds: ['productionSuspension'], fineFen: 0 }, '责令停产停业'],
    ['责令关闭', { kinds: ['closure'], fineFen: 0 }, '责令关闭'],
    ['限制从业', { kinds: ['practiceRestriction'], fineFen: 0 }, '限制从业'],
    ['其他较重的行政处罚', { otherHeavierPenalty: true }, '第五项'],
    ['法律、法规、规章规定的其他情形', { otherStatutoryCase: true }, '第六项'],
  ] as const)('行政处罚法第六十三条：%s，应当告知听证权利', (_case, change, fragment) => {
    const right = hearingRight({ ...proposal, ...change }, defaultHearingConfig);
    expect(right.applies).toBe(true);
    expect(right.reasons).toHaveLength(1);
    expect(right.reasons[0]).toContain(fragment);
  });

  it.each([
    ['对公民罚款 9999.99元', { fineFen: 999_999 }],
    ['对组织罚款 99999.99元', { partyKind: 'organisation', fineFen: 9_999_999 }],
    ['对组织罚款 10000 元', { partyKind: 'organisation', fineFen: 1_000_000 }],
    ['没收违法所得 9999.99元', { illegalGainsFen: 999_999 }],
    ['警告', { kinds: ['warning'], fineFen: 0 }],
    ['暂扣许可证件', { kinds: ['licenceSuspension'], fineFen: 0 }],
  ] as const)('行政处罚法第六十三条：%s，不产生听证权利', (_case, change) => {
    expect(hearingRight({ ...proposal, ...change }, defaultHearingConfig)).toEqual({
      applies: false,
      reasons: [],
    });
  });

  it('行政处罚法第六十三条：较大数额按本省配置', () => {
    const suzhou = {
      ...defaultHearingConfig,
      largeFineFen: { citizen: 50_000, organisation: 100_000 },
    };
    expect(hearingRight(proposal, suzhou)).toEqual({
      applies: true,
      reasons: ['行政处罚法第六十三条第一款第一项：对公民罚款 500.00元，达到较大数额 500.00元'],
    });
  });
});

const procedure: HearingProcedure = {
  requestedOn: '2026-03-06',
  requestDeadline: '2026-03-06',
  hearingOn: '2026-03-19',
  earliestHearingOn: '2026-03-19',
  chairOfficerId: 'legal-1',
  investigatorIds: ['officer-1', 'officer-2'],
  agentCount: 2,
  attendance: 'attended',
};

describe('听证程序', () => {
  it.each([
    ['第一项：告知后第五个工作日当天要求听证', {}, []],
    ['第一项：超过五个工作日要求听证', { requestedOn: '2026-03-09' }, ['HEARING_REQUEST_LATE']],
    ['第二项：通知送达后满七个工作日当天举行', {}, []],
    ['第二项：通知送达后不足七个工作日举行', { hearingOn: '2026-03-18' }, ['HEARING_NOTICE_LATE']],
    [
      '第四项：调查人员主持听证',
      { chairOfficerId: 'officer-2' },
      ['HEARING_CHAIR_IS_INVESTIGATOR'],
    ],
    ['第五项：当事人亲自参加、不委托代理人', { agentCount: 0 }, []],
    ['第五项：委托三名代理人', { agentCount: 3 }, ['HEARING_TOO_MANY_AGENTS']],
    ['第六项：无正当理由拒不出席', { attendance: 'absentWithoutGoodReason' }, ['HEARING_WAIVED']],
    ['第六项：未经许可中途退出', { attendance: 'leftWithoutPermission' }, ['HEARING_WAIVED']],
    ['第六项：有正当理由未出席', { attendance: 'absentWithGoodReason' }, []],
  ] as const)('行政处罚法第六十四条%s', (_case, change, codes) => {
    const violations = hearingProcedureViolations({ ...procedure, ...change });
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it('行政处罚法第六十四条：逐项列出全部问题，消息为中文并说明做法', () => {
    const violations = hearingProcedureViolations({
      ...procedure,
      requestedOn: '2026-03-09',
      chairOfficerId: 'officer-1',
      agentCount: 3,
    });
    expect(violations).toEqual([
      {
        code: 'HEARING_REQUEST_LATE',
        article: '行政处罚法第六十四条第一项',
        message:
          '当事人于 2026-03-09 要求听证，已超过告知后五个工作日的期限（2026-03-06），不予组织听证',
      },
      {
        code: 'HEARING_CHAIR_IS_INVESTIGATOR',
        article: '行政处罚法第六十四条第四项',
        message: '听证主持人是本案调查人员，请指定非本案调查人员主持听证',
      },
      {
        code: 'HEARING_TOO_MANY_AGENTS',
        article: '行政处罚法第六十四条第五项',
        message: '当事人委托了 3 名代理人，最多可委托二人，请减少代理人',
      },
    ]);
  });
});

describe('听证申请的受理', () => {
  it.each([
    ['告知了听证权利，期限内申请', '2026-03-06', '2026-03-06', []],
    ['告知了听证权利，期限后申请', '2026-03-06', '2026-03-09', ['HEARING_REQUEST_LATE']],
    ['拟处罚不属于听证范围', null, '2026-03-06', ['HEARING_RIGHT_NOT_APPLICABLE']],
  ] as const)('行政处罚法第六十三条、第六十四条：%s', (_case, deadline, requestedOn, codes) => {
    const violations = hearingRequestViolations(deadline, requestedOn);
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });
});

describe('听证的结果', () => {
  it.each([
    ['attended', 'held'],
    ['absentWithGoodReason', 'postponed'],
    ['absentWithoutGoodReason', 'waived'],
    ['leftWithoutPermission', 'waived'],
  ] as const)('行政处罚法第六十四条第六项：%s → %s', (attendance, outcome) => {
    expect(hearingOutcome(attendance)).toBe(outcome);
  });
});
