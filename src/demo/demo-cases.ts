import dayjs from 'dayjs';
import type { Config } from '../config.js';
import { chinaDate } from '../domain/china-date.js';
import { actorOf } from '../modules/auth/auth.service.js';
import { leadInputSchema } from '../modules/case/case.schemas.js';
import { createLead } from '../modules/case/case.service.js';
import type { ServiceContext } from '../modules/context.js';
import { findUserByUsername } from '../modules/user/user.repository.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/database.js';
import { momentOf, type DemoDesk } from './demo-case-steps.js';
import { seedEndingCases } from './demo-cases-ending.js';
import { seedInvestigationCases } from './demo-cases-investigation.js';
import { seedNoticeCases } from './demo-cases-notice.js';
import { seedDemoSummary } from './demo-summary.js';

/**
 * Demo cases in 清水县, at least one in every stage of a penalty case (线索 to 归档, 不予立案 and
 * 移送), made through the same services and by the same demo accounts a person would use:
 * qs.zhifa1 and qs.zhifa2 investigate, qs.fuzeren approves and decides, qs.fazhi reviews.
 */
export async function seedDemoCases(db: Db, config: Config, blobStore: BlobStore): Promise<void> {
  const desk = await demoDesk(db, config, blobStore);
  await createLead(
    desk.officer,
    leadInputSchema.parse({
      agencyId: desk.agencyId,
      source: 'report',
      receivedAt: momentOf(desk, 0, '08:10'),
      cause: '群众举报某货运站点有车辆长期无证经营',
      summary: '群众来电举报，城关镇物流园旁的货运站点有多辆货车长期无证从事货物运输经营。',
      place: '清水县城关镇物流园',
      areaCode: '439921',
      reporter: { name: '匿名群众', phone: '13800000000' },
    }),
  );
  await seedInvestigationCases(desk);
  await seedNoticeCases(desk);
  await seedEndingCases(desk);
  await seedDemoSummary(desk.officer, desk.head, desk.officerIds[1] ?? '');
}

async function demoDesk(db: Db, config: Config, blobStore: BlobStore): Promise<DemoDesk> {
  const officer = await contextOf(db, config, 'qs.zhifa1');
  const colleague = await contextOf(db, config, 'qs.zhifa2');
  return {
    db,
    blobStore,
    agencyId: officer.actor.agencyId ?? '',
    today: chinaDate(),
    officer,
    colleague,
    head: await contextOf(db, config, 'qs.fuzeren'),
    reviewer: await contextOf(db, config, 'qs.fazhi'),
    officerIds: [officer.actor.officerId ?? '', colleague.actor.officerId ?? ''],
    others: await squadronOfficers(db),
  };
}

async function contextOf(db: Db, config: Config, username: string): Promise<ServiceContext> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`demo account ${username} is missing`);
  return { db, config, actor: actorOf(user) };
}

/**
 * Officers of 清水县运政中队 without an account whose certificates are in order for months
 * to come: they chair a hearing or join a case, never approve or review.
 */
async function squadronOfficers(db: Db): Promise<{ id: string; name: string }[]> {
  const today = chinaDate();
  return db
    .selectFrom('officer')
    .innerJoin('agency', 'agency.id', 'officer.agencyId')
    .innerJoin('certificate', 'certificate.officerId', 'officer.id')
    .select(['officer.id', 'officer.name'])
    .where('agency.name', '=', '清水县运政中队')
    .where('certificate.status', '=', 'valid')
    .where('certificate.validTo', '>', dayjs(today).add(90, 'day').format('YYYY-MM-DD'))
    .where('certificate.lastVerifiedYear', '>=', dayjs(today).year() - 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('appUser')
            .select('appUser.id')
            .whereRef('appUser.officerId', '=', 'officer.id'),
        ),
      ),
    )
    .orderBy('officer.createdAt')
    .execute();
}
