import { computeDeadline } from '../domain/case/case-deadlines.js';
import { loadWorkdayCalendar } from '../modules/calendar/calendar.service.js';
import {
  hearingRecordInputSchema,
  hearingScheduleInputSchema,
} from '../modules/notice/notice.schemas.js';
import { recordHearing, scheduleHearing } from '../modules/notice/notice.service.js';
import { collectiveDiscussionInputSchema } from '../modules/review/review.schemas.js';
import {
  recordCollectiveDiscussion,
  requestCollectiveDiscussion,
} from '../modules/review/review.service.js';
import {
  addEvidenceItems,
  assessWith,
  closeInvestigationWith,
  daysAgo,
  decidePenalty,
  endStatementPeriod,
  fileCase,
  giveReviewOpinion,
  momentOf,
  recordAnswer,
  recordTranscript,
  serveNotice,
  submitForLegalReview,
  type DemoDesk,
} from './demo-case-steps.js';

/**
 * Cases between 告知 and the decision: the notice just served, the party's 陈述申辩 in, the
 * period over, a 法制审核 pending, a heard case before the heads' 集体讨论, and a case decided
 * after its 法制审核 was returned once.
 */
export async function seedNoticeCases(desk: DemoDesk): Promise<void> {
  await seedNoticeServed(desk);
  await seedStatementPeriod(desk);
  await seedAwaitingDecision(desk);
  await seedLegalReview(desk);
  await seedHeardCase(desk);
  await seedDecidedAfterReturnedReview(desk);
}

const OFFICE = '清水县交通运输综合行政执法大队询问室';

/** 已告知 yesterday: a fine of 1万元 gives the party the right to a hearing (第六十三条). */
async function seedNoticeServed(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未取得网络预约出租汽车运输证和驾驶员证从事网约车经营',
    summary:
      '执法人员在清水县高铁站停车场检查时发现，一辆小型轿车通过网约车平台接单载客，车辆未取得《网络预约出租汽车运输证》，驾驶员未取得《网络预约出租汽车驾驶员证》。',
    place: '清水县高铁站停车场',
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '马俊峰',
      idNumber: '43992119900228225X',
      address: '清水县城关镇南华小区5栋2单元301室',
    },
    actDaysAgo: 14,
    filedDaysAgo: 13,
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 13, '16:10'),
    place: '清水县高铁站停车场执法车内',
    subject: { name: '马俊峰', relation: 'party', idNumber: '43992119900228225X' },
    questions: [
      { question: '车上的乘客是什么人？', answer: '是在平台上下单的乘客，去城关镇，车费32元。' },
      { question: '你和车辆办理了网约车证件没有？', answer: '都没有办，平时下班后跑一跑。' },
    ],
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 13, '16:50'),
    place: '清水县高铁站停车场',
    subject: { name: '谢晓燕', relation: 'witness', phone: '13874390215' },
    questions: [
      {
        question: '你是怎么叫到这辆车的？',
        answer: '在手机网约车软件上下的单，显示车费32元，到站后上的车。',
      },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'electronicData',
      title: '网约车平台订单截图',
      description: '当事人手机中当天已完成的网约车订单3单',
      daysAgo: 13,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 4,
    facts:
      '当事人驾驶未取得《网络预约出租汽车运输证》的车辆，在未取得《网络预约出租汽车驾驶员证》的情况下，通过网约车平台接单从事网约车经营，当天完成订单3单。',
    violatedProvision: '《网络预约出租汽车经营服务管理暂行办法》第十三条、第十四条',
    penaltyBasis: '《网络预约出租汽车经营服务管理暂行办法》第三十四条',
    proposal: { kinds: ['fine'], fineFen: 1_000_000 },
    opinion: '违法事实清楚，建议责令改正，处罚款1万元。',
  });
  await serveNotice(desk, caseId, 1);
}

/** 陈述申辩/听证期: the driver's written defence is in and waits for its 复核. */
async function seedStatementPeriod(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未取得道路运输从业资格证驾驶道路货物运输车辆',
    summary:
      '执法人员在G207线清水超限检测站检查时发现，驾驶员驾驶营运重型半挂牵引车从事货物运输，不能出示道路运输从业资格证，经系统核查未取得从业资格。',
    place: 'G207线清水超限检测站',
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '黄德明',
      idNumber: '439921196809231118',
      address: '清水县白沙镇长岭村六组',
    },
    actDaysAgo: 9,
    filedDaysAgo: 8,
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 8, '11:00'),
    place: 'G207线清水超限检测站询问室',
    subject: { name: '黄德明', relation: 'party', idNumber: '439921196809231118' },
    questions: [
      { question: '你驾驶营运货车多久了？', answer: '今年9月到物流公司上班，开了两个多月。' },
      { question: '你有没有道路运输从业资格证？', answer: '还没有考，公司说会统一报名。' },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'electronicData',
      title: '道路运输从业人员信息系统查询结果',
      description: '以当事人身份证号查询，无道路货物运输驾驶员从业资格记录',
      daysAgo: 8,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 4,
    facts:
      '当事人未取得道路货物运输驾驶员从业资格，驾驶营运重型半挂牵引车从事道路货物运输，被执法人员当场查获。',
    violatedProvision: '《中华人民共和国道路运输条例》第二十二条',
    penaltyBasis: '《道路运输从业人员管理规定》第四十五条',
    proposal: { kinds: ['fine'], fineFen: 100_000 },
    opinion: '违法事实清楚，建议处罚款1000元。',
  });
  await serveNotice(desk, caseId, 3);
  await recordAnswer(desk, caseId, {
    kind: 'statement',
    daysAgo: 2,
    content:
      '本人今年9月受聘于物流公司驾驶货车，公司承诺统一报名从业资格考试，本人并非故意无证驾驶；现已报名参加下月的从业资格考试，请求从轻处罚。',
  });
}

/** 待决定: the statement period passed without an answer; the head has yet to decide. */
async function seedAwaitingDecision(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未经许可擅自挖掘公路铺设排水管道',
    summary:
      '路政巡查发现S315线K12+450处路面被横向开挖，长约8米、宽约1.2米，用于铺设排水管道。现场施工单位为清水县建工建设有限公司，不能出示路政许可。',
    place: 'S315线K12+450处',
    category: 'roadAdministration',
    party: {
      kind: 'organisation',
      name: '清水县建工建设有限公司',
      creditCode: '91439921MA4L3KD23B',
      legalRepresentative: '唐建国',
      address: '清水县城关镇建设北路106号',
    },
    actDaysAgo: 28,
    filedDaysAgo: 27,
  });
  await recordTranscript(desk, caseId, {
    kind: 'survey',
    startedAt: momentOf(desk, 27, '10:15'),
    place: 'S315线K12+450处',
    subject: { name: '曹俊', relation: 'agent', phone: '13807394460' },
    object: 'S315线K12+450处被开挖的公路路面',
    description:
      '沥青混凝土路面被横向切割开挖，沟槽长8.1米、宽1.2米、深1.5米，沟内已敷设直径600毫米排水管，未设置施工安全标志，现场有挖掘机1台。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 26, '15:00'),
    place: OFFICE,
    subject: { name: '曹俊', relation: 'agent', phone: '13807394460' },
    questions: [
      { question: '你在公司担任什么职务？', answer: '我是项目负责人，受公司委托接受询问。' },
      {
        question: '开挖公路有没有向公路管理机构申请许可？',
        answer: '没有申请，想着晚上施工、第二天就能恢复。',
      },
    ],
  });
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 22,
    facts:
      '当事人未经公路管理机构许可，在S315线K12+450处横向开挖公路路面铺设排水管道，开挖长8.1米、宽1.2米，未设置施工安全标志。',
    violatedProvision: '《中华人民共和国公路法》第四十四条第一款',
    penaltyBasis: '《中华人民共和国公路法》第七十六条第一项',
    proposal: { kinds: ['fine'], fineFen: 1_500_000 },
    opinion: '违法事实清楚，开挖未设安全标志，存在安全隐患，建议处罚款1.5万元。',
  });
  await serveNotice(desk, caseId, 20);
  await endStatementPeriod(desk, caseId);
}

/** 法制审核: the party waived its hearing in writing; the fine of 4万元, above its 裁量 tier with a written reason, waits for the reviewer. */
async function seedLegalReview(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未取得道路运输经营许可擅自从事道路旅客运输经营',
    summary:
      '根据群众举报，执法人员在清水县人民医院门口发现一辆七座小型客车招揽乘客前往龙潭镇，按人收取车费每人25元，驾驶员不能出示道路运输经营许可证件。',
    place: '清水县人民医院门口',
    source: 'report',
    reporter: { name: '汤先生', phone: '13974392876' },
    category: 'transportAdministration',
    party: {
      kind: 'citizen',
      name: '罗志刚',
      idNumber: '439921197108303195',
      address: '清水县龙潭镇龙潭街42号',
    },
    actDaysAgo: 20,
    filedDaysAgo: 19,
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 19, '08:40'),
    place: OFFICE,
    subject: { name: '罗志刚', relation: 'party', idNumber: '439921197108303195' },
    questions: [
      {
        question: '车上5名乘客是怎么来的？',
        answer: '在医院门口喊的，都是去龙潭镇的，每人25元。',
      },
      { question: '这样载客多长时间了？', answer: '半年左右，每天跑一两趟。' },
    ],
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 19, '09:30'),
    place: '清水县人民医院门口',
    subject: { name: '何雪梅', relation: 'witness', phone: '15873912204' },
    questions: [{ question: '你坐这辆车去哪里，车费多少？', answer: '回龙潭镇，司机收25元。' }],
  });
  await assessWith(desk, caseId, {
    violationCode: 'RT-63-2',
    plate: '湘M7C205',
    quantities: { durationDays: 180, passengerCount: 5 },
  });
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 12,
    facts:
      '当事人未取得道路运输经营许可，驾驶七座小型客车在清水县人民医院门口招揽乘客，按人收费往返龙潭镇，从事道路旅客运输经营已约半年。',
    violatedProvision: '《中华人民共和国道路运输条例》第十条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条第二项',
    proposal: { kinds: ['fine'], fineFen: 4_000_000 },
    deviationReason:
      '当事人虽系初次被查处，但在医院门口固定招揽乘客长达半年、每日往返，扰乱客运市场秩序，按“轻微”阶次处罚明显偏轻。',
    opinion: '违法事实清楚，经营时间较长，建议处罚款4万元。',
  });
  await serveNotice(desk, caseId, 10);
  await recordAnswer(desk, caseId, {
    kind: 'waiver',
    daysAgo: 9,
    content: '本人对违法事实和拟处罚没有异议，自愿放弃陈述、申辩和要求听证的权利。',
  });
  await endStatementPeriod(desk, caseId);
  await submitForLegalReview(
    desk,
    caseId,
    '本案拟对当事人罚款4万元，超出裁量基准“轻微”阶次的范围并已写明理由，且达到重大执法决定法制审核目录规定的数额；当事人已书面放弃陈述、申辩和听证，提请法制审核。',
  );
}

/**
 * 集体讨论: dangerous goods carried without a permit. The company asked for a hearing, which
 * was held; the reviewer agreed; the heads have met and concluded, and the decision is next.
 */
async function seedHeardCase(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未取得道路危险货物运输许可擅自从事道路危险货物运输',
    summary:
      '执法人员在G207线清水超限检测站检查时发现，清水县顺发物流有限公司所属普通厢式货车装载桶装柴油约4.8吨，车辆和驾驶员均未取得危险货物运输资质。',
    place: 'G207线清水超限检测站',
    category: 'transportAdministration',
    party: {
      kind: 'organisation',
      name: '清水县顺发物流有限公司',
      creditCode: '91439921MA4L5YX89X',
      legalRepresentative: '韩立新',
      address: '清水县城关镇物流园B区12号',
    },
    actDaysAgo: 50,
    filedDaysAgo: 48,
  });
  await recordTranscript(desk, caseId, {
    kind: 'site',
    startedAt: momentOf(desk, 48, '14:20'),
    place: 'G207线清水超限检测站',
    subject: { name: '冯强', relation: 'agent', phone: '13317395520' },
    description:
      '普通厢式货车（湘M8D612）车厢内装载200升铁桶装柴油24桶，约4.8吨，未粘贴危险货物标志，车辆未安装危险货物运输专用设备，驾驶员冯强不能出示危险货物运输从业资格证。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 46, '09:30'),
    place: OFFICE,
    subject: { name: '韩立新', relation: 'party', phone: '13907398812' },
    questions: [
      { question: '你在公司担任什么职务？', answer: '我是公司法定代表人。' },
      {
        question: '车上的柴油是运往哪里的？',
        answer: '运往龙潭镇的一个工地，给工地的机械加油，对方按桶付运费。',
      },
      { question: '公司有没有危险货物运输许可？', answer: '没有，只有普通货运许可。' },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'documentary',
      title: '柴油购销单和运费结算单',
      description: '当事人提供的柴油购销单1张、运费结算单1张（复印件，当事人签字确认）',
      daysAgo: 46,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 40,
    facts:
      '当事人未取得道路危险货物运输许可，使用普通厢式货车为他人运输桶装柴油约4.8吨并收取运费，车辆未安装专用设备、未粘贴危险货物标志，驾驶员未取得相应从业资格。',
    violatedProvision: '《中华人民共和国道路运输条例》第二十四条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条',
    proposal: { kinds: ['fine'], fineFen: 10_000_000 },
    complexOrMajor: true,
    article58: { majorPublicInterest: true },
    opinion:
      '当事人无资质运输危险货物，危害公共安全，情节严重，建议罚款10万元，并提请负责人集体讨论。',
  });
  await serveNotice(desk, caseId, 38);
  await recordAnswer(desk, caseId, {
    kind: 'hearingRequest',
    daysAgo: 36,
    content: '对拟罚款10万元有异议，认为运输的柴油为工地自用，要求举行听证。',
  });
  const noticeServedOn = daysAgo(desk, 35);
  const hearingOn = computeDeadline(
    'earliestHearing',
    noticeServedOn,
    await loadWorkdayCalendar(desk.db),
  ).date;
  const chair = desk.others[0];
  await scheduleHearing(
    desk.officer,
    caseId,
    hearingScheduleInputSchema.parse({
      noticeServedOn,
      noticeServiceMethod: 'direct',
      hearingOn,
      place: '清水县交通运输局三楼会议室',
      chairOfficerId: chair?.id,
      recorderName: '苏雪',
      public: true,
      agents: [{ name: '姚文杰', relation: '湖江明正律师事务所律师' }],
    }),
  );
  await recordHearing(
    desk.officer,
    caseId,
    hearingRecordInputSchema.parse({
      attendance: 'attended',
      investigatorsStatement:
        '调查人员出示现场笔录、询问笔录和柴油购销单、运费结算单，认为当事人未取得危险货物运输许可为他人运输柴油并收取运费，建议罚款10万元。',
      partyStatement:
        '当事人及其代理人称柴油系工地机械用油，运输属于偶发，并非经营；当事人已认识到错误，请求从轻处罚。',
      crossExamination:
        '调查人员就运费结算单发问，当事人承认按桶收取运费。代理人对证据的真实性无异议，对处罚数额有异议。',
      partySigned: true,
      report: `听证主持人${chair?.name ?? ''}认为：当事人收取运费，属于经营性运输，违法事实清楚，证据确凿；当事人首次违法、积极配合调查，可在集体讨论时予以考虑。建议维持拟处罚意见。`,
    }),
  );
  await endStatementPeriod(desk, caseId);
  await submitForLegalReview(
    desk,
    caseId,
    '本案经过听证，拟对当事人罚款10万元，涉及重大公共利益，提请法制审核。',
  );
  await giveReviewOpinion(
    desk,
    caseId,
    'approved',
    '违法事实清楚，证据确凿，适用依据正确，程序合法，听证已依法举行，拟处罚在法定幅度内。同意。',
  );
  await requestCollectiveDiscussion(
    desk.head,
    caseId,
    '本案情节复杂、罚款数额较大且经过听证，依法提交负责人集体讨论决定',
  );
  await recordCollectiveDiscussion(
    desk.head,
    caseId,
    collectiveDiscussionInputSchema.parse({
      heldOn: desk.today,
      place: '清水县交通运输局二楼会议室',
      participants: [
        {
          name: desk.head.actor.displayName,
          position: '大队长',
          opinion: '证据充分，同意罚款10万元。',
        },
        {
          name: '钟国平',
          position: '副大队长',
          opinion: '危险货物运输风险大，同意拟处罚意见。',
        },
        {
          name: '萧丽华',
          position: '教导员',
          opinion: '同意，决定书送达后督促当事人整改。',
        },
      ],
      conclusion: 'penalty',
      conclusionText: '一致同意对当事人罚款10万元。',
      recorderName: '苏雪',
    }),
  );
}

/**
 * 已决定: an overloaded truck. The reviewer returned the first submission because the overload
 * was counted against the wrong limit; the revised fine passed and the head decided it.
 */
async function seedDecidedAfterReturnedReview(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '车货总质量超过公路限定标准行驶公路',
    summary:
      '清水不停车称重检测点检测到一辆六轴重型半挂汽车列车疑似超限，经引导至G207线清水超限检测站复核称重，车货总质量89.5吨。车辆所有人为清水县鑫源物流有限公司。',
    place: 'G207线清水超限检测站',
    source: 'offSite',
    category: 'roadAdministration',
    party: {
      kind: 'organisation',
      name: '清水县鑫源物流有限公司',
      creditCode: '91439921MA4L7RM132',
      legalRepresentative: '许海燕',
      address: '清水县城关镇物流园A区6号',
    },
    actDaysAgo: 35,
    filedDaysAgo: 34,
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'electronicData',
      title: '不停车称重检测数据',
      description: '清水不停车称重检测点当日检测记录',
      daysAgo: 35,
      file: {
        name: '不停车称重检测记录.csv',
        mediaType: 'text/csv',
        text: '检测点,车型,轴数,车货总质量（吨）\n清水不停车称重检测点,重型半挂汽车列车,6,90.1\n',
      },
    },
    {
      type: 'documentary',
      title: '超限检测站复核称重单',
      description: 'G207线清水超限检测站复核称重单：六轴，车货总质量89.5吨',
      daysAgo: 34,
    },
  ]);
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 34, '11:30'),
    place: 'G207线清水超限检测站询问室',
    subject: { name: '宋文斌', relation: 'agent', phone: '18974390137' },
    questions: [
      {
        question: '你驾驶的车辆是谁的，装的什么货？',
        answer: '车是鑫源物流的，我是公司的驾驶员，拉的是钢材。',
      },
      { question: '装车时有没有过磅？', answer: '货主装的，没有过磅。' },
    ],
  });
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 26,
    facts:
      '当事人所属六轴重型半挂汽车列车装载钢材，车货总质量89.5吨，超过公路限定标准46.5吨，在G207线行驶。',
    violatedProvision: '《公路安全保护条例》第三十三条第一款',
    penaltyBasis: '《公路安全保护条例》第六十四条；《超限运输车辆行驶公路管理规定》第四十三条',
    proposal: { kinds: ['fine'], fineFen: 2_300_000 },
    opinion: '按每超限1000千克罚款500元计，建议处罚款2.3万元。',
  });
  await serveNotice(desk, caseId, 24);
  await endStatementPeriod(desk, caseId);
  await submitForLegalReview(
    desk,
    caseId,
    '本案拟对当事人罚款2.3万元，达到重大执法决定法制审核目录规定的数额，提请法制审核。',
  );
  await giveReviewOpinion(
    desk,
    caseId,
    'returned',
    '该车为六轴汽车列车，车货总质量限定标准为49吨，调查终结报告按43吨计算超限数额有误，实际超限40.5吨。请重新核定罚款数额后提交。',
  );
  await submitForLegalReview(
    desk,
    caseId,
    '已按审核意见重新核定：超限40.5吨，按每超限1000千克罚款500元计，拟罚款2万元，再次提请法制审核。',
    { kinds: ['fine'], fineFen: 2_000_000 },
  );
  await giveReviewOpinion(
    desk,
    caseId,
    'approved',
    '超限数额已按正确的限定标准核定，事实清楚，证据确凿，适用依据正确，罚款数额符合裁量基准。同意。',
  );
  await decidePenalty(desk, caseId, {
    kind: 'fine',
    law: '《公路安全保护条例》',
    article: '第六十四条',
    fineFen: 2_000_000,
    facts:
      '当事人所属六轴重型半挂汽车列车装载钢材，车货总质量89.5吨，超过公路限定标准（49吨）40.5吨，在G207线行驶。',
  });
}
