import { describe, expect, it } from 'vitest';
import { searchGrams, searchQueryProblem, searchSnippet, searchTerms } from './law-search.js';

describe('searchGrams', () => {
  it('indexes every two-character term of the text once, none across a space', () => {
    expect(searchGrams('车辆超限超限 行驶')).toEqual(['车辆', '辆超', '超限', '限超', '行驶']);
  });

  it('folds Latin letters to lower case, as the database does', () => {
    expect(searchGrams('GB1589')).toContain('gb');
  });

  it('holds the bigrams of 超限 for 公路法第七十六条第五项', () => {
    const item = '（五）违反本法第五十条规定，车辆超限使用汽车渡船或者在公路上擅自超限行驶的；';
    expect(searchGrams(item)).toEqual(expect.arrayContaining(['超限', '汽车', '渡船']));
  });
});

describe('search queries', () => {
  it.each([
    ['超限', ['超限']],
    ['  超限   罚款 超限', ['超限', '罚款']],
    ['GB1589', ['gb1589']],
  ])('%j → terms %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
    expect(searchQueryProblem(query)).toBeNull();
  });

  it.each([
    ['', '请输入要查找的词语'],
    ['   ', '请输入要查找的词语'],
    ['超', '每个查找词至少2个字（多个词用空格分开）'],
    ['超限 罚', '每个查找词至少2个字（多个词用空格分开）'],
  ])('refuses %j: %s', (query, problem) => {
    expect(searchQueryProblem(query)).toBe(problem);
  });
});

describe('searchSnippet', () => {
  const text =
    '车辆载运不可解体物品，车货总体的外廓尺寸或者总质量超过公路、公路桥梁、公路隧道的限载、限高、限宽、限长标准，确需在公路、公路桥梁、公路隧道行驶的，从事运输的单位和个人应当向公路管理机构申请公路超限运输许可。';

  it('cuts the text around the first match and marks every match of every term in it', () => {
    const snippet = searchSnippet(text, ['超限', '公路桥梁'], 40);
    expect(snippet.text).toHaveLength(40);
    expect(snippet.text).toContain('超限运输许可');
    const marked = snippet.marks.map((m) => snippet.text.slice(m.start, m.start + m.length));
    expect(marked).toContain('超限');
    expect(marked.every((word) => word === '超限' || word === '公路桥梁')).toBe(true);
  });

  it('keeps a short text whole', () => {
    expect(searchSnippet('未取得道路运输经营许可', ['经营'])).toEqual({
      text: '未取得道路运输经营许可',
      marks: [{ start: 7, length: 2 }],
    });
  });
});
