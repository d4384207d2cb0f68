import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { parseIdNumber } from '../../domain/validators/id-number.js';
import type { CaseDocumentKind } from '../document/case-document-kind.js';
import { found } from '../not-found.js';
import { findLead } from './case.repository.js';
import type { Party } from './case.schemas.js';
import { getCase } from './case.service.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const chineseDate = (date: string | Date) =>
  dayjs(date).tz('Asia/Shanghai').format('YYYY年M月D日');
export const chineseTime = (date: Date) =>
  dayjs(date).tz('Asia/Shanghai').format('YYYY年M月D日H时m分');

/** A calendar date ('YYYY-MM-DD') as printed; no time zone is involved. */
export const chineseDay = (date: string) => dayjs(date).format('YYYY年M月D日');

/** 立案登记表 (式样之一) filled from the case, its lead and its approval. */
export const filingRegister: CaseDocumentKind = {
  code: 'filingRegister',
  title: '立案登记表',
  async instances() {
    return [{ itemId: null, label: '立案登记表' }];
  },
  async data(ctx, penaltyCase) {
    const view = await getCase(ctx, penaltyCase.id);
    const lead = found(await findLead(ctx.db, ctx.actor.agencyPath, penaltyCase.leadId), '线索');
    return {
      case: { number: view.caseNumber ?? '（待编号）', cause: view.cause },
      filing: {
        // The form prints six sources; 非现场执法 is "其他途径发现的".
        source: lead.source === 'offSite' ? 'other' : lead.source,
        receivedAt: chineseTime(lead.receivedAt),
        summary: lead.summary,
        headOpinion: view.filingDate
          ? `同意立案，由${view.officers.map((officer) => officer.name).join('、')}负责调查。`
          : '',
        headOpinionDate: view.filingDate ? chineseDate(view.filingDate) : '',
      },
      party: partyFields(view.party, view.filingDate ?? dayjs().format('YYYY-MM-DD')),
    };
  },
};

export function partyFields(party: Party, onDate: string) {
  if (party.kind === 'organisation') {
    return { isPerson: false, isOrganisation: true, ...party };
  }
  const id = parseIdNumber(party.idNumber);
  const person = id.ok
    ? {
        gender: id.value.sex === 'male' ? '男' : '女',
        age: dayjs(onDate).diff(dayjs(id.value.birthDate), 'year'),
      }
    : {};
  return { isPerson: true, isOrganisation: false, ...party, ...person };
}
