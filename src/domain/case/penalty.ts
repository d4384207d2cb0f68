/** What every penalty rule speaks of: the party, the kinds of penalty, amounts in fen. */

export type PartyKind = 'citizen' | 'organisation';

export const partyKindLabels: Record<PartyKind, string> = {
  citizen: '公民',
  organisation: '法人或者其他组织',
};

/**
 * 行政处罚法第九条 kinds a transport agency may impose. 行政拘留 is left out: only the police
 * may impose it (第十八条第三款).
 */
export const penaltyKinds = [
  'warning',
  'publicCriticism',
  'fine',
  'illegalGainsConfiscation',
  'illegalPropertyConfiscation',
  'licenceSuspension',
  'qualificationDowngrade',
  'licenceRevocation',
  'businessRestriction',
  'productionSuspension',
  'closure',
  'practiceRestriction',
] as const;
export type PenaltyKind = (typeof penaltyKinds)[number];

export const penaltyKindLabels: Record<PenaltyKind, string> = {
  warning: '警告',
  publicCriticism: '通报批评',
  fine: '罚款',
  illegalGainsConfiscation: '没收违法所得',
  illegalPropertyConfiscation: '没收非法财物',
  licenceSuspension: '暂扣许可证件',
  qualificationDowngrade: '降低资质等级',
  licenceRevocation: '吊销许可证件',
  businessRestriction: '限制开展生产经营活动',
  productionSuspension: '责令停产停业',
  closure: '责令关闭',
  practiceRestriction: '限制从业',
};

/** The penalty an agency intends to impose; amounts are 0 when the kind is not proposed. */
export interface ProposedPenalty {
  partyKind: PartyKind;
  kinds: readonly PenaltyKind[];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyValueFen: number;
}

const yuanFormat = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatYuan(fen: number): string {
  return `${yuanFormat.format(fen / 100)}元`;
}

/** The penalty as a notice or decision prints it, e.g. 「警告，罚款5,000.00元」. */
export function describePenalty(penalty: Omit<ProposedPenalty, 'partyKind'>): string {
  const amounts: Partial<Record<PenaltyKind, string>> = {
    fine: `罚款${formatYuan(penalty.fineFen)}`,
    illegalGainsConfiscation: `没收违法所得${formatYuan(penalty.illegalGainsFen)}`,
    illegalPropertyConfiscation: `没收非法财物（价值${formatYuan(penalty.illegalPropertyValueFen)}）`,
  };
  return penalty.kinds.map((kind) => amounts[kind] ?? penaltyKindLabels[kind]).join('，');
}
