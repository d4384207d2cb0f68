import { describe, expect, it } from 'vitest';
import { checkLimitation, lastDayOfLimitation, type HarmCategory } from './limitation.js';

describe('行政处罚法第三十六条：追责时效', () => {
  it.each([
    ['二年届满当日发现，仍可处罚', '2021-03-10', '2023-03-10', 'none', false],
    ['二年届满次日发现，不再处罚', '2021-03-10', '2023-03-11', 'none', true],
    ['二年届满前一日发现，仍可处罚', '2021-03-10', '2023-03-09', 'none', false],
    ['当日发现', '2021-03-10', '2021-03-10', 'none', false],
    ['连续或继续状态：从行为终了之日起算', '2022-12-31', '2024-12-31', 'none', false],
    ['继续状态中发现（发现日早于终了日）', '2024-06-30', '2024-01-15', 'none', false],
    ['闰日行为：二年后无对应日，以月末日为最后一日', '2024-02-29', '2026-02-28', 'none', false],
    ['闰日行为：月末日次日发现，不再处罚', '2024-02-29', '2026-03-01', 'none', true],
    [
      '生命健康安全且有危害后果：五年届满当日',
      '2019-05-20',
      '2024-05-20',
      'lifeHealthWithHarm',
      false,
    ],
    [
      '生命健康安全且有危害后果：五年届满次日',
      '2019-05-20',
      '2024-05-21',
      'lifeHealthWithHarm',
      true,
    ],
    [
      '金融安全且有危害后果：第三年发现仍可处罚',
      '2019-05-20',
      '2022-01-01',
      'financialWithHarm',
      false,
    ],
    ['金融安全且有危害后果：五年届满次日', '2019-05-20', '2024-05-21', 'financialWithHarm', true],
    ['无危害后果的只适用二年', '2019-05-20', '2022-01-01', 'none', true],
  ] as const satisfies readonly (readonly [string, string, string, HarmCategory, boolean])[])(
    '行政处罚法第三十六条：%s（行为 %s，发现 %s，%s）',
    (_case, actEndDate, discoveryDate, harmCategory, expired) => {
      const violation = checkLimitation({ actEndDate, discoveryDate, harmCategory });
      expect(violation !== null).toBe(expired);
      if (violation) {
        expect(violation.code).toBe('LIMITATION_EXPIRED');
        expect(violation.article).toBe('行政处罚法第三十六条');
        expect(violation.message).toContain('行政处罚法第三十六条');
      }
    },
  );

  it.each([
    ['记录了法律另有规定的依据，解除时效限制', '税收征收管理法第八十六条', null],
    ['依据为空白，不解除时效限制', '  ', 'LIMITATION_EXPIRED'],
  ] as const)('行政处罚法第三十六条（法律另有规定的除外）：%s', (_case, basis, code) => {
    const facts = {
      actEndDate: '2015-01-01',
      discoveryDate: '2024-01-01',
      harmCategory: 'none',
      exception: { basis },
    } as const;
    expect(checkLimitation(facts)?.code ?? null).toBe(code);
  });

  it.each([
    ['none', '2023-03-10'],
    ['lifeHealthWithHarm', '2026-03-10'],
    ['financialWithHarm', '2026-03-10'],
  ] as const)('行政处罚法第三十六条：%s 的最后一日是 %s', (harmCategory, lastDay) => {
    expect(
      lastDayOfLimitation({ actEndDate: '2021-03-10', discoveryDate: '2021-03-10', harmCategory }),
    ).toBe(lastDay);
  });

  it('行政处罚法第三十六条：提示写明期限、发现日和如何记录例外', () => {
    expect(
      checkLimitation({
        actEndDate: '2021-03-10',
        discoveryDate: '2023-03-11',
        harmCategory: 'none',
      })?.message,
    ).toBe(
      '违法行为自 2021-03-10 起二年内（至 2023-03-10）未被发现，2023-03-11 才发现，' +
        '依照行政处罚法第三十六条不再给予行政处罚。如有法律另行规定追责期限，请记录该法律依据。',
    );
  });
});
