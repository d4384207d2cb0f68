import { grossLimit } from './gross-limit.js';
import { ruleSetOn, type OverlimitRuleSet, overlimitRuleSets } from './overlimit-rules.js';
import type { DeviceLegality, DeviceProblem } from './device-legality.js';
import type { VehicleMeasurement } from './vehicle.js';

export type Dimension = 'height' | 'width' | 'length';

/** 初筛: the judgement of one detection, stored with it so that it explains itself later. */
export interface Screening {
  ruleSet: string | null;
  limitKg: number | null;
  /** Gross weight above the limit, 0 when within it (exactly at the limit is not over). */
  excessKg: number;
  dimensionExcessMm: Partial<Record<Dimension, number>>;
  overLimit: boolean;
  deviceLawful: boolean;
  deviceProblems: DeviceProblem[];
  /** Becomes a lead: over the limit and recorded by a device lawful on that day. */
  lead: boolean;
  reasons: string[];
}

const dimensionLabels: Record<Dimension, { label: string; item: string }> = {
  height: { label: '车货总高度', item: '第一项' },
  width: { label: '车货总宽度', item: '第二项' },
  length: { label: '车货总长度', item: '第三项' },
};

/**
 * Judges a detection against the 超限 rules in force on `date` and the device's legal
 * status that day. An over-limit record from an unlawful device is kept for statistics only.
 */
export function screenDetection(
  vehicle: VehicleMeasurement,
  date: string,
  device: DeviceLegality,
  ruleSets: readonly OverlimitRuleSet[] = overlimitRuleSets,
): Screening {
  const rules = ruleSetOn(date, ruleSets);
  const judged = rules ? judge(vehicle, rules) : noRules(date);
  const lead = judged.overLimit && device.lawful;
  const deviceReasons = device.lawful
    ? []
    : [`设备当日不符合取证条件：${device.problems.map((problem) => problem.message).join('；')}`];
  return {
    ...judged,
    deviceLawful: device.lawful,
    deviceProblems: device.problems,
    lead,
    reasons: [...judged.reasons, ...deviceReasons],
  };
}

type Judgement = Pick<
  Screening,
  'ruleSet' | 'limitKg' | 'excessKg' | 'dimensionExcessMm' | 'overLimit' | 'reasons'
>;

function judge(vehicle: VehicleMeasurement, rules: OverlimitRuleSet): Judgement {
  const limit = grossLimit(vehicle, rules);
  if (limit.kind === 'exempt') {
    return { ...withinLimits(rules), reasons: limit.basis };
  }
  const dimensionExcessMm = dimensionExcess(vehicle, rules);
  const limitKg = limit.kind === 'limit' ? limit.limitKg : null;
  const excessKg = limitKg === null ? 0 : Math.max(0, vehicle.grossKg - limitKg);
  const reasons = [
    ...limit.basis,
    ...weightReason(vehicle.grossKg, limitKg, excessKg),
    ...dimensionReasons(dimensionExcessMm, rules),
  ];
  return {
    ruleSet: rules.id,
    limitKg,
    excessKg,
    dimensionExcessMm,
    overLimit: excessKg > 0 || Object.keys(dimensionExcessMm).length > 0,
    reasons,
  };
}

function withinLimits(rules: OverlimitRuleSet): Omit<Judgement, 'reasons'> {
  return { ruleSet: rules.id, limitKg: null, excessKg: 0, dimensionExcessMm: {}, overLimit: false };
}

function noRules(date: string): Judgement {
  return {
    ruleSet: null,
    limitKg: null,
    excessKg: 0,
    dimensionExcessMm: {},
    overLimit: false,
    reasons: [`${date}没有施行中的超限认定规则`],
  };
}

function weightReason(grossKg: number, limitKg: number | null, excessKg: number): string[] {
  if (limitKg === null) return [];
  return excessKg > 0
    ? [`车货总质量${grossKg}千克，超过限值${excessKg}千克`]
    : [`车货总质量${grossKg}千克，未超过限值`];
}

function dimensionExcess(
  vehicle: VehicleMeasurement,
  rules: OverlimitRuleSet,
): Partial<Record<Dimension, number>> {
  const measured: Record<Dimension, number | null> = {
    height: vehicle.heightMm,
    width: vehicle.widthMm,
    length: vehicle.lengthMm,
  };
  const excess: Partial<Record<Dimension, number>> = {};
  for (const dimension of ['height', 'width', 'length'] as const) {
    const value = measured[dimension];
    const over = value === null ? 0 : value - rules.dimensionLimitsMm[dimension];
    if (over > 0) excess[dimension] = over;
  }
  return excess;
}

function dimensionReasons(
  excess: Partial<Record<Dimension, number>>,
  rules: OverlimitRuleSet,
): string[] {
  return Object.entries(excess).map(([dimension, overMm]) => {
    const { label, item } = dimensionLabels[dimension as Dimension];
    const limitMm = rules.dimensionLimitsMm[dimension as Dimension];
    return `${label}超过${limitMm}毫米限值${overMm}毫米（${rules.citation}第一款${item}）`;
  });
}
