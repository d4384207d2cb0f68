import { apiClient } from '../../lib/api-client';
import type { CertificateStanding } from '@domain/certificate.js';

export { certificateStandings as certificateStatuses } from '@domain/certificate.js';
export type CertificateStatus = CertificateStanding;

export const categories = [
  'roadAdministration',
  'transportAdministration',
  'portAndShipping',
  'qualitySupervision',
  'comprehensive',
  'maritime',
] as const;
export type Category = (typeof categories)[number];

export interface OfficerSummary {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  unitName: string | null;
  idNumberMasked: string;
  phone: string | null;
  certificateNumber: string | null;
  certificateStatus: CertificateStatus | null;
  certificateValidTo: string | null;
}

export interface Certificate {
  id: string;
  officerId: string;
  number: string;
  issuer: string;
  categories: Category[];
  areaCodes: string[];
  areaName: string;
  validFrom: string;
  validTo: string;
  lastVerifiedYear: number | null;
  /** What was decided: only suspension and revocation are stored. */
  status: 'valid' | 'suspended' | 'revoked';
  /** What holds today, with expiry and annual verification taken into account. */
  computedStatus: CertificateStatus;
}

export interface Officer extends OfficerSummary {
  unitId: string | null;
  certificates: Certificate[];
}

export interface OfficerFilters {
  agencyId?: string;
  q?: string;
  certificateStatus?: CertificateStatus;
  page: number;
  pageSize: number;
}

export interface NewOfficer {
  agencyId: string;
  unitId?: string;
  name: string;
  idNumber: string;
  phone?: string;
}

export interface NewCertificate {
  number: string;
  issuer: string;
  categories: Category[];
  areaCodes: string[];
  areaName: string;
  validFrom: string;
  validTo: string;
  lastVerifiedYear?: number;
}

export type CertificateChange = Partial<
  Pick<Certificate, 'status' | 'lastVerifiedYear' | 'validTo'>
>;

export interface EligibilityQuestion {
  category: Category;
  areaCode: string;
  date: string;
}

export interface Eligibility {
  allowed: boolean;
  reasons: string[];
  certificateNumber: string | null;
}

const officerPath = (id: string) => `/api/officers/${encodeURIComponent(id)}`;

export function fetchOfficers(
  filters: OfficerFilters,
): Promise<{ items: OfficerSummary[]; total: number }> {
  return apiClient.get('/api/officers', { ...filters });
}

export function fetchOfficer(id: string): Promise<Officer> {
  return apiClient.get(officerPath(id));
}

export function createOfficer(officer: NewOfficer): Promise<Officer> {
  return apiClient.post('/api/officers', officer);
}

export function addCertificate(
  officerId: string,
  certificate: NewCertificate,
): Promise<Certificate> {
  return apiClient.post(`${officerPath(officerId)}/certificates`, certificate);
}

export function changeCertificate(id: string, change: CertificateChange): Promise<Certificate> {
  return apiClient.patch(`/api/certificates/${encodeURIComponent(id)}`, change);
}

export function checkEligibility(
  officerId: string,
  question: EligibilityQuestion,
): Promise<Eligibility> {
  return apiClient.get(`${officerPath(officerId)}/eligibility`, { ...question });
}
