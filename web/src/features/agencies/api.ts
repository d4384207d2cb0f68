import { apiClient } from '../../lib/api-client';

export const agencyKinds = ['province', 'city', 'county', 'brigade', 'squadron'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const agencyKindLabels: Record<AgencyKind, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  brigade: '执法大队',
  squadron: '执法中队',
};

export interface Unit {
  id: string;
  agencyId: string;
  name: string;
  kind: string;
}

export interface Agency {
  id: string;
  /** May name an agency outside the list: the parent of the user's scope. */
  parentId: string | null;
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  address: string | null;
  phone: string | null;
  units: Unit[];
}

export interface AgencyFields {
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  address?: string;
  phone?: string;
}

export interface UnitFields {
  name: string;
  kind: string;
}

export function fetchAgencies(): Promise<{ items: Agency[] }> {
  return apiClient.get('/api/agencies');
}

export function createAgency(parentId: string, fields: AgencyFields): Promise<Agency> {
  return apiClient.post('/api/agencies', { parentId, ...fields });
}

export function updateAgency(id: string, fields: Partial<AgencyFields>): Promise<Agency> {
  return apiClient.patch(`/api/agencies/${encodeURIComponent(id)}`, fields);
}

export function createUnit(agencyId: string, fields: UnitFields): Promise<Unit> {
  return apiClient.post(`/api/agencies/${encodeURIComponent(agencyId)}/units`, fields);
}
