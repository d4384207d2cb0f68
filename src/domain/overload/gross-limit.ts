import type { OverlimitRuleSet } from './overlimit-rules.js';
import { vehicleKindLabels, type VehicleMeasurement } from './vehicle.js';

/** The gross-weight limit applied to a vehicle, and the words that say why. */
export type GrossLimitResult =
  | { kind: 'limit'; limitKg: number; basis: string[] }
  | { kind: 'exempt'; basis: string[] }
  | { kind: 'undetermined'; basis: string[] };

/**
 * 第三条第一款第四项至第八项 by axle count, the 46,000 kg limit of a six-axle combination
 * with a single drive axle, less 3,000 kg per single-tyre non-drive axle (第二款); the
 * licence total for low-speed trucks, tractors and farm vehicles.
 */
export function grossLimit(vehicle: VehicleMeasurement, rules: OverlimitRuleSet): GrossLimitResult {
  const kindLabel = vehicleKindLabels[vehicle.vehicleKind];
  if (rules.exemptKinds.includes(vehicle.vehicleKind)) {
    return {
      kind: 'exempt',
      basis: [`${kindLabel}不认定为超限运输车辆（${rules.citation}第二款）`],
    };
  }
  if (rules.licenceLimitedKinds.includes(vehicle.vehicleKind)) {
    return licenceLimit(vehicle, rules, kindLabel);
  }
  const axleClass = rules.grossLimits.find((limit) =>
    limit.orMore ? vehicle.axleCount >= limit.axles : vehicle.axleCount === limit.axles,
  );
  if (!axleClass) {
    return { kind: 'undetermined', basis: [`${vehicle.axleCount}轴车辆无车货总质量限值`] };
  }
  const isCombination = vehicle.vehicleKind === 'combination';
  const singleDrive = axleClass.orMore && isCombination && vehicle.singleDriveAxle === true;
  const baseKg = singleDrive
    ? rules.singleDriveAxleLimitKg
    : isCombination
      ? axleClass.combinationKg
      : axleClass.truckKg;
  const basis = [
    `${vehicle.axleCount}轴${kindLabel}${singleDrive ? '（牵引车驱动轴为单轴）' : ''}，车货总质量限值${baseKg}千克（${rules.citation}第一款${axleClass.item}）`,
  ];
  const reductionKg = vehicle.singleTyreAxles * rules.singleTyreReductionKg;
  if (reductionKg > 0) {
    basis.push(
      `${vehicle.singleTyreAxles}个非驱动轴为单轮胎，限值减少${reductionKg}千克（${rules.citation}第二款）`,
    );
  }
  return { kind: 'limit', limitKg: baseKg - reductionKg, basis };
}

function licenceLimit(
  vehicle: VehicleMeasurement,
  rules: OverlimitRuleSet,
  kindLabel: string,
): GrossLimitResult {
  if (vehicle.licenceTotalKg === null) {
    return {
      kind: 'undetermined',
      basis: [`${kindLabel}以行驶证核定总质量为限值，但检测记录未载明核定总质量`],
    };
  }
  return {
    kind: 'limit',
    limitKg: vehicle.licenceTotalKg,
    basis: [
      `${kindLabel}以行驶证核定总质量${vehicle.licenceTotalKg}千克为限值（${rules.citation}第二款）`,
    ],
  };
}
