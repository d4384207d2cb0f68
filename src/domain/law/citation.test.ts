import { describe, expect, it } from 'vitest';
import { formatCitation, normaliseLawName, parseCitation, type Citation } from './citation.js';

describe('formatCitation', () => {
  it.each<[Citation, string]>([
    [{ law: '道路运输条例', article: 63, item: 1 }, '《道路运输条例》第六十三条第一项'],
    [{ law: '行政处罚法', article: 33, paragraph: 2 }, '《行政处罚法》第三十三条第二款'],
    [{ law: '公路法', article: 76 }, '《公路法》第七十六条'],
    [
      { law: '道路运输条例', article: 10, paragraph: 1, item: 3 },
      '《道路运输条例》第十条第一款第三项',
    ],
    [{ law: '安全生产法', article: 110 }, '《安全生产法》第一百一十条'],
    [{ law: '安全生产法', article: 101 }, '《安全生产法》第一百零一条'],
  ])('%o → %s', (citation, text) => {
    expect(formatCitation(citation)).toBe(text);
  });
});

describe('parseCitation', () => {
  it.each<[string, Citation]>([
    ['道路运输条例第六十三条第一项', { law: '道路运输条例', article: 63, item: 1 }],
    [
      '《中华人民共和国道路运输条例》第六十三条第二款',
      { law: '道路运输条例', article: 63, paragraph: 2 },
    ],
    ['道路运输条例 第六十三条 第一项', { law: '道路运输条例', article: 63, item: 1 }],
    ['《行政处罚法》 第三十三条', { law: '行政处罚法', article: 33 }],
    ['公路法第76条第5项', { law: '公路法', article: 76, item: 5 }],
    [
      '《安全生产法》第一百一十条第一款第二项',
      { law: '安全生产法', article: 110, paragraph: 1, item: 2 },
    ],
    [
      '河南省治理货物运输车辆超限超载条例第二十条',
      { law: '河南省治理货物运输车辆超限超载条例', article: 20 },
    ],
  ])('%s', (text, citation) => {
    expect(parseCitation(text)).toEqual(citation);
  });

  it.each([
    '',
    '道路运输条例',
    '第六十三条',
    '道路运输条例第零条',
    '道路运输条例第六十三条之一',
    '道路运输条例第六十三项',
  ])('null for %j', (text) => {
    expect(parseCitation(text)).toBeNull();
  });

  it('reads back what formatCitation wrote', () => {
    const citation = { law: '行政强制法', article: 28, paragraph: 1, item: 4 };
    expect(parseCitation(formatCitation(citation))).toEqual(citation);
  });
});

describe('normaliseLawName', () => {
  it.each([
    ['《中华人民共和国公路法》', '公路法'],
    ['中华人民共和国 行政处罚法', '行政处罚法'],
    ['公路安全保护条例', '公路安全保护条例'],
  ])('%s → %s', (name, short) => {
    expect(normaliseLawName(name)).toBe(short);
  });
});
