import { z } from 'zod';
import { parseCreditCode } from './credit-code.js';
import { parseIdNumber } from './id-number.js';
import { parsePlate } from './plate.js';
import type { ValidationResult } from './validation-result.js';

function normalizedString(parse: (input: string) => ValidationResult<{ value: string }>) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return result.value.value;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });
}

export const idNumberSchema = normalizedString((input) => parseIdNumber(input));
export const creditCodeSchema = normalizedString(parseCreditCode);
export const plateSchema = normalizedString((input) => parsePlate(input));
