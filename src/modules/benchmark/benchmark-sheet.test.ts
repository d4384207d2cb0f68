import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../domain/discretion/benchmark.js';
import { seedBenchmarks } from '../../domain/discretion/seed/benchmarks.js';
import { seedViolationTypes } from '../../domain/discretion/seed/violation-types.js';
import { writeSheet, type SheetFile } from '../import/sheet.js';
import {
  benchmarkColumns,
  readBenchmarkSheet,
  writeBenchmarkSheet,
  type CatalogueViolation,
} from './benchmark-sheet.js';

const unlicensed: CatalogueViolation = {
  code: 'RT-63-1',
  name: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
  rules: [
    {
      effectiveFrom: '2019-03-02',
      effectiveTo: '2023-07-19',
      value: {
        violated: [{ law: '道路运输条例', article: 24 }],
        penaltyBasis: [{ law: '道路运输条例', article: 64 }],
      },
    },
    {
      effectiveFrom: '2023-07-20',
      value: {
        violated: [{ law: '道路运输条例', article: 24 }],
        penaltyBasis: [{ law: '道路运输条例', article: 63, item: 1 }],
      },
    },
  ],
};

const overweight: CatalogueViolation = {
  code: 'HS-64-W',
  name: '车辆总质量超过限定标准在公路上行驶',
  rules: [
    {
      effectiveFrom: '2011-07-01',
      value: {
        violated: [
          { law: '公路安全保护条例', article: 33, paragraph: 1 },
          { law: '公路安全保护条例', article: 35 },
        ],
        penaltyBasis: [{ law: '公路安全保护条例', article: 64 }],
      },
    },
  ],
};

const catalogue = [unlicensed, overweight];
const issuer = '某省交通运输厅';

const unlicensedBefore2023: Benchmark = {
  violationCode: 'RT-63-1',
  version: 1,
  effectiveFrom: '2020-01-01',
  effectiveTo: '2023-07-19',
  issuer,
  tiers: [
    {
      name: '一般',
      circumstance: '首次被查处且违法所得不足2万元的',
      when: {
        all: [
          { fact: 'priorViolations', op: 'eq', value: 0 },
          { fact: 'illegalGainsFen', op: 'lt', value: 2_000_000 },
        ],
      },
      penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 300_000, maxFen: 600_000 } },
    },
    {
      name: '严重',
      circumstance: '',
      when: { all: [] },
      penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 600_000, maxFen: 1_000_000 } },
    },
  ],
};

const unlicensedSince2023: Benchmark = {
  violationCode: 'RT-63-1',
  version: 2,
  effectiveFrom: '2023-07-20',
  effectiveTo: null,
  issuer,
  tiers: [
    {
      name: '较轻',
      circumstance: '及时改正且未造成危害后果的',
      when: {
        all: [
          { flag: 'correctedInTime', is: true },
          { flag: 'harmCaused', is: false },
        ],
      },
      penalty: { kinds: ['fine'], fine: { basis: 'amount', minFen: 300_000, maxFen: 450_050 } },
    },
    {
      name: '较重',
      circumstance: '违法所得超过2万元，或者两年内再次被查处的',
      when: {
        any: [
          { fact: 'illegalGainsFen', op: 'gt', value: 2_000_000 },
          { fact: 'priorViolations', op: 'gte', value: 1 },
        ],
      },
      penalty: {
        kinds: ['illegalGainsConfiscation', 'fine'],
        fine: { basis: 'gainsMultiple', min: 2, max: 5 },
      },
    },
  ],
};

const overweightBenchmark: Benchmark = {
  violationCode: 'HS-64-W',
  version: 1,
  effectiveFrom: '2021-06-01',
  effectiveTo: null,
  issuer: '某省交通运输厅 某省公安厅',
  tiers: [
    {
      name: '按超限吨数计罚',
      circumstance: '超限运输车辆行驶公路管理规定第四十三条',
      when: { all: [] },
      penalty: {
        kinds: ['fine'],
        fine: {
          basis: 'perExcessTonne',
          fenPerTonne: 50_000,
          warningUpToKg: 1_000,
          capFen: 3_000_000,
        },
      },
    },
  ],
};

const entries = [
  { benchmark: unlicensedBefore2023, violation: unlicensed },
  { benchmark: unlicensedSince2023, violation: unlicensed },
  { benchmark: overweightBenchmark, violation: overweight },
];

const headers = Object.values(benchmarkColumns).map((column) => column.header);

async function writtenFile(): Promise<SheetFile> {
  return { fileName: '裁量基准.xlsx', content: await writeBenchmarkSheet(entries) };
}

async function writtenRows(file: SheetFile): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(file.content).buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(headers.map((_, index) => String(row.getCell(index + 1).value ?? '')));
  });
  return rows;
}

describe('writeBenchmarkSheet', () => {
  it('一个阶次一行，先是各省公布的列，再是引擎所需的列', async () => {
    const [header, ...rows] = await writtenRows(await writtenFile());
    expect(header).toEqual([
      '序号',
      '违法行为',
      '违反条款',
      '处罚依据',
      '违法程度',
      '情形',
      '处罚标准',
      '违法行为编码',
      '适用条件',
      '版本',
      '生效日期',
      '失效日期',
      '发布机关',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[3]).toEqual([
      '2',
      unlicensed.name,
      '《道路运输条例》第二十四条',
      '《道路运输条例》第六十三条第一项',
      '较重',
      '违法所得超过2万元，或者两年内再次被查处的',
      '没收违法所得，并处违法所得2倍以上5倍以下的罚款',
      'RT-63-1',
      '违法所得>20000元 或 此前同类违法次数≥1次',
      '2',
      '2023-07-20',
      '',
      issuer,
    ]);
  });

  it('违反条款和处罚依据取基准生效之日施行的规定（行政处罚法第三十四条）', async () => {
    const [, first, , , , fifth] = await writtenRows(await writtenFile());
    expect(first?.slice(2, 4)).toEqual([
      '《道路运输条例》第二十四条',
      '《道路运输条例》第六十四条',
    ]);
    expect(fifth?.slice(2, 4)).toEqual([
      '《公路安全保护条例》第三十三条第一款、《公路安全保护条例》第三十五条',
      '《公路安全保护条例》第六十四条',
    ]);
  });
});

describe('readBenchmarkSheet', () => {
  it('写出的裁量基准读回后完全相同', async () => {
    expect(await readBenchmarkSheet(await writtenFile(), catalogue)).toEqual({
      benchmarks: [unlicensedBefore2023, unlicensedSince2023, overweightBenchmark],
      tierRows: [[2, 3], [4, 5], [6]],
      issues: [],
    });
  });

  it('示例基准写出再读回，与原来完全相同', async () => {
    const seedEntries = seedBenchmarks.map((benchmark) => {
      const violation = seedViolationTypes.find((type) => type.code === benchmark.violationCode);
      if (!violation) throw new Error(`示例基准 ${benchmark.violationCode} 不在示例目录中`);
      return { benchmark, violation };
    });
    const file = { fileName: '示例基准.xlsx', content: await writeBenchmarkSheet(seedEntries) };
    const { benchmarks, issues } = await readBenchmarkSheet(file, seedViolationTypes);
    expect({ benchmarks, issues }).toEqual({
      benchmarks: seedBenchmarks.map((benchmark) => ({
        ...benchmark,
        effectiveTo: benchmark.effectiveTo ?? null,
      })),
      issues: [],
    });
  });

  it('没有编码时按违法行为名称查找，条款可省略重复的法规名称', async () => {
    const file = await sheetOf([
      {
        ...goodRow,
        违法行为编码: '',
        违反条款: '《公路安全保护条例》第三十三条第一款、第三十五条',
        处罚依据: '公路安全保护条例第六十四条',
      },
    ]);
    expect(await readBenchmarkSheet(file, catalogue)).toEqual({
      benchmarks: [
        {
          ...overweightBenchmark,
          issuer,
          tiers: [{ ...overweightBenchmark.tiers[0], name: '一般', circumstance: '' }],
        },
      ],
      tierRows: [[2]],
      issues: [],
    });
  });

  it('有误的行逐行报告行号、列名和原因，且不返回任何基准', async () => {
    const file = await sheetOf([
      goodRow,
      { ...goodRow, 违法行为编码: 'XX-1', 违法程度: '较重' },
      { ...goodRow, 违反条款: '《公路安全保护条例》第三十四条', 违法程度: '较重' },
      { ...goodRow, 处罚标准: '罚款若干', 违法程度: '较重' },
      { ...goodRow, 适用条件: '态度恶劣', 违法程度: '较重' },
      { ...goodRow, 违法程度: '' },
      { ...goodRow, 生效日期: '2021/6/1', 违法程度: '较重' },
      { ...goodRow, 违法程度: '一般', 情形: '重复的阶次' },
      { ...goodRow, 违法程度: '严重', 发布机关: '某市交通运输局', 失效日期: '2030-12-31' },
      { ...goodRow, 处罚依据: '第六十四条', 违法程度: '较重' },
      { ...goodRow, 违法行为: '超限运输', 违法程度: '较重' },
      { ...goodRow, 版本: '第一版', 违法程度: '较重' },
      { ...goodRow, 失效日期: '2020-01-01', 违法程度: '较重' },
    ]);
    const { benchmarks, tierRows, issues } = await readBenchmarkSheet(file, catalogue);
    expect({ benchmarks, tierRows }).toEqual({ benchmarks: [], tierRows: [] });
    expect(issues.map(({ rowNumber, column, message }) => [rowNumber, column, message])).toEqual([
      [3, '违法行为编码', '违法行为目录中没有编码「XX-1」'],
      [4, '违反条款', expect.stringContaining('违反条款与违法行为目录不一致')],
      [5, '处罚标准', expect.stringContaining('无法识别处罚标准中的「罚款若干」')],
      [6, '适用条件', expect.stringContaining('无法识别「态度恶劣」')],
      [7, '违法程度', expect.stringContaining('请填写违法程度')],
      [8, '生效日期', expect.stringContaining('生效日期应为 YYYY-MM-DD 格式的日期')],
      [9, '违法程度', '违法程度「一般」在同一基准（HS-64-W 第1版）中重复，第2行已有'],
      [10, '失效日期', expect.stringContaining('各行的失效日期应一致，第2行为「」')],
      [10, '发布机关', `同一基准（HS-64-W 第1版）各行的发布机关应一致，第2行为「${issuer}」`],
      [11, '处罚依据', expect.stringContaining('无法识别条款「第六十四条」')],
      [12, '违法行为', expect.stringContaining('与本行填写的「超限运输」不一致')],
      [13, '版本', '版本应为正整数，如「1」，不是「第一版」'],
      [14, '失效日期', '失效日期2020-01-01早于生效日期2021-06-01'],
    ]);
  });

  it('基准生效之日没有施行中的规定时，无法核对条款', async () => {
    const file = await sheetOf([{ ...goodRow, 生效日期: '2010-01-01' }]);
    const { issues } = await readBenchmarkSheet(file, catalogue);
    expect(issues).toEqual([
      {
        rowNumber: 2,
        column: '生效日期',
        message: expect.stringContaining('在2010-01-01没有施行中的规定'),
      },
    ]);
  });

  it('缺少适用条件列的表格整体退回', async () => {
    const file: SheetFile = {
      fileName: '裁量基准.xlsx',
      content: await writeSheet('裁量基准', ['违法行为', '违法程度'], [['超限运输', '一般']]),
    };
    await expect(readBenchmarkSheet(file, catalogue)).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      userMessage: expect.stringContaining('适用条件'),
    });
  });
});

type SheetCells = Record<(typeof headers)[number], string>;

const goodRow: SheetCells = {
  序号: '1',
  违法行为: overweight.name,
  违反条款: '《公路安全保护条例》第三十三条第一款、《公路安全保护条例》第三十五条',
  处罚依据: '《公路安全保护条例》第六十四条',
  违法程度: '一般',
  情形: '',
  处罚标准: '每超限1000千克罚款500元，最高30000元；超限1000千克以内的予以警告',
  违法行为编码: 'HS-64-W',
  适用条件: '一般情形',
  版本: '1',
  生效日期: '2021-06-01',
  失效日期: '',
  发布机关: issuer,
};

async function sheetOf(rows: SheetCells[]): Promise<SheetFile> {
  const cells = rows.map((row) => headers.map((header) => row[header] ?? ''));
  return { fileName: '裁量基准.xlsx', content: await writeSheet('裁量基准', headers, cells) };
}
