import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_DATA_ROWS, MAX_UPLOAD_BYTES, readSheet, writeSheet, type SheetFile } from './sheet.js';

async function xlsx(fill: (worksheet: ExcelJS.Worksheet) => void): Promise<SheetFile> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('导入'));
  workbook.addWorksheet('说明').addRow(['其他工作表不读取']);
  return { fileName: '人员.XLSX', content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

function csv(text: string): SheetFile {
  return { fileName: '人员.csv', content: Buffer.from(text, 'utf8') };
}

function rejection(message: string) {
  return { code: 'IMPORT_REJECTED', userMessage: expect.stringContaining(message) };
}

describe('readSheet from .xlsx', () => {
  it('takes the first non-empty row as header and reports spreadsheet row numbers', async () => {
    const file = await xlsx((sheet) => {
      sheet.getRow(3).values = [' 姓名 ', '身份证号', '', '备注'];
      sheet.getRow(4).values = ['  张三 ', '430102199001011234'];
      sheet.getRow(5).values = ['', '   '];
      sheet.getRow(7).values = ['李四', '', '', '调入'];
    });
    expect(await readSheet(file, ['姓名', '身份证号'])).toEqual([
      { rowNumber: 4, cells: { 姓名: '张三', 身份证号: '430102199001011234', 备注: '' } },
      { rowNumber: 7, cells: { 姓名: '李四', 身份证号: '', 备注: '调入' } },
    ]);
  });

  it('turns every kind of cell into the text a person sees', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['日期', '大数', '小数', '富文本', '公式', '链接', '布尔']);
      sheet.addRow([
        new Date('2026-02-28T16:30:00Z'),
        1e21,
        0.0000001,
        { richText: [{ text: '执法' }, { text: '大队 ', font: { bold: true } }] },
        { formula: 'B2*2', result: 13800138000 },
        { text: '临江交通', hyperlink: 'https://example.cn' },
        true,
      ]);
    });
    const [row] = await readSheet(file, []);
    expect(row?.cells).toEqual({
      日期: '2026-03-01',
      大数: '1000000000000000000000',
      小数: '0.0000001',
      富文本: '执法大队',
      公式: '13800138000',
      链接: '临江交通',
      布尔: 'true',
    });
  });
});

describe('readSheet from .csv', () => {
  it('reads UTF-8 with a BOM, quoted commas and long digit strings as text', async () => {
    const file = csv(
      '\uFEFF姓名,身份证号,执法门类\r\n张三,430102199001011234,"路政,运政"\r\n\r\n李四,11010519491231002X,综合\r\n',
    );
    expect(await readSheet(file, ['姓名', '身份证号'])).toEqual([
      {
        rowNumber: 2,
        cells: { 姓名: '张三', 身份证号: '430102199001011234', 执法门类: '路政,运政' },
      },
      { rowNumber: 4, cells: { 姓名: '李四', 身份证号: '11010519491231002X', 执法门类: '综合' } },
    ]);
  });

  it('refuses a CSV that is not UTF-8, such as one saved as GBK', async () => {
    const gbkHeader = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]);
    await expect(readSheet({ fileName: 'a.csv', content: gbkHeader }, [])).rejects.toMatchObject(
      rejection('CSV UTF-8'),
    );
  });
});

describe('readSheet refuses files it cannot import', () => {
  it.each([
    ['an old .xls workbook', { fileName: '人员.xls', content: Buffer.from('x') }, '.xlsx 或 .csv'],
    ['a file without extension', { fileName: '人员', content: Buffer.from('x') }, '.xlsx 或 .csv'],
    ['a damaged .xlsx', { fileName: '人员.xlsx', content: Buffer.from('not a zip') }, '无法读取'],
    [
      'a file over 5 MB',
      { fileName: '人员.csv', content: Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20) },
      '超过 5 MB',
    ],
    ['an empty file', csv(''), '文件是空的'],
    ['a header without data', csv('姓名,身份证号\n,\n'), '没有数据行'],
    ['a repeated header', csv('姓名,姓名\n张三,李四\n'), '表头“姓名”出现了不止一次'],
  ])('%s', async (_case, file, message) => {
    await expect(readSheet(file, [])).rejects.toMatchObject(rejection(message));
  });

  it('names every missing required header', async () => {
    await expect(
      readSheet(csv('姓名,备注\n张三,\n'), ['姓名', '身份证号', '所属机构']),
    ).rejects.toMatchObject(rejection('缺少必需的列：身份证号、所属机构'));
  });

  it(`refuses more than ${MAX_DATA_ROWS} data rows`, async () => {
    const rows = Array.from({ length: MAX_DATA_ROWS + 1 }, (_, index) => `人员${index}`);
    await expect(readSheet(csv(['姓名', ...rows].join('\n')), [])).rejects.toMatchObject(
      rejection(`本文件有 ${MAX_DATA_ROWS + 1} 行`),
    );
  });

  it(`accepts exactly ${MAX_DATA_ROWS} data rows`, async () => {
    const rows = Array.from({ length: MAX_DATA_ROWS }, (_, index) => `人员${index}`);
    expect(await readSheet(csv(['姓名', ...rows].join('\n')), [])).toHaveLength(MAX_DATA_ROWS);
  });
});

describe('writeSheet', () => {
  it('writes a workbook that readSheet reads back unchanged', async () => {
    const content = await writeSheet(
      '模板',
      ['身份证号', '行政区划代码'],
      [['11010519491231002X', '001100']],
    );
    expect(await readSheet({ fileName: '模板.xlsx', content }, ['身份证号'])).toEqual([
      { rowNumber: 2, cells: { 身份证号: '11010519491231002X', 行政区划代码: '001100' } },
    ]);
  });
});
