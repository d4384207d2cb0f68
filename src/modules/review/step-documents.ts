import dayjs from 'dayjs';
import type { DocumentData } from '../../documents/document-template.js';
import { chinaDate } from '../../domain/china-date.js';
import { findAgency } from '../agency/agency.repository.js';
import { listCaseOfficers, type CaseWithAgency } from '../case/case.repository.js';
import { partyFields } from '../case/case-documents.js';
import type { Party } from '../case/case.schemas.js';
import type { ServiceContext } from '../context.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { found } from '../not-found.js';

/** A calendar date ('YYYY-MM-DD') as printed; no time zone is involved. */
export const chineseDay = (date: string) => dayjs(date).format('YYYY年M月D日');

/** Text that ends a sentence ends with a full stop, so that a template may go on after it. */
export const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/** Text placed inside a sentence of a template, without its own final full stop. */
export const clause = (text: string) => text.replace(/[。；，\s]+$/, '');

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

/**
 * A kind of document with one copy per record of a step (each report, notice, hearing …):
 * `items` lists the records that have the document, `fill` gives the merge data of one.
 */
export function documentPerItem<T extends { id: string }>(spec: {
  code: string;
  title: string;
  items: (ctx: ServiceContext, penaltyCase: CaseWithAgency) => Promise<T[]>;
  label: (item: T) => string;
  fill: (ctx: ServiceContext, penaltyCase: CaseWithAgency, item: T) => Promise<DocumentData>;
}): CaseDocumentKind {
  return {
    code: spec.code,
    title: spec.title,
    async instances(ctx, penaltyCase) {
      const items = await spec.items(ctx, penaltyCase);
      return items.map((item) => ({ itemId: item.id, label: spec.label(item) }));
    },
    async data(ctx, penaltyCase, itemId) {
      const items = await spec.items(ctx, penaltyCase);
      // A document the case has only once (a decision) may be asked for without its item.
      const only = items.length === 1 && itemId === null ? items[0] : undefined;
      const item = found(only ?? items.find((candidate) => candidate.id === itemId), spec.title);
      return {
        ...(await caseFields(ctx, penaltyCase)),
        ...(await spec.fill(ctx, penaltyCase, item)),
      };
    },
  };
}
