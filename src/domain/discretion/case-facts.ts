import type { PartyKind } from '../case/penalty.js';

/**
 * The facts of a case that benchmarks and exemption lists speak of. Officers enter them on
 * the case page; `priorViolations` and `firstViolation` come from the party's history.
 */
export const quantityFacts = {
  priorViolations: { label: '此前同类违法次数', unit: '次' },
  illegalGainsFen: { label: '违法所得', unit: '元' },
  durationDays: { label: '违法持续时间', unit: '日' },
  vehicleCount: { label: '涉及车辆', unit: '辆' },
  passengerCount: { label: '涉及旅客', unit: '人' },
  overweightKg: { label: '超限重量', unit: '千克' },
  heightMm: { label: '车货总高度', unit: '毫米' },
  widthMm: { label: '车货总宽度', unit: '毫米' },
  lengthMm: { label: '车货总长度', unit: '毫米' },
  damageFen: { label: '造成损失', unit: '元' },
} as const;
export type QuantityFact = keyof typeof quantityFacts;

export const flagFacts = {
  serious: '情节严重',
  harmCaused: '造成危害后果',
  accident: '造成安全事故',
  correctedInTime: '及时改正',
  refusedCorrection: '拒不改正',
  obstructedInvestigation: '阻碍、拒绝调查',
} as const;
export type FlagFact = keyof typeof flagFacts;

/** 行政处罚法第三十二条: circumstances that oblige the agency to punish lighter or less. */
export const mandatoryMitigations = {
  eliminatedHarm: {
    label: '主动消除或者减轻违法行为危害后果',
    article: '行政处罚法第三十二条第一项',
  },
  coerced: { label: '受他人胁迫或者诱骗实施违法行为', article: '行政处罚法第三十二条第二项' },
  confessedUnknown: {
    label: '主动供述行政机关尚未掌握的违法行为',
    article: '行政处罚法第三十二条第三项',
  },
  meritorious: {
    label: '配合行政机关查处违法行为有立功表现',
    article: '行政处罚法第三十二条第四项',
  },
  minor: { label: '已满十四周岁不满十八周岁', article: '行政处罚法第三十条' },
} as const;
export type MandatoryMitigation = keyof typeof mandatoryMitigations;

/** 行政处罚法第三十一条: capacity of a person with a mental illness or intellectual disability. */
export type MentalCapacity = 'full' | 'partial' | 'none';

export interface CaseFacts {
  partyKind: PartyKind;
  /** The day the act happened, or ended for a continuing act (第三十六条). */
  actDate: string;
  /** The day the decision is (to be) made: 从旧兼从轻 compares the two (第三十七条). */
  decisionDate: string;
  quantities: Partial<Record<QuantityFact, number>>;
  flags: Partial<Record<FlagFact, boolean>>;
  /** Citizens only; under 14 is not punished (第三十条). */
  partyAge?: number | null;
  mentalCapacity?: MentalCapacity;
  mitigations: MandatoryMitigation[];
}
