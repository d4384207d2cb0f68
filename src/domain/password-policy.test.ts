import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';

describe('密码强度', () => {
  it.each([
    ['Zhifa@2026demo', []],
    ['short1A!', ['密码至少10位']],
    ['alllowercaseletters', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['Admin@2026xyz', ['密码不能包含用户名']],
  ])('%s → %o', (password, problems) => {
    expect(passwordProblems(password, 'admin')).toEqual(problems);
  });
});
