import dayjs from 'dayjs';

/** 执法门类 printed on a certificate. */
export const enforcementCategories = [
  'roadAdministration',
  'transportAdministration',
  'portAndShipping',
  'qualitySupervision',
  'maritime',
  'comprehensive',
] as const;
export type EnforcementCategory = (typeof enforcementCategories)[number];

export const enforcementCategoryLabels: Record<EnforcementCategory, string> = {
  roadAdministration: '路政',
  transportAdministration: '运政',
  portAndShipping: '港航',
  qualitySupervision: '质监',
  maritime: '海事',
  comprehensive: '综合',
};

/** Stored status: what the issuing body decided. */
export const certificateStatuses = ['valid', 'suspended', 'revoked'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** Status as a person needs to see it today. */
export const certificateStandings = [
  'valid',
  'expiringSoon',
  'notYetValid',
  'expired',
  'unverified',
  'suspended',
  'revoked',
] as const;
export type CertificateStanding = (typeof certificateStandings)[number];

export const certificateStandingLabels: Record<CertificateStanding, string> = {
  valid: '有效',
  expiringSoon: '即将到期',
  notYetValid: '未到有效期',
  expired: '已过期',
  unverified: '未年审',
  suspended: '暂扣',
  revoked: '注销',
};

export interface CertificateFacts {
  number: string;
  categories: readonly EnforcementCategory[];
  areaCodes: readonly string[];
  validFrom: string;
  validTo: string;
  lastVerifiedYear: number | null;
  status: CertificateStatus;
}

export interface StandingPolicy {
  /** A certificate this close to its end date is shown as expiring soon. */
  expiryWarningDays: number;
}

/**
 * 年度审验: a certificate issued before the year of the act must have passed the
 * previous year's verification, otherwise it has lapsed.
 */
function isVerifiedFor(certificate: CertificateFacts, date: string): boolean {
  const year = dayjs(date).year();
  if (dayjs(certificate.validFrom).year() >= year) return true;
  return (certificate.lastVerifiedYear ?? 0) >= year - 1;
}

export function certificateStanding(
  certificate: CertificateFacts,
  today: string,
  policy: StandingPolicy,
): CertificateStanding {
  if (certificate.status !== 'valid') return certificate.status;
  if (today < certificate.validFrom) return 'notYetValid';
  if (today > certificate.validTo) return 'expired';
  if (!isVerifiedFor(certificate, today)) return 'unverified';
  const daysLeft = dayjs(certificate.validTo).diff(dayjs(today), 'day');
  return daysLeft <= policy.expiryWarningDays ? 'expiringSoon' : 'valid';
}

/** A region code covers itself and, with trailing 00 pairs dropped, every code below it. */
export function areaCovers(certificateArea: string, actArea: string): boolean {
  const prefix = certificateArea.replace(/(00)+$/, '');
  return actArea.startsWith(prefix);
}

export interface EnforcementAct {
  category: EnforcementCategory;
  areaCode: string;
  date: string;
}

export interface Eligibility {
  allowed: boolean;
  reasons: string[];
}

/**
 * May the holder of this certificate enforce this 门类, here, on this date?
 * (行政处罚法 第四十二条: only officers with enforcement qualification may act.)
 */
export function certificateEligibility(
  certificate: CertificateFacts,
  act: EnforcementAct,
): Eligibility {
  const reasons = [
    certificate.status === 'suspended' && `执法证 ${certificate.number} 已被暂扣`,
    certificate.status === 'revoked' && `执法证 ${certificate.number} 已注销`,
    act.date < certificate.validFrom && `执法证自 ${certificate.validFrom} 起有效`,
    act.date > certificate.validTo && `执法证已于 ${certificate.validTo} 到期`,
    !isVerifiedFor(certificate, act.date) && `执法证未通过 ${dayjs(act.date).year() - 1} 年度审验`,
    !certificate.categories.includes(act.category) &&
      !certificate.categories.includes('comprehensive') &&
      `执法证门类（${certificate.categories.map((c) => enforcementCategoryLabels[c]).join('、')}）不含“${enforcementCategoryLabels[act.category]}”`,
    !certificate.areaCodes.some((area) => areaCovers(area, act.areaCode)) &&
      `执法区域（${certificate.areaCodes.join('、')}）不含 ${act.areaCode}`,
  ].filter((reason): reason is string => typeof reason === 'string');
  return { allowed: reasons.length === 0, reasons };
}

/** The best certificate an officer holds on a date: eligible if any, else the latest. */
export function pickCertificate<C extends CertificateFacts>(
  certificates: readonly C[],
  act: EnforcementAct,
): { certificate: C | null; eligibility: Eligibility } {
  const judged = certificates.map((certificate) => ({
    certificate,
    eligibility: certificateEligibility(certificate, act),
  }));
  const eligible = judged.find((entry) => entry.eligibility.allowed);
  if (eligible) return eligible;
  const latest = judged.sort((a, b) =>
    b.certificate.validTo.localeCompare(a.certificate.validTo),
  )[0];
  return (
    latest ?? { certificate: null, eligibility: { allowed: false, reasons: ['该人员没有执法证'] } }
  );
}
