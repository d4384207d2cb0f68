import { archiveCase } from '../modules/archive/archive.service.js';
import {
  paymentPlanDecisionSchema,
  paymentPlanInputSchema,
} from '../modules/execution/execution.schemas.js';
import { applyForPaymentPlan, decidePaymentPlan } from '../modules/execution/execution.service.js';
import { INSTALMENT_NOTICE_CODE } from '../modules/execution/execution.repository.js';
import { statementReviewInputSchema } from '../modules/notice/notice.schemas.js';
import { reviewStatement } from '../modules/notice/notice.service.js';
import { addressConfirmationInputSchema } from '../modules/service/service.schemas.js';
import { recordAddressConfirmation } from '../modules/service/service.service.js';
import {
  addEvidenceItems,
  closeCase,
  closeInvestigationWith,
  daysAhead,
  decidePenalty,
  endStatementPeriod,
  fileCase,
  giveReviewOpinion,
  momentOf,
  paymentReference,
  recordAnswer,
  recordBankPayment,
  recordTranscript,
  serveDocument,
  serveNotice,
  submitForLegalReview,
  type DemoDesk,
} from './demo-case-steps.js';

/**
 * Cases decided and carried on: a 警告 served, a fine paid in instalments, a fine paid and the
 * case closed, and a closed case whose complete file is archived and sealed.
 */
export async function seedEndingCases(desk: DemoDesk): Promise<void> {
  await seedServedWarning(desk);
  await seedExecutingCase(desk);
  await seedClosedCase(desk);
  await seedArchivedCase(desk);
}

const OFFICE = '清水县交通运输综合行政执法大队询问室';

/** 已送达: a 警告, left at the driver's home when he refused to sign (留置送达). */
async function seedServedWarning(desk: DemoDesk): Promise<void> {
  const party = {
    kind: 'citizen' as const,
    name: '郑国强',
    idNumber: '439921197506181170',
    address: '清水县河西镇柳树湾村二组',
  };
  const caseId = await fileCase(desk, {
    cause: '道路货物运输车辆未按规定随车携带《道路运输证》',
    summary:
      '执法人员在S315线清水检查站检查时发现，驾驶员驾驶的营运货车未随车携带《道路运输证》，经系统核查，该车《道路运输证》在有效期内。',
    place: 'S315线清水检查站',
    category: 'transportAdministration',
    party,
    actDaysAgo: 22,
    filedDaysAgo: 21,
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 21, '10:20'),
    place: 'S315线清水检查站询问室',
    subject: { name: party.name, relation: 'party', idNumber: party.idNumber },
    questions: [
      {
        question: '车辆的《道路运输证》在哪里？',
        answer: '换车时忘在另一台车上了，证是有的。',
      },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'electronicData',
      title: '道路运输证信息系统查询记录',
      description: '该车《道路运输证》有效，当日未随车携带',
      daysAgo: 21,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 19,
    facts: '当事人驾驶营运货车从事道路货物运输，未按规定随车携带《道路运输证》。',
    violatedProvision: '《中华人民共和国道路运输条例》第三十一条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十八条',
    proposal: { kinds: ['warning'] },
    opinion: '当事人持有有效证件，系首次未随车携带，建议给予警告。',
  });
  await serveNotice(desk, caseId, 17);
  await endStatementPeriod(desk, caseId);
  await decidePenalty(desk, caseId, {
    kind: 'warning',
    law: '《中华人民共和国道路运输条例》',
    article: '第六十八条',
  });
  await serveDocument(desk, caseId, {
    method: 'leftAtAddress',
    recipient: party.name,
    place: `${party.address}当事人住所`,
    refusalReason: '当事人称不认可处罚，拒绝在送达回证上签字',
    witnesses: ['柳树湾村村民委员会主任胡红梅'],
  });
}

/** 执行中: the head allowed the fine to be paid in two parts; the first is paid. */
async function seedExecutingCase(desk: DemoDesk): Promise<void> {
  const party = {
    kind: 'citizen' as const,
    name: '吴秀英',
    idNumber: '439921198811053348',
    address: '清水县白沙镇白沙街18号',
  };
  const caseId = await fileCase(desk, {
    cause: '在公路上堆放砂石影响公路畅通',
    summary:
      '路政巡查发现S315线K8+100处路肩及行车道上堆放砂石约30立方米，占用行车道约2米，影响车辆通行。经查，系路旁建材店经营者吴秀英堆放。',
    place: 'S315线K8+100处',
    category: 'roadAdministration',
    party,
    actDaysAgo: 32,
    filedDaysAgo: 31,
  });
  await recordTranscript(desk, caseId, {
    kind: 'survey',
    startedAt: momentOf(desk, 31, '09:10'),
    place: 'S315线K8+100处',
    subject: { name: party.name, relation: 'party', idNumber: party.idNumber },
    object: 'S315线K8+100处堆放的砂石',
    description:
      '砂石堆放于公路右侧路肩及行车道上，长约12米、宽约3.5米，占用行车道宽约2米，未设置警示标志。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 30, '14:00'),
    place: OFFICE,
    subject: { name: party.name, relation: 'party', idNumber: party.idNumber },
    questions: [
      { question: '路上的砂石是谁堆放的？', answer: '是我店里进的货，卸车时没地方放。' },
      { question: '现在清走了吗？', answer: '执法人员走后当天就清走了。' },
    ],
  });
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 25,
    facts:
      '当事人在S315线K8+100处路肩及行车道上堆放砂石约30立方米，占用行车道约2米，未设置警示标志，影响公路畅通。',
    violatedProvision: '《中华人民共和国公路法》第四十六条',
    penaltyBasis: '《中华人民共和国公路法》第七十七条',
    proposal: { kinds: ['fine'], fineFen: 400_000 },
    opinion: '当事人占用行车道且未设警示标志，存在安全隐患，建议处罚款4000元。',
  });
  await serveNotice(desk, caseId, 23);
  await endStatementPeriod(desk, caseId);
  await submitForLegalReview(
    desk,
    caseId,
    '本案拟对公民罚款4000元，达到重大执法决定法制审核目录规定的数额，提请法制审核。',
  );
  await giveReviewOpinion(desk, caseId, 'approved', '事实清楚，证据确凿，程序合法，同意。');
  await decidePenalty(desk, caseId, {
    kind: 'fine',
    law: '《中华人民共和国公路法》',
    article: '第七十七条',
    fineFen: 400_000,
  });
  await serveDocument(desk, caseId, { recipient: party.name, signer: party.name });
  const execution = await applyForPaymentPlan(
    desk.officer,
    caseId,
    paymentPlanInputSchema.parse({
      kind: 'instalments',
      appliedOn: desk.today,
      reason: '当事人经营的建材店近期经营困难，一次性缴纳罚款确有困难，申请分两期缴纳。',
      instalments: [
        { dueDate: daysAhead(desk, 10), amountFen: 200_000 },
        { dueDate: daysAhead(desk, 40), amountFen: 200_000 },
      ],
    }),
  );
  await decidePaymentPlan(
    desk.head,
    caseId,
    paymentPlanDecisionSchema.parse({
      approved: true,
      reason: '经核实，当事人确有经济困难，同意分两期缴纳。',
    }),
  );
  await serveDocument(
    desk,
    caseId,
    { recipient: party.name, signer: party.name },
    INSTALMENT_NOTICE_CODE,
    execution.plans[0]?.id ?? null,
  );
  await recordBankPayment(desk, caseId, 200_000, paymentReference(desk, 1), 'ePayment');
}

/** 已结案: the fine paid through the bank, the decision served by e-mail with the company's consent. */
async function seedClosedCase(desk: DemoDesk): Promise<void> {
  const email = 'tongda_keyun@example.com';
  const caseId = await fileCase(desk, {
    cause: '客运班车不按批准的客运站点停靠',
    summary:
      '执法人员在清水县城区检查时发现，清水至临江的客运班车未按许可进入清水县汽车站上下客，在城关镇五一路口站外上客。',
    place: '清水县城关镇五一路口',
    category: 'transportAdministration',
    party: {
      kind: 'organisation',
      name: '清水县通达客运有限公司',
      creditCode: '91439921MA4L8GW55T',
      legalRepresentative: '杨志强',
      address: '清水县城关镇汽车站路1号',
    },
    actDaysAgo: 26,
    filedDaysAgo: 25,
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 25, '07:50'),
    place: '清水县城关镇五一路口',
    subject: { name: '田立新', relation: 'agent', phone: '13607393318' },
    questions: [
      {
        question: '你驾驶的班车为什么在这里上客？',
        answer: '有几个乘客在路口等，就停下来让他们上车了。',
      },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'audioVisual',
      title: '执法记录仪视频（站外上客）',
      description: '记录班车在五一路口停车上客4人的过程，时长3分12秒',
      daysAgo: 25,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 21,
    facts:
      '当事人所属清水至临江客运班车未按批准的客运站点停靠，在清水县城关镇五一路口站外上客4人。',
    violatedProvision: '《中华人民共和国道路运输条例》第三十四条',
    penaltyBasis: '《中华人民共和国道路运输条例》第七十条',
    proposal: { kinds: ['fine'], fineFen: 150_000 },
    opinion: '违法事实清楚，建议责令改正，处罚款1500元。',
  });
  await serveNotice(desk, caseId, 19);
  await endStatementPeriod(desk, caseId);
  await decidePenalty(desk, caseId, {
    kind: 'fine',
    law: '《中华人民共和国道路运输条例》',
    article: '第七十条',
    fineFen: 150_000,
  });
  await recordAddressConfirmation(
    desk.officer,
    caseId,
    addressConfirmationInputSchema.parse({
      recipient: '清水县通达客运有限公司',
      signedOn: desk.today,
      postalAddress: '清水县城关镇汽车站路1号',
      phone: '0739-6213366',
      consentsToElectronic: true,
      electronicAddresses: [{ channel: 'email', address: email }],
    }),
  );
  await serveDocument(desk, caseId, {
    method: 'electronic',
    recipient: '清水县通达客运有限公司',
    channel: 'email',
    address: email,
  });
  await recordBankPayment(desk, caseId, 150_000, paymentReference(desk, 2));
  await closeCase(
    desk,
    caseId,
    '当事人客运班车不按批准的客运站点停靠，已作出罚款1500元的行政处罚决定并电子送达。',
    '当事人已于决定书送达当日通过指定银行缴清罚款1500元，并承诺整改。',
  );
}

/** 已归档: a complete file, sealed. The party's defence was reviewed and not adopted. */
async function seedArchivedCase(desk: DemoDesk): Promise<void> {
  const caseId = await fileCase(desk, {
    cause: '未经许可在公路用地范围内设置非公路标志',
    summary:
      '路政巡查发现S315线K30+600处公路用地范围内新设一块大型广告牌（高约6米、宽约4米）。经查，系清水县广源广告传媒有限公司设置，未取得公路管理机构许可。',
    place: 'S315线K30+600处',
    category: 'roadAdministration',
    party: {
      kind: 'organisation',
      name: '清水县广源广告传媒有限公司',
      creditCode: '91439921MA4L9NC60L',
      legalRepresentative: '沈丽娟',
      address: '清水县城关镇文化路15号',
    },
    actDaysAgo: 45,
    filedDaysAgo: 44,
  });
  await recordTranscript(desk, caseId, {
    kind: 'survey',
    startedAt: momentOf(desk, 44, '15:30'),
    place: 'S315线K30+600处',
    subject: { name: '沈丽娟', relation: 'party', phone: '13873910628' },
    object: 'S315线K30+600处广告牌',
    description:
      '广告牌立柱位于公路边沟外侧1.5米处，在公路用地范围内，牌面高6米、宽4米，为某楼盘商业广告，未见许可标识。',
  });
  await recordTranscript(desk, caseId, {
    kind: 'inquiry',
    startedAt: momentOf(desk, 42, '10:00'),
    place: OFFICE,
    subject: { name: '沈丽娟', relation: 'party', phone: '13873910628' },
    questions: [
      { question: '你在公司担任什么职务？', answer: '我是公司法定代表人。' },
      {
        question: '设置广告牌前是否向公路管理机构申请许可？',
        answer: '没有申请，以为在路边空地上不需要审批。',
      },
    ],
  });
  await addEvidenceItems(desk, caseId, [
    {
      type: 'audioVisual',
      title: '现场照片（广告牌全景、立柱位置）',
      description: '执法人员现场拍摄照片6张',
      daysAgo: 44,
    },
    {
      type: 'documentary',
      title: '广告发布合同（复印件）',
      description: '当事人与广告主签订的广告发布合同，当事人签章确认',
      daysAgo: 42,
    },
  ]);
  await closeInvestigationWith(desk, caseId, {
    daysAgo: 36,
    facts:
      '当事人未经公路管理机构许可，在S315线K30+600处公路用地范围内设置高6米、宽4米的商业广告牌。调查期间当事人已自行拆除。',
    violatedProvision: '《中华人民共和国公路法》第五十四条',
    penaltyBasis: '《中华人民共和国公路法》第七十九条',
    proposal: { kinds: ['fine'], fineFen: 500_000 },
    opinion: '违法事实清楚，当事人已自行拆除，建议处罚款5000元。',
  });
  await serveNotice(desk, caseId, 34);
  const statementId = await recordAnswer(desk, caseId, {
    kind: 'statement',
    daysAgo: 33,
    content: '广告牌已全部自行拆除，公司此前不了解公路用地的规定，请求免予处罚。',
  });
  await reviewStatement(
    desk.officer,
    caseId,
    statementReviewInputSchema.parse({
      responseId: statementId,
      adoption: 'notAdopted',
      reasoning:
        '当事人设置广告牌已持续一个月，不属于违法行为轻微并及时改正的情形；拟处罚款已考虑其自行拆除的情节，不予采纳。',
    }),
  );
  await endStatementPeriod(desk, caseId);
  await decidePenalty(desk, caseId, {
    kind: 'fine',
    law: '《中华人民共和国公路法》',
    article: '第七十九条',
    fineFen: 500_000,
  });
  await serveDocument(desk, caseId, {
    recipient: '清水县广源广告传媒有限公司',
    place: '清水县城关镇文化路15号',
    signer: '沈丽娟',
    signerRelation: '法定代表人',
  });
  await recordBankPayment(desk, caseId, 500_000, paymentReference(desk, 3));
  await closeCase(
    desk,
    caseId,
    '当事人未经许可在公路用地范围内设置非公路标志，已自行拆除，作出罚款5000元的行政处罚决定并直接送达。',
    '当事人已于决定书送达当日通过指定银行缴清罚款5000元。',
  );
  await archiveCase(desk.officer, caseId);
}
