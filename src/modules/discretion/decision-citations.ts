import type { LegalBasisCitation } from '../../domain/case/decision-content.js';
import { formatCitation, parseCitation, type Citation } from '../../domain/law/citation.js';
import type { Db } from '../../storage/database.js';
import { findDecision } from '../decision/decision.repository.js';
import { findCitedTexts } from '../law/law.repository.js';
import { findAssessment } from './discretion.repository.js';

/**
 * The provisions a decision cites — those its 裁量 found breached and the 处罚依据 of each
 * penalty — with their text in the version in force when the act happened (or the lighter
 * later one the 裁量 applied), one per line, for the decision document.
 */
export async function decisionCitedTexts(
  db: Db,
  caseId: string,
  bases: readonly LegalBasisCitation[],
  actDate: string,
): Promise<string[]> {
  const decision = await findDecision(db, caseId);
  const assessment = decision?.assessmentId
    ? await findAssessment(db, decision.assessmentId)
    : undefined;
  const rule = assessment?.result.rule;
  const onDate = rule && rule.effectiveFrom > actDate ? assessment.facts.decisionDate : actDate;
  const cited = [
    ...(rule?.violated ?? []),
    ...bases.map(parseBasis).filter((citation) => citation !== null),
    ...(rule?.penaltyBasis ?? []),
  ];
  const unique = [...new Map(cited.map((c) => [formatCitation(c), c])).values()];
  const texts = await findCitedTexts(db, unique, onDate);
  return texts.filter((text) => text.found).map((text) => `${text.label}：${text.text}`);
}

function parseBasis(basis: LegalBasisCitation): Citation | null {
  return parseCitation(`${basis.law}${basis.article}${basis.paragraph ?? ''}${basis.item ?? ''}`);
}
