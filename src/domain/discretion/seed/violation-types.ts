import type { PenaltyKind } from '../../case/penalty.js';
import { summaryFineLimitFen } from '../../case/summary-procedure.js';
import type { EnforcementCategory } from '../../certificate.js';
import type { Citation } from '../../law/citation.js';
import { always, type Condition } from '../condition.js';
import { overloadDimensionBands, overloadWeightBranch } from '../fine-range.js';
import type { PenaltySpec } from '../penalty-rule.js';
import type { StatutoryBranch, ViolationRule, ViolationType } from '../violation-type.js';
import {
  allOf,
  fineBetween,
  gainsAtLeast,
  gainsMultiple,
  gainsOver,
  hasGains,
  noPenalty,
  refusedCorrection,
  serious,
  withKinds,
} from './seed-blocks.js';

/*
 * The 违法行为目录 shipped with zhifa: the road-transport, highway and over-limit violations a
 * county transport bureau meets most, each transcribed from the statute text in laws/ (the
 * version date of the file is the rule's effectiveFrom). A province adds later versions or its
 * own types through the catalogue; the seed never overwrites them.
 */

const roadTransport = { law: '道路运输条例', version: '2023-07-20' };
const highwaySafety = { law: '公路安全保护条例', version: '2011-03-07' };
const highwayLaw = { law: '公路法', version: '2017-11-04' };
type Statute = typeof roadTransport;

type Place = Omit<Citation, 'law'>;

function cite(statute: Statute, places: Place[]): Citation[] {
  return places.map((place) => ({ law: statute.law, ...place }));
}

function branch(when: Condition, penalty: PenaltySpec, text: string): StatutoryBranch {
  return { when, penalty, text };
}

/**
 * 「情节严重的，责令停业整顿 / 吊销…」 added to every other outcome: the serious variant of each
 * branch comes first, since branches are tried in order.
 */
function seriousAdds(
  kind: PenaltyKind,
  seriousText: string,
  branches: StatutoryBranch[],
): StatutoryBranch[] {
  const seriousVariants = branches.map((each) =>
    branch(
      allOf(serious, each.when),
      withKinds(each.penalty, kind),
      `${each.text}；${seriousText}`,
    ),
  );
  return [...seriousVariants, ...branches];
}

/**
 * 简易程序 is possible (行政处罚法第五十一条) when some outcome is a warning, or a fine alone
 * whose statutory minimum is within the on-the-spot limit for an organisation (3,000 yuan; for
 * a citizen 200 yuan, which is lower). The over-limit weight fine begins with a warning band
 * (第四十三条); fines measured by illegal gains depend on the gains, and other kinds of
 * penalty are never decided on the spot.
 */
function summaryPossible(branches: StatutoryBranch[]): boolean {
  return branches.some(({ penalty }) => {
    if (penalty.kinds.includes('warning')) return true;
    if (penalty.fine?.basis === 'perExcessTonne') return penalty.fine.warningUpToKg > 0;
    const onlyFine = penalty.kinds.length === 1 && penalty.kinds[0] === 'fine';
    return (
      onlyFine &&
      penalty.fine?.basis === 'amount' &&
      penalty.fine.minFen <= summaryFineLimitFen.organisation
    );
  });
}

interface TypeSpec {
  code: string;
  name: string;
  category: EnforcementCategory;
  statute: Statute;
  violated: Place[];
  penaltyBasis: Place[];
  statutoryRange: StatutoryBranch[];
}

function violationType(spec: TypeSpec): ViolationType {
  const rule: ViolationRule = {
    violated: cite(spec.statute, spec.violated),
    penaltyBasis: cite(spec.statute, spec.penaltyBasis),
    statutoryRange: spec.statutoryRange,
    summaryAllowed: summaryPossible(spec.statutoryRange),
  };
  return {
    code: spec.code,
    name: spec.name,
    category: spec.category,
    rules: [{ effectiveFrom: spec.statute.version, value: rule }],
  };
}

function transportType(spec: Omit<TypeSpec, 'category' | 'statute'>): ViolationType {
  return violationType({ ...spec, category: 'transportAdministration', statute: roadTransport });
}

function highwaySafetyType(
  spec: Omit<TypeSpec, 'statute' | 'category'> & { category?: EnforcementCategory },
): ViolationType {
  return violationType({ category: 'roadAdministration', ...spec, statute: highwaySafety });
}

function highwayLawType(spec: Omit<TypeSpec, 'category' | 'statute'>): ViolationType {
  return violationType({ ...spec, category: 'roadAdministration', statute: highwayLaw });
}

/** 「（可以）处N元以下的罚款」: the article sets no minimum. */
function fineUpTo(maxYuan: number, text: string): StatutoryBranch[] {
  return [branch(always, fineBetween(0, maxYuan), text)];
}

/** 「责令改正；拒不改正的，处…」: only a refusal to correct is punished. */
function onRefusal(penalty: PenaltySpec, text: string): StatutoryBranch[] {
  return [
    branch(refusedCorrection, penalty, `拒不改正的，${text}`),
    branch(always, noPenalty, '责令改正（改正的不予处罚）'),
  ];
}

/** 第六十八条: a fine, and when serious the 原许可机关 also revokes the operating licence. */
function operatorRevocation(minYuan: number, maxYuan: number): StatutoryBranch[] {
  const fineText = `责令改正，处${minYuan}元以上${maxYuan}元以下的罚款`;
  return seriousAdds('licenceRevocation', '情节严重的，由原许可机关吊销道路运输经营许可证', [
    branch(always, fineBetween(minYuan, maxYuan), fineText),
  ]);
}

/** 第六十八条第一款, one type per 项. */
function passengerOperatorTypes(): ViolationType[] {
  const acts = [
    {
      item: 1,
      name: '客运经营者不按批准的客运站点停靠或者不按规定的线路、公布的班次行驶',
      violated: [{ article: 18 }],
    },
    {
      item: 2,
      name: '客运经营者在旅客运输途中擅自变更运输车辆或者将旅客移交他人运输',
      violated: [{ article: 20 }],
    },
    {
      item: 3,
      name: '客运经营者未报告原许可机关，擅自终止客运经营',
      violated: [{ article: 15 }, { article: 18 }],
    },
  ];
  return acts.map(({ item, name, violated }) =>
    transportType({
      code: `RT-68-1-${item}`,
      name,
      violated,
      penaltyBasis: [{ article: 68, paragraph: 1, item }],
      statutoryRange: operatorRevocation(1_000, 2_000),
    }),
  );
}

const roadTransportTypes: ViolationType[] = [
  transportType({
    code: 'RT-63-1',
    name: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
    violated: [{ article: 24, item: 1 }],
    penaltyBasis: [{ article: 63, item: 1 }],
    statutoryRange: [
      branch(
        gainsOver(10_000),
        gainsMultiple(1, 5),
        '违法所得超过1万元的，没收违法所得，处违法所得1倍以上5倍以下的罚款',
      ),
      branch(
        serious,
        fineBetween(10_000, 50_000),
        '没有违法所得或者违法所得不足1万元，情节严重的，处1万元以上5万元以下的罚款',
      ),
      branch(
        always,
        fineBetween(3_000, 10_000),
        '没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款',
      ),
    ],
  }),
  transportType({
    code: 'RT-63-2',
    name: '未取得道路运输经营许可，擅自从事道路客运经营',
    violated: [{ article: 10 }],
    penaltyBasis: [{ article: 63, item: 2 }],
    statutoryRange: [
      branch(
        gainsOver(20_000),
        gainsMultiple(2, 10),
        '违法所得超过2万元的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
      ),
      branch(
        always,
        fineBetween(10_000, 100_000),
        '没有违法所得或者违法所得不足2万元的，处1万元以上10万元以下的罚款',
      ),
    ],
  }),
  transportType({
    code: 'RT-63-3',
    name: '未取得道路运输经营许可，擅自从事道路危险货物运输经营',
    violated: [{ article: 24, item: 2 }],
    penaltyBasis: [{ article: 63, item: 3 }],
    statutoryRange: [
      branch(
        gainsOver(20_000),
        gainsMultiple(2, 10),
        '违法所得超过2万元的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
      ),
      branch(
        always,
        fineBetween(30_000, 100_000),
        '没有违法所得或者违法所得不足2万元的，处3万元以上10万元以下的罚款',
      ),
    ],
  }),
  transportType({
    code: 'RT-64',
    name: '不符合规定条件的人员驾驶道路运输经营车辆',
    violated: [{ article: 9 }, { article: 22 }],
    penaltyBasis: [{ article: 64 }],
    statutoryRange: [
      branch(always, fineBetween(200, 2_000), '责令改正，处200元以上2000元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-65-1',
    name: '未经许可擅自从事道路旅客运输站（场）经营',
    violated: [{ article: 39, paragraph: 1 }],
    penaltyBasis: [{ article: 65, paragraph: 1 }],
    statutoryRange: [
      branch(
        gainsAtLeast(10_000),
        gainsMultiple(2, 10),
        '有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
      ),
      branch(
        hasGains,
        fineBetween(20_000, 50_000, ['illegalGainsConfiscation', 'fine']),
        '违法所得不足1万元的，没收违法所得，处2万元以上5万元以下的罚款',
      ),
      branch(always, fineBetween(20_000, 50_000), '没有违法所得的，处2万元以上5万元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-65-2',
    name: '从事机动车维修经营业务不符合机动车维修经营业务标准',
    violated: [{ article: 37, paragraph: 2 }],
    penaltyBasis: [{ article: 65, paragraph: 2 }],
    statutoryRange: [
      branch(serious, { kinds: ['productionSuspension'] }, '情节严重的，责令停业整顿'),
      branch(always, noPenalty, '责令改正'),
    ],
  }),
  transportType({
    code: 'RT-65-3',
    name: '从事道路货物运输站（场）经营、机动车驾驶员培训业务，未按规定进行备案',
    violated: [{ article: 39, paragraph: 2 }],
    penaltyBasis: [{ article: 65, paragraph: 3 }],
    statutoryRange: onRefusal(fineBetween(5_000, 20_000), '处5000元以上2万元以下的罚款'),
  }),
  transportType({
    code: 'RT-65-4',
    name: '从事机动车维修经营业务，未按规定进行备案',
    violated: [{ article: 39, paragraph: 2 }],
    penaltyBasis: [{ article: 65, paragraph: 4 }],
    statutoryRange: onRefusal(fineBetween(3_000, 10_000), '处3000元以上1万元以下的罚款'),
  }),
  transportType({
    code: 'RT-66',
    name: '非法转让、出租道路运输许可证件',
    violated: [{ article: 33 }],
    penaltyBasis: [{ article: 66 }],
    statutoryRange: [
      branch(
        hasGains,
        fineBetween(2_000, 10_000, ['illegalGainsConfiscation', 'fine']),
        '收缴有关证件，处2000元以上1万元以下的罚款；有违法所得的，没收违法所得',
      ),
      branch(always, fineBetween(2_000, 10_000), '收缴有关证件，处2000元以上1万元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-67',
    name: '客运经营者、危险货物运输经营者未按规定投保承运人责任险',
    violated: [{ article: 35 }],
    penaltyBasis: [{ article: 67 }],
    statutoryRange: [
      branch(
        refusedCorrection,
        { kinds: ['licenceRevocation'] },
        '拒不投保的，由原许可机关吊销道路运输经营许可证',
      ),
      branch(always, noPenalty, '责令限期投保'),
    ],
  }),
  ...passengerOperatorTypes(),
  transportType({
    code: 'RT-68-2-T',
    name: '客运经营者强行招揽旅客，货运经营者强行招揽货物',
    violated: [{ article: 20 }],
    penaltyBasis: [{ article: 68, paragraph: 2 }],
    statutoryRange: operatorRevocation(1_000, 3_000),
  }),
  transportType({
    code: 'RT-68-2-L',
    name: '货运经营者没有采取必要措施防止货物脱落、扬撒等',
    violated: [{ article: 26, paragraph: 2 }],
    penaltyBasis: [{ article: 68, paragraph: 2 }],
    statutoryRange: operatorRevocation(1_000, 3_000),
  }),
  transportType({
    code: 'RT-69-1',
    name: '客运经营者、货运经营者不按规定维护和检测运输车辆',
    violated: [{ article: 30 }],
    penaltyBasis: [{ article: 69, paragraph: 1 }],
    statutoryRange: [
      branch(always, fineBetween(1_000, 5_000), '责令改正，处1000元以上5000元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-69-2',
    name: '客运经营者、货运经营者擅自改装已取得车辆营运证的车辆',
    violated: [{ article: 30 }],
    penaltyBasis: [{ article: 69, paragraph: 2 }],
    statutoryRange: [
      branch(always, fineBetween(5_000, 20_000), '责令改正，处5000元以上2万元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-70-1',
    name: '道路旅客运输站（场）经营者允许无证经营的车辆进站从事经营活动，超载车辆、未经安全检查的车辆出站，或者无正当理由拒绝道路运输车辆进站从事经营活动',
    violated: [
      { article: 40, paragraph: 1 },
      { article: 40, paragraph: 2 },
    ],
    penaltyBasis: [{ article: 70, paragraph: 1 }],
    statutoryRange: [
      branch(always, fineBetween(10_000, 30_000), '责令改正，处1万元以上3万元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-70-2',
    name: '道路货物运输站（场）经营者允许无证经营的车辆进站从事经营活动，超载车辆、未经安全检查的车辆出站，或者无正当理由拒绝道路运输车辆进站从事经营活动',
    violated: [
      { article: 40, paragraph: 1 },
      { article: 40, paragraph: 2 },
    ],
    penaltyBasis: [{ article: 70, paragraph: 2 }],
    statutoryRange: [
      branch(always, fineBetween(3_000, 30_000), '责令改正，处3000元以上3万元以下的罚款'),
    ],
  }),
  transportType({
    code: 'RT-70-3',
    name: '道路运输站（场）经营者擅自改变道路运输站（场）的用途和服务功能，或者不公布运输线路、起止经停站点、运输班次、始发时间、票价',
    violated: [
      { article: 40, paragraph: 3 },
      { article: 41, paragraph: 1 },
    ],
    penaltyBasis: [{ article: 70, paragraph: 3 }],
    statutoryRange: [
      branch(
        { all: [refusedCorrection, hasGains] },
        fineBetween(3_000, 3_000, ['illegalGainsConfiscation', 'fine']),
        '拒不改正的，处3000元的罚款；有违法所得的，没收违法所得',
      ),
      branch(refusedCorrection, fineBetween(3_000, 3_000), '拒不改正的，处3000元的罚款'),
      branch(
        hasGains,
        { kinds: ['illegalGainsConfiscation'] },
        '责令改正；有违法所得的，没收违法所得',
      ),
      branch(always, noPenalty, '责令改正'),
    ],
  }),
  transportType({
    code: 'RT-71',
    name: '机动车维修经营者使用假冒伪劣配件维修机动车，承修已报废的机动车或者擅自改装机动车',
    violated: [{ article: 43, paragraph: 1 }, { article: 45 }],
    penaltyBasis: [{ article: 71 }],
    statutoryRange: seriousAdds('productionSuspension', '情节严重的，责令停业整顿', [
      branch(
        gainsAtLeast(10_000),
        gainsMultiple(2, 10),
        '有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
      ),
      branch(
        hasGains,
        fineBetween(20_000, 50_000, [
          'illegalGainsConfiscation',
          'fine',
          'illegalPropertyConfiscation',
        ]),
        '违法所得不足1万元的，没收违法所得，处2万元以上5万元以下的罚款，没收假冒伪劣配件及报废车辆',
      ),
      branch(
        always,
        fineBetween(20_000, 50_000, ['fine', 'illegalPropertyConfiscation']),
        '没有违法所得的，处2万元以上5万元以下的罚款，没收假冒伪劣配件及报废车辆',
      ),
    ]),
  }),
  transportType({
    code: 'RT-72',
    name: '机动车维修经营者签发虚假的机动车维修合格证',
    violated: [{ article: 44, paragraph: 1 }],
    penaltyBasis: [{ article: 72 }],
    statutoryRange: seriousAdds('productionSuspension', '情节严重的，责令停业整顿', [
      branch(
        gainsAtLeast(3_000),
        gainsMultiple(2, 10),
        '有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款',
      ),
      branch(
        hasGains,
        fineBetween(5_000, 20_000, ['illegalGainsConfiscation', 'fine']),
        '违法所得不足3000元的，没收违法所得，处5000元以上2万元以下的罚款',
      ),
      branch(always, fineBetween(5_000, 20_000), '没有违法所得的，处5000元以上2万元以下的罚款'),
    ]),
  }),
  transportType({
    code: 'RT-73',
    name: '机动车驾驶员培训机构不严格按照规定进行培训或者在培训结业证书发放时弄虚作假',
    violated: [{ article: 46 }],
    penaltyBasis: [{ article: 73 }],
    statutoryRange: onRefusal({ kinds: ['productionSuspension'] }, '责令停业整顿'),
  }),
];

const highwaySafetyTypes: ViolationType[] = [
  highwaySafetyType({
    code: 'HS-64-W',
    name: '车货总质量超过公路、公路桥梁、公路隧道限定标准在公路上行驶（超限运输）',
    violated: [{ article: 33, paragraph: 1 }],
    penaltyBasis: [{ article: 64 }],
    statutoryRange: [overloadWeightBranch],
  }),
  highwaySafetyType({
    code: 'HS-64-D',
    name: '车货总体的外廓尺寸超过公路、公路桥梁、公路隧道限定标准在公路上行驶',
    violated: [{ article: 33, paragraph: 1 }],
    penaltyBasis: [{ article: 64 }],
    statutoryRange: overloadDimensionBands,
  }),
  highwaySafetyType({
    code: 'HS-65-L',
    name: '租借、转让超限运输车辆通行证',
    violated: [{ article: 38, paragraph: 3 }],
    penaltyBasis: [{ article: 65, paragraph: 3 }],
    statutoryRange: [
      branch(
        always,
        fineBetween(1_000, 5_000),
        '没收超限运输车辆通行证，处1000元以上5000元以下的罚款',
      ),
    ],
  }),
  highwaySafetyType({
    code: 'HS-65-F',
    name: '使用伪造、变造的超限运输车辆通行证',
    violated: [{ article: 38, paragraph: 3 }],
    penaltyBasis: [{ article: 65, paragraph: 3 }],
    statutoryRange: fineUpTo(30_000, '没收伪造、变造的超限运输车辆通行证，处3万元以下的罚款'),
  }),
  highwaySafetyType({
    code: 'HS-67-1',
    name: '故意堵塞固定超限检测站点通行车道、强行通过固定超限检测站点等扰乱超限检测秩序',
    violated: [{ article: 40, paragraph: 2 }],
    penaltyBasis: [{ article: 67, item: 1 }],
    statutoryRange: fineUpTo(30_000, '强制拖离或者扣留车辆，处3万元以下的罚款'),
  }),
  highwaySafetyType({
    code: 'HS-67-2',
    name: '采取短途驳载等方式逃避超限检测',
    violated: [{ article: 40, paragraph: 2 }],
    penaltyBasis: [{ article: 67, item: 2 }],
    statutoryRange: fineUpTo(30_000, '强制拖离或者扣留车辆，处3万元以下的罚款'),
  }),
  highwaySafetyType({
    code: 'HS-68',
    name: '指使、强令车辆驾驶人超限运输货物',
    category: 'transportAdministration',
    violated: [{ article: 41, paragraph: 3 }],
    penaltyBasis: [{ article: 68 }],
    statutoryRange: fineUpTo(30_000, '由道路运输管理机构责令改正，处3万元以下的罚款'),
  }),
  highwaySafetyType({
    code: 'HS-69',
    name: '车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染',
    violated: [{ article: 43, paragraph: 1 }],
    penaltyBasis: [{ article: 69 }],
    statutoryRange: fineUpTo(5_000, '责令改正，处5000元以下的罚款'),
  }),
];

const highwayLawTypes: ViolationType[] = [
  highwayLawType({
    code: 'HL-76-1',
    name: '擅自占用、挖掘公路',
    violated: [{ article: 44, paragraph: 1 }],
    penaltyBasis: [{ article: 76, item: 1 }],
    statutoryRange: fineUpTo(30_000, '责令停止违法行为，可以处三万元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-76-3',
    name: '从事危及公路安全的作业',
    violated: [{ article: 47, paragraph: 1 }],
    penaltyBasis: [{ article: 76, item: 3 }],
    statutoryRange: fineUpTo(30_000, '责令停止违法行为，可以处三万元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-76-4',
    name: '铁轮车、履带车和其他可能损害路面的机具擅自在公路上行驶',
    violated: [{ article: 48, paragraph: 1 }],
    penaltyBasis: [{ article: 76, item: 4 }],
    statutoryRange: fineUpTo(30_000, '责令停止违法行为，可以处三万元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-77-P',
    name: '在公路上及公路用地范围内从事损坏、污染公路和影响公路畅通的活动',
    violated: [{ article: 46 }],
    penaltyBasis: [{ article: 77 }],
    statutoryRange: fineUpTo(5_000, '责令停止违法行为，可以处五千元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-78',
    name: '造成公路损坏未报告',
    violated: [{ article: 53 }],
    penaltyBasis: [{ article: 78 }],
    statutoryRange: fineUpTo(1_000, '处一千元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-79',
    name: '未经批准在公路用地范围内设置公路标志以外的其他标志',
    violated: [{ article: 54 }],
    penaltyBasis: [{ article: 79 }],
    statutoryRange: fineUpTo(20_000, '责令限期拆除，可以处二万元以下的罚款'),
  }),
  highwayLawType({
    code: 'HL-80',
    name: '未经批准在公路上增设平面交叉道口',
    violated: [{ article: 55 }],
    penaltyBasis: [{ article: 80 }],
    statutoryRange: fineUpTo(50_000, '责令恢复原状，处五万元以下的罚款'),
  }),
];

export const seedViolationTypes: ViolationType[] = [
  ...roadTransportTypes,
  ...highwaySafetyTypes,
  ...highwayLawTypes,
];
