import { describe, expect, it } from 'vitest';
import { parsePlate } from './plate.js';

const EXTENDED = { extendedNewEnergyLetters: true };

describe('parsePlate', () => {
  it.each([
    ['湘A12345', 'ordinary'],
    ['京AF0236', 'ordinary'],
    ['琼Z9X8Y7', 'ordinary'],
    ['京AD12345', 'newEnergySmall'],
    ['沪AFA1234', 'newEnergySmall'],
    ['粤B12345D', 'newEnergyLarge'],
    ['粤B12345F', 'newEnergyLarge'],
    ['湘A1234挂', 'trailer'],
    ['湘A1234学', 'coach'],
    ['湘A1234警', 'police'],
    ['粤Z1234港', 'hongKong'],
    ['粤Z1234澳', 'macau'],
    ['沪A1234领', 'consulate'],
    ['使014578', 'embassy'],
  ])('GA 36-2018 号牌 %s → %s', (plate, kind) => {
    expect(parsePlate(plate)).toEqual({ ok: true, value: { value: plate, kind } });
  });

  it.each([
    [' 湘A·12345 ', '湘A12345'],
    ['湘 a 12b45', '湘A12B45'],
    ['湘Ａ１２３４５', '湘A12345'],
    ['京A・D12345', '京AD12345'],
  ])('GA 36-2018 规范化: %j → %s', (input, value) => {
    expect(parsePlate(input)).toMatchObject({ ok: true, value: { value } });
  });

  it.each(['港A12345', 'XA12345', 'A123456', '湖A12345'])(
    'GA 36-2018 首字不是省份简称: %j',
    (input) => {
      expect(parsePlate(input)).toEqual({
        ok: false,
        message: `车牌号首字应为省份简称，如“湘”，实际为“${input.charAt(0)}”`,
      });
    },
  );

  it.each([
    ['湘A1O345', 4, 'O'],
    ['湘AI2345', 3, 'I'],
    ['湘A1234O', 7, 'O'],
    ['京ADI1234', 4, 'I'],
  ])('GA 36-2018 序号不使用 I、O: %s', (input, position, letter) => {
    expect(parsePlate(input)).toEqual({
      ok: false,
      message: `车牌号第${position}位为“${letter}”，号牌序号不使用字母 I 和 O，请核对是否为数字 1 或 0`,
    });
  });

  it.each([
    [' · ', '请填写车牌号'],
    ['湘A1234', '车牌号应为7位（新能源车为8位），实际为6位'],
    ['湘A1234567', '车牌号应为7位（新能源车为8位），实际为9位'],
    ['湘112345', '车牌号第2位应为发牌机关代号（大写字母），实际为“1”'],
    ['湘A1234军', '车牌号末位“军”无效，应为数字、字母或挂、学、警、港、澳、领'],
    ['湘A12挂45', '车牌号第5位“挂”无效，应为数字或字母'],
    ['使01457', '使馆号牌应为“使”＋6位数字，如“使014578”'],
    ['粤B1234AD', '新能源大型车号牌应为省份简称＋字母＋5位数字＋D/F，如“粤B12345D”'],
    ['京AD1234A', '新能源小型车号牌应为省份简称＋字母＋D/F＋1位字母或数字＋4位数字，如“湘AD12345”'],
  ])('GA 36-2018 格式错误: %s', (input, message) => {
    expect(parsePlate(input)).toEqual({ ok: false, message });
  });

  it.each(['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K'])(
    'GA 36-2018 新能源扩展字母 %s 仅在开启后有效',
    (letter) => {
      const plate = `京A${letter}12345`;
      expect(parsePlate(plate)).toEqual({
        ok: false,
        message: `新能源车牌第3位“${letter}”为扩展字母，目前只允许 D（纯电动）或 F（非纯电动）`,
      });
      expect(parsePlate(plate, EXTENDED)).toEqual({
        ok: true,
        value: { value: plate, kind: 'newEnergySmall' },
      });
    },
  );

  it.each(['L', 'M', 'X'])('GA 36-2018 新能源字母 %s 开启扩展后仍无效', (letter) => {
    expect(parsePlate(`京A${letter}12345`, EXTENDED)).toMatchObject({ ok: false });
  });

  it('GA 36-2018 开启扩展后 D/F 与大型车仍有效', () => {
    expect(parsePlate('京AD12345', EXTENDED)).toMatchObject({ value: { kind: 'newEnergySmall' } });
    expect(parsePlate('粤B12345D', EXTENDED)).toMatchObject({ value: { kind: 'newEnergyLarge' } });
  });
});
