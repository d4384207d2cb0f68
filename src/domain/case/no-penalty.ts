import type { RuleViolation } from '../rule-violation.js';

/** Why the head decides not to punish (不予行政处罚), each with the article that allows it. */
export const noPenaltyGrounds = [
  'minorViolation',
  'firstViolation',
  'noFault',
  'underFourteen',
  'mentalIncapacity',
  'factsNotEstablished',
] as const;
export type NoPenaltyGround = (typeof noPenaltyGrounds)[number];

export const noPenaltyGroundRules: Record<NoPenaltyGround, { label: string; article: string }> = {
  minorViolation: {
    label: '违法行为轻微并及时改正，没有造成危害后果',
    article: '行政处罚法第三十三条第一款',
  },
  firstViolation: {
    label: '初次违法且危害后果轻微并及时改正（首违不罚）',
    article: '行政处罚法第三十三条第一款',
  },
  noFault: {
    label: '当事人有证据足以证明没有主观过错',
    article: '行政处罚法第三十三条第二款',
  },
  underFourteen: {
    label: '违法行为人不满十四周岁，责令监护人加以管教',
    article: '行政处罚法第三十条',
  },
  mentalIncapacity: {
    label:
      '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为，责令监护人严加看管和治疗',
    article: '行政处罚法第三十一条',
  },
  factsNotEstablished: {
    label: '违法事实不能成立',
    article: '行政处罚法第五十七条第一款第三项',
  },
};

/** 第三十三条第三款 asks for education where a violation goes unpunished under that article. */
export function educationRequired(ground: NoPenaltyGround): boolean {
  return noPenaltyGroundRules[ground].article.startsWith('行政处罚法第三十三条');
}

export function noPenaltyViolations(
  ground: NoPenaltyGround,
  education: string | null,
): RuleViolation<'NO_PENALTY_EDUCATION_MISSING'>[] {
  if (!educationRequired(ground) || (education ?? '').trim() !== '') return [];
  return [
    {
      code: 'NO_PENALTY_EDUCATION_MISSING',
      article: '行政处罚法第三十三条第三款',
      message: `以“${noPenaltyGroundRules[ground].label}”不予行政处罚的，应当对当事人进行教育，请记录批评教育的时间、方式和内容`,
    },
  ];
}
