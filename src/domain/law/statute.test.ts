import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProvision, parseStatute, type Statute } from './statute.js';

const lawsDir = new URL('../../../laws/', import.meta.url);

function statute(fileName: string): Statute {
  return parseStatute(fileName, readFileSync(new URL(fileName, lawsDir), 'utf8'));
}

const roadTransport = statute('道路运输条例(2023-07-20).md');
const highway = statute('公路法(2017-11-04).md');
const penalty = statute('行政处罚法(2021-01-22).md');

function article(of: Statute, number: number) {
  const found = of.articles.find((each) => each.number === number);
  if (!found) throw new Error(`no article ${number}`);
  return found;
}

describe('parseStatute', () => {
  it('reads title, short title and version date from the heading and the file name', () => {
    expect(roadTransport).toMatchObject({
      title: '中华人民共和国道路运输条例',
      shortTitle: '道路运输条例',
      versionDate: '2023-07-20',
    });
    expect(highway.shortTitle).toBe('公路法');
  });

  it('道路运输条例第六十三条 has one 款 with 3 项 under 第六章 法律责任', () => {
    const a63 = article(roadTransport, 63);
    expect(a63.label).toBe('第六十三条');
    expect(a63.chapter).toBe('第六章 法律责任');
    expect(a63.paragraphs).toHaveLength(1);
    expect(a63.paragraphs[0]?.text).toMatch(/^违反本条例的规定，有下列情形之一的/);
    expect(a63.paragraphs[0]?.items).toHaveLength(3);
    expect(a63.paragraphs[0]?.items[2]).toMatch(
      /^（三）未取得道路运输经营许可，擅自从事道路危险货物/,
    );
  });

  it('公路法第七十六条 lists 6 项; 行政处罚法第三十三条 has 3 款 and no 项', () => {
    expect(article(highway, 76).paragraphs[0]?.items).toHaveLength(6);
    const a33 = article(penalty, 33);
    expect(a33.paragraphs.map((p) => p.items.length)).toEqual([0, 0, 0]);
    expect(a33.paragraphs[1]?.text).toBe(
      '当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。',
    );
  });

  it('道路运输条例第八条: 项 belong to the 款 before them, the next line is a new 款', () => {
    const a8 = article(roadTransport, 8);
    expect(a8.paragraphs.map((p) => p.items.length)).toEqual([3, 0]);
    expect(a8.section).toBe('第一节 客 运');
    expect(a8.text.split('\n')).toHaveLength(5);
  });

  it('numbers the articles of every shipped statute 1, 2, 3 … and skips the preamble', () => {
    for (const fileName of readdirSync(lawsDir).filter((name) => name.endsWith(').md'))) {
      const numbers = statute(fileName).articles.map((each) => each.number);
      expect(numbers, fileName).toEqual(numbers.map((_, index) => index + 1));
    }
    expect(article(penalty, 1).text).toMatch(/^为了规范行政处罚的设定和实施/);
  });

  it('公路安全保护条例第三十六条: 项 numbered with half-width (一) are 项 too', () => {
    const a36 = article(statute('公路安全保护条例(2011-03-07).md'), 36);
    expect(a36.paragraphs[0]?.items).toHaveLength(4);
    expect(a36.paragraphs[0]?.items[0]).toMatch(/^\(一\)跨省、自治区、直辖市进行超限运输的/);
  });

  it('reads a statute without chapters (河南省治理货物运输车辆超限超载条例)', () => {
    const henan = statute('河南省治理货物运输车辆超限超载条例(2018-06-04).md');
    expect(henan.chapters).toEqual([]);
    expect(article(henan, 2).chapter).toBeNull();
    expect(article(henan, 2).paragraphs).toHaveLength(3);
  });

  it('refuses a file name without the version date', () => {
    expect(() => parseStatute('道路运输条例.md', '# 道路运输条例\n第一条 条文')).toThrow(
      /简称\(YYYY-MM-DD\)/,
    );
  });
});

describe('findProvision', () => {
  it.each([
    [
      { law: '道路运输条例', article: 63, item: 1 },
      /^（一）未取得道路运输经营许可，擅自从事道路普通货物运输经营/,
    ],
    [{ law: '公路法', article: 76, item: 5 }, /^（五）违反本法第五十条规定，车辆超限使用汽车渡船/],
    [{ law: '行政处罚法', article: 33, paragraph: 3 }, /^对当事人的违法行为依法不予行政处罚的/],
    [
      { law: '道路运输条例', article: 8, paragraph: 1, item: 2 },
      /^（二）有符合本条例第九条规定条件的驾驶人员/,
    ],
    [{ law: '中华人民共和国行政处罚法', article: 33 }, /^违法行为轻微并及时改正[^]*进行教育。$/],
  ])('%o', (citation, expected) => {
    const byLaw = [roadTransport, highway, penalty];
    const found = byLaw.map((each) => findProvision(each, citation)).filter(Boolean);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('a 款 carries the 项 listed under it', () => {
    const text = findProvision(roadTransport, { law: '道路运输条例', article: 63, paragraph: 1 });
    expect(text?.split('\n')).toHaveLength(4);
  });

  it.each([
    ['no such article', { law: '道路运输条例', article: 200 }],
    ['no such 款', { law: '行政处罚法', article: 33, paragraph: 4 }],
    ['no such 项', { law: '道路运输条例', article: 63, item: 4 }],
    ['项 of an article without 项', { law: '行政处罚法', article: 33, item: 1 }],
  ])('null for %s', (_, citation) => {
    const of = citation.law === '行政处罚法' ? penalty : roadTransport;
    expect(findProvision(of, citation)).toBeNull();
  });

  it('null when the citation names another law', () => {
    expect(findProvision(highway, { law: '道路运输条例', article: 63 })).toBeNull();
  });
});
