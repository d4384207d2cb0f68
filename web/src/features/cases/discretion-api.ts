import { apiClient } from '../../lib/api-client';
import type { DiscretionAssessment } from '@domain/discretion/assessment.js';
import type { FlagFact, MandatoryMitigation, QuantityFact } from '@domain/discretion/case-facts.js';
import type { ExemptionCondition, ExemptionList } from '@domain/discretion/exemption-list.js';

export { flagFacts, mandatoryMitigations, quantityFacts } from '@domain/discretion/case-facts.js';
export { exemptionListLabels } from '@domain/discretion/exemption-list.js';
export type { DiscretionAssessment, FlagFact, MandatoryMitigation, QuantityFact };

export interface DiscretionInput {
  violationCode: string;
  plate?: string;
  quantities: Partial<Record<QuantityFact, number>>;
  flags: Partial<Record<FlagFact, boolean>>;
  partyAge?: number | null;
  mentalCapacity: 'full' | 'partial' | 'none';
  mitigations: MandatoryMitigation[];
  exemption?: {
    entryCode: string;
    confirmations: { conditionCode: string; evidenceIds: string[] }[];
  };
}

export interface CitedText {
  label: string;
  text: string;
  found: boolean;
  versionDate: string;
}

export interface PeerAmounts {
  count: number;
  medianFen: number | null;
  p25Fen: number | null;
  p75Fen: number | null;
  histogram: { fromFen: number; toFen: number; count: number }[];
}

export interface DiscretionPreview {
  assessment: DiscretionAssessment;
  citedTexts: CitedText[];
  priorCases: { caseId: string; caseNumber: string | null }[];
  peers: PeerAmounts;
}

export interface ExemptionEntryChoice {
  code: string;
  version: number;
  list: ExemptionList;
  matter: string;
  conditions: ExemptionCondition[];
  note?: string;
}

export interface DiscretionTrial extends DiscretionPreview {
  factsUsed: { quantities: QuantityFact[]; flags: FlagFact[] };
  exemptionEntries: ExemptionEntryChoice[];
}

export interface DiscretionDeviation {
  stage: 'report' | 'decision';
  fineFen: number;
  outsideBenchmark: boolean;
  deviationReason: string | null;
  peerDeviation: number | null;
  flagged: boolean;
  message: string;
}

export interface CaseDiscretion {
  latest:
    | (DiscretionPreview & {
        id: string;
        createdAt: string;
        createdBy: string;
        facts: DiscretionInput & { priorCases: unknown[] };
        exemption: { code: string; version: number; priorCaseNumbers: string[] } | null;
        benchmarkId: string | null;
      })
    | null;
  history: {
    id: string;
    createdAt: string;
    createdBy: string;
    tierName: string | null;
    suggestedFineFen: number;
  }[];
  deviations: DiscretionDeviation[];
}

export interface ViolationChoice {
  code: string;
  name: string;
}

export function fetchDiscretion(caseId: string): Promise<CaseDiscretion> {
  return apiClient.get(`/api/cases/${caseId}/discretion`);
}

export function tryDiscretion(caseId: string, input: DiscretionInput): Promise<DiscretionTrial> {
  return apiClient.post(`/api/cases/${caseId}/discretion/preview`, input);
}

export function saveDiscretion(caseId: string, input: DiscretionInput): Promise<CaseDiscretion> {
  return apiClient.post(`/api/cases/${caseId}/discretion`, input);
}

export async function fetchViolationChoices(): Promise<ViolationChoice[]> {
  const listed = await apiClient.get<{ items: ViolationChoice[] }>('/api/violations');
  return listed.items;
}
