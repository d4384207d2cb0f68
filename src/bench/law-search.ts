import { searchLaws } from '../modules/law/law.repository.js';
import { openPlatformDatabase } from '../platform.js';
import { percentile, type BenchResult } from './report.js';

const ROUNDS = 20;
const ON = '2026-06-01';

/** Terms people look for, common and rare, of two to four characters. */
const TERMS = [
  '超限',
  '超载',
  '营运',
  '罚款',
  '扣押',
  '吊销',
  '听证',
  '复议',
  '公路',
  '许可',
  '货运',
  '客运',
  '车辆',
  '拖离',
  '送达',
  '违法所得',
  '责令改正',
  '道路运输',
  '危险货物',
  '行政强制',
  '没收',
  '从轻',
  '减轻',
  '教育',
  '驾驶人员',
  '站场',
  '维修',
  '培训',
  '卸载',
  '证据',
  '超限运输',
  '公路桥梁',
  '移送',
  '强制执行',
  '申辩',
  '罚款 超限',
  '经营许可',
  '加处罚款',
];

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * A word search over the whole library (every law's version in force), next to the cheapest
 * read there is: one article by its primary key.
 */
export async function lawSearchBench(): Promise<BenchResult[]> {
  const database = await openPlatformDatabase({ kind: 'embedded-memory' });
  const { db } = database;
  const ids = (await db.selectFrom('lawArticle').select('id').execute()).map((row) => row.id);
  const byId = (i: number) =>
    db
      .selectFrom('lawArticle')
      .selectAll()
      .where('id', '=', ids[(i * 37) % ids.length] as string)
      .executeTakeFirstOrThrow();

  for (const term of TERMS) await searchLaws(db, term, 20, ON);
  const searches: number[] = [];
  const lookups: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, term] of TERMS.entries()) {
      searches.push(await timed(() => searchLaws(db, term, 20, ON)));
      lookups.push(await timed(() => byId(round * TERMS.length + i)));
    }
  }
  await database.close();
  return [
    {
      name: 'law-search',
      value: Number(percentile(searches, 95).toFixed(2)),
      unit: 'ms',
      baseline: Number(percentile(lookups, 95).toFixed(2)),
      baselineLabel: '按主键读取一条条文（p95）',
    },
  ];
}
