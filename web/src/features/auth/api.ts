import { apiClient } from '../../lib/api-client';
import type { SessionAnswer } from '../../lib/session';

export interface Credentials {
  username: string;
  password: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function login(credentials: Credentials): Promise<SessionAnswer> {
  return apiClient.post<SessionAnswer>('/api/auth/login', credentials);
}

export function logout(): Promise<void> {
  return apiClient.post<void>('/api/auth/logout');
}

export function changePassword(change: PasswordChange): Promise<void> {
  return apiClient.post<void>('/api/auth/change-password', change);
}
