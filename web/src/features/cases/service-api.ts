import { apiClient } from '../../lib/api-client';
import type { ElectronicChannel, ServiceMethod } from '@domain/case/service.js';

export {
  electronicChannelLabels,
  electronicChannels,
  PUBLIC_NOTICE_DAYS,
  serviceMethodLabels,
  serviceMethods,
} from '@domain/case/service.js';
export type { ElectronicChannel, ServiceMethod };

export type ServiceOutcome = 'served' | 'failed';

/** A document of the case that goes to the party, and how far its service got. */
export interface ServableDocument {
  /** 'decision' for the case's decision; otherwise the document's code. */
  code: string;
  itemId: string | null;
  title: string;
  issuedOn: string;
  servedOn: string | null;
  failedAttempts: number;
}

export interface ServiceRecord {
  id: string;
  documentCode: string;
  documentItemId: string | null;
  documentTitle: string;
  method: ServiceMethod;
  methodLabel: string;
  outcome: ServiceOutcome;
  recipient: string;
  actedOn: string;
  /** The legal service date; null when it did not succeed. */
  servedOn: string | null;
  details: Record<string, unknown>;
  failureReason: string | null;
  servers: { id: string; name: string }[];
  createdAt: string;
}

export interface ElectronicAddress {
  channel: ElectronicChannel;
  address: string;
}

export interface AddressConfirmation {
  id: string;
  recipient: string;
  signedOn: string;
  postalAddress: string | null;
  phone: string | null;
  consentsToElectronic: boolean;
  electronicAddresses: ElectronicAddress[];
  evidenceId: string | null;
  createdAt: string;
}

export interface ServiceOverview {
  documents: ServableDocument[];
  services: ServiceRecord[];
  addressConfirmations: AddressConfirmation[];
  decisionServiceDue: { date: string; provisional: boolean; article: string } | null;
}

export interface NewAddressConfirmation {
  recipient: string;
  signedOn: string;
  postalAddress?: string;
  phone?: string;
  consentsToElectronic: boolean;
  electronicAddresses: ElectronicAddress[];
}

interface ServiceCommon {
  documentCode: string;
  documentItemId: string | null;
  recipient: string;
  actedOn: string;
  outcome: ServiceOutcome;
  failureReason?: string;
  serverOfficerIds: string[];
  note?: string;
}

/** One attempt to serve, with the facts its method needs. */
export type NewService = ServiceCommon &
  (
    | { method: 'direct'; place: string; signer?: string; signerRelation?: string }
    | { method: 'leftAtAddress'; place: string; refusalReason: string; witnesses: string[] }
    | { method: 'post'; postalAddress: string; trackingNumber: string; receivedOn?: string }
    | { method: 'electronic'; channel: ElectronicChannel; address: string }
    | { method: 'publicNotice'; medium: string }
  );

const servicesPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export function fetchServices(caseId: string): Promise<ServiceOverview> {
  return apiClient.get(`${servicesPath(caseId)}/services`);
}

export function recordAddressConfirmation(
  caseId: string,
  confirmation: NewAddressConfirmation,
): Promise<ServiceOverview> {
  return apiClient.post(`${servicesPath(caseId)}/service-address-confirmations`, confirmation);
}

export function recordService(caseId: string, service: NewService): Promise<ServiceOverview> {
  return apiClient.post(`${servicesPath(caseId)}/services`, service);
}
