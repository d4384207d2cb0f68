import dayjs from 'dayjs';
import type { RuleViolation } from '../rule-violation.js';

/**
 * Whether the act touches citizens' life and health or financial security and caused harm
 * (行政处罚法第三十六条: "涉及公民生命健康安全、金融安全且有危害后果的").
 */
export const harmCategories = ['none', 'lifeHealthWithHarm', 'financialWithHarm'] as const;
export type HarmCategory = (typeof harmCategories)[number];

export interface LimitationFacts {
  /** The day of the act; for a continuing or continuous act, the day it ended. */
  actEndDate: string;
  discoveryDate: string;
  harmCategory: HarmCategory;
  /** A statute that sets its own period ("法律另有规定的除外"), recorded by the officer. */
  exception?: { basis: string };
}

const ARTICLE = '行政处罚法第三十六条';

export function limitationYears(harmCategory: HarmCategory): number {
  return harmCategory === 'none' ? 2 : 5;
}

/**
 * The last day on which discovery still allows a penalty. The day of the act does not count
 * and a period in years ends on the same calendar date (民法典第二百零一条、第二百零二条), so
 * an act on 2021-03-10 discovered on 2023-03-10 was discovered "在二年内" and is punishable.
 * dayjs maps 02-29 to 02-28 in a year without it, which is 第二百零二条's "月末日".
 */
export function lastDayOfLimitation(facts: LimitationFacts): string {
  return dayjs(facts.actEndDate)
    .add(limitationYears(facts.harmCategory), 'year')
    .format('YYYY-MM-DD');
}

export function checkLimitation(
  facts: LimitationFacts,
): RuleViolation<'LIMITATION_EXPIRED'> | null {
  if (hasStatutoryException(facts)) return null;
  const lastDay = lastDayOfLimitation(facts);
  if (facts.discoveryDate <= lastDay) return null;
  const years = limitationYears(facts.harmCategory) === 2 ? '二' : '五';
  return {
    code: 'LIMITATION_EXPIRED',
    article: ARTICLE,
    message:
      `违法行为自 ${facts.actEndDate} 起${years}年内（至 ${lastDay}）未被发现，` +
      `${facts.discoveryDate} 才发现，依照${ARTICLE}不再给予行政处罚。` +
      '如有法律另行规定追责期限，请记录该法律依据。',
  };
}

function hasStatutoryException(facts: LimitationFacts): boolean {
  return (facts.exception?.basis.trim() ?? '') !== '';
}
