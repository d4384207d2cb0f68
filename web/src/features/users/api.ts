import { apiClient } from '../../lib/api-client';
import type { Role } from '../../lib/roles';

export interface User {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  agencyName: string;
  officerId: string | null;
  roles: Role[];
  locked: boolean;
  mustChangePassword: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  agencyId: string;
  officerId?: string;
  roles: Role[];
}

export type UserChange = Partial<Pick<User, 'displayName' | 'roles'>>;

/** Just enough of an officer to link a user account to the person. */
export interface OfficerChoice {
  id: string;
  name: string;
  agencyName: string;
  certificateNumber: string | null;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function fetchUsers(): Promise<{ items: User[] }> {
  return apiClient.get('/api/users');
}

export function createUser(user: NewUser): Promise<{ user: User; temporaryPassword: string }> {
  return apiClient.post('/api/users', user);
}

export function updateUser(id: string, change: UserChange): Promise<User> {
  return apiClient.patch(userPath(id), change);
}

export function lockUser(id: string): Promise<unknown> {
  return apiClient.post(`${userPath(id)}/lock`);
}

export function unlockUser(id: string): Promise<unknown> {
  return apiClient.post(`${userPath(id)}/unlock`);
}

export function resetPassword(id: string): Promise<{ temporaryPassword: string }> {
  return apiClient.post(`${userPath(id)}/reset-password`);
}

export function searchOfficers(q: string): Promise<{ items: OfficerChoice[] }> {
  return apiClient.get('/api/officers', { q, page: 1, pageSize: 20 });
}
