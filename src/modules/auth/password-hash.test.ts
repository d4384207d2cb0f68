import { describe, expect, it } from 'vitest';
import { generateTemporaryPassword, hashPassword, verifyPassword } from './password-hash.js';

describe('scrypt password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Zhifa@2026demo');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('Zhifa@2026demo', stored)).toBe(true);
    expect(await verifyPassword('Zhifa@2026demO', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a hash in an unknown scheme', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('makes temporary passwords without look-alike characters', () => {
    const passwords = Array.from({ length: 50 }, generateTemporaryPassword);
    expect(new Set(passwords).size).toBe(50);
    for (const password of passwords)
      expect(password).toMatch(/^[A-HJ-NP-Za-hj-np-z2-9]{6}-[A-HJ-NP-Za-hj-np-z2-9]{6}#\d$/);
  });
});
