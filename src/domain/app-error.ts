/**
 * The one error type of zhifa. `code` is stable for programs; `userMessage` is the
 * Chinese sentence a person reads. Only the HTTP layer decides the status (see
 * `httpStatusOf` in src/http/error-handler.ts).
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'NOT_AUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'WEAK_PASSWORD',
  'CSRF_REJECTED',
  'TOO_MANY_REQUESTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_REJECTED',
  'RULE_VIOLATED',
  'DATA_FOLDER_LOCKED',
  'RECORD_APPEND_ONLY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `certificates.0.validTo`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: readonly FieldIssue[] | undefined;

  constructor(code: ErrorCode, userMessage: string, details?: readonly FieldIssue[]) {
    super(`${code}: ${userMessage}`);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
