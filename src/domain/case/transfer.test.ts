import { describe, expect, it } from 'vitest';
import {
  checkReconsiderationRequest,
  checkTakeBack,
  checkTransferAttachments,
  checkTransferTeam,
  latestAnswer,
  transferFileGaps,
  type TransferEventFact,
} from './transfer.js';

const on = (kind: TransferEventFact['kind'], occurredOn = '2026-05-11'): TransferEventFact => ({
  kind,
  occurredOn,
});

describe('行政执法机关移送涉嫌犯罪案件的规定', () => {
  it.each([
    [1, 'TRANSFER_TEAM_TOO_SMALL'],
    [2, null],
    [3, null],
  ] as const)('行政执法机关移送涉嫌犯罪案件的规定第五条：%s 名执法人员组成专案组', (size, code) => {
    const violation = checkTransferTeam(size);
    expect(violation?.code ?? null).toBe(code);
    if (violation) expect(violation.message).toContain('第五条');
  });

  it.each([
    ['没有鉴定意见', [], [], null],
    ['鉴定意见已附', [{ id: 'e1', title: '车辆检验报告' }], ['e1', 'e2'], null],
    ['鉴定意见未附', [{ id: 'e1', title: '车辆检验报告' }], ['e2'], 'TRANSFER_ATTACHMENT_MISSING'],
  ] as const)(
    '行政执法机关移送涉嫌犯罪案件的规定第六条：%s',
    (_case, expertOpinions, attachedEvidenceIds, code) => {
      const violation = checkTransferAttachments({ expertOpinions, attachedEvidenceIds });
      expect(violation?.code ?? null).toBe(code);
      if (violation) expect(violation.message).toContain('车辆检验报告');
    },
  );

  it.each([
    ['接到不予立案通知书后第三日', [on('notAccepted', '2026-05-11')], '2026-05-14', null],
    [
      '接到不予立案通知书后第四日',
      [on('notAccepted', '2026-05-11')],
      '2026-05-15',
      'TRANSFER_RECONSIDERATION_NOT_ALLOWED',
    ],
    ['公安机关尚未答复', [], '2026-05-12', 'TRANSFER_RECONSIDERATION_NOT_ALLOWED'],
    ['公安机关已立案', [on('accepted')], '2026-05-12', 'TRANSFER_RECONSIDERATION_NOT_ALLOWED'],
    [
      '已经提请过复议',
      [
        on('notAccepted'),
        on('reconsiderationRequested', '2026-05-12'),
        on('notAccepted', '2026-05-14'),
      ],
      '2026-05-15',
      'TRANSFER_RECONSIDERATION_NOT_ALLOWED',
    ],
  ] as const)(
    '行政执法机关移送涉嫌犯罪案件的规定第九条：%s',
    (_case, events, requestedOn, code) => {
      const violation = checkReconsiderationRequest(events, requestedOn);
      expect(violation?.code ?? null).toBe(code);
      if (violation) expect(violation.article).toBe('行政执法机关移送涉嫌犯罪案件的规定第九条');
    },
  );

  it.each([
    ['公安机关尚未答复', 'crime', [], false],
    ['公安机关已立案', 'crime', [on('accepted')], false],
    ['公安机关不予立案（第十条）', 'crime', [on('notAccepted')], true],
    ['公安机关退回（第十三条）', 'crime', [on('accepted'), on('returned')], true],
    ['受移送机关已接收', 'jurisdiction', [on('received')], false],
    ['受移送机关退回', 'jurisdiction', [on('returned')], true],
  ] as const)('行政处罚法第二十七条：收回移送案件——%s', (_case, kind, events, allowed) => {
    const violation = checkTakeBack(kind, events);
    expect(violation === null).toBe(allowed);
    if (violation) expect(violation.code).toBe('TRANSFER_NOT_RETURNED');
  });

  it('行政执法机关移送涉嫌犯罪案件的规定第八条：案卷待公安机关决定立案后归档', () => {
    expect(transferFileGaps('crime', [])).toEqual(['缺少公安机关立案通知（移送规定第八条）']);
    expect(transferFileGaps('crime', [on('procuratorateCopied'), on('accepted')])).toEqual([]);
    expect(transferFileGaps('jurisdiction', [on('received')])).toEqual([]);
    expect(latestAnswer([on('accepted'), on('procuratorateCopied')])).toBe('accepted');
  });
});
