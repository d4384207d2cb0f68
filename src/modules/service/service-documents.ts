import { assertNever } from '../../domain/app-error.js';
import { electronicChannelLabels, PUBLIC_NOTICE_DAYS } from '../../domain/case/service.js';
import type { Db } from '../../storage/database.js';
import type { ServiceRow } from '../../storage/tables/service-and-execution.js';
import { findAgency } from '../agency/agency.repository.js';
import { chineseDate } from '../case/case-documents.js';
import { perItemDocument } from '../document/per-item-document.js';
import { found } from '../not-found.js';
import { listServices } from './service.repository.js';

/** 送达回证 (式样之二十三): one per successful service, filled from what was recorded. */
export const serviceReceipt = perItemDocument({
  code: 'serviceReceipt',
  title: '送达回证',
  load: (ctx, penaltyCase) => servedServices(ctx.db, penaltyCase.id),
  items: (services) => services,
  missing: '送达记录',
  label: (service) => `送达回证（${service.documentTitle}）`,
  async fill(ctx, penaltyCase, service) {
    const agency = found(await findAgency(ctx.db, '/', penaltyCase.agencyId), '机构');
    const servers = await ctx.db
      .selectFrom('officer')
      .select(['id', 'name'])
      .where('id', 'in', service.serverOfficerIds)
      .execute();
    const details = service.details as Details;
    const witnesses = service.method === 'leftAtAddress' ? (details.witnesses as string[]) : [];
    return {
      case: { number: penaltyCase.caseNumber ?? '（待编号）' },
      agency: { name: agency.name },
      document: { title: service.documentTitle },
      service: {
        recipient: service.recipient,
        place: placeOf(service, details),
        method: service.method,
        signer: service.method === 'direct' ? signerOf(details) : '',
        receivedDate: service.method === 'direct' ? chineseDate(service.actedOn) : '',
        servers: service.serverOfficerIds.flatMap((id) =>
          servers.filter((officer) => officer.id === id).map((officer) => officer.name),
        ),
        servedDate: chineseDate(service.servedOn ?? service.actedOn),
        hasWitnesses: witnesses.length > 0,
        witnesses,
        note: [methodNote(service, details), details.note].filter(Boolean).join(' '),
      },
    };
  },
});

async function servedServices(db: Db, caseId: string) {
  return (await listServices(db, caseId)).filter((service) => service.outcome === 'served');
}

type Details = Record<string, string | string[] | null>;

function placeOf(service: ServiceRow, details: Details): string {
  switch (service.method) {
    case 'direct':
    case 'leftAtAddress':
      return String(details.place ?? '');
    case 'post':
      return String(details.postalAddress ?? '');
    case 'electronic':
      return String(details.address ?? '');
    case 'publicNotice':
      return String(details.medium ?? '');
    default:
      return assertNever(service.method);
  }
}

function signerOf(details: Details): string {
  const relation = details.signerRelation ? `（${String(details.signerRelation)}）` : '';
  return `${String(details.signer ?? '')}${relation}`;
}

/** What the form's 备注 says about how this method was carried out. */
function methodNote(service: ServiceRow, details: Details): string {
  switch (service.method) {
    case 'direct':
      return '';
    case 'leftAtAddress':
      return `受送达人拒绝签收，拒收事由：${String(details.refusalReason)}。已将文书留置于送达地点${details.recordingEvidenceId ? '，并以录像方式记录送达过程' : ''}。`;
    case 'post':
      return `邮寄送达，邮件单号 ${String(details.trackingNumber)}，${chineseDate(service.actedOn)}寄出，${chineseDate(service.servedOn ?? service.actedOn)}签收。`;
    case 'electronic': {
      const channel =
        electronicChannelLabels[details.channel as keyof typeof electronicChannelLabels];
      return `依当事人签署的送达地址确认书，通过${channel}发送至 ${String(details.address)}，系统显示${chineseDate(service.actedOn)}发送成功。`;
    }
    case 'publicNotice':
      return `${chineseDate(service.actedOn)}发出公告，经过${PUBLIC_NOTICE_DAYS}日，即${chineseDate(service.servedOn ?? service.actedOn)}视为送达。`;
    default:
      return assertNever(service.method);
  }
}
