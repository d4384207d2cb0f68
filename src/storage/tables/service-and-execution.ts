import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json } from '../tables.js';

/** Tables of this area, merged into `Tables` in ../tables.ts. */
export interface ServiceAndExecutionTables {
  serviceAddressConfirmation: ServiceAddressConfirmationTable;
  service: ServiceTable;
  paymentPlan: PaymentPlanTable;
  paymentPlanDecision: PaymentPlanDecisionTable;
  payment: PaymentTable;
  remedyPeriod: RemedyPeriodTable;
  demand: DemandTable;
  courtApplication: CourtApplicationTable;
  courtRuling: CourtRulingTable;
}

export interface ElectronicAddress {
  channel: 'email' | 'sms' | 'fax' | 'platform';
  address: string;
}

export interface ServiceAddressConfirmationTable {
  id: Generated<string>;
  caseId: string;
  recipient: string;
  signedOn: string;
  postalAddress: string | null;
  phone: string | null;
  consentsToElectronic: boolean;
  electronicAddresses: Json<ElectronicAddress[]>;
  evidenceId: string | null;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface ServiceTable {
  id: Generated<string>;
  caseId: string;
  documentCode: string;
  documentItemId: string | null;
  documentTitle: string;
  method: 'direct' | 'leftAtAddress' | 'post' | 'electronic' | 'publicNotice';
  outcome: 'served' | 'failed';
  recipient: string;
  actedOn: string;
  servedOn: string | null;
  details: Json<Record<string, unknown>>;
  failureReason: string | null;
  addressConfirmationId: string | null;
  serverOfficerIds: string[];
  createdBy: string;
  createdAt: CreatedAt;
}

export interface StoredInstalment {
  dueDate: string;
  amountFen: number;
}

export interface PaymentPlanTable {
  id: Generated<string>;
  caseId: string;
  kind: 'deferral' | 'instalments';
  appliedOn: string;
  reason: string;
  instalments: Json<StoredInstalment[]>;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface PaymentPlanDecisionTable {
  planId: string;
  approved: boolean;
  reason: string;
  decidedOn: string;
  decidedBy: string;
  createdAt: CreatedAt;
}

export interface PaymentTable {
  id: Generated<string>;
  caseId: string;
  amountFen: number;
  paidOn: string;
  channel: 'bank' | 'ePayment';
  reference: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface RemedyPeriodTable {
  id: Generated<string>;
  caseId: string;
  kind: 'reconsideration' | 'litigation';
  body: string;
  startedOn: string;
  endedOn: ColumnType<string | null, string | null | undefined, string>;
  outcome: ColumnType<RemedyOutcome | null, RemedyOutcome | null | undefined, RemedyOutcome>;
  createdBy: string;
  createdAt: CreatedAt;
}

export type RemedyOutcome = 'upheld' | 'changed' | 'revoked' | 'withdrawn';

export interface DemandTable {
  id: Generated<string>;
  caseId: string;
  issuedOn: string;
  performBy: string;
  principalFen: number;
  lateFeeFen: number;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface CourtApplicationTable {
  id: Generated<string>;
  caseId: string;
  appliedOn: string;
  court: string;
  amountFen: number;
  demandId: string;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface CourtRulingTable {
  applicationId: string;
  outcome: 'granted' | 'refused' | 'notAccepted';
  ruledOn: string;
  rulingNumber: string;
  note: string | null;
  createdBy: string;
  createdAt: CreatedAt;
}

export type ServiceRow = Selectable<ServiceTable>;
export type ServiceAddressConfirmationRow = Selectable<ServiceAddressConfirmationTable>;
export type PaymentPlanRow = Selectable<PaymentPlanTable>;
export type PaymentRow = Selectable<PaymentTable>;
export type RemedyPeriodRow = Selectable<RemedyPeriodTable>;
export type DemandRow = Selectable<DemandTable>;
export type CourtApplicationRow = Selectable<CourtApplicationTable>;
