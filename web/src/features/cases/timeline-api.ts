import { apiClient } from '../../lib/api-client';

export interface TimelineEntry {
  seq: number;
  /** ISO instant. */
  at: string;
  actorName: string;
  actorCertificateNumber: string | null;
  objectType: string;
  action: string;
  /** What was done, in Chinese. */
  title: string;
  details: { label: string; value: string }[];
  change: unknown;
}

/** 办案经过: every recorded act on the case, oldest first. */
export function fetchTimeline(caseId: string): Promise<{ items: TimelineEntry[] }> {
  return apiClient.get(`/api/cases/${encodeURIComponent(caseId)}/timeline`);
}
