import { describe, expect, it } from 'vitest';
import { repeatOverlimit, type FindingFacts } from './repeat-overlimit.js';

const asOf = new Date('2026-12-05T00:00:00+08:00');

function finding(id: string, actAt: string, extra: Partial<FindingFacts> = {}): FindingFacts {
  return {
    id,
    actAt: new Date(actAt),
    plate: '豫A12345',
    driverIdNumber: '410102198001011234',
    enterpriseCreditCode: '91410100MA44XXXX0X',
    ...extra,
  };
}

describe('公路安全保护条例第六十六条：1年内违法超限运输超过3次', () => {
  it.each([
    ['3次不超过', 3, false],
    ['4次超过3次', 4, true],
  ] as const)('公路安全保护条例第六十六条：车辆与驾驶人%s', (_name, times, crossed) => {
    const findings = Array.from({ length: times }, (_, i) =>
      finding(`f${i}`, `2026-0${i + 2}-01T10:00:00+08:00`),
    );
    const result = repeatOverlimit(findings, asOf, new Map());
    expect(result.vehicles).toEqual([
      { key: '豫A12345', times, crossed, findingIds: findings.map((f) => f.id) },
    ]);
    expect(result.drivers[0]).toMatchObject({ key: '410102198001011234', times, crossed });
  });

  it('公路安全保护条例第六十六条：滚动12个月，恰满一年前的那次不再计入', () => {
    const findings = [
      finding('old', '2025-12-05T00:00:00+08:00'),
      finding('a', '2025-12-05T00:00:01+08:00'),
      finding('b', '2026-03-01T00:00:00+08:00'),
      finding('c', '2026-06-01T00:00:00+08:00'),
      finding('future', '2026-12-06T00:00:00+08:00'),
    ];
    expect(repeatOverlimit(findings, asOf, new Map()).vehicles[0]).toMatchObject({
      times: 3,
      crossed: false,
      findingIds: ['a', 'b', 'c'],
    });
    const later = new Date('2026-12-07T00:00:00+08:00');
    expect(
      repeatOverlimit([...findings, finding('d', '2026-12-06T12:00:00+08:00')], later, new Map())
        .vehicles[0],
    ).toMatchObject({ times: 4, crossed: true });
  });

  it('公路安全保护条例第六十六条：驾驶人按身份证号计数，换车也累计', () => {
    const findings = ['豫A00001', '豫A00002', '豫A00003', '豫A00004'].map((plate, i) =>
      finding(`f${i}`, `2026-0${i + 1}-15T08:00:00+08:00`, { plate }),
    );
    const result = repeatOverlimit(findings, asOf, new Map());
    expect(result.vehicles.every((count) => !count.crossed)).toBe(true);
    expect(result.drivers).toMatchObject([{ times: 4, crossed: true }]);
  });
});

describe('公路安全保护条例第六十六条：超限车辆超过本单位货运车辆总数10%', () => {
  const enterprise = '91410100MA44XXXX0X';
  const findingsFor = (plates: string[]) =>
    plates.map((plate, i) => finding(`f${i}`, '2026-05-01T08:00:00+08:00', { plate }));

  it.each([
    ['20辆中2辆（10%）不超过', 20, ['豫A1', '豫A2'], 0.1, false],
    ['20辆中3辆（15%）超过', 20, ['豫A1', '豫A2', '豫A3'], 0.15, true],
    ['同一车辆多次只算一辆', 20, ['豫A1', '豫A1', '豫A1', '豫A2'], 0.1, false],
  ] as const)('公路安全保护条例第六十六条：%s', (_name, fleet, plates, share, crossed) => {
    const result = repeatOverlimit(findingsFor([...plates]), asOf, new Map([[enterprise, fleet]]));
    expect(result.enterprises[0]).toMatchObject({ creditCode: enterprise, share, crossed });
  });

  it('公路安全保护条例第六十六条：车辆总数不明时不作判断', () => {
    const result = repeatOverlimit(findingsFor(['豫A1', '豫A2']), asOf, new Map());
    expect(result.enterprises[0]).toMatchObject({ fleetSize: null, share: null, crossed: false });
  });
});
