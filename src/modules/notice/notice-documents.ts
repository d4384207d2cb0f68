import { chineseDay } from '../case/case-documents.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { clause } from '../document/merge-data.js';
import { stepDocument } from '../document/per-item-document.js';
import type { NoticeView } from './notice.schemas.js';
import { getNotice } from './notice.service.js';

type HearingView = NoticeView['hearings'][number];

const noticeOf = (ctx: ServiceContext, penaltyCase: CaseWithAgency) =>
  getNotice(ctx, penaltyCase.id);

const chineseNumerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Periods as the forms print them: 「三个工作日」; beyond ten, in figures. */
function workdaysText(count: number): string {
  return `${chineseNumerals[count] ?? String(count)}个工作日`;
}

/** 违法行为通知书 (式样之十一, 第四十四条): one per notice served. */
export const violationNoticeDocument = stepDocument({
  code: 'violationNotice',
  title: '违法行为通知书',
  load: noticeOf,
  items: (view) => view.notices,
  label: (notice) => `违法行为通知书（第${notice.sequence}次告知，${notice.servedOn}送达）`,
  fill: async (ctx, _penaltyCase, notice) => ({
    notice: {
      facts: clause(notice.facts),
      evidence: notice.evidence.join('、'),
      violatedProvision: notice.violatedProvision,
      penaltyBasis: notice.penaltyBasis,
      proposedPenalty: notice.proposal.summary,
      statementPeriod: workdaysText(ctx.config.statementPeriodWorkdays),
      hearingRight: notice.hearingRight,
      contactPerson: notice.contactPerson,
      contactPhone: notice.contactPhone,
      issuedDate: chineseDay(notice.servedOn),
    },
  }),
});

function hearingFields(hearing: HearingView) {
  return {
    date: chineseDay(hearing.hearingOn),
    place: hearing.place,
    publicity: hearing.public ? '公开' : `不公开（${hearing.closedReason ?? ''}）`,
    chair: hearing.chairName,
    recorder: hearing.recorderName,
    agents: hearing.agents.length
      ? hearing.agents.map((agent) => `${agent.name}（${agent.relation}）`).join('、')
      : '无',
    noticeDate: chineseDay(hearing.noticeServedOn),
  };
}

/** 听证通知书 (式样之十二, 第六十四条第二项): one per hearing scheduled. */
export const hearingNoticeDocument = stepDocument({
  code: 'hearingNotice',
  title: '听证通知书',
  load: noticeOf,
  items: (view) => view.hearings,
  label: (hearing) => `听证通知书（${hearing.hearingOn}举行）`,
  fill: async (_ctx, _penaltyCase, hearing) => ({ hearing: hearingFields(hearing) }),
});

/** 听证笔录 (式样之十三, 第六十四条第八项) with the chair's report. */
export const hearingRecordDocument = stepDocument({
  code: 'hearingRecord',
  title: '听证笔录',
  load: noticeOf,
  items: (view) => view.hearings.filter((hearing) => hearing.record !== null),
  label: (hearing) => `听证笔录（${hearing.hearingOn}）`,
  fill: async (_ctx, _penaltyCase, hearing) => {
    const record = hearing.record;
    return {
      hearing: hearingFields(hearing),
      record: record && {
        attendance: record.attendanceLabel,
        investigatorsStatement: record.investigatorsStatement || '—',
        partyStatement: record.partyStatement || '—',
        crossExamination: record.crossExamination || '—',
        outcome: record.outcomeLabel,
        report: record.report,
        signature: record.partySigned
          ? '当事人已核对无误并签名'
          : `当事人未签名：${record.refusalNote ?? ''}（由听证主持人注明）`,
      },
    };
  },
});
