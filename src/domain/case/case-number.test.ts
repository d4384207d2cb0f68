import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.js';
import {
  caseNumberPatternProblems,
  formatCaseNumber,
  nextUnusedInRange,
  rangesOverlap,
} from './case-number.js';

const parts = { agencyShort: '蓝', year: 2026, serial: 17 };

describe('案号', () => {
  it.each([
    ['{agencyShort}交罚〔{year}〕第{serial}号', '蓝交罚〔2026〕第17号'],
    ['{agencyShort}交罚〔{year}〕{serial:4}号', '蓝交罚〔2026〕0017号'],
    ['{agencyShort}交罚〔{year}〕{serial:1}号', '蓝交罚〔2026〕17号'],
    ['{year}{agencyShort}路政{serial:6}', '2026蓝路政000017'],
  ])('执法文书式样（各文书载明案号，格式由本机关配置）：%s → %s', (pattern, expected) => {
    expect(caseNumberPatternProblems(pattern)).toEqual([]);
    expect(formatCaseNumber(pattern, parts)).toBe(expected);
  });

  it('执法文书式样（各文书载明案号）：序号超过位数时不截断', () => {
    expect(formatCaseNumber('〔{year}〕{serial:2}号', { ...parts, serial: 1234 })).toBe(
      '〔2026〕1234号',
    );
  });

  it.each([
    ['{agencyShort}交罚第{serial}号', ['案号格式须包含年份占位符 {year}']],
    ['{agencyShort}交罚〔{year}〕号', ['案号格式须包含序号占位符 {serial} 或 {serial:位数}']],
    [
      '{agency}交罚〔{year}〕第{serial}号',
      [
        '案号格式含未知占位符 {agency}，可用的占位符为 {agencyShort}、{year}、{serial}、{serial:位数（1–9）}',
      ],
    ],
    [
      '交罚〔{year}〕{serial:0}号',
      [
        '案号格式须包含序号占位符 {serial} 或 {serial:位数}',
        '案号格式含未知占位符 {serial:0}，可用的占位符为 {agencyShort}、{year}、{serial}、{serial:位数（1–9）}',
      ],
    ],
    ['交罚〔{year}〕{serial}号{', ['案号格式中的花括号不成对']],
  ])('执法文书式样（各文书载明案号）：拒绝格式 %s', (pattern, problems) => {
    expect(caseNumberPatternProblems(pattern)).toEqual(problems);
  });

  it('执法文书式样（各文书载明案号）：格式或序号无效时不生成案号', () => {
    expect(() => formatCaseNumber('交罚第{serial}号', parts)).toThrow(AppError);
    expect(() => formatCaseNumber('〔{year}〕{serial}号', { ...parts, serial: 0 })).toThrow(
      '案号序号须为正整数',
    );
  });
});

describe('当场处罚决定书编号段', () => {
  const batch = { series: '蓝交当罚', first: 1001, last: 1100 };

  it.each([
    ['相接不重叠', { series: '蓝交当罚', first: 1101, last: 1200 }, false],
    ['末号相同', { series: '蓝交当罚', first: 1100, last: 1200 }, true],
    ['完全包含', { series: '蓝交当罚', first: 1050, last: 1060 }, true],
    ['在前且重叠', { series: '蓝交当罚', first: 900, last: 1001 }, true],
    ['号段相同但系列不同', { series: '蓝交简罚', first: 1001, last: 1100 }, false],
  ])('行政处罚法第五十二条：%s', (_case, other, overlap) => {
    expect(rangesOverlap(batch, other)).toBe(overlap);
    expect(rangesOverlap(other, batch)).toBe(overlap);
  });

  it.each([
    ['尚未使用', [], 1001],
    ['跳过已用和作废的号码', [1001, 1002, 1004], 1003],
    ['只剩末号', Array.from({ length: 99 }, (_, index) => 1001 + index), 1100],
    ['已用完', Array.from({ length: 100 }, (_, index) => 1001 + index), null],
  ])('行政处罚法第五十二条：%s', (_case, used, next) => {
    expect(nextUnusedInRange(batch, new Set(used))).toBe(next);
  });
});
