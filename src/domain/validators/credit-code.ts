import { normalizeCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './validation-result.js';

export interface CreditCodeInfo {
  value: string;
  warnings: string[];
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function creditCodeCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce(
    (acc, weight, i) => acc + weight * CHARSET.indexOf(first17[i] ?? ''),
    0,
  );
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

function organizationCodeCheckChar(first8: string): string {
  const sum = ORGANIZATION_CODE_WEIGHTS.reduce(
    (acc, weight, i) => acc + weight * parseInt(first8[i] ?? '', 36),
    0,
  );
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

function isRegionCodePosition(index: number): boolean {
  return index >= 2 && index < 8;
}

function characterError(value: string): string | undefined {
  const index = value
    .split('')
    .findIndex((ch, i) => (isRegionCodePosition(i) ? !/\d/.test(ch) : !CHARSET.includes(ch)));
  const ch = value[index];
  if (ch === undefined) return undefined;
  const position = `统一社会信用代码第${index + 1}位`;
  if (isRegionCodePosition(index)) {
    return `${position}应为数字（第3–8位是行政区划码），实际为“${ch}”`;
  }
  if ('IOSVZ'.includes(ch)) {
    return `${position}为“${ch}”，统一社会信用代码不使用字母 I、O、S、V、Z`;
  }
  return `${position}“${ch}”不是有效字符，只能是数字或大写字母`;
}

function organizationCodeWarnings(value: string): string[] {
  const expected = organizationCodeCheckChar(value.slice(8, 16));
  if (value[16] === expected) return [];
  return [
    `第9–17位组织机构代码的校验位不符（应为 ${expected}，实际为 ${value[16]}），请核对证照原件`,
  ];
}

export function parseCreditCode(input: string): ValidationResult<CreditCodeInfo> {
  const value = normalizeCode(input, /[\s-]/g);
  if (value.length !== 18) {
    return invalid(`统一社会信用代码应为18位，实际为${value.length}位`);
  }
  const error = characterError(value);
  if (error) return invalid(error);
  const expected = creditCodeCheckChar(value);
  if (value[17] !== expected) {
    return invalid(`统一社会信用代码校验位错误：应为 ${expected}，实际为 ${value[17]}`);
  }
  return valid({ value, warnings: organizationCodeWarnings(value) });
}
