import { describe, expect, it } from 'vitest';
import { reportViolation } from './investigation-report.js';

describe('调查终结报告', () => {
  it.each([
    ['建议处罚、列明证据', 'penalty', 2, null],
    ['建议处罚、没有证据', 'penalty', 0, 'PENALTY_WITHOUT_EVIDENCE'],
    ['建议不予处罚、没有证据', 'noPenalty', 0, null],
  ] as const)('行政处罚法第四十条：%s', (_case, outcome, count, code) => {
    expect(reportViolation(outcome, count)?.code ?? null).toBe(code);
  });
});
