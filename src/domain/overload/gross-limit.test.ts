import { describe, expect, it } from 'vitest';
import { grossLimit } from './gross-limit.js';
import { order62of2016 } from './overlimit-rules.js';
import { screenDetection } from './screening.js';
import type { VehicleKind, VehicleMeasurement } from './vehicle.js';

function vehicle(overrides: Partial<VehicleMeasurement>): VehicleMeasurement {
  return {
    vehicleKind: 'truck',
    axleCount: 2,
    singleDriveAxle: null,
    singleTyreAxles: 0,
    licenceTotalKg: null,
    grossKg: 0,
    lengthMm: null,
    widthMm: null,
    heightMm: null,
    ...overrides,
  };
}

const lawfulDevice = { date: '2026-06-01', lawful: true, problems: [] };

function screen(overrides: Partial<VehicleMeasurement>) {
  return screenDetection(vehicle(overrides), '2026-06-01', lawfulDevice);
}

describe('超限运输车辆行驶公路管理规定第三条第一款：车货总质量限值', () => {
  it.each([
    ['第四项：二轴货车', 'truck', 2, null, 18_000],
    ['第五项：三轴货车', 'truck', 3, null, 25_000],
    ['第五项：三轴汽车列车', 'combination', 3, null, 27_000],
    ['第六项：四轴货车', 'truck', 4, null, 31_000],
    ['第六项：四轴汽车列车', 'combination', 4, null, 36_000],
    ['第七项：五轴汽车列车', 'combination', 5, null, 43_000],
    ['第八项：六轴汽车列车', 'combination', 6, false, 49_000],
    ['第八项：七轴汽车列车按六轴以上计', 'combination', 7, false, 49_000],
    ['第八项：六轴汽车列车，牵引车驱动轴为单轴', 'combination', 6, true, 46_000],
  ] as const satisfies readonly (readonly [string, VehicleKind, number, boolean | null, number])[])(
    '超限运输车辆行驶公路管理规定第三条第一款%s：%i千克',
    (_name, vehicleKind, axleCount, singleDriveAxle, limitKg) => {
      const measured = { vehicleKind, axleCount, singleDriveAxle };
      expect(grossLimit(vehicle(measured), order62of2016)).toMatchObject({
        kind: 'limit',
        limitKg,
      });
      expect(screen({ ...measured, grossKg: limitKg })).toMatchObject({
        overLimit: false,
        excessKg: 0,
        lead: false,
      });
      expect(screen({ ...measured, grossKg: limitKg + 1 })).toMatchObject({
        overLimit: true,
        excessKg: 1,
        limitKg,
        lead: true,
      });
    },
  );

  it('超限运输车辆行驶公路管理规定第三条第一款：一轴车辆没有限值，不认定超限', () => {
    const result = screen({ axleCount: 1, grossKg: 90_000 });
    expect(result).toMatchObject({ overLimit: false, limitKg: null });
    expect(result.reasons[0]).toContain('无车货总质量限值');
  });
});

describe('超限运输车辆行驶公路管理规定第三条第二款：限值的调整', () => {
  it.each([
    ['一个非驱动轴单轮胎，减3000千克', 'truck', 3, 1, 22_000],
    ['两个非驱动轴单轮胎，减6000千克', 'combination', 5, 2, 37_000],
    ['单驱动轴六轴列车另有一个单轮胎轴', 'combination', 6, 1, 43_000],
  ] as const)(
    '超限运输车辆行驶公路管理规定第三条第二款：%s',
    (_name, vehicleKind, axleCount, singleTyreAxles, limitKg) => {
      const singleDriveAxle = axleCount === 6;
      const result = grossLimit(
        vehicle({ vehicleKind, axleCount, singleTyreAxles, singleDriveAxle }),
        order62of2016,
      );
      expect(result).toMatchObject({ kind: 'limit', limitKg });
      if (result.kind === 'limit') expect(result.basis.join()).toContain('单轮胎');
    },
  );

  it.each(['lowSpeedTruck', 'tractor', 'farmVehicle'] as const)(
    '超限运输车辆行驶公路管理规定第三条第二款：%s 以行驶证核定总质量为限值',
    (vehicleKind) => {
      const measured = { vehicleKind, axleCount: 2, licenceTotalKg: 4_500 };
      expect(screen({ ...measured, grossKg: 4_500 }).overLimit).toBe(false);
      expect(screen({ ...measured, grossKg: 4_501 })).toMatchObject({
        overLimit: true,
        limitKg: 4_500,
        excessKg: 1,
      });
    },
  );

  it('超限运输车辆行驶公路管理规定第三条第二款：低速货车没有核定总质量时不作判断', () => {
    const result = screen({ vehicleKind: 'lowSpeedTruck', grossKg: 30_000 });
    expect(result).toMatchObject({ overLimit: false, limitKg: null, lead: false });
    expect(result.reasons[0]).toContain('未载明核定总质量');
  });

  it('超限运输车辆行驶公路管理规定第三条第二款：专用作业车不认定为超限', () => {
    const result = screen({ vehicleKind: 'specialPurpose', axleCount: 3, grossKg: 60_000 });
    expect(result).toMatchObject({ overLimit: false, excessKg: 0 });
    expect(result.reasons[0]).toContain('不认定为超限');
  });
});

describe('超限运输车辆行驶公路管理规定第三条第一款第一项至第三项：外廓尺寸', () => {
  it.each([
    ['第一项：高度4000毫米不超限', { heightMm: 4_000 }, {}],
    ['第一项：高度4001毫米超限1毫米', { heightMm: 4_001 }, { height: 1 }],
    ['第二项：宽度2550毫米不超限', { widthMm: 2_550 }, {}],
    ['第二项：宽度2600毫米超限50毫米', { widthMm: 2_600 }, { width: 50 }],
    ['第三项：长度18100毫米不超限', { lengthMm: 18_100 }, {}],
    ['第三项：长度18500毫米超限400毫米', { lengthMm: 18_500 }, { length: 400 }],
  ] as const)('超限运输车辆行驶公路管理规定第三条第一款%s', (_name, dimensions, excess) => {
    const result = screen({ ...dimensions, grossKg: 10_000 });
    expect(result.dimensionExcessMm).toEqual(excess);
    expect(result.overLimit).toBe(Object.keys(excess).length > 0);
    expect(result.excessKg).toBe(0);
  });
});

describe('行政处罚法第四十一条：不符合取证条件的设备', () => {
  it('行政处罚法第四十一条：设备当日不合法的超限记录只作统计，不生成线索', () => {
    const problems = [
      { code: 'NOT_CALIBRATED' as const, message: '2026-06-01没有有效的计量检定证书' },
    ];
    const result = screenDetection(vehicle({ grossKg: 20_000 }), '2026-06-01', {
      date: '2026-06-01',
      lawful: false,
      problems,
    });
    expect(result).toMatchObject({ overLimit: true, deviceLawful: false, lead: false });
    expect(result.reasons.at(-1)).toContain('没有有效的计量检定证书');
  });

  it('超限运输车辆行驶公路管理规定第三条：施行前的记录没有适用规则', () => {
    const result = screenDetection(vehicle({ grossKg: 40_000 }), '2016-09-20', lawfulDevice);
    expect(result).toMatchObject({ ruleSet: null, overLimit: false });
  });
});
