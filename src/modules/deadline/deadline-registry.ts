import type { DeadlineSource } from './deadline-source.js';

/** Every area that reports pending deadlines; the 督办 board asks each in turn. */
export const deadlineSources: readonly DeadlineSource[] = [];
