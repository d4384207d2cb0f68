import { AppError } from '../domain/app-error.js';

/**
 * Out-of-scope objects are reported as missing, never as forbidden, so that a user
 * cannot learn what exists in another agency's data.
 */
export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what}不存在，或不在您所属机构的管辖范围内`);
}

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}
