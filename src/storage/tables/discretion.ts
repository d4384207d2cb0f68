import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CaseFacts } from '../../domain/discretion/case-facts.js';
import type { DiscretionAssessment } from '../../domain/discretion/assessment.js';
import type { Tier } from '../../domain/discretion/benchmark.js';
import type { ExemptionEntry, ExemptionList } from '../../domain/discretion/exemption-list.js';
import type { ViolationRule } from '../../domain/discretion/violation-type.js';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface DiscretionTables {
  violationType: ViolationTypeTable;
  violationRule: ViolationRuleTable;
  benchmark: BenchmarkTable;
  exemptionEntry: ExemptionEntryTable;
  discretionAssessment: DiscretionAssessmentTable;
}

type Fen = ColumnType<number, number, never>;

export interface ViolationTypeTable {
  code: string;
  name: string;
  category: string;
  createdAt: CreatedAt;
}

export interface ViolationRuleTable {
  id: Generated<string>;
  violationCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  rule: Json<ViolationRule>;
  createdAt: CreatedAt;
}

export interface BenchmarkTable {
  id: Generated<string>;
  violationCode: string;
  version: number;
  issuer: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  tiers: Json<Tier[]>;
  publishedAt: ColumnType<Date | null, Date | null | undefined, Date>;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface ExemptionEntryTable {
  id: Generated<string>;
  code: string;
  version: number;
  list: ExemptionList;
  entry: Json<ExemptionEntry>;
  effectiveFrom: string;
  effectiveTo: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

/** The facts as judged, with the vehicle and the party's history that were looked up. */
export interface AssessedFacts extends CaseFacts {
  plate: string | null;
  priorCases: { caseId: string; caseNumber: string | null }[];
}

/** What a case's 裁量 applied: the exemption entry, its confirmations, the history checked. */
export interface AppliedExemption {
  entryId: string;
  code: string;
  version: number;
  confirmations: { conditionCode: string; evidenceIds: string[]; note?: string }[];
  /** The party's earlier cases of the same violation found in scope (empty: 初次违法). */
  priorCaseNumbers: string[];
}

export interface DiscretionAssessmentTable {
  id: Generated<string>;
  caseId: string;
  violationCode: string;
  violationRuleId: string;
  benchmarkId: string | null;
  benchmarkVersion: number | null;
  tierName: string | null;
  facts: Json<AssessedFacts>;
  result: Json<DiscretionAssessment>;
  exemption: Json<AppliedExemption | null>;
  rangeMinFen: ColumnType<number | null, number | null, never>;
  rangeMaxFen: ColumnType<number | null, number | null, never>;
  suggestedFineFen: Fen;
  createdBy: string;
  createdAt: CreatedAt;
}

export type ViolationRuleRow = Selectable<ViolationRuleTable>;
export type BenchmarkRow = Selectable<BenchmarkTable>;
export type ExemptionEntryRow = Selectable<ExemptionEntryTable>;
export type DiscretionAssessmentRow = Selectable<DiscretionAssessmentTable>;
