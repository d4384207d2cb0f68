import { describe, expect, it } from 'vitest';
import { parseIdNumber, upgradeLegacyIdNumber } from './id-number.js';

const TODAY = '2024-06-01';

// Independent of the implementation: weights as 2^(17−i) mod 11, check as (12 − S mod 11) mod 11.
function withCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (2 ** (17 - i) % 11), 0);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

describe('parseIdNumber', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female', '110105'],
    ['440524188001010014', '1880-01-01', 'male', '440524'],
    ['34052419800101001X', '1980-01-01', 'male', '340524'],
    ['110101199003072316', '1990-03-07', 'male', '110101'],
  ])('GB 11643-1999 已知有效号码 %s → %s %s', (input, birthDate, sex, regionCode) => {
    expect(parseIdNumber(input, TODAY)).toEqual({
      ok: true,
      value: { value: input, birthDate, sex, regionCode },
    });
  });

  it.each([
    ['43010220000229123', '0'],
    ['43010219991231456', '3'],
    ['65010120240601000', '5'],
    ['12010519700101998', '2'],
    ['53012319850615777', '8'],
    ['32010619870423103', 'X'],
  ])('GB 11643-1999 校验位: %s → %s', (first17, checkChar) => {
    expect(withCheckChar(first17)).toBe(first17 + checkChar);
    expect(parseIdNumber(first17 + checkChar, TODAY)).toMatchObject({
      ok: true,
      value: { value: first17 + checkChar },
    });
  });

  it.each([
    ['110105194912310023', '身份证号校验位错误：应为 X，实际为 3'],
    ['440524188001010015', '身份证号校验位错误：应为 4，实际为 5'],
    ['34052419800101001９', '身份证号校验位错误：应为 X，实际为 9'],
  ])('GB 11643-1999 校验位错误: %s', (input, message) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, message });
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    ['  11010519491231002X\t', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
  ])('GB 11643-1999 规范化: %j → %s', (input, value) => {
    expect(parseIdNumber(input, TODAY)).toMatchObject({ ok: true, value: { value } });
  });

  it.each(['19990229', '19000229', '20231301', '20230431', '20230100'])(
    'GB 11643-1999 出生日期 %s 不是真实日期',
    (date) => {
      const result = parseIdNumber(withCheckChar(`430102${date}123`), TODAY);
      expect(result).toEqual({
        ok: false,
        message: `身份证号第7–14位的出生日期 ${date} 不是有效日期`,
      });
    },
  );

  it('GB 11643-1999 出生日期晚于今天被拒绝', () => {
    expect(parseIdNumber(withCheckChar('43010220240602123'), TODAY)).toEqual({
      ok: false,
      message: '身份证号中的出生日期 2024-06-02 晚于今天（2024-06-01）',
    });
  });

  it('GB 11643-1999 未给出 today 时以上海当天为准', () => {
    expect(parseIdNumber(withCheckChar('43010229990101123'))).toMatchObject({ ok: false });
    expect(parseIdNumber('11010519491231002X')).toMatchObject({ ok: true });
  });

  it.each([
    ['1101051949123100', '身份证号应为18位，实际为16位'],
    ['11010519491231002X1', '身份证号应为18位，实际为19位'],
    ['110105491231002', '身份证号应为18位，实际为15位；15位旧号码请先升级为18位'],
    ['', '身份证号应为18位，实际为0位'],
  ])('GB 11643-1999 长度错误: %j', (input, message) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, message });
  });

  it.each([
    ['11010519A91231002X', '身份证号第9位应为数字，实际为“A”'],
    ['1101051949123100X2', '身份证号第17位应为数字，实际为“X”'],
    ['11010519491231002Y', '身份证号第18位应为数字或 X，实际为“Y”'],
    ['110105-9491231002X', '身份证号第7位应为数字，实际为“-”'],
  ])('GB 11643-1999 号码本体含非数字: %s', (input, message) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ ok: false, message });
  });
});

describe('upgradeLegacyIdNumber', () => {
  it.each([
    ['110105491231002', '11010519491231002X', '1949-12-31'],
    ['440524800101001', '440524198001010013', '1980-01-01'],
  ])('GB 11643-1999 15位升级: %s → %s', (fifteen, value, birthDate) => {
    expect(upgradeLegacyIdNumber(fifteen, TODAY)).toMatchObject({
      ok: true,
      value: { value, birthDate },
    });
  });

  it.each([
    ['11010549123100', '15位旧身份证号应为15位数字，实际为“11010549123100”'],
    ['11010549123100X', '15位旧身份证号应为15位数字，实际为“11010549123100X”'],
    ['110105490229002', '身份证号第7–14位的出生日期 19490229 不是有效日期'],
  ])('GB 11643-1999 15位升级被拒绝: %s', (fifteen, message) => {
    expect(upgradeLegacyIdNumber(fifteen, TODAY)).toEqual({ ok: false, message });
  });
});
