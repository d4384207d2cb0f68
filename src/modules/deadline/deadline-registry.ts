import { decisionDeadlines } from '../decision/decision-deadlines.js';
import { noticeDeadlines } from '../notice/notice-deadlines.js';
import { investigationDeadlineSource } from '../investigation/investigation-deadlines.js';
import { transferDeadlines } from '../transfer/transfer-deadlines.js';
import { serviceDeadlines } from '../service/service-deadlines.js';
import { executionDeadlines } from '../execution/execution-deadlines.js';
import type { DeadlineSource } from './deadline-source.js';

/** Every area that reports pending deadlines; the 督办 board asks each in turn. */
export const deadlineSources: readonly DeadlineSource[] = [
  decisionDeadlines,
  noticeDeadlines,
  investigationDeadlineSource,
  transferDeadlines,
  serviceDeadlines,
  executionDeadlines,
];
