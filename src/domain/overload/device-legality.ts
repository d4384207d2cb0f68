import dayjs from 'dayjs';

export type DeviceStatus = 'active' | 'suspended' | 'retired';
export type DeviceReviewKind = 'legal' | 'technical';

/** What the registry knows of a device, as far as 第四十一条 asks. Dates are 'YYYY-MM-DD'. */
export interface DeviceFacts {
  publicNoticeDate: string | null;
  activationDate: string | null;
  reviews: readonly { kind: DeviceReviewKind; reviewedOn: string; passed: boolean }[];
  calibrations: readonly { calibratedOn: string; validUntil: string }[];
  statusChanges: readonly { status: DeviceStatus; effectiveOn: string }[];
}

export type DeviceProblemCode =
  | 'NO_LEGAL_REVIEW'
  | 'NO_TECHNICAL_REVIEW'
  | 'NOT_CALIBRATED'
  | 'NOT_NOTIFIED'
  | 'NOTICE_PERIOD_RUNNING'
  | 'NOT_ACTIVATED'
  | 'NOT_ACTIVE';

export interface DeviceProblem {
  code: DeviceProblemCode;
  message: string;
}

export interface DeviceLegality {
  date: string;
  lawful: boolean;
  problems: DeviceProblem[];
}

const reviewLabels: Record<DeviceReviewKind, string> = { legal: '法制审核', technical: '技术审核' };
const statusLabels: Record<DeviceStatus, string> = {
  active: '启用',
  suspended: '暂停使用',
  retired: '停用',
};

/**
 * Whether a device's records of `date` may be evidence (行政处罚法第四十一条): both reviews
 * passed (the newest of each kind on or before the date counts), a 计量检定 valid on the
 * date, its location published at least `noticePeriodDays` before, activated, and active.
 */
export function deviceLegality(
  device: DeviceFacts,
  date: string,
  noticePeriodDays: number,
): DeviceLegality {
  const problems = [
    reviewProblem(device, date, 'legal'),
    reviewProblem(device, date, 'technical'),
    calibrationProblem(device, date),
    noticeProblem(device, date, noticePeriodDays),
    activationProblem(device, date),
    statusProblem(device, date),
  ].filter((problem) => problem !== null);
  return { date, lawful: problems.length === 0, problems };
}

function reviewProblem(
  device: DeviceFacts,
  date: string,
  kind: DeviceReviewKind,
): DeviceProblem | null {
  const latest = newestOnOrBefore(
    device.reviews.filter((review) => review.kind === kind),
    (review) => review.reviewedOn,
    date,
  );
  if (latest?.passed) return null;
  const code = kind === 'legal' ? 'NO_LEGAL_REVIEW' : 'NO_TECHNICAL_REVIEW';
  const message = latest
    ? `${reviewLabels[kind]}未通过（${latest.reviewedOn}）`
    : `${date}前没有通过的${reviewLabels[kind]}`;
  return { code, message };
}

function calibrationProblem(device: DeviceFacts, date: string): DeviceProblem | null {
  const valid = device.calibrations.some(
    (calibration) => calibration.calibratedOn <= date && date <= calibration.validUntil,
  );
  return valid ? null : { code: 'NOT_CALIBRATED', message: `${date}没有有效的计量检定证书` };
}

function noticeProblem(device: DeviceFacts, date: string, periodDays: number) {
  if (!device.publicNoticeDate) {
    return { code: 'NOT_NOTIFIED', message: '设备设置地点尚未向社会公布' } as const;
  }
  const firstEvidenceDay = noticePeriodEnd(device.publicNoticeDate, periodDays);
  if (date >= firstEvidenceDay) return null;
  return {
    code: 'NOTICE_PERIOD_RUNNING',
    message: `公告日${device.publicNoticeDate}起${periodDays}日公告期未满，${firstEvidenceDay}起方可取证`,
  } as const;
}

/** The first day a device's records may be evidence: the notice date plus the period. */
export function noticePeriodEnd(publicNoticeDate: string, periodDays: number): string {
  return dayjs(publicNoticeDate).add(periodDays, 'day').format('YYYY-MM-DD');
}

function activationProblem(device: DeviceFacts, date: string): DeviceProblem | null {
  if (device.activationDate && device.activationDate <= date) return null;
  return {
    code: 'NOT_ACTIVATED',
    message: device.activationDate ? `设备${device.activationDate}起启用` : '设备尚未确定启用日期',
  };
}

/** Without any status change a device is active from its activation date. */
function statusProblem(device: DeviceFacts, date: string): DeviceProblem | null {
  const latest = newestOnOrBefore(device.statusChanges, (change) => change.effectiveOn, date);
  if (!latest || latest.status === 'active') return null;
  return {
    code: 'NOT_ACTIVE',
    message: `设备自${latest.effectiveOn}起${statusLabels[latest.status]}`,
  };
}

/** The device's status on a date, for lists and the public side. */
export function deviceStatusOn(device: DeviceFacts, date: string): DeviceStatus {
  return (
    newestOnOrBefore(device.statusChanges, (change) => change.effectiveOn, date)?.status ?? 'active'
  );
}

/** The newest valid-until among calibrations valid on `date`, for expiry warnings. */
export function calibrationValidUntil(device: DeviceFacts, date: string): string | null {
  const valid = device.calibrations
    .filter((calibration) => calibration.calibratedOn <= date && date <= calibration.validUntil)
    .map((calibration) => calibration.validUntil)
    .sort();
  return valid.at(-1) ?? null;
}

function newestOnOrBefore<T>(items: readonly T[], dateOf: (item: T) => string, date: string) {
  return items
    .filter((item) => dateOf(item) <= date)
    .sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
    .at(-1);
}
