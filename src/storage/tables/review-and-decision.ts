import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface ReviewAndDecisionTables {
  decision: DecisionTable;
}

export interface DecisionTable {
  id: Generated<string>;
  caseId: string;
  kind: 'penalty' | 'noPenalty';
  documentNumber: string | null;
  document: Json<Record<string, unknown>>;
  penaltyKinds: Json<string[]>;
  fineFen: ColumnType<number, number | undefined, number>;
  confiscationFen: ColumnType<number, number | undefined, number>;
  decidedOn: string;
  decidedBy: string;
  createdAt: CreatedAt;
}
