import type { VehicleKind } from './vehicle.js';

/** The gross-weight limits of one axle class, in kg. */
export interface GrossLimit {
  axles: number;
  /** This class and every larger one when true (six axles and more). */
  orMore?: boolean;
  truckKg: number;
  combinationKg: number;
  /** 第三条第一款第（某）项 that sets the limit. */
  item: string;
}

/**
 * 超限 limits as versioned data: a later rule replaces this one from its effective date,
 * and a detection is judged by the rule in force on its date.
 */
export interface OverlimitRuleSet {
  id: string;
  citation: string;
  effectiveFrom: string;
  grossLimits: readonly GrossLimit[];
  /** Six or more axles whose tractor has a single drive axle. */
  singleDriveAxleLimitKg: number;
  singleTyreReductionKg: number;
  dimensionLimitsMm: { height: number; width: number; length: number };
  licenceLimitedKinds: readonly VehicleKind[];
  exemptKinds: readonly VehicleKind[];
}

/** 交通运输部令2016年第62号, in force 2016-09-21 (legal-facts §5.1). */
export const order62of2016: OverlimitRuleSet = {
  id: '62号令-2016',
  citation: '超限运输车辆行驶公路管理规定第三条',
  effectiveFrom: '2016-09-21',
  grossLimits: [
    { axles: 2, truckKg: 18_000, combinationKg: 18_000, item: '第四项' },
    { axles: 3, truckKg: 25_000, combinationKg: 27_000, item: '第五项' },
    { axles: 4, truckKg: 31_000, combinationKg: 36_000, item: '第六项' },
    { axles: 5, truckKg: 43_000, combinationKg: 43_000, item: '第七项' },
    { axles: 6, orMore: true, truckKg: 49_000, combinationKg: 49_000, item: '第八项' },
  ],
  singleDriveAxleLimitKg: 46_000,
  singleTyreReductionKg: 3_000,
  dimensionLimitsMm: { height: 4_000, width: 2_550, length: 18_100 },
  licenceLimitedKinds: ['lowSpeedTruck', 'tractor', 'farmVehicle'],
  exemptKinds: ['specialPurpose'],
};

export const overlimitRuleSets: readonly OverlimitRuleSet[] = [order62of2016];

/** The rule set in force on a date ('YYYY-MM-DD'), or null before the first one. */
export function ruleSetOn(
  date: string,
  ruleSets: readonly OverlimitRuleSet[] = overlimitRuleSets,
): OverlimitRuleSet | null {
  const inForce = ruleSets.filter((set) => set.effectiveFrom <= date);
  return inForce.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}
