import { AppError } from '../../domain/app-error.js';
import type { CaseStage } from '../../domain/case/case-stage.js';
import { chinaDate } from '../../domain/china-date.js';
import type { DiscretionAssessment } from '../../domain/discretion/assessment.js';
import { isAssessable } from '../../domain/discretion/assessable.js';
import { applyExemption } from '../../domain/discretion/apply-exemption.js';
import { peerComparison, amountHistogram } from '../../domain/discretion/consistency.js';
import { assessDiscretion } from '../../domain/discretion/engine.js';
import type { Benchmark } from '../../domain/discretion/benchmark.js';
import { exemptionViolations } from '../../domain/discretion/exemption-check.js';
import { factsUsed } from '../../domain/discretion/facts-used.js';
import { assertAllowed } from '../../domain/permission.js';
import type { Db } from '../../storage/database.js';
import type { AppliedExemption, AssessedFacts } from '../../storage/tables/discretion.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { Party } from '../case/case.schemas.js';
import { assertCaseOfficer, recordCaseAct, withCase } from '../case/case-flow.js';
import type { ServiceContext } from '../context.js';
import { findCitedTexts } from '../law/law.repository.js';
import { found } from '../not-found.js';
import { refuseOnViolations } from '../rule-violations.js';
import type { StoredExemptionEntry } from '../exemption/exemption-versions.js';
import {
  exemptionEntriesFor,
  loadViolationType,
  publishedBenchmarks,
  type LoadedViolationType,
} from '../violation/violation.repository.js';
import { caseDeviations } from './discretion-deviation.js';
import {
  agencyPath,
  caseEvidenceIds,
  insertAssessment,
  listAssessments,
  peerFines,
  priorCasesOfParty,
  setCasePlate,
} from './discretion.repository.js';
import type {
  DiscretionInput,
  DiscretionPreview,
  DiscretionTrial,
  DiscretionView,
} from './discretion.schemas.js';

interface Evaluation {
  violation: LoadedViolationType;
  benchmarks: (Benchmark & { id: string })[];
  entries: StoredExemptionEntry[];
  facts: AssessedFacts;
  assessment: DiscretionAssessment;
  violationRuleId: string;
  benchmarkId: string | null;
  exemption: AppliedExemption | null;
}

/** What the engine concludes for the case on these facts; nothing is stored. */
export async function previewDiscretion(
  ctx: ServiceContext,
  caseId: string,
  input: DiscretionInput,
): Promise<DiscretionTrial> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const evaluation = await evaluate(ctx.db, ctx, penaltyCase, input);
  return {
    ...(await previewOf(ctx, penaltyCase.id, evaluation)),
    factsUsed: factsUsed(evaluation.violation, evaluation.benchmarks),
    exemptionEntries: evaluation.entries.map(
      ({ code, version, list, matter, conditions, note }) => ({
        code,
        version,
        list,
        matter,
        conditions,
        ...(note ? { note } : {}),
      }),
    ),
  };
}

/** The case officer records the 裁量 the report and the decision will rest on. */
export async function assessCase(
  ctx: ServiceContext,
  caseId: string,
  input: DiscretionInput,
): Promise<DiscretionView> {
  await withCase(ctx, caseId, 'case.handle', async (trx, penaltyCase) => {
    if (!isAssessable(penaltyCase.stage as CaseStage)) {
      throw new AppError('CONFLICT', '只有立案后、作出决定前的案件可以进行裁量');
    }
    await assertCaseOfficer(trx, ctx, penaltyCase.id, '进行裁量');
    const evaluation = await evaluate(trx, ctx, penaltyCase, input);
    if (input.plate) await setCasePlate(trx, penaltyCase.id, input.plate);
    const { assessment } = evaluation;
    const row = await insertAssessment(trx, {
      caseId: penaltyCase.id,
      violationCode: assessment.violationCode,
      violationRuleId: evaluation.violationRuleId,
      benchmarkId: evaluation.benchmarkId,
      benchmarkVersion: assessment.benchmark?.version ?? null,
      tierName: assessment.tier?.name ?? null,
      facts: JSON.stringify(evaluation.facts),
      result: JSON.stringify(assessment),
      exemption: JSON.stringify(evaluation.exemption),
      rangeMinFen: assessment.rangeFen?.minFen ?? null,
      rangeMaxFen: assessment.rangeFen?.maxFen ?? null,
      suggestedFineFen: assessment.suggestedFineFen,
      createdBy: ctx.actor.userId ?? '',
    });
    await recordCaseAct(trx, ctx, penaltyCase, 'assessDiscretion', {
      assessmentId: row.id,
      violationCode: assessment.violationCode,
      benchmark: assessment.benchmark,
      tier: assessment.tier?.name ?? null,
      rangeFen: assessment.rangeFen,
      suggestedFineFen: assessment.suggestedFineFen,
      exemption: evaluation.exemption?.code ?? null,
    });
  });
  return getDiscretion(ctx, caseId);
}

export async function getDiscretion(ctx: ServiceContext, caseId: string): Promise<DiscretionView> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const rows = await listAssessments(ctx.db, penaltyCase.id);
  const history = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    tierName: row.tierName,
    suggestedFineFen: row.suggestedFineFen,
  }));
  const latestRow = rows[0];
  if (!latestRow) return { latest: null, history, deviations: [] };
  const preview = await previewOf(ctx, penaltyCase.id, {
    facts: latestRow.facts,
    assessment: latestRow.result,
  });
  return {
    latest: {
      ...preview,
      id: latestRow.id,
      createdAt: latestRow.createdAt.toISOString(),
      createdBy: latestRow.createdByName,
      facts: latestRow.facts,
      exemption: latestRow.exemption,
      benchmarkId: latestRow.benchmarkId,
    },
    history,
    deviations: await caseDeviations(ctx, penaltyCase.id),
  };
}

async function evaluate(
  db: Db,
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  input: DiscretionInput,
): Promise<Evaluation> {
  const violation = found(await loadViolationType(db, input.violationCode), '违法行为');
  const party = penaltyCase.party as Party;
  const plate = input.plate ?? penaltyCase.plate;
  const priorCases = await priorCasesOfParty(db, {
    scopePath: await agencyPath(db, penaltyCase.agencyId),
    excludeCaseId: penaltyCase.id,
    party: {
      idNumber: party.kind === 'citizen' ? party.idNumber : undefined,
      creditCode: party.kind === 'organisation' ? party.creditCode : undefined,
      plate,
    },
    violationCode: violation.code,
    actBefore: penaltyCase.actEndDate,
  });
  const facts: AssessedFacts = {
    partyKind: party.kind,
    actDate: penaltyCase.actEndDate,
    decisionDate: input.decisionDate ?? chinaDate(),
    quantities: { ...input.quantities, priorViolations: priorCases.length },
    flags: input.flags,
    partyAge: party.kind === 'citizen' ? (input.partyAge ?? null) : null,
    mentalCapacity: input.mentalCapacity,
    mitigations: input.mitigations,
    plate,
    priorCases,
  };
  const benchmarks = await publishedBenchmarks(db, violation.code);
  const result = assessDiscretion({
    violation,
    benchmarks,
    facts,
    options: { overloadTonneRounding: ctx.config.overloadTonneRounding },
  });
  if (Array.isArray(result)) refuseOnViolations(result);
  const assessed = result as DiscretionAssessment;
  const entries = await exemptionEntriesFor(db, violation.code, penaltyCase.actEndDate);
  const exemption = input.exemption
    ? await claimExemption(db, penaltyCase, violation.code, entries, input.exemption, priorCases)
    : null;
  return {
    violation,
    benchmarks,
    entries,
    facts,
    assessment: exemption ? applyExemption(assessed, exemption.entry) : assessed,
    violationRuleId: violation.ruleIds[assessed.rule.effectiveFrom] ?? '',
    benchmarkId: benchmarks.find((b) => b.version === assessed.benchmark?.version)?.id ?? null,
    exemption: exemption?.applied ?? null,
  };
}

async function claimExemption(
  db: Db,
  penaltyCase: CaseWithAgency,
  violationCode: string,
  entries: readonly StoredExemptionEntry[],
  claim: NonNullable<DiscretionInput['exemption']>,
  priorCases: AssessedFacts['priorCases'],
) {
  const entry = entries.find((candidate) => candidate.code === claim.entryCode);
  if (!entry) {
    throw new AppError('VALIDATION_FAILED', '所选清单事项不存在或不适用于本案的违法行为', [
      { path: 'exemption.entryCode', message: '请从本违法行为适用的清单事项中选择' },
    ]);
  }
  const priorCaseNumbers = priorCases.map((c) => c.caseNumber ?? c.caseId);
  refuseOnViolations(
    exemptionViolations({
      entry,
      violationCode,
      confirmations: claim.confirmations,
      priorCaseNumbers,
      caseEvidenceIds: await caseEvidenceIds(db, penaltyCase.id),
    }),
  );
  const applied: AppliedExemption = {
    entryId: entry.id,
    code: entry.code,
    version: entry.version,
    confirmations: claim.confirmations,
    priorCaseNumbers,
  };
  return { entry, applied };
}

async function previewOf(
  ctx: ServiceContext,
  caseId: string,
  evaluation: Pick<Evaluation, 'facts' | 'assessment'>,
): Promise<DiscretionPreview> {
  const { facts, assessment } = evaluation;
  const citedOn =
    assessment.rule.effectiveFrom > facts.actDate ? facts.decisionDate : facts.actDate;
  const cited = await findCitedTexts(
    ctx.db,
    [...assessment.rule.violated, ...assessment.rule.penaltyBasis],
    citedOn,
  );
  const tierName = assessment.tier?.name ?? null;
  const amounts = await peerFines(ctx.db, {
    scopePath: ctx.actor.agencyPath,
    violationCode: assessment.violationCode,
    tierName,
    excludeCaseId: caseId,
  });
  const comparison = peerComparison(
    assessment.suggestedFineFen,
    amounts,
    ctx.config.consistencyMargin,
  );
  return {
    assessment,
    citedTexts: cited.map((c) => ({
      label: c.label,
      text: c.text,
      found: c.found,
      versionDate: c.versionDate,
    })),
    priorCases: facts.priorCases,
    peers: {
      violationCode: assessment.violationCode,
      tierName,
      count: comparison.count,
      medianFen: comparison.count > 0 ? comparison.medianFen : null,
      p25Fen: comparison.count > 0 ? comparison.p25Fen : null,
      p75Fen: comparison.count > 0 ? comparison.p75Fen : null,
      histogram: amountHistogram(amounts),
    },
  };
}
