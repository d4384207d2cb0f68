import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestClient, type TestPlatform } from '../support/platform.js';
import { testBackend } from '../support/test-database.js';

let platform: TestPlatform;
let officer: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  officer = await platform.signIn('qs.zhifa1');
});
afterAll(() => platform.close());

interface Hit {
  lawTitle: string;
  articleLabel: string;
  citationLabel: string;
  snippet: { text: string; marks: { start: number; length: number }[] };
}

async function search(q: string, extra = '') {
  return officer.get<{ items: Hit[] }>(`/api/laws/search?q=${encodeURIComponent(q)}${extra}`);
}

function marked(hit: Hit): string[] {
  return hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.start + m.length));
}

async function lawId(shortTitle: string): Promise<string> {
  const laws = (await officer.get('/api/laws')).body.items as { id: string; shortTitle: string }[];
  const law = laws.find((each) => each.shortTitle === shortTitle);
  if (!law) throw new Error(`${shortTitle} not in the library`);
  return law.id;
}

describe(`法律法规库 (${testBackend})`, () => {
  it('ships every statute file with its version and kind', async () => {
    const { status, body } = await officer.get('/api/laws');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(13);
    const byTitle = Object.fromEntries(
      body.items.map((law: { shortTitle: string }) => [law.shortTitle, law]),
    );
    expect(byTitle['道路运输条例']).toMatchObject({
      title: '中华人民共和国道路运输条例',
      kind: 'regulation',
      versions: [{ versionDate: '2023-07-20', effectiveFrom: '2023-07-20', effectiveTo: null }],
    });
    expect(byTitle['公路法'].kind).toBe('law');
    expect(byTitle['河南省治理货物运输车辆超限超载条例'].kind).toBe('localRegulation');
  });

  it('browses a law by chapter: 道路运输条例第六章 法律责任 holds 第六十三条 with its 3 项', async () => {
    const id = await lawId('道路运输条例');
    const { status, body } = await officer.get(`/api/laws/${id}/articles?on=2024-05-01`);
    expect(status).toBe(200);
    expect(body.version.versionDate).toBe('2023-07-20');
    expect(body.chapters.map((c: { title: string }) => c.title)).toContain('第六章 法律责任');
    const chapter6 = body.chapters.find((c: { title: string }) => c.title === '第六章 法律责任');
    const a63 = chapter6.sections[0].articles.find((a: { number: number }) => a.number === 63);
    expect(a63.label).toBe('第六十三条');
    expect(a63.paragraphs[0].items).toHaveLength(3);
    const chapter2 = body.chapters.find(
      (c: { title: string }) => c.title === '第二章 道路运输经营',
    );
    expect(chapter2.sections.map((s: { title: string }) => s.title)).toEqual([
      '第一节 客 运',
      '第二节 货 运',
      '第三节 客运和货运的共同规定',
    ]);
  });

  it('refuses to browse a date on which the law had no version in the library', async () => {
    const id = await lawId('道路运输条例');
    const { status, body } = await officer.get(`/api/laws/${id}/articles?on=2020-01-01`);
    expect(status).toBe(404);
    expect(body.error.message).toContain('2020-01-01没有有效的版本');
  });

  it('finds the two-character term 超限 in the articles that contain it, match marked', async () => {
    const { status, body } = await search('超限', '&limit=100');
    expect(status).toBe(200);
    const labels = body.items.map((hit) => hit.citationLabel);
    expect(labels).toContain('《公路法》第七十六条');
    expect(labels).toContain('《公路安全保护条例》第三十五条');
    expect(labels).not.toContain('《行政处罚法》第三十三条');
    for (const hit of body.items) expect(marked(hit)[0]).toBe('超限');
  });

  it('finds 营运 and a query of several terms only where all of them occur', async () => {
    const operating = await search('营运');
    expect(operating.body.items.length).toBeGreaterThan(0);
    for (const hit of operating.body.items) expect(marked(hit)).toContain('营运');
    const both = await search('超限 罚款', '&limit=100');
    const onlyOverload = await search('超限', '&limit=100');
    expect(both.body.items.length).toBeGreaterThan(0);
    expect(both.body.items.length).toBeLessThan(onlyOverload.body.items.length);
    for (const hit of both.body.items) expect(marked(hit).join()).toMatch(/超限/);
  });

  it('finds a longer term only where it is written as one (not its bigrams apart)', async () => {
    const { body } = await search('从事道路运输经营', '&limit=100');
    expect(body.items.length).toBeGreaterThan(0);
    for (const hit of body.items) expect(marked(hit)[0]).toBe('从事道路运输经营');
  });

  it.each([
    ['', '请输入要查找的词语'],
    ['超', '每个查找词至少2个字'],
    ['超限 罚', '每个查找词至少2个字'],
  ])('refuses the query %j with a message saying what to type', async (q, message) => {
    const { status, body } = await search(q);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((body as unknown as { error: { message: string } }).error.message).toContain(message);
  });

  it('shows the words of cited 条/款/项 in the version in force on the date', async () => {
    const refs = [
      '道路运输条例第六十三条第一项',
      '《中华人民共和国行政处罚法》第三十三条第二款',
      '公路法 第七十六条',
    ];
    const query = refs.map((ref) => `ref=${encodeURIComponent(ref)}`).join('&');
    const { status, body } = await officer.get(`/api/laws/cite?${query}&on=2024-03-01`);
    expect(status).toBe(200);
    expect(body.items).toMatchObject([
      {
        label: '《道路运输条例》第六十三条第一项',
        found: true,
        lawTitle: '中华人民共和国道路运输条例',
        versionDate: '2023-07-20',
        text: expect.stringMatching(/^（一）未取得道路运输经营许可，擅自从事道路普通货物运输经营/),
      },
      {
        citation: { law: '行政处罚法', article: 33, paragraph: 2 },
        found: true,
        text: '当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。',
      },
      { label: '《公路法》第七十六条', found: true, text: expect.stringContaining('（六）') },
    ]);
  });

  it('answers found: false for an article the library does not have, or before its version', async () => {
    const missing = await officer.get(
      `/api/laws/cite?ref=${encodeURIComponent('道路运输条例第二百条')}&ref=${encodeURIComponent('某某条例第一条')}`,
    );
    expect(missing.body.items.map((item: { found: boolean }) => item.found)).toEqual([
      false,
      false,
    ]);
    const before = await officer.get(
      `/api/laws/cite?ref=${encodeURIComponent('道路运输条例第六十三条')}&on=2023-07-19`,
    );
    expect(before.body.items[0]).toMatchObject({ found: false, text: '', versionDate: '' });
  });

  it('refuses a reference that is not a citation, naming it', async () => {
    const { status, body } = await officer.get(
      `/api/laws/cite?ref=${encodeURIComponent('第六十三条')}`,
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('无法识别的引用「第六十三条」');
  });

  it('is for signed-in users only', async () => {
    const { status } = await platform.anonymous().get('/api/laws/search?q=%E8%B6%85%E9%99%90');
    expect(status).toBe(401);
  });
});
