import { normalizeCode } from './normalize.js';
import { invalid, valid, type ValidationResult } from './validation-result.js';

export type PlateKind =
  | 'ordinary'
  | 'newEnergySmall'
  | 'newEnergyLarge'
  | 'trailer'
  | 'coach'
  | 'police'
  | 'hongKong'
  | 'macau'
  | 'consulate'
  | 'embassy';

export interface PlateInfo {
  value: string;
  kind: PlateKind;
}

export interface PlateOptions {
  extendedNewEnergyLetters?: boolean;
}

const PROVINCES = [...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'];
const SUFFIX_KINDS: Partial<Record<string, PlateKind>> = {
  挂: 'trailer',
  学: 'coach',
  警: 'police',
  港: 'hongKong',
  澳: 'macau',
  领: 'consulate',
};
const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/;
const EMBASSY = /^使\d{6}$/;
const NEW_ENERGY_LARGE = /^\d{5}[DF]$/;
const NEW_ENERGY_SMALL = /^[DF][A-HJ-NP-Z0-9]\d{4}$/;
// The later first letters A B C E (pure electric) and G H J K (hybrid) are unconfirmed, hence opt-in.
const NEW_ENERGY_SMALL_EXTENDED = /^[A-HJK][A-HJ-NP-Z0-9]\d{4}$/;

function prefixError(value: string): string | undefined {
  if (value === '') return '请填写车牌号';
  const province = value.charAt(0);
  if (!PROVINCES.includes(province)) return `车牌号首字应为省份简称，如“湘”，实际为“${province}”`;
  if (value.length !== 7 && value.length !== 8) {
    return `车牌号应为7位（新能源车为8位），实际为${value.length}位`;
  }
  const office = value.charAt(1);
  return /^[A-Z]$/.test(office)
    ? undefined
    : `车牌号第2位应为发牌机关代号（大写字母），实际为“${office}”`;
}

function serialError(serial: string): string | undefined {
  const index = serial.split('').findIndex((ch) => !SERIAL_CHAR.test(ch));
  const ch = serial[index];
  if (ch === undefined) return undefined;
  const position = `车牌号第${index + 3}位`;
  if (ch === 'I' || ch === 'O') {
    return `${position}为“${ch}”，号牌序号不使用字母 I 和 O，请核对是否为数字 1 或 0`;
  }
  return `${position}“${ch}”无效，应为数字或字母`;
}

function parseOrdinary(value: string, serial: string): ValidationResult<PlateInfo> {
  const last = serial.charAt(4);
  const kind = SUFFIX_KINDS[last];
  if (!kind && !/^[A-Z0-9]$/.test(last)) {
    return invalid(`车牌号末位“${last}”无效，应为数字、字母或挂、学、警、港、澳、领`);
  }
  const error = serialError(kind ? serial.slice(0, 4) : serial);
  return error ? invalid(error) : valid({ value, kind: kind ?? 'ordinary' });
}

function newEnergyError(serial: string, extended: boolean): string {
  if (/^[ABCEGHJK]/.test(serial) && !extended) {
    return `新能源车牌第3位“${serial.charAt(0)}”为扩展字母，目前只允许 D（纯电动）或 F（非纯电动）`;
  }
  if (/[DF]$/.test(serial)) {
    return '新能源大型车号牌应为省份简称＋字母＋5位数字＋D/F，如“粤B12345D”';
  }
  return '新能源小型车号牌应为省份简称＋字母＋D/F＋1位字母或数字＋4位数字，如“湘AD12345”';
}

function parseNewEnergy(
  value: string,
  serial: string,
  options: PlateOptions,
): ValidationResult<PlateInfo> {
  const extended = options.extendedNewEnergyLetters === true;
  const small = extended ? NEW_ENERGY_SMALL_EXTENDED : NEW_ENERGY_SMALL;
  if (NEW_ENERGY_LARGE.test(serial)) return valid({ value, kind: 'newEnergyLarge' });
  if (small.test(serial)) return valid({ value, kind: 'newEnergySmall' });
  return invalid(serialError(serial) ?? newEnergyError(serial, extended));
}

export function parsePlate(input: string, options: PlateOptions = {}): ValidationResult<PlateInfo> {
  const value = normalizeCode(input, /[\s·•・]/g);
  if (value.startsWith('使')) {
    return EMBASSY.test(value)
      ? valid({ value, kind: 'embassy' })
      : invalid('使馆号牌应为“使”＋6位数字，如“使014578”');
  }
  const error = prefixError(value);
  if (error) return invalid(error);
  const serial = value.slice(2);
  return serial.length === 5
    ? parseOrdinary(value, serial)
    : parseNewEnergy(value, serial, options);
}
