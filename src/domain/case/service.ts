/**
 * 送达 (service) of case documents. 行政处罚法第六十一条 hands the decision over on announcement
 * and otherwise serves it within seven working days under the 民事诉讼法 (2023 numbering below):
 * 直接送达 (第八十八条), 留置送达 (第八十九条), 电子送达 (第九十条; here also 行政处罚法第六十一条
 * 第二款), 邮寄送达 (第九十一条) and, when nothing else works, 公告送达 (第九十五条).
 */
import type { RuleViolation } from '../rule-violation.js';
import { parseCaseDate } from './case-deadlines.js';

export const serviceMethods = [
  'direct',
  'leftAtAddress',
  'post',
  'electronic',
  'publicNotice',
] as const;
export type ServiceMethod = (typeof serviceMethods)[number];

export const serviceMethodLabels: Record<ServiceMethod, string> = {
  direct: '直接送达',
  leftAtAddress: '留置送达',
  post: '邮寄送达',
  electronic: '电子送达',
  publicNotice: '公告送达',
};

export const electronicChannels = ['email', 'sms', 'fax', 'platform'] as const;
export type ElectronicChannel = (typeof electronicChannels)[number];

export const electronicChannelLabels: Record<ElectronicChannel, string> = {
  email: '电子邮件',
  sms: '手机短信',
  fax: '传真',
  platform: '电子送达平台',
};

export type ServiceOutcome = 'served' | 'failed';

/**
 * 民事诉讼法第九十五条 as revised in 2021 (and kept in 2023): "自发出公告之日起，经过三十日，即视为
 * 送达" — before 2022 it was sixty days, which older forms still print.
 */
export const PUBLIC_NOTICE_DAYS = 30;

export interface ElectronicAddress {
  channel: ElectronicChannel;
  address: string;
}

/** What the party's 送达地址确认书 on file allows. */
export interface AddressConsent {
  consentsToElectronic: boolean;
  electronicAddresses: readonly ElectronicAddress[];
}

export interface ServiceAttempt {
  method: ServiceMethod;
  outcome: ServiceOutcome;
  /** The day of the act: handed over, left, posted, sent, or published. */
  actedOn: string;
  /** 邮寄送达: the day on the postal receipt (回执) or the carrier's signed-for record. */
  receivedOn?: string | null;
  /** 电子送达: where it was sent. */
  electronicAddress?: ElectronicAddress | null;
  /** 留置送达: who witnessed the refusal, or the audio-video recording that replaces them. */
  witnesses?: readonly string[];
  recordingEvidenceId?: string | null;
}

export interface ServiceFacts {
  /** The latest 送达地址确认书 of the case, if any. */
  consent: AddressConsent | null;
  /** Failed attempts already recorded for the same document. */
  failedAttempts: number;
  /** When the document was made (the decision date …); nothing is served before it exists. */
  documentIssuedOn: string;
}

export type ServiceRuleCode =
  | 'ELECTRONIC_SERVICE_WITHOUT_CONSENT'
  | 'ELECTRONIC_SERVICE_ADDRESS_NOT_CONFIRMED'
  | 'LEFT_AT_ADDRESS_WITHOUT_WITNESS'
  | 'PUBLIC_NOTICE_BEFORE_OTHER_METHODS'
  | 'SERVICE_BEFORE_DOCUMENT_ISSUED';

type Violation = RuleViolation<ServiceRuleCode>;

const electronicArticle = '行政处罚法第六十一条第二款';

/**
 * The legal service date, or null for a failed attempt: the day of receipt for post (the date
 * on the receipt), the day the system shows the message sent for electronic service
 * (交通运输行政执法程序规定, 2021 修正), the end of the notice period for 公告送达.
 */
export function serviceDate(attempt: ServiceAttempt): string | null {
  if (attempt.outcome === 'failed') return null;
  switch (attempt.method) {
    case 'post':
      return attempt.receivedOn ?? null;
    case 'publicNotice':
      return parseCaseDate(attempt.actedOn).add(PUBLIC_NOTICE_DAYS, 'day').format('YYYY-MM-DD');
    default:
      return attempt.actedOn;
  }
}

export function serviceViolations(attempt: ServiceAttempt, facts: ServiceFacts): Violation[] {
  return [
    ...electronicViolations(attempt, facts.consent),
    ...leftAtAddressViolations(attempt),
    ...publicNoticeViolations(attempt, facts.failedAttempts),
    ...timingViolations(attempt, facts.documentIssuedOn),
  ];
}

function electronicViolations(
  attempt: ServiceAttempt,
  consent: AddressConsent | null,
): Violation[] {
  if (attempt.method !== 'electronic') return [];
  if (!consent?.consentsToElectronic) {
    return [
      {
        code: 'ELECTRONIC_SERVICE_WITHOUT_CONSENT',
        article: electronicArticle,
        message: `当事人未签订同意电子送达的送达地址确认书，不能电子送达；请先登记其签署的送达地址确认书，或者改用其他方式送达（${electronicArticle}）。`,
      },
    ];
  }
  const target = attempt.electronicAddress;
  const confirmed = consent.electronicAddresses.some(
    (known) => known.channel === target?.channel && known.address === target.address,
  );
  if (confirmed) return [];
  return [
    {
      code: 'ELECTRONIC_SERVICE_ADDRESS_NOT_CONFIRMED',
      article: electronicArticle,
      message: `${target ? `「${electronicChannelLabels[target.channel]} ${target.address}」` : '该地址'}不在当事人确认的电子送达地址中；只能发送到送达地址确认书载明的地址（${electronicArticle}）。`,
    },
  ];
}

function leftAtAddressViolations(attempt: ServiceAttempt): Violation[] {
  if (attempt.method !== 'leftAtAddress') return [];
  if ((attempt.witnesses ?? []).length > 0 || attempt.recordingEvidenceId) return [];
  return [
    {
      code: 'LEFT_AT_ADDRESS_WITHOUT_WITNESS',
      article: '民事诉讼法第八十九条',
      message:
        '留置送达须有见证人到场并在送达回证上签名，或者以拍照、录像等方式记录送达过程；请填写见证人或者选择录像证据（民事诉讼法第八十九条）。',
    },
  ];
}

function publicNoticeViolations(attempt: ServiceAttempt, failedAttempts: number): Violation[] {
  if (attempt.method !== 'publicNotice' || failedAttempts > 0) return [];
  return [
    {
      code: 'PUBLIC_NOTICE_BEFORE_OTHER_METHODS',
      article: '民事诉讼法第九十五条',
      message:
        '只有受送达人下落不明，或者用其他方式无法送达时，才能公告送达；请先登记直接、邮寄或者电子送达未成功的情况（民事诉讼法第九十五条）。',
    },
  ];
}

function timingViolations(attempt: ServiceAttempt, documentIssuedOn: string): Violation[] {
  if (attempt.actedOn >= documentIssuedOn) return [];
  return [
    {
      code: 'SERVICE_BEFORE_DOCUMENT_ISSUED',
      article: '行政处罚法第六十一条',
      message: `送达日期 ${attempt.actedOn} 早于文书作出日期 ${documentIssuedOn}，文书作出后才能送达（行政处罚法第六十一条）。`,
    },
  ];
}
