import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { normalizeCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './validation-result.js';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

export interface IdNumberInfo {
  value: string;
  birthDate: string;
  sex: 'male' | 'female';
  regionCode: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

function todayInShanghai(): string {
  return dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD');
}

function idNumberCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function characterError(value: string): string | undefined {
  const index = value.split('').findIndex((ch, i) => !(i < 17 ? /\d/ : /[\dX]/).test(ch));
  if (index < 0) return undefined;
  const expected = index < 17 ? '数字' : '数字或 X';
  return `身份证号第${index + 1}位应为${expected}，实际为“${value[index]}”`;
}

function parseBirthDate(raw: string, today: string): ValidationResult<string> {
  const date = dayjs(raw, 'YYYYMMDD', true);
  if (!date.isValid()) return invalid(`身份证号第7–14位的出生日期 ${raw} 不是有效日期`);
  const birthDate = date.format('YYYY-MM-DD');
  if (birthDate > today) return invalid(`身份证号中的出生日期 ${birthDate} 晚于今天（${today}）`);
  return valid(birthDate);
}

function lengthError(value: string): string | undefined {
  if (value.length === 18) return undefined;
  const hint = value.length === 15 ? '；15位旧号码请先升级为18位' : '';
  return `身份证号应为18位，实际为${value.length}位${hint}`;
}

export function parseIdNumber(
  input: string,
  today: string = todayInShanghai(),
): ValidationResult<IdNumberInfo> {
  const value = normalizeCode(input);
  const error = lengthError(value) ?? characterError(value);
  if (error) return invalid(error);
  const birthDate = parseBirthDate(value.slice(6, 14), today);
  if (!birthDate.ok) return birthDate;
  const expected = idNumberCheckChar(value);
  if (value[17] !== expected) {
    return invalid(`身份证号校验位错误：应为 ${expected}，实际为 ${value[17]}`);
  }
  return valid({
    value,
    birthDate: birthDate.value,
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  });
}

export function upgradeLegacyIdNumber(
  fifteen: string,
  today: string = todayInShanghai(),
): ValidationResult<IdNumberInfo> {
  const legacy = normalizeCode(fifteen);
  if (!/^\d{15}$/.test(legacy)) {
    return invalid(`15位旧身份证号应为15位数字，实际为“${legacy}”`);
  }
  const first17 = `${legacy.slice(0, 6)}19${legacy.slice(6)}`;
  return parseIdNumber(first17 + idNumberCheckChar(first17), today);
}
