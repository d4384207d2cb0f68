import { chinaDate } from '../../domain/china-date.js';
import { findAgency } from '../agency/agency.repository.js';
import { chineseDay, partyFields } from '../case/case-documents.js';
import { listCaseOfficers, type CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';

/** What every document of the case prints: number, cause, officers, agency, party. */
export async function caseFields(ctx: ServiceContext, penaltyCase: CaseWithAgency) {
  const agency = found(await findAgency(ctx.db, '/', penaltyCase.agencyId), '机构');
  const officers = await listCaseOfficers(ctx.db, [penaltyCase.id]);
  return {
    case: {
      number: penaltyCase.caseNumber ?? '（待编号）',
      cause: penaltyCase.cause,
      filingDate: penaltyCase.filingDate ? chineseDay(penaltyCase.filingDate) : '',
      officers: officers.map((officer) => officer.name).join('、'),
    },
    agency: { name: agency.name, address: agency.address ?? '' },
    party: partyFields(penaltyCase.party as Party, penaltyCase.filingDate ?? chinaDate()),
  };
}

/** Text that ends a sentence ends with a full stop, so that a template may go on after it. */
export const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/** Text placed inside a sentence of a template, without its own final full stop. */
export const clause = (text: string) => text.replace(/[。；，\s]+$/, '');
