import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { assertAllowed, isAllowed, type Permission } from './permission.js';
import type { Role } from './role.js';

describe('角色权限', () => {
  it.each<[Role[], Permission, boolean]>([
    [['officer'], 'officer.read', true],
    [['officer'], 'officer.manage', false],
    [['officer'], 'record.read', false],
    [['supervisor'], 'record.read', true],
    [['legalReviewer'], 'record.read', true],
    [['disclosureAdmin'], 'user.manage', false],
    [['systemAdmin'], 'user.manage', true],
    [['officer', 'systemAdmin'], 'calendar.manage', true],
    [['approver'], 'calendar.manage', false],
  ])('%o may %s → %s', (roles, permission, expected) => {
    expect(isAllowed(roles, permission)).toBe(expected);
  });

  it('refuses with FORBIDDEN and a Chinese message', () => {
    expect(() => assertAllowed(['officer'], 'user.manage')).toThrowError(
      expect.objectContaining({
        code: 'FORBIDDEN',
        userMessage: expect.stringContaining('无权'),
      }) as AppError,
    );
  });
});
