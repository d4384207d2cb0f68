import { describe, expect, it } from 'vitest';
import {
  calibrationValidUntil,
  deviceLegality,
  deviceStatusOn,
  type DeviceFacts,
  type DeviceProblemCode,
} from './device-legality.js';

const device: DeviceFacts = {
  publicNoticeDate: '2026-01-01',
  activationDate: '2026-01-31',
  reviews: [
    { kind: 'legal', reviewedOn: '2025-12-20', passed: true },
    { kind: 'technical', reviewedOn: '2025-12-22', passed: true },
  ],
  calibrations: [{ calibratedOn: '2025-12-15', validUntil: '2026-12-14' }],
  statusChanges: [],
};

function problemsOn(facts: DeviceFacts, date: string, periodDays = 30): DeviceProblemCode[] {
  return deviceLegality(facts, date, periodDays).problems.map((problem) => problem.code);
}

describe('行政处罚法第四十一条：设备在某日能否取证', () => {
  it.each([
    ['公告期内不能取证', '2026-01-30', 30, ['NOTICE_PERIOD_RUNNING', 'NOT_ACTIVATED']],
    ['公告满30日且已启用，可以取证', '2026-01-31', 30, []],
    ['公告期可配置：15日', '2026-01-16', 15, ['NOT_ACTIVATED']],
    ['检定有效期最后一日仍可取证', '2026-12-14', 30, []],
    ['检定证书过期后不能取证', '2026-12-15', 30, ['NOT_CALIBRATED']],
    [
      '审核与检定之前不能取证',
      '2025-12-10',
      30,
      [
        'NO_LEGAL_REVIEW',
        'NO_TECHNICAL_REVIEW',
        'NOT_CALIBRATED',
        'NOTICE_PERIOD_RUNNING',
        'NOT_ACTIVATED',
      ],
    ],
  ] as const)('行政处罚法第四十一条：%s', (_name, date, periodDays, expected) => {
    expect(problemsOn(device, date, periodDays)).toEqual(expected);
    expect(deviceLegality(device, date, periodDays).lawful).toBe(expected.length === 0);
  });

  it('行政处罚法第四十一条：未公布设置地点的设备不能取证', () => {
    expect(problemsOn({ ...device, publicNoticeDate: null }, '2026-06-01')).toEqual([
      'NOT_NOTIFIED',
    ]);
  });

  it('行政处罚法第四十一条：以最新一次审核为准，未通过的复审使设备不能取证', () => {
    const failedAgain: DeviceFacts = {
      ...device,
      reviews: [...device.reviews, { kind: 'technical', reviewedOn: '2026-05-01', passed: false }],
    };
    expect(problemsOn(failedAgain, '2026-04-30')).toEqual([]);
    expect(problemsOn(failedAgain, '2026-05-01')).toEqual(['NO_TECHNICAL_REVIEW']);
  });

  it('行政处罚法第四十一条：暂停使用期间不能取证，恢复后可以', () => {
    const suspended: DeviceFacts = {
      ...device,
      statusChanges: [
        { status: 'suspended', effectiveOn: '2026-03-01' },
        { status: 'active', effectiveOn: '2026-03-10' },
      ],
    };
    expect(problemsOn(suspended, '2026-03-05')).toEqual(['NOT_ACTIVE']);
    expect(deviceStatusOn(suspended, '2026-03-05')).toBe('suspended');
    expect(problemsOn(suspended, '2026-03-10')).toEqual([]);
  });

  it('计量检定：重新检定后取最晚的有效期', () => {
    const renewed: DeviceFacts = {
      ...device,
      calibrations: [
        ...device.calibrations,
        { calibratedOn: '2026-11-01', validUntil: '2027-10-31' },
      ],
    };
    expect(calibrationValidUntil(renewed, '2026-11-15')).toBe('2027-10-31');
    expect(calibrationValidUntil(device, '2026-12-15')).toBeNull();
    expect(problemsOn(renewed, '2026-12-15')).toEqual([]);
  });
});
