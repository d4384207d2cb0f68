import type {
  DecisionDocument,
  LegalBasisCitation,
  NoPenaltyDocument,
} from '../../domain/case/decision-content.js';
import { noPenaltyGroundRules } from '../../domain/case/no-penalty.js';
import { chineseDay } from '../case/case-documents.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { clause, sentence } from '../document/merge-data.js';
import { stepDocument } from '../document/per-item-document.js';
import { decisionCitedTexts } from '../discretion/decision-citations.js';
import { getNotice } from '../notice/notice.service.js';
import type { DecisionView } from './decision.schemas.js';
import { getDecision } from './decision.service.js';

type Decision = NonNullable<DecisionView['decision']>;

const moneyKinds = new Set(['fine', 'illegalGainsConfiscation']);

/** 《law》第N条第N款第N项, as 第五十九条第一款第三项 asks the basis to be cited. */
function citation(basis: LegalBasisCitation): string {
  const law = basis.law.startsWith('《') ? basis.law : `《${basis.law}》`;
  return `${law}${basis.article}${basis.paragraph ?? ''}${basis.item ?? ''}`;
}

const remedyFields = (document: NoPenaltyDocument | DecisionDocument) => ({
  reconsiderationDays: document.reconsiderationDays,
  reconsiderationBody: document.reconsiderationBody,
  litigationMonths: document.litigationMonths,
  litigationCourt: document.litigationCourt,
});

async function decisionsOf(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  kind: Decision['kind'],
) {
  const { decision } = await getDecision(ctx, penaltyCase.id);
  return decision?.kind === kind ? [decision] : [];
}

/** What the party said to the notice, as the decision recounts it (第四十五条、第六十二条). */
function responsesText(responses: Awaited<ReturnType<typeof getNotice>>['responses']): string {
  if (responses.some((response) => response.kind === 'waiver')) {
    return '你（单位）书面明确放弃了陈述、申辩和听证的权利。';
  }
  const statements = responses.filter((response) => response.kind === 'statement');
  if (statements.length === 0) return '你（单位）在规定期限内未提出陈述、申辩。';
  const reviewed = statements
    .map((statement) => statement.review?.adoptionLabel)
    .filter(Boolean)
    .join('、');
  return `你（单位）提出了陈述、申辩，本机关已进行复核，复核意见为：${reviewed}。`;
}

/** 行政处罚决定书 (式样之十五), with every element 第五十九条 requires. */
export const penaltyDecisionDocument = stepDocument({
  code: 'penaltyDecision',
  title: '行政处罚决定书',
  load: (ctx, penaltyCase) => decisionsOf(ctx, penaltyCase, 'penalty'),
  items: (decisions) => decisions,
  label: (decision) => `行政处罚决定书（${decision.documentNumber ?? ''}）`,
  fill: async (ctx, penaltyCase, decision) => {
    const document = decision.document as unknown as DecisionDocument;
    const noticeView = await getNotice(ctx, penaltyCase.id);
    const notice = noticeView.notices[0];
    const held = noticeView.hearings.find((hearing) => hearing.record?.outcome === 'held');
    const citedTexts = await decisionCitedTexts(
      ctx.db,
      penaltyCase.id,
      document.penalties.map((penalty) => penalty.basis),
      penaltyCase.actEndDate,
    );
    return {
      decision: {
        number: decision.documentNumber ?? '',
        facts: sentence(document.facts),
        evidence: document.evidence.join('、'),
        violatedProvision: notice?.violatedProvision ?? '',
        legalBasis: document.penalties.map((penalty) => citation(penalty.basis)).join('、'),
        penalty: decision.summary,
        performanceManner: document.performanceManner,
        paysMoney: decision.penaltyKinds.some((kind) => moneyKinds.has(kind)),
        paymentDeadlineDays: document.paymentDeadlineDays,
        paymentAccount: clause(document.paymentAccount),
        ...remedyFields(document),
        date: chineseDay(decision.decidedOn),
        hasCitedTexts: citedTexts.length > 0,
        citedTexts: citedTexts.join('\n'),
      },
      notice: {
        servedDate: notice ? chineseDay(notice.servedOn) : '',
        rights: notice?.hearingRight ? '陈述、申辩和要求听证的权利' : '陈述、申辩的权利',
        responses: responsesText(
          noticeView.responses.filter((response) => response.noticeId === notice?.id),
        ),
      },
      hearing: { held: held !== undefined, date: held ? chineseDay(held.hearingOn) : '' },
    };
  },
});

/** 不予行政处罚决定书 (第五十七条第一款第二项、第三项), with the education 第三十三条 asks for. */
export const noPenaltyDecisionDocument = stepDocument({
  code: 'noPenaltyDecision',
  title: '不予行政处罚决定书',
  load: (ctx, penaltyCase) => decisionsOf(ctx, penaltyCase, 'noPenalty'),
  items: (decisions) => decisions,
  label: (decision) => `不予行政处罚决定书（${decision.documentNumber ?? ''}）`,
  fill: async (_ctx, _penaltyCase, decision) => {
    const document = decision.document as unknown as NoPenaltyDocument & {
      education: string | null;
    };
    const ground = decision.noPenaltyGround ? noPenaltyGroundRules[decision.noPenaltyGround] : null;
    return {
      decision: {
        number: decision.documentNumber ?? '',
        facts: sentence(document.facts),
        ground: ground?.label ?? '',
        groundArticle: ground ? `《中华人民共和国${ground.article.replace('第', '》第')}` : '',
        educated: Boolean(document.education),
        education: document.education ?? '',
        ...remedyFields(document),
        date: chineseDay(decision.decidedOn),
      },
    };
  },
});
