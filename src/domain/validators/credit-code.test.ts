import { describe, expect, it } from 'vitest';
import { parseCreditCode } from './credit-code.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Independent of the implementation: weights computed as 3^i mod 31.
function withCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * (3 ** i % 31), 0);
  return first17 + CHARSET.charAt((31 - (sum % 31)) % 31);
}

describe('parseCreditCode', () => {
  it.each([
    '91350100M000100Y43',
    '9144030071526726XG',
    '914403001922038216',
    '91110000802100433B',
    '91310000MA1FL4B24G',
    '91110108551385082Q',
  ])('GB 32100-2015 已知有效代码 %s', (code) => {
    expect(parseCreditCode(code)).toEqual({ ok: true, value: { value: code, warnings: [] } });
  });

  it.each([
    ['12100000400000013', '7'],
    ['52430100MJ0000000', 'L'],
    ['Y1110000ABCDEFGHJ', 'R'],
    ['93430100MA4PQRTUW', 'M'],
  ])('GB 32100-2015 校验位: %s → %s', (first17, checkChar) => {
    expect(withCheckChar(first17)).toBe(first17 + checkChar);
    expect(parseCreditCode(first17 + checkChar)).toMatchObject({
      ok: true,
      value: { value: first17 + checkChar },
    });
  });

  it.each([
    ['91350100M000100Y44', '统一社会信用代码校验位错误：应为 3，实际为 4'],
    ['9144030071526726XH', '统一社会信用代码校验位错误：应为 G，实际为 H'],
    ['914403001922038210', '统一社会信用代码校验位错误：应为 6，实际为 0'],
  ])('GB 32100-2015 校验位错误: %s', (input, message) => {
    expect(parseCreditCode(input)).toEqual({ ok: false, message });
  });

  it.each(['I', 'O', 'S', 'V', 'Z', 'o', 's'])('GB 32100-2015 禁用字母 %s', (letter) => {
    expect(parseCreditCode(`91350100M${letter}00100Y43`)).toEqual({
      ok: false,
      message: `统一社会信用代码第10位为“${letter.toUpperCase()}”，统一社会信用代码不使用字母 I、O、S、V、Z`,
    });
  });

  it.each([
    ['9135010AM000100Y43', 8, 'A'],
    ['91M50100M000100Y43', 3, 'M'],
  ])('GB 32100-2015 第3–8位行政区划码含字母: %s', (input, position, ch) => {
    expect(parseCreditCode(input)).toEqual({
      ok: false,
      message: `统一社会信用代码第${position}位应为数字（第3–8位是行政区划码），实际为“${ch}”`,
    });
  });

  it('GB 32100-2015 非法字符', () => {
    expect(parseCreditCode('91350100M000100Y4号')).toEqual({
      ok: false,
      message: '统一社会信用代码第18位“号”不是有效字符，只能是数字或大写字母',
    });
  });

  it.each([
    ['９１３５０１００Ｍ０００１００Ｙ４３'],
    ['９１３５０１００ｍ０００１００ｙ４３'],
    [' 91350100-m000100y43 '],
    ['9135 0100 M000 100Y 43'],
    ['9135\u30000100－M000100Y43'],
  ])('GB 32100-2015 规范化: %j', (input) => {
    expect(parseCreditCode(input)).toEqual({
      ok: true,
      value: { value: '91350100M000100Y43', warnings: [] },
    });
  });

  it.each([
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
    ['', 0],
  ])('GB 32100-2015 长度错误: %j', (input, length) => {
    expect(parseCreditCode(input)).toEqual({
      ok: false,
      message: `统一社会信用代码应为18位，实际为${length}位`,
    });
  });

  it.each([
    ['91350100M000100Y56', '4', '5'],
    ['91350100M000100Y0N', '4', '0'],
  ])('GB 11714 组织机构代码校验位不符只产生警告: %s', (code, expected, actual) => {
    expect(parseCreditCode(code)).toEqual({
      ok: true,
      value: {
        value: code,
        warnings: [
          `第9–17位组织机构代码的校验位不符（应为 ${expected}，实际为 ${actual}），请核对证照原件`,
        ],
      },
    });
  });
});
