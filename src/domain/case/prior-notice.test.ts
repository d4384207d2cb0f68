import { describe, expect, it } from 'vitest';
import type { PenaltyAmounts } from './decision-content.js';
import { createWorkdayCalendar } from '../workday-calendar.js';
import { builtinWorkdaySchedules } from '../workday-schedules.js';
import {
  renoticeViolation,
  responseGate,
  responseWindow,
  type ResponseState,
} from './prior-notice.js';

const calendar = createWorkdayCalendar(builtinWorkdaySchedules());

describe('告知后的答复期限', () => {
  it.each([
    ['无听证权利：陈述申辩三个工作日', '2026-03-02', false, '2026-03-05', null, '2026-03-05'],
    [
      '有听证权利：以五个工作日的听证期限为准',
      '2026-03-02',
      true,
      '2026-03-05',
      '2026-03-09',
      '2026-03-09',
    ],
    [
      '春节调休：周六上班日计入工作日',
      '2026-02-12',
      true,
      '2026-02-24',
      '2026-02-26',
      '2026-02-26',
    ],
  ] as const)(
    '行政处罚法第四十五条、第六十四条、第八十五条：%s',
    (_case, servedOn, hearing, statement, hearingDeadline, lastDay) => {
      expect(responseWindow(servedOn, hearing, 3, calendar)).toEqual({
        statementDeadline: statement,
        hearingRequestDeadline: hearingDeadline,
        lastDay,
        provisional: false,
      });
    },
  );
});

const closed: ResponseState = {
  today: '2026-03-10',
  lastDay: '2026-03-09',
  hearingRightApplies: true,
  waivedInWriting: false,
  hearing: 'notRequested',
  unreviewedStatements: 0,
};

describe('作出决定前听取当事人意见', () => {
  it.each([
    ['期限届满后', {}, []],
    ['期限最后一日', { today: '2026-03-09' }, ['DECISION_BEFORE_RESPONSE_PERIOD_ENDS']],
    ['期限内当事人书面放弃', { today: '2026-03-03', waivedInWriting: true }, []],
    ['已要求听证、尚未听证', { hearing: 'pending' }, ['DECISION_BEFORE_HEARING_CONCLUDED']],
    ['听证已结束', { hearing: 'concluded' }, []],
    ['放弃听证', { hearing: 'pending', waivedInWriting: true }, []],
    ['陈述申辩未复核', { unreviewedStatements: 1 }, ['STATEMENT_NOT_REVIEWED']],
  ] as const)('行政处罚法第六十二条、第六十五条、第四十五条：%s', (_case, change, codes) => {
    const violations = responseGate({ ...closed, ...change });
    expect(violations.map((violation) => violation.code)).toEqual(codes);
  });

  it('行政处罚法第六十二条：消息写明期限届满日和放弃的做法', () => {
    expect(responseGate({ ...closed, today: '2026-03-04', hearingRightApplies: false })).toEqual([
      {
        code: 'DECISION_BEFORE_RESPONSE_PERIOD_ENDS',
        article: '行政处罚法第六十二条',
        message:
          '当事人陈述、申辩的期限至 2026-03-09 届满，届满前不得作出决定；当事人书面明确放弃陈述、申辩权利的，请先登记放弃声明',
      },
    ]);
  });
});

const fine: PenaltyAmounts = {
  kinds: ['fine'],
  fineFen: 500_000,
  illegalGainsFen: 0,
  illegalPropertyValueFen: 0,
};

describe('重新告知', () => {
  it.each([
    ['减轻罚款', { fineFen: 300_000 }, null, null],
    ['加重罚款、无新事实', { fineFen: 800_000 }, null, 'RENOTICE_HEAVIER_WITHOUT_NEW_FACTS'],
    ['加重罚款、记录了新事实', { fineFen: 800_000 }, '又查明当事人另有两次运输', null],
    [
      '增加吊销许可证件',
      { kinds: ['fine', 'licenceRevocation'] },
      '  ',
      'RENOTICE_HEAVIER_WITHOUT_NEW_FACTS',
    ],
  ] as const)('行政处罚法第四十五条第二款：%s', (_case, change, newFacts, code) => {
    expect(renoticeViolation(fine, { ...fine, ...change }, newFacts)?.code ?? null).toBe(code);
  });
});
