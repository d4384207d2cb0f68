import { describe, expect, it } from 'vitest';
import { agencyImport } from './agency-import.js';
import { importTemplate } from './import.service.js';
import { officerImport } from './officer-import.js';
import { readSheet } from './sheet.js';

describe('import templates', () => {
  it.each([
    ['agencies', agencyImport],
    ['officers', officerImport],
  ] as const)('the %s template has every column and one example row', async (kind, spec) => {
    const columns = Object.values(spec.columns);

    const template = await importTemplate(kind);

    expect(template.fileName).toBe(`${spec.title}导入模板.xlsx`);
    const rows = await readSheet(
      template,
      columns.map((column) => column.header),
    );
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: Object.fromEntries(columns.map((column) => [column.header, column.example])),
      },
    ]);
  });
});
