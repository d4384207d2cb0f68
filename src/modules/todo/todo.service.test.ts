import { describe, expect, it } from 'vitest';
import { yearAwaitingSchedule } from './todo.service.js';

describe('next year’s holiday notice reminder', () => {
  it.each([
    ['2026-09-30', [2026], null],
    ['2026-10-01', [2026], 2027],
    ['2026-11-22', [2025, 2026], 2027],
    ['2026-11-22', [2026, 2027], null],
  ])('on %s with %o loaded → %s', (today, loaded, expected) => {
    expect(yearAwaitingSchedule(today, loaded)).toBe(expected);
  });
});
