import type { Citation } from '../../law/citation.js';
import type { ExemptionCondition, ExemptionEntry } from '../exemption-list.js';

/*
 * Example 不予处罚 / 从轻处罚 entries, after the 交通运输领域轻微违法行为依法免予处罚清单 that
 * circulates on government sites (its issuer is not confirmed, so none is named). Every
 * condition must hold; 初次违法 is decided from the party's history. A bureau replaces them
 * with its province's lists. 未随车携带车辆营运证 (道路运输条例第三十三条) is not listed: no
 * article of the statutes in laws/ sets its penalty (the ministry's 运输管理规定 do, and they
 * are not in the library), so there is no violation type to attach it to.
 */

const minorOrFirst: Citation = { law: '行政处罚法', article: 33, paragraph: 1 };

const firstViolation: ExemptionCondition = {
  code: 'firstViolation',
  text: '初次违法',
  kind: 'firstViolation',
};

const noObstruction: ExemptionCondition = {
  code: 'noObstruction',
  text: '未阻碍、拒绝调查',
  kind: 'confirmed',
};

function confirmed(code: string, text: string): ExemptionCondition {
  return { code, text, kind: 'confirmed' };
}

export const seedExemptionEntries: ExemptionEntry[] = [
  {
    code: 'NP-HS-69',
    list: 'noPenalty',
    matter: '车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染',
    violationCodes: ['HS-69'],
    legalBasis: [{ law: '公路安全保护条例', article: 69 }, minorOrFirst],
    conditions: [
      firstViolation,
      noObstruction,
      confirmed('loadCorrected', '已按要求改正装载'),
      confirmed('slightHarm', '路面损坏轻微或者污染面积较小，未造成交通事故或者交通拥堵'),
      confirmed('cleanedUp', '在规定期限内清理、修复完毕或者已支付修复费用'),
    ],
  },
  {
    code: 'NP-HL-76-4',
    list: 'noPenalty',
    matter: '铁轮车、履带车和其他可能损害路面的机具擅自在公路上行驶',
    violationCodes: ['HL-76-4'],
    legalBasis: [{ law: '公路法', article: 76, item: 4 }, minorOrFirst],
    conditions: [
      firstViolation,
      noObstruction,
      confirmed('stoppedAtOnce', '经责令立即停止行驶或者驶离公路'),
      confirmed('noHarm', '未造成公路损坏、交通事故或者交通拥堵'),
    ],
  },
  {
    code: 'NP-HL-79',
    list: 'noPenalty',
    matter: '未经批准在公路用地范围内设置公路标志以外的其他标志',
    violationCodes: ['HL-79'],
    legalBasis: [{ law: '公路法', article: 54 }, { law: '公路法', article: 79 }, minorOrFirst],
    conditions: [
      firstViolation,
      noObstruction,
      confirmed('removedInTime', '在责令的期限内自行拆除'),
      confirmed('noHarm', '未影响公路安全畅通，未造成交通事故'),
    ],
  },
  {
    code: 'NP-RT-69-2',
    list: 'noPenalty',
    matter: '擅自改装已取得车辆营运证的车辆，改装轻微并当场恢复原状',
    violationCodes: ['RT-69-2'],
    legalBasis: [{ law: '道路运输条例', article: 69, paragraph: 2 }, minorOrFirst],
    conditions: [
      confirmed('slightRestored', '改装轻微，已当场恢复原状'),
      confirmed('noSafetyImpact', '不影响车辆安全技术性能'),
      confirmed('noAccident', '未造成安全事故'),
      confirmed('noOverload', '未同时存在超限超载行为'),
    ],
    note: '依据一则不予行政处罚决定的公开案例整理，属于违法行为轻微并及时改正、没有造成危害后果的情形',
  },
  {
    code: 'LT-32-1',
    list: 'lighter',
    matter: '主动消除或者减轻违法行为危害后果',
    violationCodes: ['HS-69', 'HL-76-1', 'HL-76-3', 'HL-77-P', 'HL-79', 'HL-80', 'RT-68-2-L'],
    legalBasis: [{ law: '行政处罚法', article: 32, item: 1 }],
    conditions: [
      confirmed('actedOnOwnInitiative', '当事人主动采取措施消除或者减轻违法行为的危害后果'),
      confirmed('harmReduced', '危害后果已经消除或者明显减轻'),
    ],
  },
];
