import { AppError } from '../../domain/app-error.js';
import { chinaDate } from '../../domain/china-date.js';
import { describeCondition } from '../../domain/discretion/condition-text.js';
import { describePenaltySpec } from '../../domain/discretion/penalty-text.js';
import type { ViolationRule } from '../../domain/discretion/violation-type.js';
import { formatCitation, type Citation } from '../../domain/law/citation.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { ViolationRuleRow } from '../../storage/tables/discretion.js';
import { benchmarksInForce, benchmarkVersions } from '../benchmark/benchmark-versions.js';
import { listBenchmarkRows } from '../benchmark/benchmark.repository.js';
import { toBenchmarkView } from '../benchmark/benchmark.service.js';
import type { ServiceContext } from '../context.js';
import { exemptionViews } from '../exemption/exemption.service.js';
import { findCitedTexts } from '../law/law.repository.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { inForceOn } from './version-periods.js';
import type {
  NewRuleVersion,
  NewViolationType,
  RuleVersionView,
  ViolationDetail,
  ViolationListQuery,
  ViolationSummary,
} from './violation.schemas.js';
import {
  findViolationTypeRow,
  insertViolationRule,
  insertViolationType,
  listViolationTypeRows,
  ruleExistsFrom,
  ruleVersionsOf,
  type ViolationTypeRow,
} from './violation.repository.js';

function citationViews(citations: readonly Citation[]) {
  return citations.map((citation) => ({ ...citation, label: formatCitation(citation) }));
}

/** The version in force today, else the newest (a type whose rule starts later). */
function currentRule(versions: readonly ViolationRuleRow[], today: string) {
  return inForceOn(versions, today) ?? versions.at(-1) ?? null;
}

function toSummary(
  type: ViolationTypeRow,
  versions: readonly ViolationRuleRow[],
  benchmarkInForce: boolean,
  today: string,
): ViolationSummary {
  const current = currentRule(versions, today);
  return {
    ...type,
    ruleFrom: current?.effectiveFrom ?? null,
    violated: citationViews(current?.rule.violated ?? []),
    penaltyBasis: citationViews(current?.rule.penaltyBasis ?? []),
    summaryAllowed: current?.rule.summaryAllowed ?? false,
    publishedBenchmarkInForce: benchmarkInForce,
  };
}

export async function listViolations(
  ctx: ServiceContext,
  query: ViolationListQuery,
): Promise<ViolationSummary[]> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  const today = chinaDate();
  const types = await listViolationTypeRows(ctx.db, query);
  const rules = await ruleVersionsOf(
    ctx.db,
    types.map((type) => type.code),
  );
  const benchmarks = benchmarkVersions(await listBenchmarkRows(ctx.db, { publishedOnly: true }));
  const withBenchmark = new Set(benchmarksInForce(benchmarks, today).map((b) => b.violationCode));
  return types.map((type) =>
    toSummary(type, rules.get(type.code) ?? [], withBenchmark.has(type.code), today),
  );
}

async function toRuleView(
  db: Db,
  row: ViolationRuleRow,
  inForce: boolean,
): Promise<RuleVersionView> {
  const { violated, penaltyBasis, statutoryRange, summaryAllowed } = row.rule;
  const cited = await findCitedTexts(db, [...violated, ...penaltyBasis], row.effectiveFrom);
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    inForce,
    violated: cited.slice(0, violated.length),
    penaltyBasis: cited.slice(violated.length),
    statutoryRange: statutoryRange.map((branch) => ({
      ...branch,
      conditionText: describeCondition(branch.when),
      penaltyText: describePenaltySpec(branch.penalty),
    })),
    summaryAllowed,
  };
}

/** The type with every rule version, its benchmark versions and the list entries naming it. */
export async function getViolation(ctx: ServiceContext, code: string): Promise<ViolationDetail> {
  assertAllowed(ctx.actor.roles, 'catalogue.read');
  const type = found(await findViolationTypeRow(ctx.db, code), '违法行为');
  const today = chinaDate();
  const versions = (await ruleVersionsOf(ctx.db, [code])).get(code) ?? [];
  const current = currentRule(versions, today);
  const benchmarks = benchmarkVersions(await listBenchmarkRows(ctx.db, { violationCode: code }));
  const inForce = new Set(benchmarksInForce(benchmarks, today).map((b) => b.id));
  return {
    ...toSummary(type, versions, inForce.size > 0, today),
    rules: await Promise.all(
      versions.map((row) => toRuleView(ctx.db, row, row.id === current?.id)),
    ),
    benchmarks: benchmarks.map((version) => toBenchmarkView(version, inForce.has(version.id))),
    exemptionEntries: await exemptionViews(ctx.db, { violationCode: code }),
  };
}

/** Every citation of the rule must name an article of the law version in force on `onDate`. */
async function assertCitationsResolve(db: Db, rule: ViolationRule, onDate: string) {
  const fields = [
    ...rule.violated.map((citation, index) => ({ citation, path: `rule.violated.${index}` })),
    ...rule.penaltyBasis.map((citation, index) => ({
      citation,
      path: `rule.penaltyBasis.${index}`,
    })),
  ];
  const cited = await findCitedTexts(
    db,
    fields.map((field) => field.citation),
    onDate,
  );
  const missing = fields.flatMap((field, index) =>
    cited[index]?.found
      ? []
      : [
          {
            path: field.path,
            message: `法律法规库中没有${onDate}施行的${formatCitation(field.citation)}，请核对引用或先导入该法律法规`,
          },
        ],
  );
  if (missing.length === 0) return;
  throw new AppError('RULE_VIOLATED', missing.map((issue) => issue.message).join('\n'), missing);
}

export async function createViolationType(
  ctx: ServiceContext,
  input: NewViolationType,
): Promise<ViolationDetail> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  await ctx.db.transaction().execute(async (trx) => {
    if (await findViolationTypeRow(trx, input.code)) {
      throw new AppError('CONFLICT', `违法行为编码 ${input.code} 已被使用，请换一个编码`, [
        { path: 'code', message: '编码已被使用' },
      ]);
    }
    await assertCitationsResolve(trx, input.rule, input.effectiveFrom);
    await insertViolationType(trx, {
      code: input.code,
      name: input.name,
      category: input.category,
    });
    const ruleId = await insertViolationRule(trx, {
      violationCode: input.code,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      rule: input.rule,
    });
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'violationType',
      objectId: input.code,
      action: 'createViolationType',
      change: { ...input, ruleId },
    });
  });
  return getViolation(ctx, input.code);
}

/** A new version of the type's rule from a date; earlier versions stay as they were. */
export async function addRuleVersion(
  ctx: ServiceContext,
  code: string,
  input: NewRuleVersion,
): Promise<ViolationDetail> {
  assertAllowed(ctx.actor.roles, 'catalogue.manage');
  await ctx.db.transaction().execute(async (trx) => {
    found(await findViolationTypeRow(trx, code), '违法行为');
    if (await ruleExistsFrom(trx, code, input.effectiveFrom)) {
      const message = `该违法行为已有${input.effectiveFrom}施行的规定版本，请选择另一个施行日期`;
      throw new AppError('CONFLICT', message, [{ path: 'effectiveFrom', message }]);
    }
    await assertCitationsResolve(trx, input.rule, input.effectiveFrom);
    const ruleId = await insertViolationRule(trx, {
      violationCode: code,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      rule: input.rule,
    });
    await appendRecord(trx, ctx.actor, {
      agencyId: ctx.actor.agencyId,
      objectType: 'violationType',
      objectId: code,
      action: 'addViolationRule',
      change: { ...input, ruleId },
    });
  });
  return getViolation(ctx, code);
}
