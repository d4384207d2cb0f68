/** 行政处罚法第四十六条: the eight kinds of evidence (勘验笔录、现场笔录 are one kind). */
export const evidenceTypes = [
  'documentary',
  'physical',
  'audioVisual',
  'electronicData',
  'witnessTestimony',
  'partyStatement',
  'expertOpinion',
  'inspectionOrSiteRecord',
] as const;
export type EvidenceType = (typeof evidenceTypes)[number];

export const evidenceTypeLabels: Record<EvidenceType, string> = {
  documentary: '书证',
  physical: '物证',
  audioVisual: '视听资料',
  electronicData: '电子数据',
  witnessTestimony: '证人证言',
  partyStatement: '当事人的陈述',
  expertOpinion: '鉴定意见',
  inspectionOrSiteRecord: '勘验笔录、现场笔录',
};
