import dayjs from 'dayjs';
import type { Config } from '../config.js';
import { chinaDate } from '../domain/china-date.js';
import { actorOf } from '../modules/auth/auth.service.js';
import {
  approveFiling,
  createLead,
  dismissCase,
  proposeFiling,
} from '../modules/case/case.service.js';
import type { ServiceContext } from '../modules/context.js';
import { addEvidence } from '../modules/evidence/evidence.service.js';
import { seedDemoSummary } from './demo-summary.js';
import { findUserByUsername } from '../modules/user/user.repository.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/database.js';

/**
 * Demo cases in 清水县, one per stage the platform handles so far, made through the same
 * services and by the same demo accounts a person would use.
 */
export async function seedDemoCases(db: Db, config: Config, blobStore: BlobStore): Promise<void> {
  const officer = await contextOf(db, config, 'qs.zhifa1');
  const head = await contextOf(db, config, 'qs.fuzeren');
  const agencyId = officer.actor.agencyId ?? '';
  const colleague = await db
    .selectFrom('appUser')
    .select('officerId')
    .where('username', '=', 'qs.zhifa2')
    .executeTakeFirstOrThrow();
  const officerIds = [officer.actor.officerId ?? '', colleague.officerId ?? ''];

  await createLead(officer, {
    ...leadBase(agencyId, '群众举报某货运站点有车辆长期无证经营'),
    source: 'report',
    reporter: { name: '匿名群众', phone: '13800000000' },
  });
  // Left waiting for the head's approval.
  await caseOf(officer, agencyId, officerIds, '驾驶未取得道路运输证的车辆从事货物运输');
  const investigating = await caseOf(
    officer,
    agencyId,
    officerIds,
    '未取得道路运输经营许可擅自从事货物运输经营',
  );
  await approveFiling(head, investigating);
  await addEvidence(
    officer,
    blobStore,
    investigating,
    {
      type: 'inspectionOrSiteRecord',
      title: '现场笔录',
      description: '执法人员在S315线清水检查站对涉案车辆进行检查的现场笔录',
      collectedAt: new Date().toISOString(),
    },
    {
      name: '现场笔录.txt',
      mediaType: 'text/plain',
      content: Buffer.from(
        '现场笔录（演示）：车辆未随车携带道路运输证，驾驶员称系受雇运输。',
        'utf8',
      ),
    },
  );
  const dismissed = await caseOf(officer, agencyId, officerIds, '涉嫌超越许可事项从事客运经营');
  await dismissCase(head, dismissed, '经调查，当事人持有有效许可，违法事实不能成立');
  await seedDemoSummary(officer, head, colleague.officerId ?? '');
}

async function contextOf(db: Db, config: Config, username: string): Promise<ServiceContext> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`demo account ${username} is missing`);
  return { db, config, actor: actorOf(user) };
}

function leadBase(agencyId: string, cause: string) {
  return {
    agencyId,
    source: 'inspection' as const,
    receivedAt: dayjs().subtract(3, 'day').toISOString(),
    cause,
    summary: `${cause}。执法人员现场检查并制作了笔录，当事人在场。`,
    place: 'S315线清水检查站',
    areaCode: '439921',
  };
}

async function caseOf(
  officer: ServiceContext,
  agencyId: string,
  officerIds: string[],
  cause: string,
): Promise<string> {
  const lead = await createLead(officer, leadBase(agencyId, cause));
  const today = chinaDate();
  const proposed = await proposeFiling(officer, lead.id, {
    cause,
    category: 'transportAdministration',
    actAreaCode: '439921',
    actEndDate: dayjs(today).subtract(5, 'day').format('YYYY-MM-DD'),
    discoveryDate: dayjs(today).subtract(3, 'day').format('YYYY-MM-DD'),
    harmCategory: 'none',
    party: {
      kind: 'citizen',
      name: '赵大勇',
      idNumber: '439921198001010012',
      address: '清水县城关镇建设路18号',
    },
    officerIds,
  });
  return proposed.id;
}
