import dayjs from 'dayjs';

/** 公路安全保护条例第六十六条: more than 3 times in a year; more than 10% of the fleet. */
export const repeatOverlimitArticle = '公路安全保护条例第六十六条';
export const timesAllowedPerYear = 3;
export const fleetShareAllowed = 0.1;

export const repeatOverlimitConsequences = {
  vehicle: '由道路运输管理机构吊销其车辆营运证',
  driver: '由道路运输管理机构责令其停止从事营业性运输',
  enterprise:
    '由道路运输管理机构责令道路运输企业停业整顿；情节严重的，吊销其道路运输经营许可证，并向社会公告',
} as const;

/** One confirmed over-limit act, as the counters see it. */
export interface FindingFacts {
  id: string;
  actAt: Date;
  plate: string;
  driverIdNumber: string | null;
  enterpriseCreditCode: string | null;
}

export interface RepeatCount {
  key: string;
  findingIds: string[];
  times: number;
  crossed: boolean;
}

export interface EnterpriseShare {
  creditCode: string;
  plates: string[];
  findingIds: string[];
  fleetSize: number | null;
  /** Over-limit vehicles / goods vehicles; null when the fleet size is not known. */
  share: number | null;
  crossed: boolean;
}

export interface RepeatOverlimit {
  windowFrom: Date;
  windowTo: Date;
  vehicles: RepeatCount[];
  drivers: RepeatCount[];
  enterprises: EnterpriseShare[];
}

/** The rolling window: acts after the same instant one year earlier, up to `asOf`. */
export function yearWindow(asOf: Date): { from: Date; to: Date } {
  return { from: dayjs(asOf).subtract(1, 'year').toDate(), to: asOf };
}

/**
 * 一超四罚 counters over the 12 months before `asOf`: vehicles and drivers with more than
 * 3 over-limit acts, and enterprises whose over-limit vehicles exceed 10% of their fleet.
 */
export function repeatOverlimit(
  findings: readonly FindingFacts[],
  asOf: Date,
  fleetSizes: ReadonlyMap<string, number>,
): RepeatOverlimit {
  const { from, to } = yearWindow(asOf);
  const inWindow = findings.filter((finding) => finding.actAt > from && finding.actAt <= to);
  return {
    windowFrom: from,
    windowTo: to,
    vehicles: countBy(inWindow, (finding) => finding.plate),
    drivers: countBy(inWindow, (finding) => finding.driverIdNumber),
    enterprises: enterpriseShares(inWindow, fleetSizes),
  };
}

function countBy(
  findings: readonly FindingFacts[],
  keyOf: (finding: FindingFacts) => string | null,
): RepeatCount[] {
  return [...groupBy(findings, keyOf)].map(([key, group]) => ({
    key,
    findingIds: group.map((finding) => finding.id),
    times: group.length,
    crossed: group.length > timesAllowedPerYear,
  }));
}

function enterpriseShares(
  findings: readonly FindingFacts[],
  fleetSizes: ReadonlyMap<string, number>,
): EnterpriseShare[] {
  return [...groupBy(findings, (finding) => finding.enterpriseCreditCode)].map(
    ([creditCode, group]) => {
      const plates = [...new Set(group.map((finding) => finding.plate))].sort();
      const fleetSize = fleetSizes.get(creditCode) ?? null;
      const share = fleetSize ? plates.length / fleetSize : null;
      return {
        creditCode,
        plates,
        findingIds: group.map((finding) => finding.id),
        fleetSize,
        share,
        crossed: share !== null && share > fleetShareAllowed,
      };
    },
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
