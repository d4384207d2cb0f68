import { describe, expect, it } from 'vitest';
import { creditCodeSchema, idNumberSchema, plateSchema } from './zod.js';

describe.each([
  [
    'idNumberSchema',
    idNumberSchema,
    '11010519491231002x',
    '11010519491231002X',
    '110105194912310023',
    '身份证号校验位错误：应为 X，实际为 3',
  ],
  [
    'creditCodeSchema',
    creditCodeSchema,
    '９１３５０１００Ｍ０００１００Ｙ４３',
    '91350100M000100Y43',
    '91350100M000100Y4',
    '统一社会信用代码应为18位，实际为17位',
  ],
  [
    'plateSchema',
    plateSchema,
    '湘a·12345',
    '湘A12345',
    '港A12345',
    '车牌号首字应为省份简称，如“湘”，实际为“港”',
  ],
])('%s', (_name, schema, input, normalized, badInput, message) => {
  it('输出规范化后的字符串', () => {
    expect(schema.parse(input)).toBe(normalized);
  });

  it('校验失败时给出中文提示', () => {
    const result = schema.safeParse(badInput);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('拒绝非字符串输入', () => {
    expect(schema.safeParse(18).success).toBe(false);
  });
});
