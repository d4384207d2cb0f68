import { dismissCase, returnFiling } from '../modules/case/case.service.js';
import {
  correctionOrderInputSchema,
  measureInputSchema,
  preservationHandlingSchema,
  preservationInputSchema,
} from '../modules/investigation/investigation.schemas.js';
import {
  decideMeasure,
  decidePreservation,
  handlePreservation,
  issueCorrectionOrder,
  requestMeasure,
  requestPreservation,
} from '../modules/investigation/investigation.service.js';
import { listEvidence } from '../modules/evidence/evidence.service.js';
import {
  transferEventInputSchema,
  transferHandoverSchema,
  transferProposalSchema,
} from '../modules/transfer/transfer.schemas.js';
import {
  decideTransfer,
  handOverTransfer,
  proposeTransfer,
  recordTransferEvent,
} from '../modules/transfer/transfer.service.js';
import {
  addEvidenceItems,
  closeInvestigationWith,
  fileCase,
  hoursAgo,
  momentOf,
  proposeCase,
  recordTranscript,
  type DemoDesk,
} from './demo-case-steps.js';

/**
 * Cases up to 调查终结, and the ones that ended without a decision here: 立案 sent back to the
 * lead, waiting for approval, under investigation with a vehicle seized, 不予立案, 调查终结, and
 * one transferred to the police as a suspected crime.
 */
export async function seedInvestigationCases(desk: DemoDesk): Promise<void> {
  await seedReturnedFiling(desk);
  await seedPendingFiling(desk);
  await seedInvestigatingCase(desk);
  await seedDismissedCase(desk);
  await seedClosedInvestigation(desk);
  await seedTransferredCase(desk);
}

/** 线索: the head sent 立案 back for the officers to identify the driver first. */
async function seedReturnedFiling(desk: DemoDesk): Promise<void> {
  const caseId = await proposeCase(desk, {
    cause: '巡游出租汽车驾驶员拒载并议价收费',
    summary:
      '12328服务监督电话转来投诉：投诉人在清水县汽车站出站口乘坐出租汽车，驾驶员不使用计价器，要求一口价50元，投诉人不同意后被拒载。投诉人提供了车辆号牌。',
    place: '清水县汽车站出站口',
    source: 'report',
    reporter: { name: '林女士', phone: '13907391234' },
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '周海涛',
      idNumber: '439921198507261636',
      address: '清水县城关镇五一路32号',
    },
    actDaysAgo: 6,
    filedDaysAgo: 4,
  });
  await returnFiling(
    desk.head,
    caseId,
    '投诉人只提供了车辆号牌，尚未调取车载卫星定位记录和计价器数据核实当班驾驶员，请核实当事人身份后重新提请立案',
  );
}

/** 立案待批: proposed yesterday, waiting for the head. */
async function seedPendingFiling(desk: DemoDesk): Promise<void> {
  await proposeCase(desk, {
    cause: '擅自在公路上设置减速带影响公路畅通',
    summary:
      '路政巡查发现S315线K27+300处路面被擅自设置橡胶减速带3条，影响车辆正常通行。经询问，系路旁清水县福源农业开发有限公司为方便车辆进出厂区所设。',
    place: 'S315线K27+300处',
    category: 'roadAdministration',
    party: {
      kind: 'organisation',
      name: '清水县福源农业开发有限公司',
      creditCode: '91439921MA4L1QK07C',
      legalRepresentative: '邓国华',
      address: '清水县河西镇工业园3号',
    },
    actDaysAgo: 2,
    filedDaysAgo: 1,
  });
}

/**
 * 调查取证, this morning at the checkpoint: a 现场笔录 and a 询问笔录, the truck seized on the spot
 * (当场实施, reported and approved afterwards), the party ordered to stop at once.
 */
async function seedInvestigatingCase(desk: DemoDesk): Promise<void> {
  const place = 'S315线清水检查站';
  const caseId = await fileCase(desk, {
    cause: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
    summary:
      '执法人员在S315线清水检查站检查时，发现一辆重型厢式货车（湘M5K321）运送建材，驾驶员不能出示道路运输经营许可证件和《道路运输证》，自称按趟收取运费。',
    place,
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '刘建军',
      idNumber: '439921197803122513',
      address: '清水县龙潭镇新村组7号',
    },
    actDaysAgo: 0,
    filedDaysAgo: 0,
    receivedAt: hoursAgo(4.5),
    extraOfficerIds: desk.others.slice(1, 2).map((officer) => officer.id),
  });
  await recordTranscript(desk, caseId, {
    kind: 'site',
    startedAt: hoursAgo(4),
    place,
    subject: { name: '刘建军', relation: 'party', idNumber: '439921197803122513' },
    description:
      '湘M5K321重型厢式货车装载瓷砖约12吨，由清水县城关镇运往龙潭镇。驾驶员刘建军在场，不能出示道路运输经营许可证件和《道路运输证》，车内有送货单3张。执法人员拍摄了车辆和货物照片。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: hoursAgo(2.5),
    place: 'S315线清水检查站询问室',
    subject: {
      name: '刘建军',
      relation: 'party',
      idNumber: '439921197803122513',
      phone: '13574391126',
    },
    questions: [
      { question: '这辆车是谁的？', answer: '是我自己的车，去年买的，登记在我名下。' },
      {
        question: '今天运的是什么货，运费怎么算？',
        answer: '给城关镇的建材店往龙潭镇送瓷砖，一趟800元，到了结账。',
      },
      {
        question: '你有没有道路运输经营许可证和道路运输证？',
        answer: '没有办，我不知道自己拉货也要办证。',
      },
      { question: '这样拉货有多长时间了？', answer: '大概三个月，一个月跑十来趟。' },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'electronicData',
      title: '车辆卫星定位轨迹（近三个月）',
      description: '从道路货运车辆公共监管与服务平台导出的湘M5K321行驶轨迹',
      daysAgo: 0,
      file: {
        name: '湘M5K321-轨迹.csv',
        mediaType: 'text/csv',
        text: '日期,起点,终点,里程（公里）\n第1趟,清水县城关镇,龙潭镇,38\n第2趟,清水县城关镇,白沙镇,45\n第3趟,清水县城关镇,龙潭镇,38\n',
      },
    },
  ]);
  const measure = await requestMeasure(
    desk.officer,
    caseId,
    measureInputSchema.parse({
      kind: 'seizure',
      items: [
        { name: '重型厢式货车', specification: '湘M5K321', quantity: '1辆' },
        { name: '车辆钥匙', quantity: '1把' },
      ],
      reason:
        '当事人涉嫌未取得道路运输经营许可从事货物运输经营，不能当场提供车辆营运的合法证明，车辆可能被转移，情况紧急，当场扣押',
      legalBasis: '《中华人民共和国道路运输条例》；《中华人民共和国行政强制法》第十九条',
      place,
      termDays: 30,
      emergency: true,
      implementedAt: hoursAgo(3),
    }),
  );
  await decideMeasure(desk.head, measure.id, {
    approved: true,
    opinion: '情况紧急当场扣押，补办批准，同意扣押',
  });
  await issueCorrectionOrder(
    desk.officer,
    caseId,
    correctionOrderInputSchema.parse({
      violation: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
      legalBasis: '《中华人民共和国道路运输条例》第二十四条',
      requirement: '立即停止未取得道路运输经营许可从事道路货物运输经营的行为',
      correctBy: null,
    }),
  );
}

/** 不予立案: the permit file showed the route was licensed. */
async function seedDismissedCase(desk: DemoDesk): Promise<void> {
  const caseId = await proposeCase(desk, {
    cause: '涉嫌超越许可事项从事包车客运经营',
    summary:
      '执法人员在清水县汽车站检查时发现，一辆旅游大客车在站外上客，驾驶员称系包车客运，执法人员怀疑其超越许可的线路经营。',
    place: '清水县汽车站站外',
    category: 'transportAdministration',
    party: {
      kind: 'organisation',
      name: '清水县顺风旅游客运有限公司',
      creditCode: '91439921MA4LBU216W',
      legalRepresentative: '曾立新',
      address: '清水县城关镇迎宾大道66号',
    },
    actDaysAgo: 4,
    filedDaysAgo: 3,
  });
  await dismissCase(
    desk.head,
    caseId,
    '经调取许可档案核实，当事人持有有效的包车客运许可，所涉线路在许可范围内，违法事实不能成立',
  );
}

/** 调查终结: the report proposes a fine; the 违法行为通知书 is still to be served. */
async function seedClosedInvestigation(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '运输混凝土的车辆沿途抛洒污染公路路面',
    summary:
      '路政巡查发现X041线K3至K5路段路面有大面积混凝土抛洒物。经沿途追查并查看监控，系清水县恒通商砼有限公司的混凝土搅拌运输车在运输途中抛洒所致。',
    place: 'X041线K3+000至K5+200路段',
    category: 'roadAdministration',
    party: {
      kind: 'organisation',
      name: '清水县恒通商砼有限公司',
      creditCode: '91439921MA4L2HT721',
      legalRepresentative: '蒋志刚',
      address: '清水县城关镇工业大道88号',
    },
    actDaysAgo: 12,
    filedDaysAgo: 10,
  });
  await recordTranscript(desk, caseId, {
    kind: 'site',
    startedAt: momentOf(desk, 10, '09:40'),
    place: 'X041线K3+000至K5+200路段',
    subject: { name: '许文斌', relation: 'agent' },
    description:
      'X041线K3+000至K5+200路段行车道上有凝固的混凝土抛洒物，断续分布约2.2公里，最厚处约3厘米，影响车辆通行。当事人车队负责人许文斌到场确认。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 8, '14:30'),
    place: '清水县交通运输综合行政执法大队询问室',
    subject: { name: '许文斌', relation: 'agent', phone: '13707398821' },
    questions: [
      {
        question: '你在公司担任什么职务？',
        answer: '我是恒通商砼的车队负责人，受公司委托来说明情况。',
      },
      {
        question: 'X041线上的混凝土是你们的车抛洒的吗？',
        answer: '是的，那天有两台搅拌车往龙潭镇工地送料，出料口没有关严。',
      },
      { question: '现在路面清理了没有？', answer: '第二天公司就派人清理干净了。' },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'audioVisual',
      title: '道路监控视频截图（搅拌车抛洒）',
      description: 'X041线K3+200处监控拍摄的搅拌运输车抛洒画面截图4张',
      daysAgo: 9,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 3,
    facts:
      '当事人所属混凝土搅拌运输车在X041线运输途中出料口未关闭严密，造成K3+000至K5+200路段约2.2公里路面被混凝土污染，影响公路畅通。当事人已于次日清理路面。',
    violatedProvision: '《中华人民共和国公路法》第四十六条',
    penaltyBasis: '《中华人民共和国公路法》第七十七条',
    proposal: { kinds: ['fine'], fineFen: 300_000 },
    opinion: '违法事实清楚，当事人已及时清理路面，建议处罚款3000元。',
  });
}

/**
 * 已移送: a forged 《道路运输证》, preserved and then sent with the case to the police, who
 * opened a criminal case (行政执法机关移送涉嫌犯罪案件的规定).
 */
async function seedTransferredCase(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '使用伪造的《道路运输证》从事道路货物运输经营',
    summary:
      '执法人员在G207线清水超限检测站检查时发现，一辆重型栏板货车所持《道路运输证》防伪标识模糊。经全国道路运输电子证照系统查询，该证号对应的车辆与该车不符，涉嫌使用伪造证件。',
    place: 'G207线清水超限检测站',
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '彭志平',
      idNumber: '439921198604010716',
      address: '清水县白沙镇长岭村四组',
    },
    actDaysAgo: 9,
    filedDaysAgo: 8,
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'physical',
      title: '涉嫌伪造的《道路运输证》',
      description: '当事人出示的《道路运输证》原件1本，防伪标识模糊，印章颜色异常',
      daysAgo: 8,
    },
    {
      type: 'electronicData',
      title: '全国道路运输电子证照系统查询结果',
      description: '证号对应车辆为外省一辆中型货车，与当事人车辆号牌、车架号均不符',
      daysAgo: 8,
    },
    {
      type: 'expertOpinion',
      title: '道路运输证件真伪鉴别意见',
      description: '临江市交通运输综合行政执法支队出具：送检《道路运输证》系伪造',
      daysAgo: 5,
    },
  ]);
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 7, '10:00'),
    place: '清水县交通运输综合行政执法大队询问室',
    subject: { name: '彭志平', relation: 'party', idNumber: '439921198604010716' },
    questions: [
      {
        question: '你的《道路运输证》是从哪里来的？',
        answer: '去年在网上找人办的，花了800元，对方直接寄给我的。',
      },
      { question: '你知道这个证是假的吗？', answer: '价钱便宜，也没去运管部门办，我心里有数。' },
    ],
  });
  const preservation = await requestPreservation(
    desk.officer,
    caseId,
    preservationInputSchema.parse({
      items: [{ name: '涉嫌伪造的《道路运输证》', quantity: '1本' }],
      reason: '该证件涉嫌伪造，系认定违法犯罪的关键证据，可能被当事人销毁或者转移',
      place: 'G207线清水超限检测站',
      storagePlace: '清水县交通运输综合行政执法大队证物室',
    }),
  );
  await decidePreservation(desk.head, preservation.id, {
    approved: true,
    opinion: '同意先行登记保存',
  });
  await handlePreservation(
    desk.officer,
    preservation.id,
    preservationHandlingSchema.parse({
      handling: 'transferred',
      note: '随案移送清水县公安局',
    }),
  );
  const evidence = await listEvidence(desk.officer, caseId);
  const [transfer] = await proposeTransfer(
    desk.officer,
    caseId,
    transferProposalSchema.parse({
      kind: 'crime',
      recipient: '清水县公安局',
      reason:
        '当事人从他人处购买伪造的《道路运输证》并使用其从事道路货物运输经营，涉嫌买卖国家机关证件，依照《行政执法机关移送涉嫌犯罪案件的规定》应当移送公安机关。',
      suspectedOffence: '买卖国家机关证件罪',
      report:
        '经查，当事人彭志平于去年通过网络花费800元购买伪造的《道路运输证》，并持该证驾驶重型栏板货车从事道路货物运输经营。经鉴别，该证件系伪造。当事人的行为涉嫌《中华人民共和国刑法》第二百八十条规定的买卖国家机关证件罪。',
      items: [{ name: '涉嫌伪造的《道路运输证》', quantity: '1本', note: '已先行登记保存' }],
      evidenceIds: evidence.map((item) => item.id),
    }),
  );
  const transferId = transfer?.id ?? '';
  await decideTransfer(desk.head, transferId, { approved: true, opinion: '同意移送清水县公安局' });
  await handOverTransfer(
    desk.officer,
    transferId,
    transferHandoverSchema.parse({
      handedOverAt: new Date().toISOString(),
      receiptSignedBy: '清水县公安局城关派出所民警曹伟',
    }),
  );
  await recordTransferEvent(
    desk.officer,
    transferId,
    transferEventInputSchema.parse({
      kind: 'accepted',
      occurredOn: desk.today,
      organ: '清水县公安局',
      documentNumber: `清公（城）立字〔${desk.today.slice(0, 4)}〕156号`,
      note: '公安机关决定立案侦查',
    }),
  );
}
