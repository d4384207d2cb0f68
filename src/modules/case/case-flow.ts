import type { Updateable } from 'kysely';
import { AppError } from '../../domain/app-error.js';
import {
  assertTransition,
  stageAfter,
  type CaseAction,
  type CaseStage,
} from '../../domain/case/case-stage.js';
import { assertAllowed, isAllowed, type Permission } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { PenaltyCaseTable } from '../../storage/tables.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { refuseOnViolations } from '../rule-violations.js';
import { findCase, listCaseOfficers, type CaseWithAgency } from './case.repository.js';

/**
 * Runs one step of a case in a transaction: checks the permission, loads the case within the
 * actor's scope (404 outside it), and refuses an archived case, whose file is sealed.
 */
export async function withCase<T>(
  ctx: ServiceContext,
  caseId: string,
  permission: Permission,
  step: (trx: Db, penaltyCase: CaseWithAgency) => Promise<T>,
): Promise<T> {
  assertAllowed(ctx.actor.roles, permission);
  return ctx.db.transaction().execute(async (trx) => {
    const penaltyCase = found(await findCase(trx, ctx.actor.agencyPath, caseId), '案件');
    if (penaltyCase.stage === 'archived') {
      throw new AppError('CONFLICT', '案件已归档，案卷已封存，不能再修改（可以添加备注）');
    }
    return step(trx, penaltyCase);
  });
}

/** Refuses the action when the case's stage does not allow it, naming the article. */
export function assertCaseAction(penaltyCase: CaseWithAgency, action: CaseAction): void {
  refuseOnViolations([assertTransition(penaltyCase.stage as CaseStage, action)]);
}

/** Moves the case to the stage `action` leads to, and records the act. */
export async function moveCase(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  action: CaseAction,
  values: Omit<Updateable<PenaltyCaseTable>, 'stage' | 'updatedAt'> = {},
  change: Record<string, unknown> = {},
): Promise<void> {
  assertCaseAction(penaltyCase, action);
  const stage = stageAfter(penaltyCase.stage as CaseStage, action);
  await trx
    .updateTable('penaltyCase')
    .set({ ...values, stage: stage ?? penaltyCase.stage, updatedAt: new Date() })
    .where('id', '=', penaltyCase.id)
    .execute();
  await recordCaseAct(trx, ctx, penaltyCase, action, { ...values, ...change, stage });
}

/** Records an act on the case that does not change its stage (a 笔录, a payment, …). */
export async function recordCaseAct(
  trx: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  action: string,
  change: Record<string, unknown>,
): Promise<void> {
  await appendRecord(trx, ctx.actor, {
    agencyId: penaltyCase.agencyId,
    objectType: 'case',
    objectId: penaltyCase.id,
    action,
    change,
  });
}

/** The case officers' ids, for 查处分离 checks (reviewer, chair, approver not among them). */
export async function caseOfficerIds(trx: Db, caseId: string): Promise<string[]> {
  return (await listCaseOfficers(trx, [caseId])).map((officer) => officer.id);
}

/**
 * Only the case's own officers (its investigators) take this step (行政处罚法第四十二条);
 * returns their ids. `act` completes the refusal: 只有本案执法人员可以{act}.
 */
export async function assertCaseOfficer(
  trx: Db,
  ctx: ServiceContext,
  caseId: string,
  act: string,
): Promise<string[]> {
  const officers = await caseOfficerIds(trx, caseId);
  const officerId = ctx.actor.officerId;
  if (!isAllowed(ctx.actor.roles, 'case.handle') || !officerId || !officers.includes(officerId)) {
    throw new AppError('FORBIDDEN', `只有本案执法人员可以${act}`);
  }
  return officers;
}

/** A step the investigators propose or a head orders (补充调查, 提交集体讨论). */
export async function assertCaseOfficerOrHead(
  trx: Db,
  ctx: ServiceContext,
  caseId: string,
  act: string,
): Promise<void> {
  if (isAllowed(ctx.actor.roles, 'case.approve')) return;
  await assertCaseOfficer(trx, ctx, caseId, act);
}

/** 查处分离: the head who decides is not one of the case's investigators. */
export async function assertNotCaseOfficer(
  trx: Db,
  ctx: ServiceContext,
  caseId: string,
  act: string,
): Promise<void> {
  if ((await caseOfficerIds(trx, caseId)).includes(ctx.actor.officerId ?? '')) {
    throw new AppError('FORBIDDEN', `您是本案执法人员，不能${act}（查处分离），请由其他负责人办理`);
  }
}
